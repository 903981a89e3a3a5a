//! Attribute dictionaries: `obj.__dict__`, `vars(obj)`, `globals()` and `dir()`.
//!
//! Invariants:
//! - The set of an object's attribute names is not a tracked location, so listing the names of
//!   an object the running step did not create needs the step to run directly (as the oldest
//!   step, after every earlier one committed): `names` calls `require_direct` first.
//! - `__dict__` of an instance, module or function is a snapshot dict that writes through: an instance
//!   of a `dict` subclass whose native dict is the snapshot and whose mutating methods also
//!   set or delete the attributes of the target object. A class's `__dict__` is a plain
//!   snapshot (CPython's is a read-only mappingproxy).

use crate::builtins::{arity, def_methods};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Kind, Layout};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

/// The names of `o`'s own attributes (instance attributes, class namespace, module globals),
/// in no particular order (CPython's is insertion order: sort before printing).
pub fn names(ctx: &mut Ctx, o: ObjRef) -> PyResult<Vec<Name>> {
    let frozen = matches!(&o.kind, Kind::Class(c) if c.builtin);
    if !frozen && !ctx.is_private(o) {
        ctx.require_direct()?;
    }
    Ok(match &o.kind {
        Kind::Instance(i) => i.attrs.entries().into_iter().map(|(n, _)| n).collect(),
        Kind::Class(c) => c.attrs.read().keys().copied().collect(),
        Kind::Module(m) => m.attrs.read().keys().copied().collect(),
        Kind::Function(f) => f.attrs.lock().keys().copied().collect(),
        _ => Vec::new(),
    })
}

/// A dict snapshot of `o`'s own attributes (an instance's `__slots__` values excluded).
pub fn snapshot(ctx: &mut Ctx, o: ObjRef) -> PyResult<Value> {
    let mut d = crate::dict::DictData::default();
    for n in names(ctx, o)? {
        if slot_field(o, n) {
            continue;
        }
        if let Kind::Instance(i) = &o.kind {
            let found = crate::attr::class_lookup(ctx, i.class, n)?;
            let is_slot = |d: &crate::descriptors::Descriptor| {
                matches!(d, crate::descriptors::Descriptor::Member { .. })
            };
            if matches!(found.and_then(|f| f.obj()).map(|f| &f.0.kind), Some(Kind::Descriptor(d)) if is_slot(d))
            {
                continue;
            }
        }
        if let Some(v) = ctx.own_attr(o, n)? {
            d.insert(crate::dict::HKey(n.value()), v);
        }
    }
    Ok(ctx.new_dict(d))
}

/// Whether `n` is one of the fields an exception or a function keeps in its attributes here
/// but in C slots in CPython (so they are not in its `__dict__`).
fn slot_field(o: ObjRef, n: Name) -> bool {
    let i = match &o.kind {
        Kind::Instance(i) => i,
        Kind::Function(_) => {
            return matches!(
                n.as_str(),
                "__name__"
                    | "__qualname__"
                    | "__doc__"
                    | "__module__"
                    | "__annotations__"
                    | "__defaults__"
                    | "__kwdefaults__"
            )
        }
        _ => return false,
    };
    let t = &rt().types;
    if !crate::rt::is_subclass(i.class, t.base_exception) {
        return false;
    }
    match n.as_str() {
        "args" | "__cause__" | "__context__" | "__suppress_context__" => true,
        // The fields of the Python-written exception groups (`_exceptiongroup.py`), C
        // struct members in CPython.
        "_eg_message" | "_eg_exceptions" => crate::modules::is_exception_group(o),
        "value" => crate::rt::is_subclass(i.class, t.stop_iteration),
        "code" => crate::rt::is_subclass(i.class, t.system_exit),
        _ => false,
    }
}

/// `o.__dict__`: `None` when `o` has none (slotted instances, built-in values).
pub fn dict_of(ctx: &mut Ctx, o: ObjRef) -> PyResult<Option<Value>> {
    match &o.kind {
        Kind::Instance(i) => {
            if matches!(&i.class.kind, Kind::Class(c) if c.layout != Layout::Instance) {
                return Ok(None);
            }
        }
        Kind::Module(_) | Kind::Function(_) => {}
        Kind::Class(_) => return snapshot(ctx, o).map(Some),
        _ => return Ok(None),
    }
    let native = snapshot(ctx, o)?;
    let attrs = [(crate::name!("__target__"), Value::Obj(o))];
    Ok(Some(Value::Obj(ctx.alloc(Kind::Instance(
        crate::object::Instance {
            class: proxy_class(),
            attrs: crate::instance_attrs::InstanceAttrs::from_pairs(attrs),
            native: Some(Box::new(native)),
        },
    )))))
}

