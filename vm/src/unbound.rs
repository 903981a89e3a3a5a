//! Native methods of built-in types read through a class (`list.append`, `str.upper`,
//! `dict.__setitem__`): callables that take the receiver as their first argument, check its
//! type as CPython does, and call the native method bound to it.
//!
//! Representation: a bound method whose function is the native `call_unbound` and whose
//! receiver is the tuple `(owner class, native method)`; no new object kind is needed.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Builtin, Kind};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{Name, ObjRef, Value};
use std::sync::OnceLock;

fn adapter() -> ObjRef {
    static A: OnceLock<ObjRef> = OnceLock::new();
    *A.get_or_init(|| {
        crate::object::Object::immortal(Kind::Builtin(Box::new(Builtin {
            name: "call_unbound",
            f: call_unbound,
            receiver: None,
            keywords: crate::builtins::Keywords::Own,
        })))
    })
}

/// What reading `name` through `class` gives for the class attribute `v`: the unbound form
/// when `v` is a native method that a built-in class in `class`'s MRO defines (other than
/// `__new__`, which takes the class itself); `v` otherwise.
pub fn through_class(ctx: &Ctx, class: ObjRef, name: Name, v: Value) -> Value {
    let Some(Kind::Builtin(b)) = v.obj().map(|o| &o.0.kind) else {
        return v;
    };
    if b.receiver.is_some() || name.as_str() == "__new__" {
        return v;
    }
    let owner = crate::rt::mro(class).find(|c| match &c.kind {
        Kind::Class(cl) => cl.builtin && cl.attrs.get(name).is_some_and(|x| x.is(v)),
        _ => false,
    });
    let Some(owner) = owner else { return v };
    let pair = ctx.new_tuple(vec![Value::Obj(owner), v]);
    Value::Obj(ctx.alloc(Kind::BoundMethod {
        func: Value::Obj(adapter()),
        receiver: pair,
    }))
}

fn parts(receiver: Value) -> Option<(ObjRef, &'static Builtin)> {
    let Kind::Tuple(t) = &receiver.obj()?.0.kind else {
        return None;
    };
    let owner = t.first()?.obj()?;
    match &t.get(1)?.obj()?.0.kind {
        Kind::Builtin(b) => Some((owner, b)),
        _ => None,
    }
}

/// `<method 'append' of 'list' objects>` for an unbound native method.
pub fn repr(func: Value, receiver: Value) -> Option<String> {
    if !func.is(Value::Obj(adapter())) {
        return None;
    }
    let (owner, b) = parts(receiver)?;
    let slot = b.name != "__getitem__";
    let kind = if slot && b.name.starts_with("__") && b.name.ends_with("__") {
        "slot wrapper"
    } else {
        "method"
    };
    Some(format!(
        "<{kind} '{}' of '{}' objects>",
        b.name,
        class_name(owner)
    ))
}

fn call_unbound(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let Some((owner, b)) = args.first().and_then(|r| parts(*r)) else {
        return Err(ctx.type_error("bad unbound method"));
    };
    let Some(&this) = args.get(1) else {
        return Err(ctx.type_error(format!(
            "unbound method {}.{}() needs an argument",
            class_name(owner),
            b.name
        )));
    };
    if !is_subclass(rt().type_of(this), owner) {
        return Err(ctx.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            class_name(owner),
            class_name(rt().type_of(this))
        )));
    }
    let recv = match args[0].obj().map(|o| &o.0.kind) {
        Some(Kind::Tuple(t)) => crate::native_base::receiver_for(t[1], this),
        _ => this,
    };
    b.invoke(ctx, Some(recv), &args[2..], kwargs)
}
