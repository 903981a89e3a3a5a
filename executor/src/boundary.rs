//! Iteration boundaries of `_run_once`: wait for the first timer when nothing is ready, then
//! move due timers to the ready queue.

use vm::effects::{heap_pop, loop_time, Handle, LoopState};

/// `time.get_clock_info('monotonic').resolution` on Linux.
const CLOCK_RESOLUTION: f64 = 1e-9;

/// Drops cancelled timers from the top of the heap (CPython removes them lazily there).
fn prune(state: &mut LoopState) {
    while let Some(t) = state.timers.first() {
        if state.cancelled.remove(&t.id) {
            heap_pop(&mut state.timers);
        } else {
            break;
        }
    }
}

/// How long the loop may wait before the next timer, when nothing is ready.
/// `None`: no timer at all.
pub fn timeout(state: &mut LoopState, ready_empty: bool) -> Option<f64> {
    prune(state);
    if !ready_empty || state.stopping {
        return Some(0.0);
    }
    state
        .timers
        .first()
        .map(|t| (t.when - loop_time()).max(0.0))
}

/// Pops every due timer (by deadline, in heap order), as `_run_once` does.
pub fn due_timers(state: &mut LoopState) -> Vec<Handle> {
    let end = loop_time() + CLOCK_RESOLUTION;
    let mut out = Vec::new();
    loop {
        prune(state);
        match state.timers.first() {
            Some(t) if t.when < end => {
                if let Some(t) = heap_pop(&mut state.timers) {
                    out.push(t.handle);
                }
            }
            _ => return out,
        }
    }
}
