//! docker-credential-iamtoken: the container registry credential helper (see
//! `iamtoken::registry::helper`). Its protocol has two exit codes, 0 and 1, and reads only
//! stdout, where even an internal error is reported.

use std::io::{self, Write as _};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before anything holds a secret: no core file, no reading of this process by others.
    iamtoken::dumps::forbid();
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" at {l}"));
        let _ = writeln!(
            io::stdout(),
            "iamtoken: error: internal error{at}; please report it"
        );
        std::process::exit(1);
    }));
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let code = iamtoken::registry::helper::run(
        &args,
        &mut io::stdin().lock(),
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    );
    ExitCode::from(code)
}
