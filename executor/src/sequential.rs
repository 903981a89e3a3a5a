//! The reference loop (`--workers 1`): a direct port of CPython's `run_forever`/`_run_once`.
//! Handles run in direct mode: no tracking, effects applied at once.

use crate::boundary::{due_timers, timeout};
use crate::stats::{stats, Stats};
use std::sync::atomic::Ordering::Relaxed;
use vm::ctx::Ctx;
use vm::effects::loop_state;
use vm::error::PyResult;

/// Runs iterations until `stop()` takes effect.
pub fn run_forever(ctx: &mut Ctx) -> PyResult<()> {
    loop {
        // Between two iterations no handle is running: a safe point for the collector.
        vm::gc::loop_safepoint(ctx);
        let ntodo = {
            let mut state = loop_state().lock();
            let ready_empty = state.ready.is_empty();
            let wait = timeout(&mut state, ready_empty);
            match wait {
                None if state.ready.is_empty() && !state.stopping => {
                    return Err(ctx.runtime_error("Event loop stopped before Future completed."));
                }
                Some(w) if w > 0.0 => {
                    drop(state);
                    if crate::boundary::wait(w) && vm::interrupt::take() {
                        // As CPython's select() interrupted by SIGINT.
                        return Err(ctx.keyboard_interrupt());
                    }
                    state = loop_state().lock();
                }
                _ => {}
            }
            let due = due_timers(&mut state);
            state.ready.extend(due);
            state.ready.len()
        };
        for _ in 0..ntodo {
            let Some(h) = loop_state().lock().ready.pop_front() else {
                break;
            };
            ctx.current_task = None;
            Stats::bump(&stats().executions);
            let started = stats().timing.load(Relaxed).then(std::time::Instant::now);
            let r = vm::interp::call::call_handle(ctx, h.callback, &h.args);
            let r = crate::parallel::report_callback_error(ctx, &h, r);
            if let Some(t) = started {
                Stats::add_time(&stats().busy_ns, t.elapsed());
            }
            Stats::bump(&stats().commits);
            crate::parallel::handle_error(ctx, h.callback, r)?;
        }
        let mut state = loop_state().lock();
        if state.stopping {
            state.stopping = false;
            return Ok(());
        }
    }
}
