//! Attribute access: instance attributes, class attributes through the MRO (each a tracked
//! location, except on built-in classes, which never change), method binding, and calling
//! dunder methods of user classes.

use crate::ctx::Ctx;
use crate::descriptors::{bind_to_class, bind_to_instance};
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, mro, rt};
use crate::slot::{Loc, Slot};
use crate::value::{intern, Name, ObjRef, Value};

/// Looks `name` up along `class`'s MRO (cached in direct mode, see `attr_cache`).
pub fn class_lookup(ctx: &mut Ctx, class: ObjRef, name: Name) -> PyResult<Option<Value>> {
    if ctx.spec.is_some() {
        return mro_lookup(ctx, class, name);
    }
    if let Some(hit) = ctx.class_cache.as_ref().and_then(|c| c.get(class, name)) {
        return Ok(hit);
    }
    let epoch = crate::attr_cache::epoch();
    let found = mro_lookup(ctx, class, name)?;
    ctx.class_cache
        .get_or_insert_with(Default::default)
        .put(class, name, epoch, found);
    Ok(found)
}

/// `class_lookup` without the cache.
fn mro_lookup(ctx: &mut Ctx, class: ObjRef, name: Name) -> PyResult<Option<Value>> {
    for c in mro(class) {
        let Kind::Class(cl) = &c.kind else { continue };
        if cl.builtin {
            if let Some(v) = cl.attrs.get(name) {
                return Ok(Some(v));
            }
            continue;
        }
        if let Slot::Value(v) = ctx.read(Loc::Attr(c, name))? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn special(ctx: &mut Ctx, v: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__class__" => Some(Value::Obj(rt().type_of(v))),
        "__name__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::Class(c)) => Some(c.name.value()),
            Some(Kind::Function(f)) => Some(f.code.name.value()),
            Some(Kind::Builtin(b)) => Some(ctx.new_str(b.name.to_string())),
            Some(Kind::Module(m)) => Some(m.name.value()),
            Some(Kind::Generator(g)) => Some(
                ctx.new_str(
                    g.qualname
                        .as_str()
                        .rsplit('.')
                        .next()
                        .unwrap_or("")
                        .to_string(),
                ),
            ),
            _ => None,
        },
        "__qualname__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::Function(f)) => Some(f.qualname.value()),
            Some(Kind::Generator(g)) => Some(g.qualname.value()),
            _ => None,
        },
        "__mro__" => match v.obj() {
            Some(o) if matches!(o.kind, Kind::Class(_)) => {
                Some(ctx.new_tuple(mro(o).map(Value::Obj).collect()))
            }
            _ => None,
        },
        "__bases__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::Class(c)) => {
                Some(ctx.new_tuple(c.bases.iter().map(|b| Value::Obj(*b)).collect()))
            }
            _ => None,
        },
        "__func__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::BoundMethod { func, .. }) => Some(*func),
            _ => None,
        },
        "__self__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::BoundMethod { receiver, .. }) => Some(*receiver),
            _ => None,
        },
        _ => crate::descriptors::attribute(v, name),
    })
}

/// `v.name`.
pub fn getattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Value> {
    match try_getattr(ctx, v, name)? {
        Some(x) => Ok(x),
        None => Err(no_attribute(ctx, v, name)),
    }
}

/// The AttributeError CPython raises for a missing attribute.
pub fn no_attribute(ctx: &Ctx, v: Value, name: Name) -> crate::error::Raise {
    match v.obj().map(|o| &o.0.kind) {
        Some(Kind::Module(m)) => ctx.attribute_error(format!(
            "module '{}' has no attribute '{}'",
            m.name.as_str(),
            name.as_str()
        )),
        Some(Kind::Class(c)) => ctx.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            c.name.as_str(),
            name.as_str()
        )),
        _ => ctx.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            class_name(rt().type_of(v)),
            name.as_str()
        )),
    }
}

/// `v.name`, or `None` if missing.
pub fn try_getattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Instance(i) => {
                if i.class == rt().types.super_ {
                    return super_getattr(ctx, o, name);
                }
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok(Some(x));
                }
                if let Some(x) = class_lookup(ctx, i.class, name)? {
                    return bind_to_instance(ctx, x, v, name).map(Some);
                }
                if let Some(x) = special(ctx, v, name.as_str())? {
                    return Ok(Some(x));
                }
                if let Some(ga) = class_lookup(ctx, i.class, intern("__getattr__"))? {
                    return crate::interp::call::call(ctx, ga, &[v, name.value()], &[]).map(Some);
                }
                return Ok(None);
            }
            Kind::Class(_) => {
                if let Some(x) = class_lookup(ctx, o, name)? {
                    return bind_to_class(ctx, x, o).map(Some);
                }
                return special(ctx, v, name.as_str());
            }
            Kind::Module(_) => {
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok(Some(x));
                }
                return special(ctx, v, name.as_str());
            }
            _ => {}
        }
    }
    let class = rt().type_of(v);
    if let Some(x) = class_lookup(ctx, class, name)? {
        return bind_to_instance(ctx, x, v, name).map(Some);
    }
    special(ctx, v, name.as_str())
}

