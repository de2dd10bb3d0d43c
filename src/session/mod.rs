//! The sessions `iamtoken login` stores: one record per name in a private folder of the user's
//! state directory (who, which account, where the refresh token is, until when), and the
//! refresh token itself in the OS credential store or, where none is reachable, in that record.
//! Every file goes through the cache's `PrivateDir` rules (the user's own 0700 folder, 0600
//! files, never through a symlink, atomic replacement). A lock file per session makes the
//! read-refresh-store sequence one process's at a time, so a refresh token is never used twice.

mod keyring;

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cache::PrivateDir;
pub use crate::cli::Storage;
use crate::error::{Failure, usage};
use crate::secret::Secret;

/// Bumped when the record's layout changes; a record of another version is not read.
const VERSION: u32 = 1;

/// Windows Credential Manager keeps at most this many bytes of secret (CRED_MAX_CREDENTIAL_BLOB_SIZE);
/// a longer refresh token goes to the file.
const KEYRING_MAX_BYTES: usize = 2560;

/// A stored session, as `sessions` lists it. The refresh token is not part of it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Session {
    pub name: String,
    /// Random, new at each login: it names the credential-store entry and the session's cached
    /// tokens, so a replaced session never meets its predecessor's.
    pub id: String,
    /// IAM's base URL the session was made at; its refresh tokens are good there.
    pub iam_url: String,
    pub iam_id: Option<String>,
    pub email: Option<String>,
    /// The account every refresh asks for.
    pub account: Option<String>,
    pub storage: Storage,
    /// Unix seconds until which IAM said the latest refresh token can be used.
    pub refresh_until: Option<i64>,
    pub created_at: i64,
    /// Whether `exec session` has handed a refresh token of this session to a command, which
    /// may have used it up.
    #[serde(default)]
    pub handed_out: bool,
    /// Unix seconds when IAM refused the session's refresh token for good (expired, inactive,
    /// invalid): the session has ended, whatever `refresh_until` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<i64>,
}

/// Whether a session can still make tokens, as `sessions` and `status` say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Alive,
    /// IAM refused its refresh token, or the refresh token has expired.
    Ended,
}

impl State {
    pub fn word(self) -> &'static str {
        match self {
            Self::Alive => "alive",
            Self::Ended => "ended",
        }
    }
}

impl Session {
    /// Alive, or ended: refused by IAM (remembered), or past its refresh token's expiry.
    pub fn state(&self, now: i64) -> State {
        if self.ended_at.is_some() || self.refresh_until.is_some_and(|until| until <= now) {
            State::Ended
        } else {
            State::Alive
        }
    }

    /// The host of the IAM the session belongs to, as tables show it.
    pub fn iam_host(&self) -> String {
        crate::endpoint::Endpoint::parse(&self.iam_url)
            .map_or_else(|_| self.iam_url.clone(), |e| e.host())
    }

    /// Who the session is, as people read it: the email, else the IAM ID.
    pub fn who(&self) -> &str {
        self.email
            .as_deref()
            .or(self.iam_id.as_deref())
            .unwrap_or("unknown user")
    }
}

/// A record on disk: the session, and the refresh token when it is kept in the file.
#[derive(Serialize, Deserialize)]
struct Record {
    version: u32,
    #[serde(flatten)]
    session: Session,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
}

/// The folder of stored sessions, and how long the credential store has to answer.
pub struct Sessions {
    dir: PrivateDir,
    /// The run's `--timeout`: a locked store may put its unlock prompt on a desktop the user is
    /// not at (a login over ssh), and would otherwise make iamtoken wait for ever.
    timeout: Duration,
}

/// Session `name` in the record `bytes`, as `sessions` and a refresh read it.
pub(crate) fn session_in(bytes: &[u8], name: &str) -> Option<Session> {
    parse_record(bytes, name).map(|r| r.session)
}

/// Session `name`'s record in `bytes`, if it is one of this version's, for that name.
fn parse_record(bytes: &[u8], name: &str) -> Option<Record> {
    serde_json::from_slice::<Record>(bytes)
        .ok()
        .filter(|r| r.version == VERSION && r.session.name == name)
}

