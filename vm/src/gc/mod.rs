//! Memory reclamation: a stop-the-world mark-and-sweep collector over the object heap.
//!
//! Values are `Copy` and carry no reference counts (ARCHITECTURE §5), so garbage is found by
//! tracing. A collection runs only at a *safe point*, where every value the program can still
//! use is reachable from roots the collector can see:
//!
//! - permanent objects (the runtime, built-in types, compiled code, modules, pinned statics);
//! - the module registry, and the loop's ready queue, timers and task registry;
//! - the interpreter frames of the thread that collects (`roots::FrameStack`), plus its
//!   context's current task, buffered effects and generator snapshots.
//!
//! Safe points (see `roots.rs` for why each is safe):
//!
//! ```text
//!  direct code, backward jump, no native call below  ──▶ collect(frames + current frame)
//!  sequential loop, between two handles               ──▶ collect(frames)
//!  parallel loop, iteration boundary, gc due          ──▶ pause the run (uncommitted steps
//!                                                          undone), collect(frames), resume
//! ```
//!
//! No speculative step is in flight at any of them, so the multi-version memory is empty and
//! every object is either committed state or garbage. A collection is due when the objects
//! allocated since the last one reach `GROWTH` times those that survived it (and at least
//! `MIN_DUE`), in allocation units of about 64 bytes: the heap stays within about
//! `GROWTH + 1` times the live memory, and a collection's tracing costs at most one object
//! per `GROWTH` units allocated since the last one.

mod heap;
pub mod roots;
mod trace;
pub mod unawaited;

pub use heap::{alloc, enable, flush_thread, immortal, pin, Header};
pub use roots::FrameStack;

use crate::ctx::Ctx;
use crate::interp::frame::Frame;
use crate::value::Value;

/// True when the parallel loop should pause its run to collect: `PAUSE_FACTOR` times the
/// usual allocation budget, since a pause throws away the speculative work in flight.
#[inline]
pub fn due_for_pause() -> bool {
    heap::due_times(PAUSE_FACTOR)
}

/// How many collection budgets the parallel loop allocates before pausing to collect.
const PAUSE_FACTOR: usize = 4;

/// A safe point in direct-mode code at a backward jump in `current`: collects if due and no
/// native call or non-transparent frame is below (`FrameStack::inhibited`).
#[inline]
pub fn safepoint(ctx: &mut Ctx, current: &Frame) {
    if heap::due() && ctx.spec.is_none() && !ctx.gc.inhibited() {
        collect(ctx, Some(current));
    }
}

/// The event loop's safe point, between steps (no step in flight): collects if due and the
/// loop was entered from transparent frames only.
pub fn loop_safepoint(ctx: &mut Ctx) {
    if heap::due() && ctx.spec.is_none() && !ctx.gc.inhibited() {
        collect(ctx, None);
    }
}

/// The Python frame a native entered through `held_call` resumes or calls.
#[derive(Clone, Copy)]
pub enum HeldEntry {
    /// A call of this callee: entered transparently when it is a Python function.
    Call(Value),
    /// A generator's suspended frame, resumed.
    Resume,
}

/// Runs `f`, which enters a Python frame, from a native that took its mark and holds nothing
/// the collector cannot see beyond `roots` (and its caller's operand stack): `roots` are held
/// meanwhile and the frame `f` enters is transparent (see `roots.rs`).
pub fn held_call<R>(
    ctx: &mut Ctx,
    roots: impl IntoIterator<Item = Value>,
    entry: HeldEntry,
    f: impl FnOnce(&mut Ctx) -> R,
) -> R {
    let mark = ctx.gc.held();
    for r in roots {
        ctx.gc.hold(r);
    }
    match entry {
        HeldEntry::Call(callee) => ctx.gc.before_held_call(callee),
        HeldEntry::Resume => ctx.gc.resume_held(),
    }
    let r = f(ctx);
    ctx.gc.after_call();
    ctx.gc.release_roots(mark);
    r
}

/// Whether the loop may pause to collect now (used by the parallel loop before pausing).
pub fn loop_may_collect(ctx: &Ctx) -> bool {
    ctx.spec.is_none() && !ctx.gc.inhibited()
}

/// At exit, with no frame running: CPython's "coroutine ... was never awaited" for every
/// coroutine that never started (see `unawaited`): a last collection reports the dead ones,
/// then those still alive are reported as CPython reports them while clearing modules.
///
/// `tb_sites`: the (file, line) entries of the traceback of the uncaught exception that ends
/// the program, if one does (see `unawaited::pin_sites`).
pub fn report_unawaited_at_exit(ctx: &mut Ctx, tb_sites: &[(&'static str, u32)]) {
    if !heap::with_heap(unawaited::any_in) {
        return;
    }
    unawaited::pin_sites(tb_sites);
    if heap::enabled() && ctx.spec.is_none() {
        collect(ctx, None);
    }
    heap::with_heap(unawaited::report_alive);
}

/// Marks everything reachable from the roots and frees the rest.
fn collect(ctx: &Ctx, current: Option<&Frame>) {
    let started = std::time::Instant::now();
    let mut t = trace::Tracer::new(heap::next_epoch());
    heap::trace_permanent(&mut t);
    trace::runtime_roots(&mut t);
    // SAFETY: this is a safe point of the thread that owns `ctx` (see `FrameStack::frames`);
    // the innermost entry is `current` itself when given, and is read through it instead.
    unsafe { ctx.gc.for_each_frame(current.is_some(), |f| t.frame(f)) };
    if let Some(f) = current {
        t.frame(f);
    }
    t.ctx(ctx);
    t.finish();
    let marked = started.elapsed();
    heap::sweep(t.epoch(), marked, started);
    // SAFETY: a collection runs at a safe point with no step in flight (module docs), so no
    // thread is inside an instance attribute read.
    unsafe { crate::instance_attrs::free_retired() };
    // Freed classes' addresses may be reused by new classes.
    crate::attr_cache::invalidate();
    crate::attr_cache::objects_freed();
}
