//! The token a long-running service hands out: held in memory, fetched through the cache (with
//! its cross-process single flight), and refreshed by a background thread ahead of the point
//! where it would no longer be handed out, so that no consumer waits on IAM once the first
//! token is in.

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use anyhow::Result;

use crate::cache::{self, Reuse};
use crate::error::{Exit, Failure};
use crate::grant::Plan;
use crate::obtain;
use crate::secret::Commands;
use crate::settings::Settings;
use crate::token::{TokenResponse, unix_now};

/// Waits between failed refreshes: from this, doubling, up to `RETRY_CAP`.
const RETRY_START: Duration = Duration::from_secs(1);
const RETRY_CAP: Duration = Duration::from_mins(1);

pub struct Source {
    settings: Settings,
    plan: Plan,
    grant: &'static str,
    held: Mutex<Option<Arc<TokenResponse>>>,
    /// One fetch at a time in this process (the cache's lock covers other processes).
    fetching: Mutex<()>,
}

impl Source {
    /// A source for `plan` (its secrets already read), with `settings` made lasting: a token
    /// is handed out while `min_ttl`, or half its lifetime, is left.
    pub fn new(settings: Settings, plan: Plan, grant: &'static str, min_ttl: Duration) -> Self {
        Self {
            settings: settings.lasting(min_ttl),
            plan,
            grant,
            held: Mutex::new(None),
            fetching: Mutex::new(()),
        }
    }

    /// Fetches the first token (from the cache or IAM) and holds it: a refused identity fails
    /// here, before anything is served.
    pub fn first(&self) -> Result<Arc<TokenResponse>> {
        self.fetch(self.settings.reuse)
    }

    /// The token to hand out: the one held, while it has not expired. Never waits on IAM: the
    /// background thread replaces the token well ahead of its expiry, and a request must not
    /// queue behind a renewal (nor start one).
    pub fn current(&self) -> Result<Arc<TokenResponse>, Failure> {
        self.held_token()
            .filter(|token| token.remaining(unix_now()).is_some_and(|left| left > 0))
            .ok_or_else(|| {
                Failure::new(
                    Exit::Unavailable,
                    "the held token has expired and renewing it has failed so far",
                )
            })
    }

    /// The token held now, if any.
    pub fn held_token(&self) -> Option<Arc<TokenResponse>> {
        lock(&self.held).clone()
    }

    /// Fetches a token that `reuse` accepts (from the cache or IAM) and holds it.
    fn fetch(&self, reuse: Reuse) -> Result<Arc<TokenResponse>> {
        let _one = lock(&self.fetching);
        // Another thread may have fetched while this one waited.
        if let Some(token) = self.held_token()
            && cache::reusable(&token, unix_now(), reuse)
        {
            return Ok(token);
        }
        // A compute resource token is read again: its file is replaced while serve runs, and
        // the one read at the start expires.
        let plan = self
            .plan
            .reread(&mut crate::secret::Reader::new(false))?
            .unwrap_or_else(|| self.plan.clone());
        let got = obtain::token_reusing(
            &self.settings,
            reuse,
            plan,
            self.grant,
            &Commands::default(),
            &mut std::io::stderr(),
        )?;
        let token = Arc::new(got.token);
        *lock(&self.held) = Some(Arc::clone(&token));
        Ok(token)
    }

    /// When the held token should be replaced: ahead of the point where it would no longer be
    /// handed out, and no later than 80% of its lifetime. `None`: now.
    fn refresh_at(&self) -> Option<i64> {
        let token = self.held_token()?;
        let lifetime = token.lifetime()?;
        let until = cache::reusable_until(&token, self.settings.reuse)?;
        // A tenth of the lifetime ahead (at least a second, at most a minute).
        let lead = (lifetime / 10).clamp(1, 60);
        let eighty = token
            .expiration?
            .saturating_sub(lifetime.saturating_add(4) / 5);
        Some((until - lead).min(eighty))
    }

    /// Keeps the held token fresh until `stop` is set, retrying failures with backoff; each
    /// failure is a warning on stderr.
    pub fn keep_fresh(self: &Arc<Self>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
        let source = Arc::clone(self);
        std::thread::spawn(move || {
            let mut retry = RETRY_START;
            while !stop.load(Ordering::Relaxed) {
                let due = source.refresh_at().unwrap_or(0);
                if unix_now() < due {
                    pause(&stop, Duration::from_millis(250));
                    continue;
                }
                // More life than the held token has, so that the cache hands back a newer one
                // (another process's) or IAM is asked.
                let left = source
                    .held_token()
                    .and_then(|t| t.remaining(unix_now()))
                    .unwrap_or(0);
                let wanted = Duration::from_secs(left.saturating_add(1).max(1).unsigned_abs());
                match source.fetch(Reuse::AtLeast(wanted)) {
                    Ok(_) => retry = RETRY_START,
                    Err(e) => {
                        let _ = writeln!(
                            std::io::stderr(),
                            "iamtoken: warning: refreshing the token failed (retrying in {}s): {e:#}",
                            retry.as_secs()
                        );
                        pause(&stop, retry);
                        retry = (retry * 2).min(RETRY_CAP);
                    }
                }
            }
        })
    }
}

/// Sleeps for `wait`, or less once `stop` is set.
pub fn pause(stop: &AtomicBool, wait: Duration) {
    let tick = Duration::from_millis(50);
    let mut waited = Duration::ZERO;
    while waited < wait && !stop.load(Ordering::Relaxed) {
        std::thread::sleep(tick.min(wait.saturating_sub(waited)));
        waited += tick;
    }
}

/// A lock, even if a thread panicked holding it (the data stays consistent: whole values are
/// swapped).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
