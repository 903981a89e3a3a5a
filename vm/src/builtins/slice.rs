//! `slice(stop)` / `slice(start, stop[, step])`: construction, the `start`/`stop`/`step`
//! attributes, `indices(len)`, and equality (slices compare as `(start, stop, step)` tuples and
//! are unhashable, as in 3.11).

use super::{arity, def_methods, no_kwargs};
use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::object::{Builtin, Kind, Object};
use crate::rt::{class_name, rt, Runtime};
use crate::value::{intern, Name, Value};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.slice,
        &[("__new__", slice_new), ("indices", indices), ("__eq__", eq)],
    );
    let Kind::Class(c) = &rt.types.slice.kind else {
        return;
    };
    let mut attrs = c.attrs.lock();
    for (name, f) in [
        ("start", start as crate::object::NativeFn),
        ("stop", stop),
        ("step", step),
    ] {
        let fget = Object::immortal(Kind::Builtin(Box::new(Builtin {
            name,
            f,
            receiver: None,
            keywords: super::Keywords::Own,
        })));
        let d = Descriptor::Property {
            fget: Value::Obj(fget),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        attrs.insert(
            intern(name),
            Value::Obj(Object::immortal(Kind::Descriptor(Box::new(d)))),
        );
    }
}

fn slice_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    no_kwargs(ctx, "slice", kw)?;
    let args = a.get(1..).unwrap_or_default();
    if args.is_empty() {
        return Err(ctx.type_error("slice expected at least 1 argument, got 0"));
    }
    arity(ctx, "slice", args, 1, 3)?;
    let (start, stop, step) = match *args {
        [stop] => (Value::None, stop, Value::None),
        [start, stop] => (start, stop, Value::None),
        [start, stop, step] => (start, stop, step),
        _ => return Err(ctx.type_error("slice expected at most 3 arguments")),
    };
    Ok(Value::Obj(ctx.alloc(Kind::Slice { start, stop, step })))
}

/// The `(start, stop, step)` of a slice receiver (bound, or first argument of a getter).
fn parts(ctx: &Ctx, r: Option<Value>, a: &[Value]) -> PyResult<(Value, Value, Value)> {
    match r
        .or(a.first().copied())
        .and_then(|v| v.obj())
        .map(|o| &o.0.kind)
    {
        Some(Kind::Slice { start, stop, step }) => Ok((*start, *stop, *step)),
        _ => Err(ctx.type_error("descriptor requires a 'slice' object")),
    }
}

fn start(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(parts(ctx, r, a)?.0)
}

fn stop(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(parts(ctx, r, a)?.1)
}

fn step(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(parts(ctx, r, a)?.2)
}

/// `slice.indices(len)`: the bounds resolved for a sequence of that length.
fn indices(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "indices", a, 1, 1)?;
    let Some(len) = crate::ops::as_i64(a[0]) else {
        return Err(ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(rt().type_of(a[0]))
        )));
    };
    if len < 0 {
        return Err(ctx.value_error("length should not be negative"));
    }
    let Some(sl) = r.and_then(|v| v.obj()) else {
        return Err(ctx.type_error("descriptor 'indices' needs a slice"));
    };
    let (s, e, st) = crate::seqops::slice_indices(ctx, sl, len)?;
    Ok(ctx.new_tuple(vec![Value::Int(s), Value::Int(e), Value::Int(st)]))
}

fn eq(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__eq__", a, 1, 1)?;
    let x = parts(ctx, r, &[])?;
    let Ok(y) = parts(ctx, Some(a[0]), &[]) else {
        return Ok(Value::Bool(false));
    };
    let (p, q) = (
        ctx.new_tuple(vec![x.0, x.1, x.2]),
        ctx.new_tuple(vec![y.0, y.1, y.2]),
    );
    Ok(Value::Bool(crate::ops::eq(ctx, p, q)?))
}
