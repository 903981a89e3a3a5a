//! `property`, `staticmethod` and `classmethod`: the built-in descriptors, and how a class
//! attribute that is a descriptor binds when it is read through an instance or a class.
//!
//! Invariants:
//! - Descriptor objects are immutable once built (`property.setter` returns a new property),
//!   so reading them needs no tracking; only the class attribute holding one is a location.
//! - User classes defining `__get__` (and `__set__`) bind the same way through
//!   [`bind_to_instance`] / [`set_through`].
//!
//! Known difference from CPython: an instance attribute shadows a data descriptor of the same
//! name on its class (CPython lets the descriptor win). The instance can only hold such an
//! attribute if it was set before the descriptor was added to the class.

use crate::attr::class_lookup;
use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::interp::call::call;
use crate::object::{AttrMap, Kind, Layout};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

/// A built-in descriptor object.
#[derive(Debug)]
pub enum Descriptor {
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// Getter, or None.
        fget: Value,
        /// Setter, or None.
        fset: Value,
        /// Deleter, or None.
        fdel: Value,
        /// `__doc__`.
        doc: Value,
    },
    /// `staticmethod(f)`: `f` itself through instances and classes.
    StaticMethod(Value),
    /// `classmethod(f)`: `f` bound to the class.
    ClassMethod(Value),
    /// A `__slots__` member of class `owner`: the instance attribute `name`.
    Member {
        /// The slot's name.
        name: Name,
        /// The `__name__` of the class that declared it (for its repr).
        owner: Name,
    },
}

impl Descriptor {
    /// The class of this descriptor object.
    pub fn class(&self) -> ObjRef {
        let classes = classes();
        match self {
            Descriptor::Property { .. } => classes.property,
            Descriptor::StaticMethod(_) => classes.staticmethod,
            Descriptor::ClassMethod(_) => classes.classmethod,
            Descriptor::Member { .. } => classes.member,
        }
    }
}

struct Classes {
    property: ObjRef,
    member: ObjRef,
    staticmethod: ObjRef,
    classmethod: ObjRef,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let class = |name: &str, methods: &[(&'static str, crate::object::NativeFn)]| {
            let mut attrs = AttrMap::default();
            for (n, f) in methods {
                def(&mut attrs, n, *f);
            }
            crate::rt::new_class(
                crate::object::DIRECT_TOKEN,
                intern(name),
                vec![rt().types.object],
                Layout::Builtin,
                attrs,
                Some(intern("builtins")),
            )
            .unwrap_or(rt().types.object)
        };
        Classes {
            property: class(
                "property",
                &[
                    ("__new__", property_new),
                    ("getter", property_getter),
                    ("setter", property_setter),
                    ("deleter", property_deleter),
                ],
            ),
            staticmethod: class("staticmethod", &[("__new__", staticmethod_new)]),
            member: class("member_descriptor", &[]),
            classmethod: class("classmethod", &[("__new__", classmethod_new)]),
        }
    })
}

/// Adds the descriptor classes to the builtins module.
pub fn install(m: &mut AttrMap) {
    let c = classes();
    m.insert(intern("property"), Value::Obj(c.property));
    m.insert(intern("staticmethod"), Value::Obj(c.staticmethod));
    m.insert(intern("classmethod"), Value::Obj(c.classmethod));
}

fn descriptor(v: Value) -> Option<&'static Descriptor> {
    match v {
        Value::Obj(o) => match &o.0.kind {
            Kind::Descriptor(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

fn property_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or_default();
    arity(ctx, "property", args, 0, 4)?;
    let mut slots = [Value::None; 4];
    slots[..args.len()].copy_from_slice(args);
    for (k, v) in kwargs {
        let i = match k.as_str() {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            other => {
                return Err(ctx.type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )))
            }
        };
        slots[i] = *v;
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(new(
        ctx,
        Descriptor::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    ))
}

fn new(ctx: &Ctx, d: Descriptor) -> Value {
    Value::Obj(ctx.alloc(Kind::Descriptor(Box::new(d))))
}

/// `property.getter/setter/deleter(f)`: a copy with one accessor replaced.
fn property_with(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    which: usize,
) -> PyResult<Value> {
    let name = ["getter", "setter", "deleter"][which];
    arity(ctx, name, args, 1, 1)?;
    let Some(Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    }) = recv.and_then(descriptor)
    else {
        return Err(ctx.type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    let mut accessors = [*fget, *fset, *fdel];
    accessors[which] = args[0];
    let [fget, fset, fdel] = accessors;
    Ok(new(
        ctx,
        Descriptor::Property {
            fget,
            fset,
            fdel,
            doc: *doc,
        },
    ))
}

fn property_getter(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    property_with(ctx, r, a, 0)
}

fn property_setter(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    property_with(ctx, r, a, 1)
}

fn property_deleter(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    property_with(ctx, r, a, 2)
}

fn staticmethod_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or_default();
    arity(ctx, "staticmethod", args, 1, 1)?;
    Ok(new(ctx, Descriptor::StaticMethod(args[0])))
}

fn classmethod_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or_default();
    arity(ctx, "classmethod", args, 1, 1)?;
    Ok(new(ctx, Descriptor::ClassMethod(args[0])))
}

