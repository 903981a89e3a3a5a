//! Iteration boundaries of `_run_once`: drop cancelled timers, wait for the first timer when
//! nothing is ready (on the reactor, `reactor`), then move due timers to the ready queue.

use vm::clock;
use vm::effects::{Handle, LoopState};

/// `time.get_clock_info('monotonic').resolution` on Linux.
const CLOCK_RESOLUTION: f64 = 1e-9;

/// The start of an iteration: how long the loop may wait before the next timer.
/// `None`: nothing is ready and no timer is scheduled.
pub fn timeout(state: &mut LoopState, ready_empty: bool) -> Option<f64> {
    state.timers.drop_cancelled();
    if !ready_empty || state.stopping {
        return Some(0.0);
    }
    state
        .timers
        .next_deadline()
        .map(|when| (when - clock::now()).max(0.0))
}

/// Pops every due timer (by deadline, in heap order), as `_run_once` does.
pub fn due_timers(state: &mut LoopState) -> Vec<Handle> {
    state.timers.pop_due(clock::now() + CLOCK_RESOLUTION)
}

/// Lets `secs` seconds of loop time pass before the next iteration: the virtual clock jumps,
/// the real one waits for the reactor's timer. True if a SIGINT cut the wait short.
pub fn wait(secs: f64) -> bool {
    if clock::is_virtual() {
        clock::pass(secs)
    } else {
        crate::reactor::wait(secs)
    }
}
