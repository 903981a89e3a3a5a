//! Subclasses of built-in types (`class Stack(list)`, `class Celsius(float)`).
//!
//! Invariants:
//! - An instance of a class deriving from a built-in type is an `Instance` whose `native` holds
//!   the built-in value it extends: a list, dict or set object of its own for the mutable bases
//!   (created empty by `__new__`, filled by `__init__`), the value itself for the immutable ones
//!   (int, float, str, tuple, frozenset). `native` never changes, so reading it needs no
//!   tracking; the contents of a mutable native are tracked like any container's.
//! - Operators and built-in functions use the native value whenever the user's class does not
//!   override the dunder method involved (`native_of` at their fallbacks).
//! - Native methods whose name is a dunder (`list.__getitem__`) receive the instance itself and
//!   unwrap it (they may need its class, as `dict.__getitem__` does for `__missing__`); other
//!   native methods (`list.append`) are bound to the native value (`receiver_for`).

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Instance, Kind, Layout};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{ObjRef, Value};

/// The built-in value an instance of a built-in type's subclass extends.
#[inline]
pub fn native_of(v: Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match &o.0.kind {
            Kind::Instance(Instance {
                native: Some(n), ..
            }) => Some(**n),
            _ => None,
        },
        _ => None,
    }
}

/// `v` itself, or the built-in value it extends.
#[inline]
pub fn unwrap(v: Value) -> Value {
    native_of(v).unwrap_or(v)
}

/// The receiver native method `method` (found on `v`'s class) is bound to: the built-in value
/// for a non-dunder method of the built-in base, `v` itself otherwise (module invariants).
pub fn receiver_for(method: Value, v: Value) -> Value {
    let Some(n) = native_of(v) else { return v };
    let Some(Kind::Builtin(b)) = method.obj().map(|o| &o.0.kind) else {
        return v;
    };
    if b.name.starts_with("__") {
        return v;
    }
    let from_base = builtin_base(rt().type_of(v)).is_some_and(|base| match &base.kind {
        Kind::Class(c) => c
            .attrs
            .get(crate::value::intern(b.name))
            .is_some_and(|x| x.is(method)),
        _ => false,
    });
    if from_base {
        n
    } else {
        v
    }
}

/// The built-in types a class may derive from, with whether their values are mutable.
fn extendable(class: ObjRef) -> Option<bool> {
    let t = &rt().types;
    if [t.list, t.dict, t.set].contains(&class) {
        Some(true)
    } else if [t.int, t.float, t.str, t.tuple, t.frozenset].contains(&class) {
        Some(false)
    } else {
        None
    }
}

/// The built-in type whose values instances of `class` extend, if any.
pub fn builtin_base(class: ObjRef) -> Option<ObjRef> {
    crate::rt::mro(class).find(|c| extendable(*c).is_some())
}

/// Checks that a new class may derive from `bases`: CPython's errors for types that cannot be
/// subclassed and for two incompatible built-in layouts.
pub fn check_bases(ctx: &Ctx, bases: &[ObjRef]) -> PyResult<()> {
    let mut layout: Option<ObjRef> = None;
    for &b in bases {
        let Kind::Class(c) = &b.kind else { continue };
        if c.layout == Layout::Builtin
            && extendable(b).is_none()
            && b != rt().types.type_
            && b != rt().types.object
        {
            let t = &rt().types;
            if c.builtin && ![t.super_, t.range, t.slice, t.none_type].contains(&b) {
                return Err(ctx.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    c.name.as_str()
                )));
            }
            return Err(ctx.type_error(format!(
                "specloop: subclassing built-in type '{}' is not supported yet",
                c.name.as_str()
            )));
        }
        let base = builtin_base(b).or_else(|| {
            is_subclass(b, rt().types.base_exception).then_some(rt().types.base_exception)
        });
        if let Some(base) = base {
            match layout {
                Some(l) if !is_subclass(l, base) && !is_subclass(base, l) => {
                    return Err(ctx.type_error("multiple bases have instance lay-out conflict"))
                }
                Some(l) if is_subclass(l, base) => {}
                _ => layout = Some(base),
            }
        }
    }
    Ok(())
}

/// Wraps a built-in value as an instance of `class`, a subclass of its type.
pub fn wrap(ctx: &Ctx, class: ObjRef, native: Value) -> Value {
    Value::Obj(ctx.alloc(Kind::Instance(Instance {
        class,
        attrs: Default::default(),
        native: Some(Box::new(native)),
    })))
}

/// For a built-in type's `__new__(cls, ...)` called with a subclass `cls` of `base`: the new
/// instance (`None` when `cls` is `base` itself, so the caller builds a plain value). Mutable
/// bases start empty (their `__init__` fills them); immutable ones are built from the
/// arguments by `base`'s own `__new__`.
pub fn subclass_new(
    ctx: &mut Ctx,
    base: ObjRef,
    args: &[Value],
    kwargs: &[(crate::value::Name, Value)],
) -> PyResult<Option<Value>> {
    let cls = match args.first().and_then(|v| v.obj()) {
        Some(c) if matches!(c.kind, Kind::Class(_)) => c,
        _ => {
            return Err(ctx.type_error(format!(
                "{}.__new__(X): X is not a type object",
                class_name(base)
            )))
        }
    };
    if cls == base {
        return Ok(None);
    }
    if !is_subclass(cls, base) {
        return Err(ctx.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            class_name(base),
            class_name(cls),
            class_name(cls),
            class_name(base)
        )));
    }
    let native = if extendable(base) == Some(true) {
        crate::interp::call::call(ctx, Value::Obj(base), &[], &[])?
    } else {
        let mut full = args.to_vec();
        full[0] = Value::Obj(base);
        let new =
            crate::attr::class_lookup(ctx, base, crate::name!("__new__"))?.unwrap_or(Value::None);
        unwrap(crate::interp::call::call(ctx, new, &full, kwargs)?)
    };
    Ok(Some(wrap(ctx, cls, native)))
}

/// Both operands with their built-in values in place of the instances, when either is an
/// instance of a built-in type's subclass (for an operator's last resort).
pub fn unwrap_pair(a: Value, b: Value) -> Option<(Value, Value)> {
    (native_of(a).is_some() || native_of(b).is_some()).then(|| (unwrap(a), unwrap(b)))
}
