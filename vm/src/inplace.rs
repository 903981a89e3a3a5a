//! Augmented assignment (`a op= b`): a user class's `__iop__`, the in-place operators of
//! sets, lists (`+=`, `*=`) and dicts (`|=`), which mutate the left operand and return it,
//! else the binary operator.

use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::ops::{binary_impl, dunder, is_not_implemented};
use crate::rt::{class_name, rt};
use crate::value::{intern, ObjRef, Value};

/// `a op= b`: the in-place set operators, then a user class's `__iop__`, then `a op b`;
/// a TypeError names the augmented operator (`-=`), as CPython's does.
pub fn inplace(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = crate::setops::inplace(ctx, op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = crate::bytearray::inplace(ctx, op, a, b)? {
        return Ok(r);
    }
    let mut target = a;
    if matches!(a.obj().map(|o| &o.0.kind), Some(Kind::Instance(_))) {
        let name = format!("__i{}", &dunder(op).0[2..]);
        if let Some(r) = crate::attr::call_dunder(ctx, a, &name, &[b])? {
            if !is_not_implemented(r) {
                return Ok(r);
            }
        }
        if let Some(n) = crate::native_base::native_of(a) {
            if crate::setops::inplace(ctx, op, n, b)?.is_some() {
                return Ok(a);
            }
            target = n;
        }
    }
    if let Some(list) = target.obj().filter(|o| matches!(o.kind, Kind::List(_))) {
        match op {
            BinOp::Add => {
                let items = crate::iter::collect(ctx, b)?;
                ctx.list_modify(list, |v| v.extend(items))?;
                return Ok(a);
            }
            BinOp::Mul if list_repeat_in_place(ctx, list, b)? => return Ok(a),
            _ => {}
        }
    }
    if let Some(dict) = target.obj().filter(|o| matches!(o.kind, Kind::Dict(_))) {
        if op == BinOp::Or {
            crate::builtins::dict_update(ctx, dict, b)?;
            return Ok(a);
        }
    }
    binary_impl(ctx, op, a, b, "=", false)
}

/// `list *= n`: repeats the list's items in place (none left when `n <= 0`), `n` an int or an
/// object with `__index__`. False, with nothing done, when `n`'s `__rmul__` answers instead
/// (CPython tries it before repeating).
fn list_repeat_in_place(ctx: &mut Ctx, list: ObjRef, n: Value) -> PyResult<bool> {
    let count = match crate::repeat::count(ctx, n)? {
        Some(c) => Some(c),
        None if matches!(n.obj().map(|o| &o.0.kind), Some(Kind::Instance(_))) => {
            let rmul = crate::attr::class_lookup(ctx, rt().type_of(n), intern("__rmul__"))?;
            if rmul.is_some() {
                return Ok(false);
            }
            let i = crate::seqops::index_value(ctx, n)?;
            crate::repeat::count(ctx, i)?
        }
        None => None,
    };
    let Some(count) = count else {
        return Err(ctx.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            class_name(rt().type_of(n))
        )));
    };
    let items = ctx.list_items(list)?;
    let repeated = crate::repeat::items(ctx, &items, count, crate::repeat::TooLong::Memory)?;
    drop(items);
    ctx.list_modify(list, |v| *v = repeated)?;
    Ok(true)
}
