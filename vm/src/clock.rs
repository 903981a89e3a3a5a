//! The loop clock, which `loop.time()`, `time.monotonic()`, `time.time()` and the timer heap
//! read: real (`--clock real`, the default) or virtual (`--clock virtual`).
//!
//! Real: seconds of a monotonic clock since the process's first reading; letting time pass
//! sleeps the thread.
//!
//! Virtual (trio's autojump clock): time stands still while code runs and jumps when the loop
//! would wait for its next timer, or when `time.sleep` is called, so timer-heavy programs run
//! in no time and see the same clock values on every run. It starts at 0.0.
//!
//! Invariant: the virtual clock only moves forward, and only from a direct context (the
//! loop's iteration boundary, or the oldest step), so every reading a step makes is one a
//! sequential run could have made.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// A loop clock: real or virtual.
struct Clock {
    /// Whether the clock is virtual (set once, before the program starts).
    is_virtual: AtomicBool,
    /// The virtual clock's reading, as `f64` bits.
    virtual_now: AtomicU64,
}

impl Clock {
    const fn new() -> Clock {
        Clock {
            is_virtual: AtomicBool::new(false),
            virtual_now: AtomicU64::new(0),
        }
    }

    fn now(&self) -> f64 {
        if self.is_virtual.load(Ordering::Relaxed) {
            f64::from_bits(self.virtual_now.load(Ordering::Acquire))
        } else {
            epoch().elapsed().as_secs_f64()
        }
    }

    fn pass(&self, secs: f64) -> bool {
        if !self.is_virtual.load(Ordering::Relaxed) {
            return crate::interrupt::sleep(secs);
        }
        let later = self.now() + secs.max(0.0);
        self.virtual_now.store(later.to_bits(), Ordering::Release);
        crate::interrupt::pending()
    }
}

/// The process's loop clock.
static CLOCK: Clock = Clock::new();

fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Selects the virtual clock for the rest of the process (`--clock virtual`).
pub fn use_virtual() {
    CLOCK.is_virtual.store(true, Ordering::Relaxed);
}

/// Whether the loop clock is virtual.
pub fn is_virtual() -> bool {
    CLOCK.is_virtual.load(Ordering::Relaxed)
}

/// The loop clock now, in seconds.
pub fn now() -> f64 {
    CLOCK.now()
}

/// Lets `secs` seconds of loop time pass: the real clock sleeps (waking early on SIGINT), the
/// virtual one jumps at once. True if a SIGINT cut the wait short.
pub fn pass(secs: f64) -> bool {
    CLOCK.pass(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_virtual_clock_jumps_and_never_goes_back() {
        let clock = Clock::new();
        clock.is_virtual.store(true, Ordering::Relaxed);
        assert_eq!(clock.now(), 0.0);
        assert!(!clock.pass(2.5));
        assert_eq!(clock.now(), 2.5);
        clock.pass(-1.0);
        assert_eq!(clock.now(), 2.5);
    }

    #[test]
    fn the_real_clock_moves_on_its_own() {
        let clock = Clock::new();
        let t0 = clock.now();
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(clock.now() > t0);
    }
}
