//! Class creation: the `BuildClass` instruction and `type(name, bases, ns)`. Picks the
//! metaclass, builds the class object from the executed body's namespace, then runs
//! `__set_name__` on the attributes and `__init_subclass__` on the nearest base, as CPython's
//! `type.__new__` does.

use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::interp::call::call;
use crate::object::Kind;
use crate::rt::{class_name, is_subclass, rt};
use crate::slot::{Loc, Slot};
use crate::value::{intern, Name, ObjRef, Value};

/// `BuildClass`: makes a class from its name, bases tuple, executed body namespace and class
/// keywords (`metaclass=` picks the metaclass; the others go to it and `__init_subclass__`).
pub fn build_class(
    ctx: &mut Ctx,
    name: Value,
    bases: Value,
    ns: Value,
    kw: Option<Value>,
) -> PyResult<Value> {
    let mut kwargs: Vec<(Name, Value)> = Vec::new();
    if let Some(d) = kw.and_then(|k| k.obj()) {
        for (k, v) in ctx.dict_items(d)?.iter() {
            kwargs.push((intern(k.0.as_str().unwrap_or("?")), *v));
        }
    }
    let explicit = kwargs
        .iter()
        .position(|(k, _)| k.as_str() == "metaclass")
        .map(|i| kwargs.remove(i).1);
    let bases = resolve_bases(ctx, bases, ns)?;
    let base_classes = classes_of(ctx, bases)?;
    let meta = match explicit {
        Some(m) if !matches!(m.obj().map(|o| &o.0.kind), Some(Kind::Class(_))) => {
            return call(ctx, m, &[name, bases, ns], &kwargs);
        }
        Some(m) => m.obj().unwrap_or(rt().types.type_),
        None => rt().types.type_,
    };
    let meta = winner(ctx, meta, &base_classes)?;
    if meta == rt().types.type_ {
        create_class(ctx, meta, name, bases, ns, &kwargs)
    } else {
        call(ctx, Value::Obj(meta), &[name, bases, ns], &kwargs)
    }
}

