//! Calling a class: `type.__call__` (`__new__`, then `__init__` when `__new__` returned an
//! instance of the class), a metaclass's own `__call__`, and the native `object.__new__`,
//! `type.__new__`, `type.__init__` and `type.__call__`.

use super::call::call;
use crate::attr::class_lookup;
use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::object::{Instance, Kind, Layout};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{Name, ObjRef, Value};
use std::sync::OnceLock;

/// `class(*args, **kwargs)` for a class object.
pub fn call_class(
    ctx: &mut Ctx,
    class: ObjRef,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    // Taken first, before anything could run Python code (see gc::roots).
    let from_call = ctx.gc.take_callee_mark();
    let meta = rt().type_of(Value::Obj(class));
    if meta != rt().types.type_ {
        if let Some(f) = class_lookup(ctx, meta, crate::name!("__call__"))? {
            if !is_object_default(f, ObjectDefault::TypeCall) {
                // A class is not a descriptor: `__call__ = dict` is called without the class.
                if matches!(f.obj().map(|o| &o.0.kind), Some(Kind::Class(_))) {
                    return call(ctx, f, args, kwargs);
                }
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(class));
                full.extend_from_slice(args);
                return call(ctx, f, &full, kwargs);
            }
        }
    }
    construct(ctx, class, args, kwargs, from_call)
}

/// Whether `f` is the native method `name` of built-in class `owner`.
fn is_native(f: Value, owner: ObjRef, name: Name) -> bool {
    match &owner.kind {
        Kind::Class(c) => c.attrs.get(name).is_some_and(|x| x.is(f)),
        _ => false,
    }
}

/// Whether `f` is `object.__new__`, `object.__init__` or `type.__call__` (`which`), looked up
/// once: built-in classes' attributes never change.
fn is_object_default(f: Value, which: ObjectDefault) -> bool {
    static SLOTS: OnceLock<[Option<Value>; 3]> = OnceLock::new();
    let slots = SLOTS.get_or_init(|| {
        let (object, type_) = (rt().types.object, rt().types.type_);
        [
            (object, crate::name!("__new__")),
            (object, crate::name!("__init__")),
            (type_, crate::name!("__call__")),
        ]
        .map(|(owner, name)| match &owner.kind {
            Kind::Class(c) => c.attrs.get(name),
            _ => None,
        })
    });
    slots[which as usize].is_some_and(|x| x.is(f))
}

/// The natives `is_object_default` recognises.
#[derive(Clone, Copy)]
enum ObjectDefault {
    ObjectNew,
    ObjectInit,
    TypeCall,
}

/// `type.__call__(class, *args, **kwargs)`.
pub fn type_call(
    ctx: &mut Ctx,
    class: ObjRef,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    construct(ctx, class, args, kwargs, false)
}

/// `type.__call__`; `from_call`: the class call took its mark from a call instruction, so a
/// Python `__init__` after the default `__new__` may run transparently for the collector.
fn construct(
    ctx: &mut Ctx,
    class: ObjRef,
    args: &[Value],
    kwargs: &[(Name, Value)],
    from_call: bool,
) -> PyResult<Value> {
    let Kind::Class(c) = &class.kind else {
        return Err(ctx.type_error("type.__call__ needs a type"));
    };
    let new = class_lookup(ctx, class, crate::name!("__new__"))?;
    if c.layout == Layout::Builtin {
        // Built-in types construct completely in `__new__`.
        return match new {
            Some(new) if !is_object_default(new, ObjectDefault::ObjectNew) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(class));
                full.extend_from_slice(args);
                call(ctx, new, &full, kwargs)
            }
            _ => Err(ctx.type_error(format!("cannot create '{}' instances", c.name.as_str()))),
        };
    }
    let default_new = new.is_none_or(|n| is_object_default(n, ObjectDefault::ObjectNew));
    let inst = match new {
        Some(new) if !default_new => {
            let new = match new.obj().map(|o| &o.0.kind) {
                Some(Kind::Descriptor(d)) => match &**d {
                    Descriptor::StaticMethod(f) => *f,
                    _ => new,
                },
                _ => new,
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Obj(class));
            full.extend_from_slice(args);
            call(ctx, new, &full, kwargs)?
        }
        _ => plain_instance(ctx, class, args),
    };
    let inst_class = rt().type_of(inst);
    if !is_subclass(inst_class, class) {
        return Ok(inst);
    }
    let init = class_lookup(ctx, inst_class, crate::name!("__init__"))?;
    match init {
        Some(init) if !is_object_default(init, ObjectDefault::ObjectInit) => {
            let r = if from_call && default_new {
                init_transparently(ctx, init, inst, args, kwargs)?
            } else {
                call_method(ctx, init, inst, args, kwargs)?
            };
            if !matches!(r, Value::None) {
                return Err(ctx.type_error(format!(
                    "__init__() should return None, not '{}'",
                    class_name(rt().type_of(r))
                )));
            }
        }
        _ => {
            if default_new && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(ctx.type_error(format!("{}() takes no arguments", class_name(class))));
            }
        }
    }
    Ok(inst)
}