/// The class of write-through `__dict__` snapshots: a `dict` subclass named `dict`.
fn proxy_class() -> ObjRef {
    static C: OnceLock<ObjRef> = OnceLock::new();
    *C.get_or_init(|| {
        let class = crate::rt::new_class(
            crate::object::DIRECT_TOKEN,
            intern("dict"),
            vec![rt().types.dict],
            Layout::Instance,
            AttrMap::default(),
            Some(intern("builtins")),
        )
        .unwrap_or(rt().types.dict);
        def_methods(
            class,
            &[
                ("__setitem__", set_item),
                ("__delitem__", del_item),
                ("update", update),
                ("pop", pop),
                ("setdefault", setdefault),
                ("clear", clear),
            ],
        );
        class
    })
}

/// The target object and the snapshot dict of a proxy receiver.
fn parts(ctx: &mut Ctx, recv: Option<Value>) -> PyResult<(ObjRef, Value)> {
    let Some(p) = recv.and_then(|v| v.obj()) else {
        return Err(ctx.type_error("descriptor needs a dict"));
    };
    match ctx.own_attr(p, crate::name!("__target__"))? {
        Some(Value::Obj(t)) => Ok((t, crate::native_base::unwrap(Value::Obj(p)))),
        _ => Err(ctx.type_error("descriptor needs a dict")),
    }
}

fn key_name(ctx: &Ctx, k: Value) -> PyResult<Name> {
    k.as_str().map(intern).ok_or_else(|| {
        ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(rt().type_of(k))
        ))
    })
}

fn put(ctx: &mut Ctx, target: ObjRef, snap: Value, k: Value, v: Value) -> PyResult<()> {
    let name = key_name(ctx, k)?;
    ctx.set_own_attr(target, name, v);
    crate::seqops::setitem(ctx, snap, k, v)
}

fn set_item(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__setitem__", a, 2, 2)?;
    let (t, snap) = parts(ctx, r)?;
    put(ctx, t, snap, a[0], a[1])?;
    Ok(Value::None)
}

fn del_item(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "__delitem__", a, 1, 1)?;
    let (t, snap) = parts(ctx, r)?;
    crate::seqops::delitem(ctx, snap, a[0])?;
    let name = key_name(ctx, a[0])?;
    ctx.del_own_attr(t, name)?;
    Ok(Value::None)
}

fn update(ctx: &mut Ctx, r: Option<Value>, a: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "update", a, 0, 1)?;
    let (t, snap) = parts(ctx, r)?;
    let mut d = crate::dict::DictData::default();
    if let Some(src) = a.first() {
        crate::builtins::dict_update_from(ctx, &mut d, *src)?;
    }
    for (k, v) in d
        .iter()
        .map(|(k, v)| (k.0, *v))
        .chain(kw.iter().map(|(k, v)| (k.value(), *v)))
    {
        put(ctx, t, snap, k, v)?;
    }
    Ok(Value::None)
}

fn pop(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "pop", a, 1, 2)?;
    let (t, snap) = parts(ctx, r)?;
    if !crate::ops::contains(ctx, snap, a[0])? {
        return a.get(1).copied().ok_or_else(|| ctx.key_error(a[0]));
    }
    let v = crate::seqops::getitem(ctx, snap, a[0])?;
    crate::seqops::delitem(ctx, snap, a[0])?;
    let name = key_name(ctx, a[0])?;
    ctx.del_own_attr(t, name)?;
    Ok(v)
}

fn setdefault(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "setdefault", a, 1, 2)?;
    let (t, snap) = parts(ctx, r)?;
    if crate::ops::contains(ctx, snap, a[0])? {
        return crate::seqops::getitem(ctx, snap, a[0]);
    }
    let v = a.get(1).copied().unwrap_or(Value::None);
    put(ctx, t, snap, a[0], v)?;
    Ok(v)
}

fn clear(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "clear", a, 0, 0)?;
    let (t, snap) = parts(ctx, r)?;
    for k in crate::iter::collect(ctx, snap)? {
        let name = key_name(ctx, k)?;
        ctx.del_own_attr(t, name)?;
    }
    if let Some(d) = snap.obj() {
        ctx.dict_modify(d, |m| m.clear())?;
    }
    Ok(Value::None)
}

/// `dir(v)`: the sorted names of `v`'s attributes, its class's and their bases'.
pub fn dir(ctx: &mut Ctx, v: Value) -> PyResult<Vec<Name>> {
    let mut out: Vec<Name> = Vec::new();
    let add = |ns: Vec<Name>, out: &mut Vec<Name>| {
        for n in ns {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    };
    let classes: Vec<ObjRef> = match v.obj() {
        Some(o) if matches!(o.kind, Kind::Module(_)) => {
            add(names(ctx, o)?, &mut out);
            Vec::new()
        }
        Some(o) if matches!(o.kind, Kind::Class(_)) => crate::rt::mro(o).collect(),
        Some(o) => {
            if matches!(o.kind, Kind::Instance(_)) {
                add(names(ctx, o)?, &mut out);
            }
            crate::rt::mro(rt().type_of(v)).collect()
        }
        None => crate::rt::mro(rt().type_of(v)).collect(),
    };
    for c in classes {
        add(names(ctx, c)?, &mut out);
    }
    out.retain(|n| n.as_str() != "__target__");
    out.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    Ok(out)
}
