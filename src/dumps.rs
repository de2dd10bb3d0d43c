//! Keeping secrets out of core dumps and out of other processes' reach. First thing in `main`,
//! the process is made non-dumpable (no core file, and no `ptrace` or `/proc/PID/environ` or
//! `mem` for other processes of the same user) and its soft core limit is set to zero. `exec`
//! gives its command the user's original core limit back: that program's dumps are its own
//! business (and `execve` makes it dumpable again).

#[cfg(unix)]
use std::sync::OnceLock;

/// The core limit iamtoken was started with, for `exec`'s command.
#[cfg(unix)]
static ORIGINAL_CORE_LIMIT: OnceLock<rustix::process::Rlimit> = OnceLock::new();

/// Makes this process non-dumpable, with no core file. Failures are ignored: nothing here may
/// keep a token from being fetched, and each step is a second line of defence.
#[cfg(unix)]
pub fn forbid() {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    let original = getrlimit(Resource::Core);
    // Only the soft limit: the hard one stays, so that the command of `exec` can have it back.
    let zero = Rlimit {
        current: Some(0),
        maximum: original.maximum,
    };
    if setrlimit(Resource::Core, zero).is_ok() {
        let _ = ORIGINAL_CORE_LIMIT.set(original);
    }
}

#[cfg(not(unix))]
pub fn forbid() {}

/// Gives `child` the core limit iamtoken was started with.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn restore_for(child: &std::process::Child) {
    if let Some(original) = ORIGINAL_CORE_LIMIT.get() {
        let pid = rustix::process::Pid::from_child(child);
        let _ = rustix::process::prlimit(Some(pid), rustix::process::Resource::Core, *original);
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub fn restore_for(_child: &std::process::Child) {}
