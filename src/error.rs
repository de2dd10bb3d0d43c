//! Exit codes and how an error carries one. Owns the mapping from failure kind to process exit
//! status; it does not print anything.

use std::fmt;

/// The documented exit codes (README "Exit codes"). Scripts branch on these numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Unexpected internal failure.
    Internal = 1,
    /// Usage or input error: flags, unreadable secret file, empty secret, invalid URL.
    Usage = 2,
    /// IAM refused the request (HTTP 4xx other than 429).
    Refused = 3,
    /// IAM unreachable or unavailable: DNS, connect, TLS, timeout, HTTP 429 or 5xx.
    Unavailable = 4,
    /// IAM answered with something that is not a token response.
    BadResponse = 5,
    /// IAM's token has less lifetime left than an explicit `--min-ttl` asks for.
    TooShort = 6,
    /// `inspect`: the token has expired.
    Expired = 7,
    /// `inspect --verify`: the signature cannot be verified.
    Unverified = 8,
    /// `check`: the API key is disabled or expires within `--warn-expiry`.
    Unhealthy = 9,
    /// `exec`: the command cannot be executed (as shells say it).
    CannotExecute = 126,
    /// `exec`: the command was not found (as shells say it).
    CommandNotFound = 127,
}

impl Exit {
    /// Every exit code but 0, in order (the README's table and `--help` list them all).
    pub const ALL: [Self; 11] = [
        Self::Internal,
        Self::Usage,
        Self::Refused,
        Self::Unavailable,
        Self::BadResponse,
        Self::TooShort,
        Self::Expired,
        Self::Unverified,
        Self::Unhealthy,
        Self::CannotExecute,
        Self::CommandNotFound,
    ];

    pub fn code(self) -> u8 {
        self as u8
    }
}

/// From now on a panic, which is a bug, is said in one line (on stdout when `on_stdout`: a
/// credential helper's client reads only that) and ends the process with exit 1. Its message
/// is not shown, since it could quote a value (a secret) that was being handled.
pub fn report_panics(on_stdout: bool) {
    std::panic::set_hook(Box::new(move |info| {
        use std::io::Write as _;
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" at {l}"));
        let line = format!("iamtoken: error: internal error{at}; please report it");
        let _ = if on_stdout {
            writeln!(std::io::stdout(), "{line}")
        } else {
            writeln!(std::io::stderr(), "{line}")
        };
        std::process::exit(i32::from(Exit::Internal.code()));
    }));
}

/// An error that knows its exit code and, optionally, what the user can do about it.
/// It is the root of an anyhow chain; context added above it stays in the message.
#[derive(Clone, Debug)]
pub struct Failure {
    pub exit: Exit,
    message: String,
    pub hint: Option<String>,
    /// IAM's error code (`BXNIM0408E`) when IAM refused with one: what a caller may act on.
    pub iam_code: Option<String>,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
            hint: None,
            iam_code: None,
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same failure (exit code and hint) with its message rewritten by `rewrite`: the one
    /// way to add detail to a failure or scrub it.
    #[must_use]
    pub fn reworded(mut self, rewrite: impl FnOnce(&str) -> String) -> Self {
        self.message = rewrite(&self.message);
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// A usage or input error (exit 2).
pub fn usage(message: impl Into<String>) -> Failure {
    Failure::new(Exit::Usage, message)
}

/// Finds the failure that classifies `err`; anything unclassified is an internal error.
pub fn classify(err: &anyhow::Error) -> (Exit, Option<&str>) {
    err.chain()
        .find_map(|e| e.downcast_ref::<Failure>())
        .map_or((Exit::Internal, None), |f| (f.exit, f.hint.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;

    #[test]
    fn classification_survives_added_context() {
        let err = Err::<(), _>(usage("bad flag").hint("try --help"))
            .context("reading --apikey")
            .unwrap_err();
        assert_eq!(classify(&err), (Exit::Usage, Some("try --help")));
        assert_eq!(format!("{err:#}"), "reading --apikey: bad flag");
    }

    #[test]
    fn all_lists_every_exit_code_once_in_order() {
        let codes: Vec<u8> = Exit::ALL.iter().map(|e| e.code()).collect();
        let documented: Vec<u8> = (1..=9).chain([126, 127]).collect();
        assert_eq!(codes, documented);
        // A new variant fails to compile here until it is placed in ALL as well.
        let _ = |e: Exit| match e {
            Exit::Internal
            | Exit::Usage
            | Exit::Refused
            | Exit::Unavailable
            | Exit::BadResponse
            | Exit::TooShort
            | Exit::Expired
            | Exit::Unverified
            | Exit::Unhealthy
            | Exit::CannotExecute
            | Exit::CommandNotFound => (),
        };
    }

    #[test]
    fn rewording_keeps_exit_code_and_hint() {
        let f = Failure::new(Exit::Unavailable, "down")
            .hint("retry")
            .reworded(|m| format!("{m} (after 3 attempts)"));
        assert_eq!(
            (f.exit, f.to_string().as_str(), f.hint.as_deref()),
            (Exit::Unavailable, "down (after 3 attempts)", Some("retry"))
        );
    }

    #[test]
    fn unclassified_errors_are_internal() {
        let err = anyhow::anyhow!("boom");
        assert_eq!(classify(&err), (Exit::Internal, None));
    }
}
