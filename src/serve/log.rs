//! `serve`'s log: lines go through a bounded queue to a thread of their own that writes them
//! to stderr, so that a stderr nobody reads never stalls a request. When the queue is full a
//! line is dropped and counted, and the count is said once writing goes on.

use std::io::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;

/// Lines that may wait for the writer.
const QUEUE: usize = 1024;

#[derive(Clone)]
pub struct Log {
    queue: SyncSender<String>,
    dropped: Arc<AtomicU64>,
}

impl Log {
    /// The queue, and the thread that writes what reaches it to stderr.
    pub fn start() -> Self {
        let (queue, lines) = std::sync::mpsc::sync_channel::<String>(QUEUE);
        let dropped = Arc::new(AtomicU64::new(0));
        let lost = Arc::clone(&dropped);
        std::thread::spawn(move || {
            for line in lines {
                let mut stderr = std::io::stderr().lock();
                let n = lost.swap(0, Ordering::Relaxed);
                if n > 0 {
                    let _ = writeln!(
                        stderr,
                        "iamtoken: serve: {n} log lines dropped (stderr was not being read)"
                    );
                }
                let _ = stderr.write_all(line.as_bytes());
            }
        });
        Self { queue, dropped }
    }

    /// Queues `text` (whole lines, each ending in a newline); never waits.
    pub fn write(&self, text: String) {
        if self.queue.try_send(text).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}
