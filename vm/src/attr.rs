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
use std::sync::atomic::{AtomicBool, Ordering};

/// Looks `name` up along `class`'s MRO (cached, see `attr_cache`).
pub fn class_lookup(ctx: &mut Ctx, class: ObjRef, name: Name) -> PyResult<Option<Value>> {
    let speculative = match &ctx.spec {
        None => false,
        Some(spec) if spec.reads_frozen_tables() => true,
        Some(_) => return mro_lookup(ctx, class, name),
    };
    if let Some((hit, bits)) = ctx
        .class_cache
        .as_ref()
        .and_then(|c| c.get(class, name, speculative))
    {
        if let Some(spec) = &mut ctx.spec {
            bits.iter().for_each(|b| spec.frozen_read.insert(*b));
        }
        return Ok(hit);
    }
    let epoch = crate::attr_cache::epoch();
    let found = mro_lookup(ctx, class, name)?;
    ctx.class_cache.get_or_insert_with(Default::default).put(
        class,
        name,
        epoch,
        found,
        speculative,
    );
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
            Some(Kind::BoundMethod { func, .. }) => special(ctx, *func, name)?,
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
        "__module__" | "__doc__" | "__defaults__" | "__kwdefaults__" | "__annotations__" => match v
            .obj()
        {
            Some(o) if matches!(o.kind, Kind::Function(_)) => Some(function_special(ctx, o, name)?),
            _ => crate::descriptors::attribute(v, name),
        },
        "__qualname__" => match v.obj().map(|o| &o.0.kind) {
            Some(Kind::Function(f)) => Some(f.qualname.value()),
            Some(Kind::Generator(g)) => Some(g.qualname.value()),
            // A method of a built-in type is qualified by its type ('list.append'), a
            // classmethod by its class ('dict.fromkeys'), a function by nothing ('print').
            Some(Kind::Builtin(b)) => Some(ctx.new_str(builtin_qualname(b.name, b.receiver))),
            // A bound method forwards to its function, as CPython's method_getattro does; a
            // native one bound to a class (a classmethod) is qualified by that class.
            Some(Kind::BoundMethod { func, receiver }) => match func.obj().map(|o| &o.0.kind) {
                Some(Kind::Builtin(b)) if b.receiver.is_none() => {
                    Some(ctx.new_str(builtin_qualname(b.name, Some(*receiver))))
                }
                _ => special(ctx, *func, name)?,
            },
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
        "__cause__" | "__context__" | "__suppress_context__" if is_exception(v) => {
            Some(if name == "__suppress_context__" {
                Value::Bool(false)
            } else {
                Value::None
            })
        }
        "__dict__" => match v.obj() {
            Some(o) => crate::attrdict::dict_of(ctx, o)?,
            None => None,
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

/// The `__qualname__` of the native function `name` bound to `receiver`: a method of a
/// built-in type is qualified by its type ('list.append'), a classmethod by its class
/// ('dict.fromkeys'), a function by nothing ('print', 'math.sqrt' is 'sqrt').
fn builtin_qualname(name: &str, receiver: Option<Value>) -> String {
    match receiver {
        Some(Value::Obj(c)) if matches!(c.kind, Kind::Class(_)) => {
            format!("{}.{}", class_name(c), name)
        }
        Some(Value::Obj(m)) if matches!(m.kind, Kind::Module(_)) => name.to_string(),
        Some(r) => format!("{}.{}", class_name(rt().type_of(r)), name),
        None => name.to_string(),
    }
}

fn is_exception(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Instance(i))
        if crate::rt::is_subclass(i.class, rt().types.base_exception))
}

/// The special attributes of a Python function that are not stored on it (`__annotations__`:
/// until first read).
fn function_special(ctx: &mut Ctx, o: ObjRef, name: &str) -> PyResult<Value> {
    let Kind::Function(f) = &o.kind else {
        return Ok(Value::None);
    };
    Ok(match name {
        "__module__" => ctx
            .own_attr(f.globals, intern("__name__"))?
            .unwrap_or(Value::None),
        "__doc__" => f.code.doc.map_or(Value::None, |d| d.value()),
        "__defaults__" if !f.defaults.is_empty() => ctx.new_tuple(f.defaults.to_vec()),
        "__annotations__" => {
            // Created empty on first read and kept, as CPython does.
            let d = ctx.new_dict(Default::default());
            ctx.set_own_attr(o, intern(name), d);
            d
        }
        "__kwdefaults__" if !f.kwdefaults.is_empty() => {
            let mut d = crate::dict::DictData::default();
            for (k, v) in &f.kwdefaults {
                d.insert(crate::dict::HKey(k.value()), *v);
            }
            ctx.new_dict(d)
        }
        _ => Value::None,
    })
}

/// A Python function's `__qualname__`: the one assigned to it, else its code's. Shown by its
/// repr, its bound methods' and its argument errors, as CPython's.
pub fn function_qualname(ctx: &mut Ctx, o: ObjRef) -> PyResult<String> {
    let Kind::Function(f) = &o.kind else {
        return Ok(String::new());
    };
    let assigned = ctx.own_attr(o, crate::name!("__qualname__"))?;
    Ok(match assigned.and_then(|q| q.as_str()) {
        Some(q) => q.to_string(),
        None => f.qualname.as_str().to_string(),
    })
}

/// Assigning (`Some`) or deleting (`None`) a special attribute of a Python function that
/// CPython checks: `__name__` and `__qualname__` must stay strings, and deleting `__doc__`
/// leaves None. `Ok(false)` for other names (an ordinary attribute).
fn function_special_set(ctx: &mut Ctx, o: ObjRef, name: Name, x: Option<Value>) -> PyResult<bool> {
    match name.as_str() {
        n @ ("__name__" | "__qualname__") => match x.and_then(|v| v.as_str().map(|_| v)) {
            Some(v) => {
                ctx.set_own_attr(o, name, v);
                Ok(true)
            }
            None => Err(ctx.type_error(format!("{n} must be set to a string object"))),
        },
        "__doc__" => {
            ctx.set_own_attr(o, name, x.unwrap_or(Value::None));
            Ok(true)
        }
        _ => Ok(false),
    }
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

/// The fast path of `v.name`: an attribute stored on an instance this execution reads
/// directly (the first place `try_getattr` looks), found without a call or a tracked read.
#[inline(always)]
pub fn own_instance_attr(ctx: &Ctx, v: Value, name: Name) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    let Kind::Instance(i) = &o.kind else {
        return None;
    };
    if !ctx.is_private(o) || GETATTRIBUTE_SEEN.load(Ordering::Relaxed) {
        return None;
    }
    i.attrs.get(name)
}

/// Set once any class defines or is given a `__getattribute__`: until then no instance
/// attribute read needs to look for one (the common case costs one relaxed load).
static GETATTRIBUTE_SEEN: AtomicBool = AtomicBool::new(false);

/// A class namespace gets attribute `name` (at creation or by assignment).
pub fn note_class_attr(name: Name) {
    if name == crate::name!("__getattribute__") {
        GETATTRIBUTE_SEEN.store(true, Ordering::Relaxed);
    }
}

/// `v.name`, or `None` if missing.
pub fn try_getattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = v {
        if let Kind::Instance(i) = &o.kind {
            if GETATTRIBUTE_SEEN.load(Ordering::Relaxed) {
                if let Some(f) = user_hook(ctx, i.class, crate::name!("__getattribute__"))? {
                    return user_getattribute(ctx, f, v, i.class, name);
                }
            }
        }
    }
    match generic_getattr(ctx, v, name)? {
        Some(x) => Ok(Some(x)),
        None => getattr_fallback(ctx, v, name),
    }
}

