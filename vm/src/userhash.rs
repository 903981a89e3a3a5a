//! Instances of classes defining `__hash__`/`__eq__` as dict keys and set members.
//!
//! Dicts and sets compare and hash keys without running Python code (their tables are plain
//! Rust structures), so the Python parts run before the table is touched:
//! - `prepare` calls the key's `__hash__` (and those of the instances inside a tuple key) and
//!   records the result in a side table that `hash::py_hash` reads for that object. A class
//!   that defines `__eq__` without `__hash__` has `__hash__ = None` and is unhashable.
//! - `canonical_*` finds a key already in the table with the same hash for which the user's
//!   `__eq__` returns true, and returns that key; the table then matches it by identity.
//!
//! Invariants:
//! - An object's recorded hash is the value its `__hash__` last returned when it was used as a
//!   key; the table keeps the hash an entry was stored with, as CPython's tables do.
//! - The side table is keyed by address: the collector drops the entries of freed objects
//!   (`forget`) before their addresses can be reused.
//! - Canonicalisation reads a snapshot of the container (no lock is held while `__eq__` runs).

use crate::ctx::Ctx;
use crate::dict::{DictData, HKey};
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::class_name;
use crate::value::{ObjRef, Value};
use indexmap::map::RawEntryApiV1;
use parking_lot::Mutex;
use std::hash::BuildHasher;
use std::sync::OnceLock;

fn table() -> &'static Mutex<rustc_hash::FxHashMap<usize, i64>> {
    static T: OnceLock<Mutex<rustc_hash::FxHashMap<usize, i64>>> = OnceLock::new();
    T.get_or_init(Default::default)
}

/// The hash recorded for an instance with a user `__hash__`.
pub fn recorded(o: ObjRef) -> Option<i64> {
    let t = table().lock();
    if t.is_empty() {
        return None;
    }
    t.get(&o.addr()).copied()
}

/// Drops the hashes recorded for objects the collector is about to free.
pub fn forget(dead: &[ObjRef]) {
    let mut t = table().lock();
    if t.is_empty() {
        return;
    }
    for o in dead {
        t.remove(&o.addr());
    }
}

/// The user-defined `__hash__` of an instance's class: `Ok(None)` when the class has none
/// (identity or the built-in base's hash applies); TypeError when it is `None`.
fn hash_method(ctx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    let Some(Kind::Instance(i)) = v.obj().map(|o| &o.0.kind) else {
        return Ok(None);
    };
    match crate::attr::class_lookup(ctx, i.class, crate::name!("__hash__"))? {
        Some(Value::None) => {
            Err(ctx.type_error(format!("unhashable type: '{}'", class_name(i.class))))
        }
        Some(f) if overrides(i.class, "__hash__", f) => Ok(Some(f)),
        _ => Ok(None),
    }
}

/// Whether `f`, found as `name` on `class`, is the class's own: a Python function, or a
/// native one other than `object`'s and the built-in base's defaults.
fn overrides(class: ObjRef, name: &str, f: Value) -> bool {
    match f.obj().map(|o| &o.0.kind) {
        Some(Kind::Function(_)) => true,
        Some(Kind::Builtin(_)) => !crate::attr::native_default(class, name, f),
        _ => false,
    }
}

/// `hash(v)`, running a user `__hash__` (and recording its result for the tables).
pub fn hash(ctx: &mut Ctx, v: Value) -> PyResult<i64> {
    prepare(ctx, v)?;
    HKey::new(v).map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))?;
    Ok(crate::hash::py_hash(v))
}

