//! Ctrl-C: the SIGINT handler (installed by the binary) only sets a flag; the interpreter
//! raises `KeyboardInterrupt` at its next periodic check, in direct mode only (a speculative
//! step stops and leaves it to the oldest step, so the exception lands where a sequential run
//! could have seen it), and the loop's waits for timers poll it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// The flag the SIGINT handler sets (shared with the handler's registration).
pub fn flag() -> Arc<AtomicBool> {
    pending_flag().clone()
}

fn pending_flag() -> &'static Arc<AtomicBool> {
    static PENDING: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    PENDING.get_or_init(|| Arc::new(AtomicBool::new(false)))
}

/// True once a SIGINT arrived that nobody has turned into `KeyboardInterrupt` yet.
#[inline]
pub fn pending() -> bool {
    pending_flag().load(Ordering::Relaxed)
}

/// Consumes a pending SIGINT.
pub fn take() -> bool {
    pending_flag().swap(false, Ordering::Relaxed)
}

/// Sleeps `secs` seconds, waking early when a SIGINT arrives; true if it did.
pub fn sleep(secs: f64) -> bool {
    const SLICE: f64 = 0.02;
    let until = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.max(0.0));
    loop {
        if pending() {
            return true;
        }
        let left = until.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return false;
        }
        std::thread::sleep(left.min(std::time::Duration::from_secs_f64(SLICE)));
    }
}