/// What a class attribute `v` found for instance `obj` evaluates to: a bound method for a
/// function, the property's value, the user descriptor's `__get__(obj, type)` result.
pub fn bind_to_instance(ctx: &mut Ctx, v: Value, obj: Value, name: Name) -> PyResult<Value> {
    let Value::Obj(o) = v else { return Ok(v) };
    match &o.kind {
        Kind::Function(_) => Ok(Value::Obj(ctx.alloc(Kind::BoundMethod {
            func: v,
            receiver: obj,
        }))),
        Kind::Builtin(b) if b.receiver.is_none() => Ok(Value::Obj(ctx.alloc(Kind::Builtin(
            Box::new(crate::object::Builtin {
                name: b.name,
                f: b.f,
                receiver: Some(crate::native_base::receiver_for(v, obj)),
                keywords: b.keywords,
            }),
        )))),
        Kind::Descriptor(d) => match &**d {
            Descriptor::Property { fget, .. } => {
                if matches!(fget, Value::None) {
                    return Err(ctx.attribute_error(format!(
                        "property '{}' of '{}' object has no getter",
                        name.as_str(),
                        class_name(rt().type_of(obj))
                    )));
                }
                call(ctx, *fget, &[obj], &[])
            }
            Descriptor::StaticMethod(f) => Ok(*f),
            Descriptor::ClassMethod(f) => Ok(bound(ctx, *f, Value::Obj(rt().type_of(obj)))),
            Descriptor::Member { name, .. } => {
                let found = match obj.obj() {
                    Some(o) => ctx.own_attr(o, *name)?,
                    None => None,
                };
                found.ok_or_else(|| crate::attr::no_attribute(ctx, obj, *name))
            }
        },
        Kind::Instance(i) => match class_lookup(ctx, i.class, intern("__get__"))? {
            Some(get) => call(ctx, get, &[v, obj, Value::Obj(rt().type_of(obj))], &[]),
            None => Ok(v),
        },
        _ => Ok(v),
    }
}

/// What a class attribute `v` found on class `class` (directly or through `super`) evaluates
/// to when read through the class: functions and properties stay as they are.
pub fn bind_to_class(ctx: &mut Ctx, v: Value, class: ObjRef) -> PyResult<Value> {
    let Value::Obj(o) = v else { return Ok(v) };
    match &o.kind {
        Kind::Descriptor(d) => Ok(match &**d {
            Descriptor::Property { .. } | Descriptor::Member { .. } => v,
            Descriptor::StaticMethod(f) => *f,
            Descriptor::ClassMethod(f) => bound(ctx, *f, Value::Obj(class)),
        }),
        Kind::Instance(i) => match class_lookup(ctx, i.class, intern("__get__"))? {
            Some(get) => call(ctx, get, &[v, Value::None, Value::Obj(class)], &[]),
            None => Ok(v),
        },
        _ => Ok(v),
    }
}

fn bound(ctx: &Ctx, func: Value, receiver: Value) -> Value {
    Value::Obj(ctx.alloc(Kind::BoundMethod { func, receiver }))
}

/// `obj.name = x` when `obj`'s class has a data descriptor `name`: runs its setter and returns
/// true; false when there is none (the caller stores the attribute on the instance).
pub fn set_through(
    ctx: &mut Ctx,
    class: ObjRef,
    obj: Value,
    name: Name,
    x: Value,
) -> PyResult<bool> {
    let Some(Value::Obj(o)) = class_lookup(ctx, class, name)? else {
        return Ok(false);
    };
    match &o.kind {
        Kind::Descriptor(d) => match &**d {
            Descriptor::Property { fset, .. } => {
                if matches!(fset, Value::None) {
                    return Err(ctx.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        name.as_str(),
                        class_name(class)
                    )));
                }
                call(ctx, *fset, &[obj, x], &[])?;
                Ok(true)
            }
            Descriptor::Member { name, .. } => {
                if let Some(o) = obj.obj() {
                    ctx.set_own_attr(o, *name, x);
                }
                Ok(true)
            }
            _ => Ok(false),
        },
        Kind::Instance(i) => match class_lookup(ctx, i.class, intern("__set__"))? {
            Some(set) => {
                call(ctx, set, &[Value::Obj(o), obj, x], &[])?;
                Ok(true)
            }
            None => Ok(false),
        },
        _ => Ok(false),
    }
}

/// Attributes of descriptor objects: `fget`, `fset`, `fdel`, `__doc__`, `__func__`.
pub fn attribute(v: Value, name: &str) -> Option<Value> {
    Some(match (descriptor(v)?, name) {
        (Descriptor::Property { fget, .. }, "fget") => *fget,
        (Descriptor::Property { fset, .. }, "fset") => *fset,
        (Descriptor::Property { fdel, .. }, "fdel") => *fdel,
        (Descriptor::Property { doc, .. }, "__doc__") => *doc,
        (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => *f,
        _ => return None,
    })
}

/// `del obj.name` when `obj`'s class has a data descriptor `name`: runs its deleter and
/// returns true; false when there is none (the caller deletes the instance attribute).
pub fn delete_through(ctx: &mut Ctx, class: ObjRef, obj: Value, name: Name) -> PyResult<bool> {
    let Some(Value::Obj(o)) = class_lookup(ctx, class, name)? else {
        return Ok(false);
    };
    match &o.kind {
        Kind::Descriptor(d) => match &**d {
            Descriptor::Property { fdel, .. } => {
                if matches!(fdel, Value::None) {
                    return Err(ctx.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        name.as_str(),
                        class_name(class)
                    )));
                }
                call(ctx, *fdel, &[obj], &[])?;
                Ok(true)
            }
            Descriptor::Member { name, .. } => {
                let deleted = match obj.obj() {
                    Some(inst) => ctx.del_own_attr(inst, *name)?,
                    None => false,
                };
                if deleted {
                    Ok(true)
                } else {
                    Err(ctx.attribute_error(name.as_str()))
                }
            }
            _ => Ok(false),
        },
        Kind::Instance(i) => match class_lookup(ctx, i.class, intern("__delete__"))? {
            Some(del) => {
                call(ctx, del, &[Value::Obj(o), obj], &[])?;
                Ok(true)
            }
            None => Ok(false),
        },
        _ => Ok(false),
    }
}
