//! The `async with` and `async for` protocol steps (`Instr::Async`), with CPython's errors.

use super::frame::Frame;
use crate::attr::class_lookup;
use crate::bytecode::AsyncOp;
use crate::ctx::Ctx;
use crate::descriptors::bind_to_instance;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::intern;

/// Runs one async protocol step on frame `f`.
pub fn execute(ctx: &mut Ctx, f: &mut Frame, op: AsyncOp) -> PyResult<()> {
    match op {
        AsyncOp::BeforeWith => {
            let mgr = f.pop();
            let class = rt().type_of(mgr);
            let Some(enter) = class_lookup(ctx, class, intern("__aenter__"))? else {
                return Err(ctx.type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol",
                    class_name(class)
                )));
            };
            let Some(exit) = class_lookup(ctx, class, intern("__aexit__"))? else {
                return Err(ctx.type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol \
                     (missed __aexit__ method)",
                    class_name(class)
                )));
            };
            let exit = bind_to_instance(ctx, exit, mgr, intern("__aexit__"))?;
            f.stack.push(exit);
            let enter = bind_to_instance(ctx, enter, mgr, intern("__aenter__"))?;
            let awaitable = super::call::call(ctx, enter, &[], &[])?;
            f.stack.push(awaitable);
        }
        AsyncOp::GetAIter => {
            let v = f.pop();
            let class = rt().type_of(v);
            let Some(aiter) = class_lookup(ctx, class, intern("__aiter__"))? else {
                return Err(ctx.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    class_name(class)
                )));
            };
            let aiter = bind_to_instance(ctx, aiter, v, intern("__aiter__"))?;
            let it = super::call::call(ctx, aiter, &[], &[])?;
            f.stack.push(it);
        }
        AsyncOp::GetANext => {
            let it = f.top();
            let class = rt().type_of(it);
            let Some(anext) = class_lookup(ctx, class, intern("__anext__"))? else {
                return Err(ctx.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement \
                     __anext__: {}",
                    class_name(class)
                )));
            };
            let anext = bind_to_instance(ctx, anext, it, intern("__anext__"))?;
            let awaitable = super::call::call(ctx, anext, &[], &[])?;
            f.stack.push(awaitable);
        }
    }
    Ok(())
}
