//! `AugGlobal` and `AugAttr`: `x op= n` and `obj.x op= n` where `n` is a constant or a local.
//! In direct mode they are the read, the operation and the write of CPython's instructions; a
//! speculative step records a delta instead when it can (`crate::delta`), so steps that only
//! bump a shared counter do not conflict.

use super::instr::{inplace, load_global};
use crate::attr;
use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::slot::{Loc, Slot};
use crate::value::{Name, ObjRef, Value};

/// `global name op= operand`.
pub(super) fn aug_global(
    ctx: &mut Ctx,
    globals: ObjRef,
    name: Name,
    op: BinOp,
    operand: Value,
) -> PyResult<()> {
    let loc = Loc::Attr(globals, name);
    if ctx.spec.is_some()
        && matches!(globals.kind, Kind::Module(_))
        && ctx.numeric_delta(loc, op, operand)
    {
        return Ok(());
    }
    let v = load_global(ctx, globals, name)?;
    let r = inplace(ctx, op, v, operand)?;
    ctx.write(loc, Slot::Value(r));
    Ok(())
}

/// `obj.name op= operand`.
pub(super) fn aug_attr(
    ctx: &mut Ctx,
    obj: Value,
    name: Name,
    op: BinOp,
    operand: Value,
) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if ctx.spec.is_some()
            && !ctx.is_private(o)
            && plain_own_attr(ctx, o, name)?
            && ctx.numeric_delta(Loc::Attr(o, name), op, operand)
        {
            return Ok(());
        }
    }
    let v = match attr::own_instance_attr(ctx, obj, name) {
        Some(v) => v,
        None => attr::getattr(ctx, obj, name)?,
    };
    let r = inplace(ctx, op, v, operand)?;
    attr::setattr(ctx, obj, name, r)
}

/// Whether `o.name`, when `o` stores `name` itself, reads and writes exactly that stored
/// value: no `__getattribute__`/`__setattr__` of the user's, no data descriptor (property,
/// slot) on the class, no metaclass but `type`, no dunder name.
fn plain_own_attr(ctx: &mut Ctx, o: ObjRef, name: Name) -> PyResult<bool> {
    if name.as_str().starts_with("__") {
        return Ok(false);
    }
    match &o.kind {
        Kind::Module(_) => Ok(true),
        Kind::Class(c) => Ok(!c.builtin && c.metaclass.is_none()),
        Kind::Instance(i) => {
            let class = i.class;
            for hook in [
                crate::name!("__getattribute__"),
                crate::name!("__setattr__"),
            ] {
                if attr::user_hook(ctx, class, hook)?.is_some() {
                    return Ok(false);
                }
            }
            // A class attribute of the same name is fine only if it is plain data (a default
            // the instance's own value shadows).
            Ok(match attr::class_lookup(ctx, class, name)? {
                None => true,
                Some(v) => matches!(
                    v,
                    Value::None | Value::Int(_) | Value::Bool(_) | Value::Float(_)
                ),
            })
        }
        _ => Ok(false),
    }
}