/// Runs the user `__hash__` of `v` (and of the instances inside a tuple or frozenset) and
/// records the results; TypeError for an unhashable instance or a non-int hash.
pub fn prepare(ctx: &mut Ctx, v: Value) -> PyResult<()> {
    let Some(o) = v.obj() else { return Ok(()) };
    match &o.kind {
        Kind::Instance(_) => {
            let Some(f) = hash_method(ctx, v)? else {
                return Ok(());
            };
            let r = crate::interp::call::call(ctx, f, &[v], &[])?;
            if crate::ops::as_big(r).is_none() {
                return Err(ctx.type_error("__hash__ method should return an integer"));
            }
            // An int that fits is the hash itself (-1 excepted); larger ones are hashed.
            let h = match crate::native_base::unwrap(r) {
                Value::Int(-1) => -2,
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                big => crate::hash::py_hash(big),
            };
            table().lock().insert(o.addr(), h);
            Ok(())
        }
        Kind::Tuple(items) => {
            for it in items.iter() {
                prepare(ctx, *it)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Whether `v` is an instance whose class defines `__eq__` in Python.
pub(crate) fn has_user_eq(ctx: &mut Ctx, v: Value) -> PyResult<bool> {
    let Some(Kind::Instance(i)) = v.obj().map(|o| &o.0.kind) else {
        return Ok(false);
    };
    Ok(
        crate::attr::class_lookup(ctx, i.class, crate::name!("__eq__"))?
            .is_some_and(|f| overrides(i.class, "__eq__", f)),
    )
}

/// Whether candidate key `c` (same hash) equals `k`: identity, or the user's `__eq__`.
fn matches(ctx: &mut Ctx, c: Value, k: Value) -> PyResult<bool> {
    if c.is(k) {
        return Ok(true);
    }
    if !has_user_eq(ctx, c)? && !has_user_eq(ctx, k)? {
        return Ok(false);
    }
    crate::ops::eq(ctx, c, k)
}

/// `k` prepared for a dict with contents `d`: an equal key already in `d`, else `k`.
pub fn canonical_dict_key(ctx: &mut Ctx, d: &DictData, k: Value) -> PyResult<Value> {
    prepare(ctx, k)?;
    if !has_user_eq(ctx, k)? {
        return Ok(k);
    }
    canonical_prepared(ctx, d, k)
}

/// `canonical_dict_key` for a key already prepared that has a user `__eq__`.
fn canonical_prepared(ctx: &mut Ctx, d: &DictData, k: Value) -> PyResult<Value> {
    if d.is_empty() {
        return Ok(k);
    }
    let hv = d.hasher().hash_one(HKey(k));
    let mut err = None;
    let found = d
        .raw_entry_v1()
        .from_hash(hv, |c| {
            err.is_none()
                && match matches(ctx, c.0, k) {
                    Ok(b) => b,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                }
        })
        .map(|(c, _)| c.0);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(found.unwrap_or(k))
}

/// `k` prepared for the dict object `dict`: see `canonical_dict_key`.
pub fn dict_key(ctx: &mut Ctx, dict: ObjRef, k: Value) -> PyResult<Value> {
    if !matches!(
        k.obj().map(|o| &o.0.kind),
        Some(Kind::Instance(_) | Kind::Tuple(_))
    ) {
        return Ok(k);
    }
    prepare(ctx, k)?;
    // Only a key with a user `__eq__` needs the dict's keys: a step storing or looking up
    // other keys reads one key of a shared dict, not all of it (`keyed`).
    if !has_user_eq(ctx, k)? {
        return Ok(k);
    }
    let d = ctx.dict_items(dict)?;
    canonical_prepared(ctx, &d, k)
}

/// The dict key for `k` in the dict object `dict` (TypeError when unhashable).
pub fn dict_hkey(ctx: &mut Ctx, dict: ObjRef, k: Value) -> PyResult<HKey> {
    let k = dict_key(ctx, dict, k)?;
    HKey::new(k).map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))
}

/// The dict key for `k` in dict contents `d` being built (TypeError when unhashable).
pub fn data_hkey(ctx: &mut Ctx, d: &DictData, k: Value) -> PyResult<HKey> {
    let k = canonical_dict_key(ctx, d, k)?;
    HKey::new(k).map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))
}

/// For a key `k` already hashed (`h`): an element of set contents `s` equal to it by a user
/// `__eq__`, else `k`.
pub fn set_key(ctx: &mut Ctx, s: &crate::set::SetData, k: Value, h: i64) -> PyResult<Value> {
    if !has_user_eq(ctx, k)? {
        return Ok(k);
    }
    for c in s.with_hash(h) {
        if matches(ctx, c, k)? {
            return Ok(c);
        }
    }
    Ok(k)
}

/// The class-creation rule: a class body defining `__eq__` but not `__hash__` gets
/// `__hash__ = None`.
pub fn implicit_hash_none(attrs: &mut crate::object::AttrMap) {
    let eq = crate::name!("__eq__");
    let hash = crate::name!("__hash__");
    if attrs.contains_key(&eq) && !attrs.contains_key(&hash) {
        attrs.insert(hash, Value::None);
    }
}

/// Makes equal elements of a list of hashed items (user `__eq__` with equal hashes) the same
/// object, the first one, so that a set built from them keeps one.
pub fn dedupe(ctx: &mut Ctx, items: &mut [(Value, i64)]) -> PyResult<()> {
    for i in 1..items.len() {
        if !has_user_eq(ctx, items[i].0)? {
            continue;
        }
        for j in 0..i {
            if items[j].1 == items[i].1 && matches(ctx, items[j].0, items[i].0)? {
                items[i].0 = items[j].0;
                break;
            }
        }
    }
    Ok(())
}