/// Whether the OS credential store answers (within `within`), so that `login` can say it
/// cannot keep the session there before it spends a passcode. Asks for an entry that does not
/// exist; nothing is created.
pub fn keyring_reachable(within: Duration) -> Result<(), String> {
    let probe = format!(
        "probe {}",
        crate::secret::random_hex(8).map_err(|e| e.to_string())?
    );
    keyring::get(&probe, within).map(drop)
}

/// The sessions folder in the state directory `state` (`$XDG_STATE_HOME/iamtoken`).
pub fn folder(state: &Path) -> PathBuf {
    state.join("sessions")
}

/// Held while a session is read, refreshed and stored; released when dropped.
pub struct Held(#[allow(dead_code, reason = "held for its lock")] File);

impl Sessions {
    /// The folder at `path`, created (0700) when `create`; `Ok(None)` when it is not there and
    /// not to be created. The credential store gets `timeout` to answer each call.
    pub fn open(path: &Path, create: bool, timeout: Duration) -> anyhow::Result<Option<Self>> {
        if !create && !path.exists() {
            return Ok(None);
        }
        let dir = if create {
            PrivateDir::open(path)
        } else {
            PrivateDir::open_existing(path)
        };
        dir.map(|dir| Some(Self { dir, timeout }))
            .map_err(|e| usage(format!("cannot use the sessions folder: {e}")).into())
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where session `name`'s record is.
    pub fn record_path(&self, name: &str) -> PathBuf {
        self.dir.path().join(record_name(name))
    }

    /// The names of the stored sessions, sorted.
    pub fn names(&self) -> io::Result<Vec<String>> {
        Ok(self
            .dir
            .names()?
            .into_iter()
            .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
            .filter(|n| crate::cli::parse_session_name(n).is_ok())
            .collect())
    }

    /// Every stored session, in name order; one that cannot be read is a warning on `log`, not
    /// the end of the listing (`sessions`, `status`).
    pub fn all(&self, log: &mut dyn std::io::Write) -> io::Result<Vec<Session>> {
        let mut all = Vec::new();
        for name in self.names()? {
            match self.load(&name) {
                Ok(Some(session)) => all.push(session),
                Ok(None) => {}
                Err(e) => {
                    let _ = writeln!(log, "iamtoken: warning: session {name}: {e:#}");
                }
            }
        }
        Ok(all)
    }

    /// Session `name`, `Ok(None)` when there is none.
    pub fn load(&self, name: &str) -> anyhow::Result<Option<Session>> {
        Ok(self.record(name)?.map(|r| r.session))
    }

    fn record(&self, name: &str) -> anyhow::Result<Option<Record>> {
        let path = self.record_path(name);
        let bytes = self.dir.read(&record_name(name)).map_err(|_| {
            usage(format!(
                "{} is not iamtoken's own file (another user's, or a link); not read",
                path.display()
            ))
        })?;
        let Some(bytes) = bytes else {
            return Ok(None);
        };
        let record = parse_record(&bytes, name).ok_or_else(|| {
            usage(format!("{} is damaged", path.display()))
                .hint(format!("log in again: {}", login_command(name)))
        })?;
        Ok(Some(record))
    }

    /// Waits (polling, up to `timeout`) for session `name`'s lock.
    pub fn lock(&self, name: &str, timeout: Duration) -> anyhow::Result<Held> {
        match self.dir.lock(&format!("{name}.lock"), timeout) {
            Ok(Some(file)) => Ok(Held(file)),
            Ok(None) => Err(Failure::new(
                crate::error::Exit::Unavailable,
                format!("session {name} stayed locked by another iamtoken for --timeout"),
            )
            .into()),
            Err(e) => Err(usage(format!("cannot lock session {name}: {e}")).into()),
        }
    }

    /// The refresh token of `session`, from where it is kept.
    pub fn refresh_token(&self, session: &Session) -> anyhow::Result<Secret> {
        let gone = || {
            usage(format!(
                "session {}'s refresh token is missing",
                session.name
            ))
            .hint(format!("log in again: {}", login_command(&session.name)))
        };
        match session.storage {
            Storage::File => self
                .record(&session.name)?
                .and_then(|r| r.refresh_token.clone())
                .map(Secret::new)
                .ok_or_else(|| gone().into()),
            Storage::Keyring => keyring::get(&session.id, self.timeout)
                .map_err(|e| {
                    gone()
                        .reworded(|m| format!("{m} from the OS credential store ({e})"))
                        .into()
                })
                .and_then(|t| t.ok_or_else(|| gone().into())),
        }
    }

    /// Stores `session` with `token` as its refresh token: in the credential store unless
    /// `session.storage` is `File`, else in the record. When the credential store cannot hold
    /// it, the record does if `may_fall_back` (then saying why), else that is the error.
    pub fn save(
        &self,
        session: &mut Session,
        token: &Secret,
        may_fall_back: bool,
    ) -> anyhow::Result<Option<String>> {
        let mut fell_back = None;
        if session.storage == Storage::Keyring {
            let fits = !cfg!(windows) || token.expose().len() <= KEYRING_MAX_BYTES;
            let stored = if fits {
                keyring::set(&session.id, token, self.timeout)
            } else {
                Err(format!(
                    "the refresh token is longer than the {KEYRING_MAX_BYTES} bytes it holds"
                ))
            };
            if let Err(why) = stored {
                if !may_fall_back {
                    return Err(
                        usage(format!("cannot store session {}: {why}", session.name))
                            .hint("use --storage file, or unlock the OS credential store")
                            .into(),
                    );
                }
                session.storage = Storage::File;
                fell_back = Some(why);
            }
        }
        let refresh_token = (session.storage == Storage::File).then(|| token.expose().to_owned());
        let record = Record {
            version: VERSION,
            session: session.clone(),
            refresh_token,
        };
        let mut bytes = serde_json::to_vec_pretty(&record)?;
        bytes.push(b'\n');
        let written = self.dir.write(&record_name(&session.name), &bytes);
        zeroize::Zeroize::zeroize(&mut bytes);
        if let Some(mut token) = record.refresh_token {
            zeroize::Zeroize::zeroize(&mut token);
        }
        written.map_err(|e| {
            usage(format!(
                "cannot store session {} in {}: {e}",
                session.name,
                self.path().display()
            ))
        })?;
        // A token now kept in the file leaves no stale copy in the credential store.
        if session.storage == Storage::File {
            keyring::delete(&session.id, self.timeout);
        }
        Ok(fell_back)
    }

    /// Deletes a replaced session's credential-store entry (its record is already replaced).
    pub fn forget(&self, old: &Session) {
        keyring::delete(&old.id, self.timeout);
    }

    /// Removes session `name`: its record, lock and credential-store entry. Returns whether
    /// there was one, and what it was when it could be read (a damaged record still goes).
    pub fn remove(&self, name: &str) -> anyhow::Result<(bool, Option<Session>)> {
        let existed = matches!(self.dir.read(&record_name(name)), Ok(Some(_)));
        let session = self.load(name).ok().flatten();
        if let Some(session) = &session {
            keyring::delete(&session.id, self.timeout);
        }
        self.dir
            .remove(&record_name(name))
            .and_then(|()| self.dir.remove(&format!("{name}.lock")))
            .map_err(|e| usage(format!("cannot remove session {name}: {e}")))?;
        Ok((existed, session))
    }
}

/// The command that makes session `name`, as hints say it.
pub fn login_command(name: &str) -> String {
    if name == crate::cli::DEFAULT_SESSION {
        "iamtoken login".into()
    } else {
        format!("iamtoken login --name {name}")
    }
}

fn record_name(name: &str) -> String {
    format!("{name}.json")
}

/// A new session id: 128 random bits, hex.
pub fn new_id() -> Result<String, Failure> {
    crate::secret::random_hex(16)
}