/// `v.name = x`.
pub fn setattr(ctx: &mut Ctx, v: Value, name: Name, x: Value) -> PyResult<()> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Instance(i) => {
                if !crate::descriptors::set_through(ctx, i.class, v, name, x)? {
                    ctx.set_own_attr(o, name, x);
                }
                return Ok(());
            }
            Kind::Module(_) => {
                ctx.set_own_attr(o, name, x);
                return Ok(());
            }
            Kind::Class(c) => {
                if c.builtin {
                    return Err(ctx.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        c.name.as_str()
                    )));
                }
                ctx.set_own_attr(o, name, x);
                return Ok(());
            }
            _ => {}
        }
    }
    Err(ctx.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        class_name(rt().type_of(v)),
        name.as_str()
    )))
}

/// For `obj.name(...)`: the callable and, when it is an unbound method found on the class,
/// the receiver to pass first (avoids allocating a bound method per call).
pub fn load_method(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<(Value, Option<Value>)> {
    let class = match v {
        Value::Obj(o) => match &o.kind {
            Kind::Instance(i) => {
                if i.class == rt().types.super_ {
                    return Ok((getattr(ctx, v, name)?, None));
                }
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok((x, None));
                }
                i.class
            }
            Kind::Class(_) | Kind::Module(_) => return Ok((getattr(ctx, v, name)?, None)),
            _ => rt().type_of(v),
        },
        _ => rt().type_of(v),
    };
    match class_lookup(ctx, class, name)? {
        Some(Value::Obj(f)) if matches!(f.kind, Kind::Function(_)) => Ok((Value::Obj(f), Some(v))),
        Some(Value::Obj(f)) if matches!(&f.kind, Kind::Builtin(b) if b.receiver.is_none()) => {
            Ok((Value::Obj(f), Some(v)))
        }
        Some(x) => Ok((bind_to_instance(ctx, x, v, name)?, None)),
        None => Ok((getattr(ctx, v, name)?, None)),
    }
}

/// Calls `v.name(*args)` if `v` is an instance whose class defines `name`; `None` otherwise.
pub fn call_dunder(ctx: &mut Ctx, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Value::Obj(o) = v else { return Ok(None) };
    let Kind::Instance(i) = &o.kind else {
        return Ok(None);
    };
    let Some(f) = class_lookup(ctx, i.class, intern(name))? else {
        return Ok(None);
    };
    if matches!(f.obj().map(|x| &x.0.kind), Some(Kind::Builtin(_)))
        && !matches!(name, "__init__")
        && class_lookup(ctx, rt().types.object, intern(name))?.is_some_and(|o| o.is(f))
    {
        // object's own defaults (e.g. object.__eq__) are handled natively by the caller.
        return Ok(None);
    }
    if let Some(Kind::Builtin(b)) = f.obj().map(|x| &x.0.kind) {
        return (b.f)(ctx, Some(v), args, &[]).map(Some);
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v);
    full.extend_from_slice(args);
    crate::interp::call::call(ctx, f, &full, &[]).map(Some)
}

/// `super(cls, obj).name`: the MRO of `type(obj)` after `cls`.
fn super_getattr(ctx: &mut Ctx, sup: ObjRef, name: Name) -> PyResult<Option<Value>> {
    let this = ctx.own_attr(sup, crate::name!("__thisclass__"))?;
    let obj = ctx
        .own_attr(sup, crate::name!("__self__"))?
        .unwrap_or(Value::None);
    let Some(Value::Obj(this)) = this else {
        return Ok(None);
    };
    let start = match obj {
        Value::Obj(o) if matches!(o.kind, Kind::Class(_)) => o,
        _ => rt().type_of(obj),
    };
    let mut after = false;
    for c in mro(start) {
        if after {
            let Kind::Class(cl) = &c.kind else { continue };
            let found = if cl.builtin {
                cl.attrs.get(name)
            } else {
                match ctx.read(Loc::Attr(c, name))? {
                    Slot::Value(v) => Some(v),
                    _ => None,
                }
            };
            if let Some(v) = found {
                return match obj {
                    Value::Obj(c) if matches!(c.kind, Kind::Class(_)) => bind_to_class(ctx, v, c),
                    _ => bind_to_instance(ctx, v, obj, name),
                }
                .map(Some);
            }
        }
        if c == this {
            after = true;
        }
    }
    Ok(None)
}

/// `del v.name`.
pub fn delattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<()> {
    if let Value::Obj(o) = v {
        if let Kind::Class(c) = &o.kind {
            if c.builtin {
                return Err(ctx.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name.as_str(),
                    c.name.as_str()
                )));
            }
        }
        let has_own = matches!(o.kind, Kind::Instance(_) | Kind::Module(_) | Kind::Class(_));
        if has_own {
            if ctx.del_own_attr(o, name)? {
                return Ok(());
            }
            return Err(no_attribute(ctx, v, name));
        }
    }
    if class_lookup(ctx, rt().type_of(v), name)?.is_some() {
        return Err(ctx.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            class_name(rt().type_of(v)),
            name.as_str()
        )));
    }
    Err(no_attribute(ctx, v, name))
}
