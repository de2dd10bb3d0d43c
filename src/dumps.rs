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

/// Spawns `command` with the core limit iamtoken was started with. A child inherits its
/// parent's limit when it is forked, so iamtoken's soft limit goes back to the original for
/// the spawn alone, then to zero again. (Setting the child's limit once it runs, with Linux's
/// `prlimit`, came too late: by then it has exec'd, and a command that reads its limit first
/// saw zero.) For that moment iamtoken's own limit is the original: on Linux it stays
/// non-dumpable (a crash makes no core, or with `fs.suid_dumpable = 2` one only root can read);
/// on macOS it could dump core.
pub fn spawn(command: &mut std::process::Command) -> std::io::Result<std::process::Child> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let Some(original) = ORIGINAL_CORE_LIMIT.get() else {
            return command.spawn();
        };
        let _ = setrlimit(Resource::Core, *original);
        let spawned = command.spawn();
        let zero = Rlimit {
            current: Some(0),
            maximum: original.maximum,
        };
        let _ = setrlimit(Resource::Core, zero);
        spawned
    }
    #[cfg(not(unix))]
    {
        command.spawn()
    }
}
