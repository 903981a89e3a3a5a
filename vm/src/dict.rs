//! Dict contents: an insertion-ordered map keyed by Python-hashable values.
//!
//! Key equality follows Python for the built-in hashable types: `1 == 1.0 == True`, strs by
//! text, tuples item by item; other objects by identity (user `__eq__`/`__hash__` on dict keys
//! is a later issue).

use crate::object::Kind;
use crate::value::Value;
use indexmap::IndexMap;
use std::hash::{Hash, Hasher};

/// The contents of a dict. `HKey` hashes to a finished Python hash, so FxHash only mixes it.
pub type DictData = IndexMap<HKey, Value, rustc_hash::FxBuildHasher>;

/// A value usable as a dict key.
#[derive(Clone, Copy, Debug)]
pub struct HKey(pub Value);

impl HKey {
    /// Wraps `v` if it is hashable; otherwise returns the type name for CPython's
    /// `TypeError: unhashable type: 'list'`.
    pub fn new(v: Value) -> Result<HKey, &'static str> {
        if let Value::Obj(o) = v {
            match &o.kind {
                Kind::List(_) => return Err("list"),
                Kind::Dict(_) => return Err("dict"),
                Kind::Set(_) => return Err("set"),
                Kind::Slice { .. } => return Err("slice"),
                Kind::DictView(_, w) if crate::dictview::unhashable(v) => {
                    return Err(if *w == crate::object::DictView::Keys {
                        "dict_keys"
                    } else {
                        "dict_items"
                    });
                }
                Kind::Instance(i) if i.native.is_some() => {
                    HKey::new(crate::native_base::unwrap(v))
                        .map_err(|_| crate::rt::class_name(i.class))?;
                }
                Kind::ByteArray(_) => return Err("bytearray"),
                Kind::Tuple(items) => {
                    for it in items.iter() {
                        HKey::new(*it)?;
                    }
                }
                _ => {}
            }
        }
        Ok(HKey(v))
    }
}

/// Python's hash of a hashable value (consistent with `keys_equal`; see `hash::py_hash`).
pub fn hash_value(v: Value) -> u64 {
    crate::hash::py_hash(v) as u64
}

/// Python `==` restricted to hashable built-in values (identity for other objects).
pub fn keys_equal(a: Value, b: Value) -> bool {
    let (a, b) = (crate::native_base::unwrap(a), crate::native_base::unwrap(b));
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y {
                return true;
            }
            match (&x.kind, &y.kind) {
                (Kind::Str(s), Kind::Str(t)) => s.hash == t.hash && s.s == t.s,
                (Kind::Bytes(p), Kind::Bytes(q)) => p == q,
                (Kind::BigInt(p), Kind::BigInt(q)) => p == q,
                (Kind::FrozenSet(p), Kind::FrozenSet(q)) => crate::set::SetData::equal(p, q),
                (Kind::Tuple(p), Kind::Tuple(q)) => {
                    p.len() == q.len() && p.iter().zip(q.iter()).all(|(l, r)| keys_equal(*l, *r))
                }
                _ => false,
            }
        }
        (Value::Obj(_), _) | (_, Value::Obj(_)) => false,
        _ => crate::ops::numeric_eq(a, b).unwrap_or(matches!((a, b), (Value::None, Value::None))),
    }
}

impl PartialEq for HKey {
    fn eq(&self, other: &Self) -> bool {
        keys_equal(self.0, other.0)
    }
}
impl Eq for HKey {}
impl Hash for HKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(hash_value(self.0))
    }
}