/// Runs `init` on the new instance `inst`, both held as collector roots meanwhile, entering
/// a Python `__init__` transparently (the arguments are on the calling frame's stack).
fn init_transparently(
    ctx: &mut Ctx,
    init: Value,
    inst: Value,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let entry = crate::gc::HeldEntry::Call(init);
    crate::gc::held_call(ctx, [inst, init], entry, |ctx| {
        call_method(ctx, init, inst, args, kwargs)
    })
}

/// Calls method `f` found on a class with receiver `this` (natives get it bound).
pub fn call_method(
    ctx: &mut Ctx,
    f: Value,
    this: Value,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(Kind::Builtin(b)) = f.obj().map(|o| &o.0.kind) {
        if b.receiver.is_none() {
            let recv = crate::native_base::receiver_for(f, this);
            return b.invoke(ctx, Some(recv), args, kwargs);
        }
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(this);
    full.extend_from_slice(args);
    call(ctx, f, &full, kwargs)
}

/// A new instance of a plain class (exceptions get their `args`).
fn plain_instance(ctx: &Ctx, class: ObjRef, args: &[Value]) -> Value {
    let mut attrs = Vec::new();
    if is_subclass(class, rt().types.base_exception) {
        attrs.push((crate::name!("args"), ctx.new_tuple(args.to_vec())));
        attrs.extend(crate::exceptions::field_from_args(ctx, class, args));
    }
    Value::Obj(ctx.alloc(Kind::Instance(Instance {
        class,
        attrs: crate::instance_attrs::InstanceAttrs::from_pairs(attrs),
        native: None,
    })))
}

/// `object.__new__(cls, *args)`.
pub fn object_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let class = match args.first().and_then(|v| v.obj()) {
        Some(c) if matches!(c.kind, Kind::Class(_)) => c,
        Some(_) => {
            return Err(ctx.type_error("object.__new__(X): X is not a type object"));
        }
        None => return Err(ctx.type_error("object.__new__(): not enough arguments")),
    };
    if let Kind::Class(c) = &class.kind {
        if c.layout == Layout::Builtin {
            return Err(ctx.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.name.as_str(),
                c.name.as_str()
            )));
        }
    }
    if let Some(base) = crate::native_base::builtin_base(class) {
        return Err(ctx.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class_name(class),
            class_name(base)
        )));
    }
    // Exceptions stand in for BaseException.__new__, which takes any arguments.
    let exception = is_subclass(class, rt().types.base_exception);
    if (args.len() > 1 || !kwargs.is_empty()) && !exception {
        if overrides_object(ctx, class, "__new__")? {
            return Err(ctx.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides_object(ctx, class, "__init__")? {
            return Err(ctx.type_error(format!("{}() takes no arguments", class_name(class))));
        }
    }
    Ok(plain_instance(ctx, class, &args[1..]))
}

/// Whether `class` has its own `name` (`__new__`, `__init__`) rather than `object`'s.
pub fn overrides_object(ctx: &mut Ctx, class: ObjRef, name: &str) -> PyResult<bool> {
    let name = crate::value::intern(name);
    Ok(class_lookup(ctx, class, name)?.is_some_and(|f| !is_native(f, rt().types.object, name)))
}

/// `type.__new__(meta, x)` (the type of `x`) or `type.__new__(meta, name, bases, ns, **kw)`.
pub fn type_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let meta = match args.first().and_then(|v| v.obj()) {
        Some(m) if matches!(m.kind, Kind::Class(_)) && is_subclass(m, rt().types.type_) => m,
        _ => return Err(ctx.type_error("type.__new__(X): X is not a type object")),
    };
    match args.len() {
        2 if meta == rt().types.type_ => Ok(Value::Obj(rt().type_of(args[1]))),
        4 => super::class::new_class_via(ctx, meta, args[1], args[2], args[3], kwargs),
        _ => Err(ctx.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__(cls, ...)`: nothing to do.
pub fn type_init(
    _: &mut Ctx,
    _: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)` (what `super().__call__` reaches in a metaclass).
pub fn type_call_native(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let (cls, rest) = match recv {
        Some(r) => (r, args),
        None => match args.split_first() {
            Some((c, rest)) => (*c, rest),
            None => {
                return Err(
                    ctx.type_error("descriptor '__call__' of 'type' object needs an argument")
                )
            }
        },
    };
    match cls.obj() {
        Some(c) if matches!(c.kind, Kind::Class(_)) => type_call(ctx, c, rest, kwargs),
        _ => Err(ctx.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            class_name(rt().type_of(cls))
        ))),
    }
}