/// Whether instances of `class` have a user `__getattribute__`.
fn has_getattribute(ctx: &mut Ctx, class: ObjRef) -> PyResult<bool> {
    Ok(GETATTRIBUTE_SEEN.load(Ordering::Relaxed)
        && user_hook(ctx, class, crate::name!("__getattribute__"))?.is_some())
}

/// A user `__getattribute__` `f`; on AttributeError, the class's `__getattr__` if any.
fn user_getattribute(
    ctx: &mut Ctx,
    f: Value,
    v: Value,
    class: ObjRef,
    name: Name,
) -> PyResult<Option<Value>> {
    match crate::interp::call::call(ctx, f, &[v, name.value()], &[]) {
        Ok(x) => Ok(Some(x)),
        Err(crate::error::Raise::Exc(e))
            if crate::exceptions::exc_matches(e.value, rt().types.attribute_error) =>
        {
            match class_lookup(ctx, class, intern("__getattr__"))? {
                Some(ga) => crate::interp::call::call(ctx, ga, &[v, name.value()], &[]).map(Some),
                None => Err(crate::error::Raise::Exc(e)),
            }
        }
        Err(e) => Err(e),
    }
}

/// An instance's `__getattr__`, called when normal lookup found nothing.
fn getattr_fallback(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Option<Value>> {
    if v.is(Value::Obj(rt().builtins)) {
        return crate::modules::lazy_builtin(ctx, name);
    }
    let Some(Kind::Instance(i)) = v.obj().map(|o| &o.0.kind) else {
        return Ok(None);
    };
    match class_lookup(ctx, i.class, intern("__getattr__"))? {
        Some(ga) => crate::interp::call::call(ctx, ga, &[v, name.value()], &[]).map(Some),
        None => Ok(None),
    }
}

/// `object.__getattribute__(v, name)`: own attributes, the class's, then the special ones;
/// `None` if missing (no `__getattr__`).
pub fn generic_getattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Instance(i) => {
                if i.class == rt().types.super_ {
                    return super_getattr(ctx, o, name);
                }
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok(Some(x));
                }
                // A class's `__qualname__` is kept in its namespace here, but CPython keeps it
                // on the type object only: instances do not see it.
                if name != crate::name!("__qualname__") {
                    if let Some(x) = class_lookup(ctx, i.class, name)? {
                        return bind_to_instance(ctx, x, v, name).map(Some);
                    }
                }
                return special(ctx, v, name.as_str());
            }
            Kind::Class(_) => {
                if let Some(x) = class_lookup(ctx, o, name)? {
                    let x = crate::unbound::through_class(ctx, o, name, x);
                    return bind_to_class(ctx, x, o).map(Some);
                }
                if let Some(x) = special(ctx, v, name.as_str())? {
                    return Ok(Some(x));
                }
                // Attributes of the metaclass (`type` or a user one), bound to the class.
                let meta = rt().type_of(v);
                return match class_lookup(ctx, meta, name)? {
                    Some(x) => bind_to_instance(ctx, x, v, name).map(Some),
                    None => Ok(None),
                };
            }
            Kind::Module(_) => {
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok(Some(x));
                }
                return special(ctx, v, name.as_str());
            }
            Kind::Function(_) => {
                if let Some(x) = ctx.own_attr(o, name)? {
                    return Ok(Some(x));
                }
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

/// `object.__setattr__`: a data descriptor's setter, else the instance's own attribute (an
/// AttributeError for a name outside `__slots__`).
pub fn generic_setattr(ctx: &mut Ctx, o: ObjRef, name: Name, x: Value) -> PyResult<()> {
    let v = Value::Obj(o);
    let Kind::Instance(i) = &o.kind else {
        return setattr(ctx, v, name, x);
    };
    if !crate::descriptors::set_through(ctx, i.class, v, name, x)? {
        if crate::interp::slots::is_slotted(i.class) {
            return Err(no_attribute(ctx, v, name));
        }
        ctx.set_own_attr(o, name, x);
    }
    Ok(())
}

/// A user-defined (Python) override of `object`'s `hook` on `class`, if any.
pub(crate) fn user_hook(ctx: &mut Ctx, class: ObjRef, hook: Name) -> PyResult<Option<Value>> {
    Ok(class_lookup(ctx, class, hook)?
        .filter(|f| matches!(f.obj().map(|o| &o.0.kind), Some(Kind::Function(_)))))
}

/// `v.name = x`.
pub fn setattr(ctx: &mut Ctx, v: Value, name: Name, x: Value) -> PyResult<()> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Instance(i) => {
                if let Some(f) = user_hook(ctx, i.class, crate::name!("__setattr__"))? {
                    crate::interp::call::call(ctx, f, &[v, name.value(), x], &[])?;
                    return Ok(());
                }
                return generic_setattr(ctx, o, name, x);
            }
            Kind::Module(_) | Kind::Function(_) => {
                if !(matches!(o.kind, Kind::Function(_))
                    && function_special_set(ctx, o, name, Some(x))?)
                {
                    ctx.set_own_attr(o, name, x);
                }
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
                note_class_attr(name);
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
                if i.class == rt().types.super_ || has_getattribute(ctx, i.class)? {
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
            let recv = crate::native_base::receiver_for(Value::Obj(f), v);
            Ok((Value::Obj(f), Some(recv)))
        }
        Some(x) => Ok((bind_to_instance(ctx, x, v, name)?, None)),
        None => Ok((getattr(ctx, v, name)?, None)),
    }
}

