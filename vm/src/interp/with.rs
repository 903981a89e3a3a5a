//! The `with` statement's two instructions: entering a context manager and offering an
//! exception to its `__exit__`.

use super::frame::{Block, BlockKind, Frame};
use crate::attr::class_lookup;
use crate::ctx::Ctx;
use crate::descriptors::bind_to_instance;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::{intern, Value};

/// `SetupWith(handler)`: looks `__enter__` and `__exit__` up on the manager's type (in
/// CPython's order and with its errors), pushes the bound `__exit__`, a finally block, and the
/// result of `__enter__()`.
pub fn setup_with(ctx: &mut Ctx, f: &mut Frame, handler: u32) -> PyResult<()> {
    let mgr = f.pop();
    let class = rt().type_of(mgr);
    let Some(enter) = class_lookup(ctx, class, intern("__enter__"))? else {
        return Err(ctx.type_error(format!(
            "'{}' object does not support the context manager protocol",
            class_name(class)
        )));
    };
    let Some(exit) = class_lookup(ctx, class, intern("__exit__"))? else {
        return Err(ctx.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            class_name(class)
        )));
    };
    let exit = bind_to_instance(ctx, exit, mgr, intern("__exit__"))?;
    f.stack.push(exit);
    let enter = bind_to_instance(ctx, enter, mgr, intern("__enter__"))?;
    let entered = super::call::call(ctx, enter, &[], &[])?;
    f.blocks.push(Block {
        kind: BlockKind::Finally,
        handler,
        level: f.stack.len() as u32,
    });
    f.stack.push(entered);
    Ok(())
}

/// `WithExceptStart`: with `[exit, exc]` on the stack and `exc` being handled, pushes
/// `exit(type(exc), exc, None)` (tracebacks are not objects yet, so `None` stands for one).
pub fn with_except_start(ctx: &mut Ctx, f: &mut Frame) -> PyResult<()> {
    let n = f.stack.len();
    if n < 2 {
        return Err(ctx.runtime_error("with: bad stack"));
    }
    let (exit, exc) = (f.stack[n - 2], f.stack[n - 1]);
    let ty = Value::Obj(rt().type_of(exc));
    let r = super::call::call(ctx, exit, &[ty, exc, Value::None], &[])?;
    f.stack.push(r);
    Ok(())
}
