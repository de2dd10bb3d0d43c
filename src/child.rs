//! A child process under one deadline: the child, everything it starts (its process group on
//! Unix, a Job object on Windows), and the reading of its output. Whatever the child leaves
//! behind, iamtoken's own deadline wins: reading stops at it even when a process that escaped
//! the group still holds the pipe. It runs nothing by itself and knows nothing of secrets.

use std::io::Read as _;
use std::process::{Child, Command, ExitStatus};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// A started child, with its piped outputs being read on threads of their own (so that a child
/// that prints and hangs still times out).
pub struct Bounded {
    child: Child,
    group: Group,
    outputs: Vec<Receiver<Vec<u8>>>,
}

/// How a bounded child ended.
pub enum Ended {
    /// It exited, and its piped outputs (stdout, then stderr, as far as each was piped) were
    /// read to their end or to `cap` bytes plus one.
    Exited(ExitStatus, Vec<Vec<u8>>),
    /// It was still running at the deadline, and was stopped with its group.
    TimedOut,
    /// It exited, but at the deadline something it started still held its output open.
    OutputHeld(ExitStatus),
}

impl Bounded {
    /// Starts `command` (its stdout and stderr as the caller set them: the piped ones are
    /// read, at most `cap` bytes plus one each). With `own_group`, the child leads a process
    /// group of its own, so that a stop reaches all it started; without, it stays in
    /// iamtoken's (to use the terminal) and a stop reaches it alone. On Windows a Job object
    /// holds it either way.
    pub fn start(command: &mut Command, own_group: bool, cap: u64) -> std::io::Result<Self> {
        #[cfg(unix)]
        if own_group {
            std::os::unix::process::CommandExt::process_group(command, 0);
        }
        let mut child = command.spawn()?;
        let group = Group::of(&child, !own_group);
        let mut outputs = Vec::new();
        let pipes: [Option<Box<dyn std::io::Read + Send>>; 2] = [
            child.stdout.take().map(|p| Box::new(p) as _),
            child.stderr.take().map(|p| Box::new(p) as _),
        ];
        for pipe in pipes.into_iter().flatten() {
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.take(cap.saturating_add(1)).read_to_end(&mut bytes);
                let _ = tx.send(bytes);
            });
            outputs.push(rx);
        }
        Ok(Self {
            child,
            group,
            outputs,
        })
    }

    /// Waits for the child and its outputs until `timeout` from now. A child still running
    /// then is stopped with its group; once it has exited, its group is stopped too (unless it
    /// shares iamtoken's), so that nothing it left behind keeps running or holds the pipe.
    pub fn finish(mut self, timeout: Duration) -> std::io::Result<Ended> {
        let deadline = Instant::now() + timeout;
        let Some(status) = wait_until(&mut self.child, deadline)? else {
            self.group.stop(&mut self.child);
            let _ = self.child.wait();
            return Ok(Ended::TimedOut);
        };
        self.group.stop(&mut self.child);
        let mut read = Vec::new();
        for output in &self.outputs {
            match output.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(bytes) => read.push(bytes),
                // The reading thread is left blocked on the pipe; it ends with the process.
                Err(RecvTimeoutError::Timeout) => return Ok(Ended::OutputHeld(status)),
                Err(RecvTimeoutError::Disconnected) => read.push(Vec::new()),
            }
        }
        Ok(Ended::Exited(status, read))
    }
}

/// Waits for `child` to exit, at most until `deadline` (polling): its status, or `None` when
/// it is still running then.
fn wait_until(child: &mut Child, deadline: Instant) -> std::io::Result<Option<ExitStatus>> {
    loop {
        match child.try_wait()? {
            Some(status) => return Ok(Some(status)),
            None if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            None => return Ok(None),
        }
    }
}

/// The child and what it starts, so that stopping it stops them all: its process group (on
/// Unix, unless it shares iamtoken's to use the terminal: then the child alone), or a Job
/// object that kills its members when closed (on Windows).
struct Group {
    #[cfg(unix)]
    shares_our_group: bool,
    #[cfg(windows)]
    job: Option<win32job::Job>,
}

impl Group {
    #[cfg(unix)]
    fn of(_child: &Child, shares_our_group: bool) -> Self {
        Self { shares_our_group }
    }

    /// The child in a Job object of its own, which its own children join; `None` where the
    /// system refuses one (the child alone is then stopped).
    #[cfg(windows)]
    fn of(child: &Child, _shares_our_group: bool) -> Self {
        use std::os::windows::io::AsRawHandle as _;
        let mut limits = win32job::ExtendedLimitInfo::new();
        limits.limit_kill_on_job_close();
        let job = win32job::Job::create_with_limit_info(&limits)
            .ok()
            .filter(|job| job.assign_process(child.as_raw_handle() as isize).is_ok());
        Self { job }
    }

    #[cfg(not(any(unix, windows)))]
    fn of(_child: &Child, _shares_our_group: bool) -> Self {
        Self {}
    }

    fn stop(&mut self, child: &mut Child) {
        #[cfg(unix)]
        if !self.shares_our_group {
            let pid = rustix::process::Pid::from_child(child);
            let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
            return;
        }
        // Closing the job kills every process in it.
        #[cfg(windows)]
        drop(self.job.take());
        let _ = child.kill();
    }
}
