//! The services running detached (`serve --detach`), each recorded in a private folder (the
//! user's own, `0700`; its files `0600`): written by the service once it is ready, removed when
//! it ends. `serve list` and `serve stop` read the records; one whose process is gone, or whose
//! PID now names another process, is removed. A record holds no secret: the address is the
//! URL without its secret segment.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::cache::PrivateDir;
use crate::error::{Exit, Failure, usage};
use crate::output;

/// How long `serve stop` waits for a service to be gone (it ends within 3 s of SIGTERM).
const STOP_WITHIN: Duration = Duration::from_secs(10);

/// One detached service.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Record {
    pub pid: u32,
    /// `http://127.0.0.1:PORT`: where it listens, without the URL's secret segment.
    pub address: String,
    /// The grant it serves.
    pub grant: String,
    /// The context that named the identity, if one did.
    pub context: Option<String>,
    /// `--sink`'s file.
    pub sink: Option<PathBuf>,
    /// When it started, in Unix seconds.
    pub started: i64,
    /// When its process started, in clock ticks since boot (Linux): a PID used again by another
    /// process does not match.
    pub ticks: Option<u64>,
}

/// A record that is removed when this is dropped (the service ends).
pub struct Registered {
    dir: PrivateDir,
    name: String,
}

impl Drop for Registered {
    fn drop(&mut self) {
        let _ = self.dir.remove(&self.name);
    }
}

fn name_of(pid: u32) -> String {
    format!("{pid}.json")
}

/// The records' folder, created when `create`; `None` when there is none (or no folder can be
/// named).
fn folder(create: bool) -> Result<Option<PrivateDir>> {
    let Some(path) = crate::folders::services() else {
        return Ok(None);
    };
    if !create && !path.exists() {
        return Ok(None);
    }
    let dir = if create {
        PrivateDir::open(&path)
    } else {
        PrivateDir::open_existing(&path)
    };
    dir.map(Some)
        .map_err(|e| usage(format!("cannot use the services folder: {e}")).into())
}

/// Records this process as a detached service.
pub fn register(
    address: String,
    grant: &str,
    context: Option<String>,
    sink: Option<PathBuf>,
) -> Result<Registered> {
    let dir = folder(true)?.ok_or_else(|| usage("no folder can be named for the services"))?;
    let pid = std::process::id();
    let record = Record {
        pid,
        address,
        grant: grant.to_owned(),
        context,
        sink,
        started: crate::token::unix_now(),
        ticks: start_ticks(pid),
    };
    let name = name_of(pid);
    dir.write(&name, &serde_json::to_vec(&record)?)
        .map_err(|e| usage(format!("cannot record the service: {e}")))?;
    Ok(Registered { dir, name })
}

/// The records of the services still running, by PID; the others' are removed.
fn running(dir: &PrivateDir) -> Result<Vec<Record>> {
    let mut records = Vec::new();
    for name in dir.names()? {
        let Some(pid) = name
            .strip_suffix(".json")
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let record = dir
            .read(&name)
            .ok()
            .flatten()
            .and_then(|bytes| serde_json::from_slice::<Record>(&bytes).ok())
            .filter(|r| r.pid == pid);
        match record {
            Some(record) if alive(&record) => records.push(record),
            _ => {
                let _ = dir.remove(&name);
            }
        }
    }
    records.sort_by_key(|r| r.pid);
    Ok(records)
}

