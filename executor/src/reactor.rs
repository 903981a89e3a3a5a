//! The reactor (ARCHITECTURE §4): a tokio runtime on its own thread that tells the loop when
//! what it waits for is ready. Today that is the next timer; sockets, files and subprocesses
//! will register here too.
//!
//! Invariants:
//! - The reactor never runs Python code and touches no Python state: it only signals the
//!   waiting loop thread, which then moves due timers to the ready queue at the iteration
//!   boundary (`boundary`), in CPython's order.
//! - It starts on the first real wait; a run that never waits (or runs on the virtual clock,
//!   which jumps instead of waiting) starts no thread.
//! - A wait ends early when a SIGINT arrives (`vm::interrupt`), as CPython's `select()` does;
//!   the abandoned timer then fires into a closed channel, harmlessly.

use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tokio::runtime::{Builder, Runtime};

/// The resolution of tokio's timer (it fires on the tick after its deadline's).
const TIMER_TICK: Duration = Duration::from_millis(1);

/// How often a waiting loop thread looks for a SIGINT.
const INTERRUPT_POLL: Duration = Duration::from_millis(20);

/// The reactor's runtime, started on first use; `None` if the thread could not start.
fn runtime() -> Option<&'static Runtime> {
    static RUNTIME: OnceLock<Option<Runtime>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("specloop-reactor")
                .enable_time()
                .build()
                .ok()
        })
        .as_ref()
}

/// Blocks the loop thread until `secs` seconds have passed, or until a SIGINT arrives; true if
/// a SIGINT cut the wait short. The reactor's timer ends the bulk of the wait; tokio's timer
/// fires on the millisecond tick after its deadline, so it is set a tick early and the loop
/// thread sleeps the rest (under a millisecond) itself: a wait then ends as close to its
/// deadline as CPython's does.
pub fn wait(secs: f64) -> bool {
    let delay = Duration::from_secs_f64(secs.max(0.0));
    let deadline = Instant::now() + delay;
    let Some(rt) = runtime() else {
        // No reactor thread: wait on this one.
        return vm::interrupt::sleep(secs);
    };
    let (fired, timer) = mpsc::sync_channel::<()>(1);
    let early = delay.saturating_sub(TIMER_TICK);
    rt.spawn(async move {
        tokio::time::sleep(early).await;
        let _ = fired.send(());
    });
    loop {
        if vm::interrupt::pending() {
            return true;
        }
        match timer.recv_timeout(INTERRUPT_POLL) {
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    }
    let rest = deadline.saturating_duration_since(Instant::now());
    vm::interrupt::sleep(rest.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::{runtime, wait};
    use std::time::{Duration, Instant};

    #[test]
    fn a_wait_lasts_its_delay_and_the_timer_runs_on_the_reactor_thread() {
        let started = Instant::now();
        assert!(!wait(0.03), "no SIGINT");
        assert!(started.elapsed() >= Duration::from_millis(30));
        let name = runtime()
            .map(|rt| {
                rt.block_on(async {
                    tokio::spawn(async { std::thread::current().name().map(String::from) }).await
                })
            })
            .and_then(|joined| joined.ok().flatten());
        assert_eq!(name.as_deref(), Some("specloop-reactor"));
    }
}
