//! `set` and `frozenset`: constructors and methods.

use super::{arity, def_methods, no_kwargs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Kind, NativeFn};
use crate::rt::{rt, Runtime};
use crate::set::SetData;
use crate::setops::{self, lookup_entry, new_set, operand, operand_for, view, Operand, SetView};
use crate::value::{Name, ObjRef, Value};

pub(super) fn install(rt: &Runtime) {
    let shared: [(&'static str, NativeFn); 8] = [
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    def_methods(rt.types.set, &shared);
    def_methods(rt.types.frozenset, &shared);
    def_methods(
        rt.types.set,
        &[
            ("__new__", set_new),
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
    def_methods(rt.types.frozenset, &[("__new__", frozenset_new)]);
}

/// Builds set contents from an optional iterable (`set(x)` / `frozenset(x)`).
fn from_args(ctx: &mut Ctx, name: &str, args: &[Value], kw: &[(Name, Value)]) -> PyResult<SetData> {
    no_kwargs(ctx, name, kw)?;
    arity(ctx, name, args, 0, 1)?;
    let mut d = SetData::default();
    if let Some(src) = args.first() {
        let op = operand(ctx, *src)?;
        setops::update(&mut d, &op);
    }
    Ok(d)
}

fn set_new(ctx: &mut Ctx, _: Option<Value>, a: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, crate::rt::rt().types.set, a, kw)? {
        return Ok(v);
    }
    let d = from_args(ctx, "set", a.get(1..).unwrap_or(&[]), kw)?;
    Ok(new_set(ctx, d, false))
}

fn frozenset_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, crate::rt::rt().types.frozenset, a, kw)?
    {
        return Ok(v);
    }
    let args = a.get(1..).unwrap_or(&[]);
    if let [v] = args {
        if kw.is_empty() && setops::is_frozen(*v) {
            return Ok(*v);
        }
    }
    let d = from_args(ctx, "frozenset", args, kw)?;
    Ok(new_set(ctx, d, true))
}

/// The receiver: a set or frozenset object.
fn this(recv: Option<Value>) -> Value {
    recv.unwrap_or(Value::Obj(rt().types.set))
}

/// The receiver's contents (a TypeError if it is not a set: `set.add(5, 1)`).
fn data(ctx: &mut Ctx, recv: Option<Value>, name: &str) -> PyResult<SetView> {
    let r = this(recv);
    match view(ctx, r)? {
        Some(v) => Ok(v),
        None => Err(ctx.type_error(format!(
            "descriptor '{name}' requires a 'set' object but received a '{}'",
            crate::rt::class_name(rt().type_of(r))
        ))),
    }
}

/// The receiver as a mutable set object.
fn set_obj(ctx: &mut Ctx, recv: Option<Value>, name: &str) -> PyResult<ObjRef> {
    match this(recv).obj() {
        Some(o) if matches!(o.kind, Kind::Set(_)) => Ok(o),
        _ => {
            data(ctx, recv, name)?;
            Err(ctx.type_error(format!("descriptor '{name}' requires a 'set' object")))
        }
    }
}

/// A result of the receiver's type.
fn result(ctx: &Ctx, recv: Option<Value>, d: SetData) -> Value {
    new_set(ctx, d, setops::is_frozen(this(recv)))
}

fn copy(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.copy", a, 0, 0)?;
    if setops::is_frozen(this(r)) {
        return Ok(this(r));
    }
    let d = data(ctx, r, "copy")?.copied();
    Ok(result(ctx, r, d))
}

fn union(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let mut d = data(ctx, r, "union")?.copied();
    for other in a {
        if other.is(this(r)) {
            continue;
        }
        let op = operand_for(ctx, &d, *other)?;
        setops::update(&mut d, &op);
    }
    Ok(result(ctx, r, d))
}

/// `s.intersection(*others)` as a value (shared by the method and `intersection_update`).
fn intersect_all(ctx: &mut Ctx, r: Option<Value>, a: &[Value]) -> PyResult<SetData> {
    let base = data(ctx, r, "intersection")?;
    let Some((first, rest)) = a.split_first() else {
        return Ok(base.copied());
    };
    let mut cur = if first.is(this(r)) {
        base.copied()
    } else {
        let op = operand_for(ctx, &base, *first)?;
        setops::intersection(&base, &op)
    };
    for other in rest {
        let op = operand_for(ctx, &cur, *other)?;
        cur = setops::intersection(&cur, &op);
    }
    Ok(cur)
}

fn intersection(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let d = intersect_all(ctx, r, a)?;
    Ok(result(ctx, r, d))
}

fn difference(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let base = data(ctx, r, "difference")?;
    let Some((first, rest)) = a.split_first() else {
        let d = base.copied();
        return Ok(result(ctx, r, d));
    };
    let op = operand_for(ctx, &base, *first)?;
    let mut d = setops::difference(&base, &op);
    for other in rest {
        let op = operand_for(ctx, &d, *other)?;
        setops::difference_update(&mut d, &op);
    }
    Ok(result(ctx, r, d))
}

fn symmetric_difference(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "set.symmetric_difference", a, 1, 1)?;
    let base = data(ctx, r, "symmetric_difference")?;
    let op = operand_for(ctx, &base, a[0])?;
    let d = setops::symmetric_difference(&base, &op);
    Ok(result(ctx, r, d))
}