/// `iamtoken serve list`: a table, or JSON with `-o json`.
pub fn list(json: bool, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<()> {
    supported()?;
    let records = match folder(false)? {
        Some(dir) => running(&dir)?,
        None => Vec::new(),
    };
    if json {
        let shown: Vec<serde_json::Value> = records
            .iter()
            .map(|r| {
                serde_json::json!({
                    "pid": r.pid,
                    "address": r.address,
                    "grant": r.grant,
                    "context": r.context,
                    "sink": r.sink,
                    "started": r.started,
                })
            })
            .collect();
        writeln!(stdout, "{}", serde_json::to_string_pretty(&shown)?)?;
        return Ok(());
    }
    if records.is_empty() {
        let _ = writeln!(stderr, "iamtoken: no detached services are running");
        return Ok(());
    }
    let mut rows = vec![["PID", "ADDRESS", "SERVES", "SINK", "STARTED"].map(str::to_owned)];
    for r in &records {
        let serves = match &r.context {
            Some(context) => format!("{} (context {context})", r.grant),
            None => r.grant.clone(),
        };
        let started = u64::try_from(r.started).map_or_else(
            |_| "-".to_owned(),
            |s| {
                let at = std::time::UNIX_EPOCH + Duration::from_secs(s);
                humantime::format_rfc3339_seconds(at).to_string()
            },
        );
        rows.push([
            r.pid.to_string(),
            r.address.clone(),
            serves,
            r.sink
                .as_ref()
                .map_or_else(|| "-".to_owned(), |p| p.display().to_string()),
            started,
        ]);
    }
    output::print_table(stdout, &rows)?;
    Ok(())
}

/// `iamtoken serve stop PID…` (every one: `None`): SIGTERM to each, then waits until each is
/// gone. A PID that is no detached service of this user's is refused before any is stopped.
pub fn stop(pids: Option<&[u32]>, stderr: &mut dyn Write) -> Result<()> {
    supported()?;
    let records = match folder(false)? {
        Some(dir) => running(&dir)?,
        None => Vec::new(),
    };
    let chosen: Vec<&Record> = match pids {
        None => records.iter().collect(),
        Some(pids) => {
            if let Some(stray) = pids.iter().find(|p| !records.iter().any(|r| r.pid == **p)) {
                return Err(
                    usage(format!("no detached service of yours has PID {stray}"))
                        .hint("`iamtoken serve list` shows them")
                        .into(),
                );
            }
            records.iter().filter(|r| pids.contains(&r.pid)).collect()
        }
    };
    if chosen.is_empty() {
        let _ = writeln!(stderr, "iamtoken: no detached services are running");
        return Ok(());
    }
    for record in &chosen {
        crate::exec::terminate(record.pid);
    }
    let deadline = Instant::now() + STOP_WITHIN;
    let mut left: Vec<&Record> = chosen;
    while !left.is_empty() && Instant::now() < deadline {
        left.retain(|r| alive(r));
        if !left.is_empty() {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    if let Some(record) = left.first() {
        return Err(Failure::new(
            Exit::Internal,
            format!(
                "the service {} ({}) did not stop within {} s",
                record.pid,
                record.address,
                STOP_WITHIN.as_secs()
            ),
        )
        .into());
    }
    if let Some(dir) = folder(false)? {
        running(&dir)?;
    }
    Ok(())
}

/// Detached services are recorded and stopped on Unix; Windows' detach keeps no session of
/// its own to find it by.
fn supported() -> Result<()> {
    if cfg!(unix) {
        Ok(())
    } else {
        Err(usage("serve list and serve stop work on Linux and macOS only").into())
    }
}

/// Whether the record's process is still the service it records: running (not a zombie) and,
/// where its start time was recorded, started then.
#[cfg(target_os = "linux")]
fn alive(record: &Record) -> bool {
    proc_stat(record.pid).is_some_and(|(state, ticks)| {
        state != "Z" && (record.ticks.is_none() || ticks == record.ticks)
    })
}

#[cfg(all(unix, not(target_os = "linux")))]
fn alive(record: &Record) -> bool {
    i32::try_from(record.pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
        .is_some_and(|pid| rustix::process::test_kill_process(pid).is_ok())
}

#[cfg(not(unix))]
fn alive(_record: &Record) -> bool {
    false
}

/// When process `pid` started, in clock ticks since boot (Linux).
fn start_ticks(pid: u32) -> Option<u64> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    proc_stat(pid)?.1
}

/// Process `pid`'s state and start time (clock ticks since boot), from `/proc/PID/stat`: after
/// the command in parentheses, the state is the first field and the start time the 20th.
fn proc_stat(pid: u32) -> Option<(String, Option<u64>)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, after) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let state = (*fields.first()?).to_owned();
    Some((state, fields.get(19).and_then(|t| t.parse().ok())))
}
