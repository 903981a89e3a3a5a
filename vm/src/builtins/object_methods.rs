//! The methods of `object` and `type` that user code reaches explicitly (`super().__repr__()`,
//! `object.__setattr__(self, name, v)`, `super().__new__(cls)`, `super().__call__(...)` in a
//! metaclass) or implicitly (`__init_subclass__`).

use super::{arity, def_methods};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::interp::instantiate;
use crate::object::{Kind, NativeFn};
use crate::rt::{class_name, rt, Runtime};
use crate::value::{intern, Name, Value};

fn this(ctx: &Ctx, recv: Option<Value>, name: &str) -> PyResult<Value> {
    recv.ok_or_else(|| {
        ctx.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn attr_name(ctx: &Ctx, v: Value) -> PyResult<Name> {
    v.as_str().map(intern).ok_or_else(|| {
        ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(rt().type_of(v))
        ))
    })
}

/// `object.__setattr__(self, name, value)`: the default attribute assignment.
fn setattr(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__setattr__", a, 2, 2)?;
    let v = this(ctx, r, "__setattr__")?;
    let name = attr_name(ctx, a[0])?;
    match v.obj() {
        Some(o) => crate::attr::generic_setattr(ctx, o, name, a[1])?,
        None => crate::attr::setattr(ctx, v, name, a[1])?,
    }
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
fn delattr(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__delattr__", a, 1, 1)?;
    let v = this(ctx, r, "__delattr__")?;
    let name = attr_name(ctx, a[0])?;
    crate::attr::generic_delattr(ctx, v, name)?;
    Ok(Value::None)
}

/// `object.__getattribute__(self, name)`.
fn getattribute(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "__getattribute__", a, 1, 1)?;
    let v = this(ctx, r, "__getattribute__")?;
    let name = attr_name(ctx, a[0])?;
    match crate::attr::generic_getattr(ctx, v, name)? {
        Some(x) => Ok(x),
        None => Err(crate::attr::no_attribute(ctx, v, name)),
    }
}

/// `object.__repr__(self)`: `<module.Class object at 0x...>`.
fn repr(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__repr__", a, 0, 0)?;
    let v = this(ctx, r, "__repr__")?;
    let class = rt().type_of(v);
    let module = match &class.kind {
        Kind::Class(c) => c.module.map(|m| m.as_str()).unwrap_or("builtins"),
        _ => "builtins",
    };
    let addr = v.obj().map_or(0, |o| o.addr());
    let s = format!("<{module}.{} object at {addr:#x}>", class_name(class));
    Ok(ctx.new_str(s))
}

/// `object.__str__(self)`: `repr(self)`.
fn str(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__str__", a, 0, 0)?;
    let v = this(ctx, r, "__str__")?;
    let s = crate::repr::repr(ctx, v)?;
    Ok(ctx.new_str(s))
}

/// `object.__eq__(self, other)`: identity, else NotImplemented.
fn eq(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__eq__", a, 1, 1)?;
    let v = this(ctx, r, "__eq__")?;
    Ok(if v.is(a[0]) {
        Value::Bool(true)
    } else {
        crate::ops::not_implemented()
    })
}

/// `object.__ne__(self, other)`: the negation of `__eq__`.
fn ne(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__ne__", a, 1, 1)?;
    let v = this(ctx, r, "__ne__")?;
    Ok(Value::Bool(!crate::ops::eq(ctx, v, a[0])?))
}

/// `object.__hash__(self)`: by identity.
fn hash(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__hash__", a, 0, 0)?;
    let v = this(ctx, r, "__hash__")?;
    Ok(Value::Int(crate::hash::py_hash(
        crate::native_base::unwrap(v),
    )))
}

/// `type.mro(cls)`: the method resolution order as a list.
fn type_mro(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "mro", a, 0, 0)?;
    match r.and_then(|v| v.obj()) {
        Some(c) if matches!(c.kind, Kind::Class(_)) => {
            let items = crate::rt::mro(c).map(Value::Obj).collect();
            Ok(ctx.new_list(items))
        }
        _ => Err(ctx.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

/// `object.__init_subclass__(cls)` (a classmethod): accepts no keywords.
fn init_subclass(
    ctx: &mut Ctx,
    _: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    if let (Some(cls), false) = (a.first(), kw.is_empty()) {
        let name = match cls.obj() {
            Some(c) => ctx
                .own_attr(c, crate::name!("__qualname__"))?
                .and_then(|q| q.as_str().map(str::to_string))
                .unwrap_or_else(|| class_name(c).to_string()),
            None => "?".to_string(),
        };
        return Err(ctx.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

pub(super) fn install(rt: &Runtime) {
    let object: [(&'static str, NativeFn); 9] = [
        ("__new__", instantiate::object_new),
        ("__setattr__", setattr),
        ("__delattr__", delattr),
        ("__getattribute__", getattribute),
        ("__repr__", repr),
        ("__str__", str),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
    ];
    def_methods(rt.types.object, &object);
    def_methods(
        rt.types.type_,
        &[
            ("__new__", instantiate::type_new),
            ("__init__", instantiate::type_init),
            ("__call__", instantiate::type_call_native),
            ("mro", type_mro),
        ],
    );
    if let Kind::Class(c) = &rt.types.object.kind {
        let f = crate::object::Object::immortal(Kind::Builtin(Box::new(crate::object::Builtin {
            name: "__init_subclass__",
            f: init_subclass,
            receiver: None,
            keywords: super::Keywords::Own,
        })));
        let d = crate::descriptors::Descriptor::ClassMethod(Value::Obj(f));
        let d = crate::object::Object::immortal(Kind::Descriptor(Box::new(d)));
        c.attrs
            .lock()
            .insert(crate::name!("__init_subclass__"), Value::Obj(d));
    }
}
