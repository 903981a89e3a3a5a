//! The event loop: CPython's `_run_once` over the ready queue and timer heap, run either
//! directly (`--workers 1`, the reference loop) or speculatively on N workers with in-order
//! commit (ARCHITECTURE §2–§4).

mod boundary;
pub mod conflicts;
mod parallel;
mod reactor;
mod sequential;
pub mod stats;

use vm::ctx::Ctx;
use vm::error::PyResult;

/// Installs the loop driver used by `asyncio`'s `run_forever` hook.
pub fn install(workers: usize) {
    let workers = workers.max(1);
    if workers > 1 {
        vm::interp::frame::frames_migrate();
    }
    vm::modules::set_loop_driver(Box::new(move |ctx: &mut Ctx| -> PyResult<()> {
        if workers == 1 {
            sequential::run_forever(ctx)
        } else {
            parallel::run_forever(ctx, workers)
        }
    }));
}
