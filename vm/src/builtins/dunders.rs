//! The dunder methods of built-in types (`list.__getitem__`, `int.__add__`, `dict.__init__`),
//! for code that calls them explicitly: `super().__setitem__(k, v)` in a `dict` subclass,
//! `list.__init__(self, items)`. Each unwraps its receiver (see `native_base`) and runs the
//! operator's own machinery, so it behaves exactly as the operator does on the built-in value.

use super::{arity, def_methods};
use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::native_base::unwrap;
use crate::object::{Kind, NativeFn};
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

/// The receiver: bound (`recv`), as every method reached through an instance or `super` is.
fn this(ctx: &Ctx, recv: Option<Value>, name: &str) -> PyResult<Value> {
    recv.ok_or_else(|| ctx.type_error(format!("descriptor '{name}' needs an argument")))
}

macro_rules! binary_dunders {
    ($($fname:ident => $op:expr),* $(,)?) => {$(
        fn $fname(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
            arity(ctx, stringify!($fname), a, 1, 1)?;
            let v = unwrap(this(ctx, r, stringify!($fname))?);
            match crate::ops::binary(ctx, $op, v, unwrap(a[0])) {
                Ok(x) => Ok(x),
                Err(crate::error::Raise::Exc(e))
                    if crate::exceptions::exc_matches(e.value, rt().types.type_error) =>
                {
                    Ok(crate::ops::not_implemented())
                }
                Err(e) => Err(e),
            }
        }
    )*};
}

binary_dunders!(
    add => BinOp::Add, sub => BinOp::Sub, mul => BinOp::Mul, truediv => BinOp::TrueDiv,
    floordiv => BinOp::FloorDiv, modulo => BinOp::Mod, pow => BinOp::Pow,
    and => BinOp::And, or => BinOp::Or, xor => BinOp::Xor,
    lshift => BinOp::LShift, rshift => BinOp::RShift,
);

macro_rules! compare_dunders {
    ($($fname:ident => $op:expr),* $(,)?) => {$(
        fn $fname(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
            arity(ctx, stringify!($fname), a, 1, 1)?;
            let v = unwrap(this(ctx, r, stringify!($fname))?);
            let other = unwrap(a[0]);
            if !comparable(v, other) {
                return Ok(crate::ops::not_implemented());
            }
            crate::ops::compare(ctx, $op, v, other)
        }
    )*};
}

compare_dunders!(
    eq => CmpOp::Eq, ne => CmpOp::Ne, lt => CmpOp::Lt, le => CmpOp::Le, gt => CmpOp::Gt,
    ge => CmpOp::Ge,
);

/// Whether the built-in comparison of `a` with `b` is defined (else `NotImplemented`).
fn comparable(a: Value, b: Value) -> bool {
    let (ta, tb) = (rt().type_of(a), rt().type_of(b));
    let numeric = |t| [rt().types.int, rt().types.float, rt().types.bool].contains(&t);
    ta == tb || (numeric(ta) && numeric(tb))
}

fn getitem(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__getitem__", a, 1, 1)?;
    let v = this(ctx, r, "__getitem__")?;
    native_getitem(ctx, v, a[0])
}

/// `v[key]` on the built-in value of `v`, with `__missing__` of a `dict` subclass.
pub fn native_getitem(ctx: &mut Ctx, v: Value, key: Value) -> PyResult<Value> {
    let Some(n) = crate::native_base::native_of(v) else {
        return crate::seqops::getitem(ctx, v, key);
    };
    match crate::seqops::getitem(ctx, n, key) {
        Err(crate::error::Raise::Exc(e))
            if matches!(n.obj().map(|o| &o.0.kind), Some(Kind::Dict(_)))
                && crate::exceptions::exc_matches(e.value, rt().types.key_error) =>
        {
            let missing =
                crate::attr::class_lookup(ctx, rt().type_of(v), crate::name!("__missing__"))?;
            match missing {
                Some(m) => crate::interp::call::call(ctx, m, &[v, key], &[]),
                None => Err(crate::error::Raise::Exc(e)),
            }
        }
        r => r,
    }
}

fn setitem(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__setitem__", a, 2, 2)?;
    let v = unwrap(this(ctx, r, "__setitem__")?);
    crate::seqops::setitem(ctx, v, a[0], a[1])?;
    Ok(Value::None)
}

fn delitem(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__delitem__", a, 1, 1)?;
    let v = unwrap(this(ctx, r, "__delitem__")?);
    crate::seqops::delitem(ctx, v, a[0])?;
    Ok(Value::None)
}

fn len(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__len__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__len__")?);
    Ok(Value::Int(super::len_of(ctx, v)?))
}

fn contains(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__contains__", a, 1, 1)?;
    let v = unwrap(this(ctx, r, "__contains__")?);
    Ok(Value::Bool(crate::ops::contains(ctx, v, a[0])?))
}

fn iter(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__iter__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__iter__")?);
    crate::iter::get_iter(ctx, v)
}

fn repr(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__repr__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__repr__")?);
    let s = crate::repr::repr(ctx, v)?;
    Ok(ctx.new_str(s))
}

