//! Methods of `dict`.

use super::{arity, def_methods};
use crate::ctx::Ctx;
use crate::dict::HKey;
use crate::error::PyResult;
use crate::object::DictView;
use crate::rt::Runtime;
use crate::value::{Name, ObjRef, Value};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.dict,
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("pop", pop),
            ("setdefault", setdefault),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("popitem", popitem),
        ],
    );
    super::def_classmethod(rt.types.dict, "fromkeys", fromkeys);
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: a subclass gets an instance of its
/// own, filled through its `__setitem__`).
fn fromkeys(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "fromkeys", args.get(1..).unwrap_or_default(), 1, 2)?;
    let (cls, src) = (args[0], args[1]);
    let value = args.get(2).copied().unwrap_or(Value::None);
    let keys = crate::iter::collect(ctx, src)?;
    if cls.is(Value::Obj(crate::rt::rt().types.dict)) {
        let mut d = crate::dict::DictData::default();
        for k in keys {
            let k = HKey::new(k).map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))?;
            d.insert(k, value);
        }
        return Ok(ctx.new_dict(d));
    }
    let out = crate::interp::call::call(ctx, cls, &[], &[])?;
    for k in keys {
        crate::seqops::setitem(ctx, out, k, value)?;
    }
    Ok(out)
}

fn this(recv: Option<Value>) -> ObjRef {
    match recv {
        Some(Value::Obj(o)) => o,
        _ => crate::rt::rt().types.dict,
    }
}

fn key(ctx: &mut Ctx, dict: ObjRef, v: Value) -> PyResult<HKey> {
    crate::userhash::dict_hkey(ctx, dict, v)
}

fn keys(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(crate::dictview::new(ctx, this(r), DictView::Keys))
}

fn values(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(crate::dictview::new(ctx, this(r), DictView::Values))
}

fn items(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(crate::dictview::new(ctx, this(r), DictView::Items))
}

fn get(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "get", args, 1, 2)?;
    let k = key(ctx, this(r), args[0])?;
    let found = ctx.dict_get(this(r), k)?;
    Ok(found.unwrap_or(args.get(1).copied().unwrap_or(Value::None)))
}

fn pop(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "pop", args, 1, 2)?;
    let k = key(ctx, this(r), args[0])?;
    let dict = this(r);
    if ctx.dict_get(dict, k)?.is_none() {
        return match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(ctx.key_error(args[0])),
        };
    }
    Ok(ctx
        .dict_modify(dict, |d| d.shift_remove(&k))?
        .unwrap_or(Value::None))
}

fn setdefault(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "setdefault", args, 1, 2)?;
    let k = key(ctx, this(r), args[0])?;
    let dict = this(r);
    if let Some(v) = ctx.dict_get(dict, k)? {
        return Ok(v);
    }
    let v = args.get(1).copied().unwrap_or(Value::None);
    ctx.dict_set(dict, k, v)?;
    Ok(v)
}

fn update(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "update", args, 0, 1)?;
    let mut fresh = crate::dict::DictData::default();
    if let Some(src) = args.first() {
        super::core::dict_update_from(ctx, &mut fresh, *src)?;
    }
    for (k, v) in kwargs {
        fresh.insert(HKey(k.value()), *v);
    }
    add_all(ctx, this(r), fresh)?;
    Ok(Value::None)
}

fn add_all(ctx: &mut Ctx, dict: ObjRef, fresh: crate::dict::DictData) -> PyResult<()> {
    ctx.dict_modify(dict, |d| {
        for (k, v) in fresh {
            d.insert(k, v);
        }
    })
}

/// `dict |= src`: `dict.update(src)` (any mapping or iterable of pairs).
pub fn dict_update(ctx: &mut Ctx, dict: ObjRef, src: Value) -> PyResult<()> {
    let mut fresh = crate::dict::DictData::default();
    super::core::dict_update_from(ctx, &mut fresh, src)?;
    add_all(ctx, dict, fresh)
}

/// `a | b` for two dicts: a new dict with `a`'s items updated by `b`'s; `None` when either is
/// not a dict.
pub fn dict_or(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_dict = |v: Value| {
        v.obj()
            .filter(|o| matches!(o.kind, crate::object::Kind::Dict(_)))
    };
    let (Some(x), Some(y)) = (is_dict(a), is_dict(b)) else {
        return Ok(None);
    };
    let mut merged = (*ctx.dict_items(x)?).clone();
    for (k, v) in ctx.dict_items(y)?.iter() {
        merged.insert(*k, *v);
    }
    Ok(Some(ctx.new_dict(merged)))
}

fn clear(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    ctx.dict_modify(this(r), |d| d.clear())?;
    Ok(Value::None)
}

fn copy(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let d = ctx.dict_items(this(r))?;
    Ok(ctx.new_dict((*d).clone()))
}

fn popitem(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let dict = this(r);
    match ctx.dict_modify(dict, |d| d.pop())? {
        Some((k, v)) => Ok(ctx.new_tuple(vec![k.0, v])),
        None => Err(ctx.key_error(ctx.new_str("popitem(): dictionary is empty".into()))),
    }
}