/// CPython's `resolve_bases`: each base that is not a class and has `__mro_entries__` is
/// replaced by the tuple that method returns for the original bases, which are then kept in
/// the namespace as `__orig_bases__`.
fn resolve_bases(ctx: &mut Ctx, bases: Value, ns: Value) -> PyResult<Value> {
    let Some(Kind::Tuple(items)) = bases.obj().map(|o| &o.0.kind) else {
        return Ok(bases);
    };
    let mut out = Vec::with_capacity(items.len());
    let mut changed = false;
    for &b in items.iter() {
        if matches!(b.obj().map(|o| &o.0.kind), Some(Kind::Class(_))) {
            out.push(b);
            continue;
        }
        let Some(f) = crate::attr::try_getattr(ctx, b, crate::name!("__mro_entries__"))? else {
            out.push(b);
            continue;
        };
        let entries = call(ctx, f, &[bases], &[])?;
        let Some(Kind::Tuple(new)) = entries.obj().map(|o| &o.0.kind) else {
            return Err(ctx.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(new.iter().copied());
        changed = true;
    }
    if !changed {
        return Ok(bases);
    }
    crate::seqops::setitem(ctx, ns, intern("__orig_bases__").value(), bases)?;
    Ok(ctx.new_tuple(out))
}

/// The classes in a bases tuple.
fn classes_of(ctx: &Ctx, bases: Value) -> PyResult<Vec<ObjRef>> {
    let mut out = Vec::new();
    if let Some(Kind::Tuple(items)) = bases.obj().map(|o| &o.0.kind) {
        for b in items.iter() {
            match b.obj() {
                Some(c) if matches!(c.kind, Kind::Class(_)) => out.push(c),
                _ => return Err(ctx.type_error("bases must be types")),
            }
        }
    }
    Ok(out)
}

/// The most derived of `meta` and the bases' metaclasses (CPython's metaclass conflict rule).
fn winner(ctx: &Ctx, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut w = meta;
    for b in bases {
        let m = rt().type_of(Value::Obj(*b));
        if is_subclass(w, m) {
            continue;
        }
        if is_subclass(m, w) {
            w = m;
            continue;
        }
        return Err(ctx.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(w)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: defers to a more derived metaclass of the
/// bases when there is one (as `type("X", (Base,), {})` does), else creates the class.
pub fn new_class_via(
    ctx: &mut Ctx,
    meta: ObjRef,
    name: Value,
    bases: Value,
    ns: Value,
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if !matches!(bases.obj().map(|o| &o.0.kind), Some(Kind::Tuple(_))) {
        return Err(ctx.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            class_name(rt().type_of(bases))
        )));
    }
    let w = winner(ctx, meta, &classes_of(ctx, bases)?)?;
    if w != meta {
        if let Some(Kind::Descriptor(d)) =
            crate::attr::class_lookup(ctx, w, crate::name!("__new__"))?
                .and_then(|f| f.obj())
                .map(|o| &o.0.kind)
        {
            if let Descriptor::StaticMethod(new) = &**d {
                return call(ctx, *new, &[Value::Obj(w), name, bases, ns], kwargs);
            }
        }
    }
    create_class(ctx, w, name, bases, ns, kwargs)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: the class object.
pub fn create_class(
    ctx: &mut Ctx,
    meta: ObjRef,
    name: Value,
    bases: Value,
    ns: Value,
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let Some(name_str) = name.as_str() else {
        return Err(ctx.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            class_name(rt().type_of(name))
        )));
    };
    let name = intern(name_str);
    let mut base_list = classes_of(ctx, bases)?;
    crate::native_base::check_bases(ctx, &base_list)?;
    if base_list.is_empty() {
        base_list.push(rt().types.object);
    }
    let Some(ns) = ns.obj().filter(|o| matches!(o.kind, Kind::Dict(_))) else {
        return Err(ctx.type_error("type.__new__() argument 3 must be dict"));
    };
    let mut attrs = crate::object::AttrMap::default();
    let mut order = Vec::new();
    let mut classcell = None;
    let mut module = None;
    for (k, v) in ctx.dict_items(ns)?.iter() {
        let Some(s) = k.0.as_str() else { continue };
        let v = implicit_descriptor(ctx, s, *v);
        match s {
            "__classcell__" => classcell = v.obj(),
            _ => {
                if s == "__module__" {
                    module = v.as_str().map(intern);
                }
                attrs.insert(intern(s), v);
                order.push((intern(s), v));
            }
        }
    }
    crate::userhash::implicit_hash_none(&mut attrs);
    for n in attrs.keys() {
        crate::attr::note_class_attr(*n);
    }
    let layout = crate::interp::slots::prepare(ctx, name, &mut attrs, &base_list)?;
    let metaclass = (meta != rt().types.type_).then_some(meta);
    let Some(class) = crate::rt::new_class_of(
        metaclass,
        ctx.token,
        name,
        base_list.clone(),
        layout,
        attrs,
        module,
    ) else {
        let names: Vec<&str> = crate::rt::mro_conflict(&base_list)
            .into_iter()
            .map(crate::rt::class_name)
            .collect();
        return Err(ctx.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )));
    };
    if let Some(cell) = classcell {
        ctx.write(Loc::Contents(cell), Slot::Value(Value::Obj(class)));
    }
    for (k, v) in order {
        let Some(set_name) =
            crate::attr::class_lookup(ctx, rt().type_of(v), crate::name!("__set_name__"))?
        else {
            continue;
        };
        if v.obj().is_some_and(|o| matches!(o.kind, Kind::Instance(_))) {
            call(ctx, set_name, &[v, Value::Obj(class), k.value()], &[])?;
        }
    }
    init_subclass(ctx, class, kwargs)?;
    Ok(Value::Obj(class))
}

/// `__new__` is implicitly a staticmethod; `__init_subclass__` and `__class_getitem__` are
/// implicitly classmethods.
fn implicit_descriptor(ctx: &Ctx, name: &str, v: Value) -> Value {
    if !matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Function(_))) {
        return v;
    }
    let d = match name {
        "__new__" => Descriptor::StaticMethod(v),
        "__init_subclass__" | "__class_getitem__" => Descriptor::ClassMethod(v),
        _ => return v,
    };
    Value::Obj(ctx.alloc(Kind::Descriptor(Box::new(d))))
}

/// `super(class, class).__init_subclass__(**kwargs)`.
fn init_subclass(ctx: &mut Ctx, class: ObjRef, kwargs: &[(Name, Value)]) -> PyResult<()> {
    let name = crate::name!("__init_subclass__");
    if let Some(f) = crate::attr::lookup_after(ctx, class, class, name)? {
        let bound = crate::descriptors::bind_to_class(ctx, f, class)?;
        call(ctx, bound, &[], kwargs)?;
    }
    Ok(())
}