fn str(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__str__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__str__")?);
    let s = crate::repr::str_of(ctx, v)?;
    Ok(ctx.new_str(s))
}

fn hash(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__hash__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__hash__")?);
    Ok(Value::Int(crate::hash::py_hash(v)))
}

fn bool_(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__bool__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__bool__")?);
    Ok(Value::Bool(crate::ops::truthy(ctx, v)?))
}

fn neg(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__neg__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__neg__")?);
    crate::ops::unary(ctx, crate::bytecode::UnOp::Neg, v)
}

fn int(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__int__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__int__")?);
    crate::interp::call::call(ctx, Value::Obj(rt().types.int), &[v], &[])
}

fn float(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__float__", a, 0, 0)?;
    let v = unwrap(this(ctx, r, "__float__")?);
    crate::interp::call::call(ctx, Value::Obj(rt().types.float), &[v], &[])
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    super::no_kwargs(ctx, "list", kw)?;
    arity(ctx, "list", a, 0, 1)?;
    let v = unwrap(this(ctx, r, "__init__")?);
    let items = match a.first() {
        Some(src) => crate::iter::collect(ctx, *src)?,
        None => Vec::new(),
    };
    match v.obj() {
        Some(o) if matches!(o.kind, Kind::List(_)) => ctx.list_modify(o, |l| *l = items)?,
        _ => return Err(wrong_receiver(ctx, "list", v)),
    }
    Ok(Value::None)
}

/// `dict.__init__(self, source=(), **kwargs)`: adds the pairs.
fn dict_init(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "dict", a, 0, 1)?;
    let v = unwrap(this(ctx, r, "__init__")?);
    let Some(o) = v.obj().filter(|o| matches!(o.kind, Kind::Dict(_))) else {
        return Err(wrong_receiver(ctx, "dict", v));
    };
    let mut d = crate::dict::DictData::default();
    if let Some(src) = a.first() {
        super::core::dict_update_from(ctx, &mut d, *src)?;
    }
    for (k, x) in kw {
        d.insert(crate::dict::HKey(k.value()), *x);
    }
    ctx.dict_modify(o, |m| m.extend(d))?;
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(ctx: &mut Ctx, r: Option<Value>, a: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs(ctx, "set", kw)?;
    arity(ctx, "set", a, 0, 1)?;
    let v = unwrap(this(ctx, r, "__init__")?);
    let Some(o) = v.obj().filter(|o| matches!(o.kind, Kind::Set(_))) else {
        return Err(wrong_receiver(ctx, "set", v));
    };
    let mut d = crate::set::SetData::default();
    if let Some(src) = a.first() {
        let op = crate::setops::operand(ctx, *src)?;
        crate::setops::update(&mut d, &op);
    }
    ctx.set_modify(o, |s| *s = d)?;
    Ok(Value::None)
}

fn wrong_receiver(ctx: &Ctx, ty: &str, v: Value) -> crate::error::Raise {
    ctx.type_error(format!(
        "descriptor '__init__' requires a '{ty}' object but received a '{}'",
        class_name(rt().type_of(v))
    ))
}

pub(super) fn install(rt: &Runtime) {
    let t = &rt.types;
    let compare: [(&'static str, NativeFn); 6] = [
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let container: [(&'static str, NativeFn); 4] = [
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
    ];
    let numeric: [(&'static str, NativeFn); 19] = [
        ("__add__", add),
        ("__sub__", sub),
        ("__mul__", mul),
        ("__truediv__", truediv),
        ("__floordiv__", floordiv),
        ("__mod__", modulo),
        ("__pow__", pow),
        ("__and__", and),
        ("__or__", or),
        ("__xor__", xor),
        ("__lshift__", lshift),
        ("__rshift__", rshift),
        ("__neg__", neg),
        ("__bool__", bool_),
        ("__int__", int),
        ("__float__", float),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__str__", str),
    ];
    for class in [t.int, t.float] {
        def_methods(class, &numeric);
        def_methods(class, &compare);
    }
    for class in [t.list, t.tuple, t.str, t.dict, t.set, t.frozenset] {
        def_methods(class, &container);
        def_methods(class, &compare);
    }
    for class in [t.list, t.tuple, t.str] {
        def_methods(
            class,
            &[("__getitem__", getitem), ("__add__", add), ("__mul__", mul)],
        );
    }
    for class in [t.tuple, t.str, t.frozenset] {
        def_methods(class, &[("__hash__", hash)]);
    }
    def_methods(t.str, &[("__str__", str), ("__mod__", modulo)]);
    for class in [t.list, t.dict] {
        def_methods(
            class,
            &[
                ("__getitem__", getitem),
                ("__setitem__", setitem),
                ("__delitem__", delitem),
            ],
        );
    }
    def_methods(t.list, &[("__init__", list_init)]);
    def_methods(t.dict, &[("__init__", dict_init)]);
    def_methods(t.set, &[("__init__", set_init)]);
    for class in [t.set, t.frozenset] {
        def_methods(
            class,
            &[
                ("__and__", and),
                ("__or__", or),
                ("__xor__", xor),
                ("__sub__", sub),
            ],
        );
    }
}
