//! iamtoken: parse the command line, build the grant's request, fetch, print. Errors end here
//! as one line on stderr and the documented exit code.

mod cli;
mod error;
#[cfg(test)]
mod generate;
mod grant;
mod iam;
mod output;
mod secret;
mod token;

use std::io::{self, Write as _};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use clap::Parser as _;

use crate::cli::{Cli, Format};
use crate::error::usage;
use crate::grant::Wanted;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let (exit, hint) = error::classify(&err);
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "iamtoken: error: {err:#}");
            if let Some(hint) = hint {
                let _ = writeln!(stderr, "iamtoken: hint: {hint}");
            }
            ExitCode::from(exit.code())
        }
    }
}

fn run(cli: &Cli) -> Result<()> {
    let global = &cli.global;
    let req = grant::request(&cli.grant, &mut secret::Reader::for_process())?;
    if req.wanted == Wanted::DelegatedRefreshToken && global.output == Format::Header {
        return Err(usage("-o header needs an access token")
            .hint("add --with-access-token, or use -o token for the delegated refresh token")
            .into());
    }
    let opts = iam::Options {
        timeout: Duration::from_secs(global.timeout),
        verbose: global.verbose,
    };
    let token = iam::fetch(&global.iam_url, &req, &opts, &mut io::stderr().lock())?;
    let mut stdout = io::stdout().lock();
    output::write(&mut stdout, global.output, &token, req.wanted)?;
    stdout.flush()?;
    Ok(())
}

/// `iamtoken … | head -c0` is not an error worth reporting.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

#[cfg(test)]
mod tests {
    use crate::error::Exit;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        let codes = [
            Exit::Internal,
            Exit::Usage,
            Exit::Refused,
            Exit::Unavailable,
            Exit::BadResponse,
        ]
        .map(Exit::code);
        assert_eq!(codes, [1, 2, 3, 4, 5]);
    }
}