fn issubset(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.issubset", a, 1, 1)?;
    let base = data(ctx, r, "issubset")?;
    let op = operand_for(ctx, &base, a[0])?;
    Ok(Value::Bool(SetData::is_subset(&base, &op.data())))
}

fn issuperset(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "set.issuperset", a, 1, 1)?;
    let base = data(ctx, r, "issuperset")?;
    Ok(Value::Bool(match operand_for(ctx, &base, a[0])? {
        Operand::Set(s) => SetData::is_subset(&s, &base),
        Operand::Items(items, _) => items.iter().all(|(k, h)| base.contains(*k, *h)),
    }))
}

fn isdisjoint(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "set.isdisjoint", a, 1, 1)?;
    let base = data(ctx, r, "isdisjoint")?;
    Ok(Value::Bool(match operand_for(ctx, &base, a[0])? {
        Operand::Set(s) => SetData::is_disjoint(&base, &s),
        Operand::Items(items, _) => !items.iter().any(|(k, h)| base.contains(*k, *h)),
    }))
}

fn add(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.add", a, 1, 1)?;
    let s = set_obj(ctx, r, "add")?;
    let (k, h) = setops::entry_in(ctx, s, a[0])?;
    ctx.set_add(s, k, h)?;
    Ok(Value::None)
}

fn discard(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.discard", a, 1, 1)?;
    let s = set_obj(ctx, r, "discard")?;
    let (k, h) = lookup_entry(ctx, a[0])?;
    let k = setops::canonical_in(ctx, s, k, h)?;
    if ctx.set_contains(s, k, h)? {
        ctx.set_modify(s, |d| d.remove(k, h))?;
    }
    Ok(Value::None)
}

fn remove(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.remove", a, 1, 1)?;
    let s = set_obj(ctx, r, "remove")?;
    let (k, h) = lookup_entry(ctx, a[0])?;
    let k = setops::canonical_in(ctx, s, k, h)?;
    if !ctx.set_contains(s, k, h)? {
        return Err(ctx.key_error(a[0]));
    }
    ctx.set_modify(s, |d| d.remove(k, h))?;
    Ok(Value::None)
}

fn pop(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.pop", a, 0, 0)?;
    let s = set_obj(ctx, r, "pop")?;
    if ctx.with_set(s, SetData::is_empty)? {
        let msg = ctx.new_str("pop from an empty set".into());
        return Err(ctx.key_error(msg));
    }
    Ok(ctx.set_modify(s, SetData::pop)?.unwrap_or(Value::None))
}

fn clear(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "set.clear", a, 0, 0)?;
    let s = set_obj(ctx, r, "clear")?;
    ctx.set_modify(s, SetData::clear)?;
    Ok(Value::None)
}

fn update(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let s = set_obj(ctx, r, "update")?;
    for other in a {
        if other.is(Value::Obj(s)) {
            continue;
        }
        let cur = ctx.contents::<SetData>(s)?;
        let op = operand_for(ctx, &cur, *other)?;
        ctx.set_modify(s, |d| setops::update(d, &op))?;
    }
    Ok(Value::None)
}

fn intersection_update(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let s = set_obj(ctx, r, "intersection_update")?;
    let d = intersect_all(ctx, r, a)?;
    ctx.set_modify(s, |cur| cur.replace_with(d))?;
    Ok(Value::None)
}

fn difference_update(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let s = set_obj(ctx, r, "difference_update")?;
    for other in a {
        if other.is(Value::Obj(s)) {
            ctx.set_modify(s, SetData::clear)?;
            continue;
        }
        let cur = ctx.contents::<SetData>(s)?;
        let op = operand_for(ctx, &cur, *other)?;
        ctx.set_modify(s, |d| setops::difference_update(d, &op))?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "set.symmetric_difference_update", a, 1, 1)?;
    let s = set_obj(ctx, r, "symmetric_difference_update")?;
    if a[0].is(Value::Obj(s)) {
        ctx.set_modify(s, SetData::clear)?;
        return Ok(Value::None);
    }
    let cur = ctx.contents::<SetData>(s)?;
    let op = operand_for(ctx, &cur, a[0])?;
    ctx.set_modify(s, |d| setops::symmetric_difference_update(d, &op))?;
    Ok(Value::None)
}
