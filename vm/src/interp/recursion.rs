//! The recursion limit: `sys.getrecursionlimit`/`setrecursionlimit`, and a guard that turns
//! deep recursion into `RecursionError` before it can overflow the Rust stack.
//!
//! Every Python frame entered (a call or a generator resumption) passes `enter`, which
//! raises `RecursionError` when the context's depth reaches the limit, or when the thread's
//! Rust stack is nearly used up (a program may raise the limit past what the stack holds).
//!
//! Invariants:
//! - `LIMIT` is process-wide, as CPython's; `set_limit` runs only in direct mode (it needs
//!   the oldest step), so a step re-run after it sees the new limit. A speculative step that
//!   reaches the limit is re-run in direct mode rather than raising, so the error it raises
//!   reads a committed limit.
//! - `STACK_FLOOR` is this thread's lowest safe stack address (0: unknown, no stack check),
//!   set by `mark_stack` at the top of every thread that runs Python code.
//! - A native recursion over nested values (`nested`) stops `NESTED_MARGIN` above the floor,
//!   more than one turn of any recursion that alternates it with Python frames takes (a
//!   `__repr__` calling `repr`), so such a recursion always stops in the native, with its
//!   context in the message, whatever the size of the Rust frames in between.

use crate::ctx::Ctx;
use crate::error::{Abort, PyResult, Raise};
use crate::rt::rt;
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

/// CPython's default recursion limit.
pub const DEFAULT_LIMIT: u32 = 1000;

/// Stack kept free below the floor for the natives that run between two checks.
const STACK_RESERVE: usize = 256 << 10;

/// How far above the floor `nested` stops (see the module invariants).
const NESTED_MARGIN: usize = 64 << 10;

static LIMIT: AtomicU32 = AtomicU32::new(DEFAULT_LIMIT);

thread_local! {
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The current recursion limit.
pub fn limit() -> u32 {
    LIMIT.load(Ordering::Relaxed)
}

/// `sys.setrecursionlimit(n)`, with CPython's checks against the current depth.
pub fn set_limit(ctx: &mut Ctx, n: i64) -> PyResult<()> {
    ctx.require_direct()?;
    if n < 1 {
        return Err(ctx.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    // CPython counts the running call of `setrecursionlimit` itself.
    let depth = ctx.depth + 1;
    if depth >= n {
        return Err(ctx.error(
            rt().types.recursion_error,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit \
                 is too low"
            ),
        ));
    }
    LIMIT.store(n, Ordering::Relaxed);
    Ok(())
}

/// Records that this thread's stack has `size` bytes, starting about here (call at the top
/// of the thread's function).
pub fn mark_stack(size: usize) {
    let here = approximate_sp();
    let floor = here.saturating_sub(size.saturating_sub(STACK_RESERVE));
    let _ = STACK_FLOOR.try_with(|f| f.set(floor));
}

/// An address inside the current stack frame.
#[inline(always)]
fn approximate_sp() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Checks that one more Python frame may be entered (see the module docs).
#[inline]
pub fn enter(ctx: &mut Ctx) -> PyResult<()> {
    check(ctx, "", 0)
}

/// Runs a native step of a recursion over nested values (the repr of a list inside a list)
/// one level deeper, as CPython's `Py_EnterRecursiveCall(context)`: the error message ends
/// with `context`.
pub fn nested<R>(
    ctx: &mut Ctx,
    context: &str,
    f: impl FnOnce(&mut Ctx) -> PyResult<R>,
) -> PyResult<R> {
    check(ctx, context, NESTED_MARGIN)?;
    ctx.depth += 1;
    let r = f(ctx);
    ctx.depth -= 1;
    r
}

#[inline]
fn check(ctx: &mut Ctx, context: &str, margin: usize) -> PyResult<()> {
    let floor = STACK_FLOOR.try_with(Cell::get).unwrap_or(0);
    if ctx.depth < limit() && (floor == 0 || approximate_sp() > floor + margin) {
        return Ok(());
    }
    if ctx.spec.is_some() {
        return Err(Raise::Abort(Abort::NeedsOldest));
    }
    Err(ctx.error(
        rt().types.recursion_error,
        format!("maximum recursion depth exceeded{context}"),
    ))
}
