//! docker-credential-iamtoken: the container registry credential helper (see
//! `iamtoken::registry::helper`). Its protocol has two exit codes, 0 and 1, and reads only
//! stdout, where even an internal error is reported.

use std::io;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before anything holds a secret: no core file, no reading of this process by others.
    iamtoken::dumps::forbid();
    iamtoken::error::report_panics(true);
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let code = iamtoken::registry::helper::run(
        &args,
        &mut io::stdin().lock(),
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    );
    ExitCode::from(code)
}
