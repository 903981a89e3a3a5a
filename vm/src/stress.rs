//! Scheduler stress, a test-only setting: with `SPECLOOP_STRESS=<seed>` in the environment,
//! the parallel loop's workers pause at random points (before taking a task, between running
//! a step and publishing it, before validating a commit) and speculative executions pause at
//! their periodic read checks, so tests meet interleavings that a quiet machine rarely
//! produces. Whatever the pauses, the output must not change (`tests/programs.rs` runs the
//! asyncio corpus this way). Unset, each hook costs one relaxed load.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// The seed, or 0 when stress is off.
fn seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        std::env::var("SPECLOOP_STRESS")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map_or(0, |s| s | 1)
    })
}

/// Threads seen so far, to give each its own random sequence.
static THREADS: AtomicU64 = AtomicU64::new(0);

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

/// The next number of this thread's xorshift sequence.
fn next() -> u64 {
    RNG.with(|r| {
        let mut x = r.get();
        if x == 0 {
            x = seed()
                ^ (THREADS.fetch_add(1, Ordering::Relaxed) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        r.set(x);
        x
    })
}

/// Whether stress is on.
#[inline]
pub fn enabled() -> bool {
    seed() != 0
}

/// A random pause when stress is on: nothing, a yield, a short spin or a sleep of up to
/// 200 µs.
#[inline]
pub fn pause() {
    if enabled() {
        pause_now();
    }
}

#[cold]
fn pause_now() {
    let r = next();
    match r % 8 {
        0..=2 => {}
        3 | 4 => std::thread::yield_now(),
        5 => {
            for _ in 0..(r >> 8) % 2000 {
                std::hint::spin_loop();
            }
        }
        _ => std::thread::sleep(Duration::from_micros((r >> 8) % 200)),
    }
}
