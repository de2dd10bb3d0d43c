//! `--sink FILE`: a file that always holds the current token, for tools that read one (`curl
//! -H @FILE`). Replaced atomically (never seen half-written), private to the user, rewritten
//! whenever the source holds a new token; removed once its token has expired with no new one,
//! and on exit.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;

use super::source::{Source, pause};
use crate::cli::Format;
use crate::error::usage;
use crate::output;
use crate::small_file;
use crate::token::{TokenResponse, Wanted, unix_now};

/// How often the sink looks at the source for a new token.
const LOOK_EVERY: Duration = Duration::from_millis(500);

pub struct Sink {
    pub path: PathBuf,
    pub format: Format,
}

impl Sink {
    /// Checks that `format` can go in a file (not `github`, which appends to `$GITHUB_ENV`).
    pub fn new(path: PathBuf, format: Format) -> Result<Self> {
        output::check_can_print(format, Wanted::AccessToken)?;
        if format == Format::Github {
            return Err(
                usage("--sink-format github writes to $GITHUB_ENV, not a file")
                    .hint("use --sink-format token, header, json or a shell format")
                    .into(),
            );
        }
        Ok(Self { path, format })
    }

    /// Writes `token` to the file, replacing it whole.
    pub fn write(&self, token: &TokenResponse) -> Result<()> {
        let mut text = Vec::new();
        output::write(&mut text, self.format, token, Wanted::AccessToken, None)?;
        small_file::replace(&self.path, &text, None)
            .map_err(|e| usage(format!("cannot write --sink {}: {e}", self.path.display())))?;
        Ok(())
    }

    pub fn remove(&self) {
        let _ = std::fs::remove_file(&self.path);
    }

    /// Keeps the file current from `source` until `stop` is set, then removes it.
    pub fn keep(self, source: Arc<Source>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            let mut written: Option<Arc<TokenResponse>> = None;
            while !stop.load(Ordering::Relaxed) {
                let held = source.held_token();
                let expired = |t: &TokenResponse| t.remaining(unix_now()).is_none_or(|l| l <= 0);
                match held {
                    Some(token)
                        if !expired(&token)
                            && !written.as_ref().is_some_and(|w| Arc::ptr_eq(w, &token)) =>
                    {
                        match self.write(&token) {
                            Ok(()) => written = Some(token),
                            Err(e) => {
                                let _ = writeln!(
                                    std::io::stderr(),
                                    "iamtoken: warning: {}",
                                    output::escape_controls(&format!("{e:#}"))
                                );
                            }
                        }
                    }
                    _ => {}
                }
                // The last good token stays in the file until it expires.
                if written.as_ref().is_some_and(|w| expired(w)) {
                    self.remove();
                    written = None;
                }
                pause(&stop, LOOK_EVERY);
            }
            self.remove();
        })
    }
}