/// Calls `v.name(*args)` if `v` is an instance whose class defines `name`, or a class whose
/// metaclass (other than `type`) does; `None` otherwise.
pub fn call_dunder(ctx: &mut Ctx, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match dunder_method(ctx, v, name)? {
        Some(f) => crate::interp::instantiate::call_method(ctx, f, v, args, &[]).map(Some),
        None => Ok(None),
    }
}

/// `call_dunder(v, name, [arg])` for a caller that holds nothing else the collector cannot
/// see: `v`, `arg` and the method are held as roots and a Python method runs transparently.
pub fn call_dunder_held(
    ctx: &mut Ctx,
    v: Value,
    name: &str,
    arg: Value,
) -> PyResult<Option<Value>> {
    let Some(f) = dunder_method(ctx, v, name)? else {
        return Ok(None);
    };
    let entry = crate::gc::HeldEntry::Call(f);
    crate::gc::held_call(ctx, [v, arg, f], entry, |ctx| {
        crate::interp::instantiate::call_method(ctx, f, v, &[arg], &[])
    })
    .map(Some)
}

/// The method `call_dunder` calls: `name` on `v`'s class when `v` is an instance (or a class
/// with a metaclass other than `type`) and the class does not inherit a native default.
fn dunder_method(ctx: &mut Ctx, v: Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Obj(o) = v else { return Ok(None) };
    let class = match &o.kind {
        Kind::Instance(i) => i.class,
        Kind::Class(_) if rt().type_of(v) != rt().types.type_ => rt().type_of(v),
        _ => return Ok(None),
    };
    let Some(f) = class_lookup(ctx, class, intern(name))? else {
        return Ok(None);
    };
    if matches!(f.obj().map(|x| &x.0.kind), Some(Kind::Builtin(_)))
        && !matches!(name, "__init__")
        && native_default(class, name, f)
    {
        // The defaults of object and of a built-in base (object.__eq__, list.__len__) are
        // handled natively by the caller.
        return Ok(None);
    }
    Ok(Some(f))
}

/// Whether native method `f` is `object`'s `name` or that of `class`'s built-in base.
pub fn native_default(class: ObjRef, name: &str, f: Value) -> bool {
    let n = intern(name);
    std::iter::once(rt().types.object)
        .chain(crate::native_base::builtin_base(class))
        .any(|c| match &c.kind {
            Kind::Class(cl) => cl.attrs.get(n).is_some_and(|x| x.is(f)),
            _ => false,
        })
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
    // `super(C, cls)` in a classmethod searches cls's MRO; otherwise type(obj)'s.
    let as_class = match obj {
        Value::Obj(o) if matches!(o.kind, Kind::Class(_)) && crate::rt::is_subclass(o, this) => {
            Some(o)
        }
        _ => None,
    };
    let start = as_class.unwrap_or_else(|| rt().type_of(obj));
    match lookup_after(ctx, start, this, name)? {
        Some(v) => match as_class {
            Some(c) => bind_to_class(ctx, v, c),
            None => bind_to_instance(ctx, v, obj, name),
        }
        .map(Some),
        None => Ok(None),
    }
}

/// Looks `name` up along `class`'s MRO after `after` (what `super(after, ...)` searches).
pub fn lookup_after(
    ctx: &mut Ctx,
    class: ObjRef,
    after: ObjRef,
    name: Name,
) -> PyResult<Option<Value>> {
    for c in mro(class).skip_while(|c| *c != after).skip(1) {
        let Kind::Class(cl) = &c.kind else { continue };
        let found = if cl.builtin {
            cl.attrs.get(name)
        } else {
            match ctx.read(Loc::Attr(c, name))? {
                Slot::Value(v) => Some(v),
                _ => None,
            }
        };
        if found.is_some() {
            return Ok(found);
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
        if let Kind::Instance(i) = &o.kind {
            if let Some(f) = user_hook(ctx, i.class, crate::name!("__delattr__"))? {
                crate::interp::call::call(ctx, f, &[v, name.value()], &[])?;
                return Ok(());
            }
        }
    }
    generic_delattr(ctx, v, name)
}

/// `object.__delattr__`: a data descriptor's deleter, else the object's own attribute.
pub fn generic_delattr(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<()> {
    if let Value::Obj(o) = v {
        if let Kind::Instance(i) = &o.kind {
            if crate::descriptors::delete_through(ctx, i.class, v, name)? {
                return Ok(());
            }
        }
        let has_own = matches!(
            o.kind,
            Kind::Instance(_) | Kind::Module(_) | Kind::Class(_) | Kind::Function(_)
        );
        if has_own {
            if matches!(o.kind, Kind::Function(_)) && function_special_set(ctx, o, name, None)? {
                return Ok(());
            }
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
