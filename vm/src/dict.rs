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

/// Python's hash of a hashable value (consistent with `keys_equal`).
pub fn hash_value(v: Value) -> u64 {
    match v {
        Value::None => 0x5eed_0000,
        Value::Bool(b) => b as u64,
        Value::Int(i) => i as u64,
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                f as i64 as u64
            } else {
                f.to_bits()
            }
        }
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => s.hash,
            Kind::BigInt(b) => {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                b.hash(&mut h);
                h.finish()
            }
            Kind::Tuple(items) => {
                let mut acc: u64 = 0x345678;
                for it in items.iter() {
                    acc = (acc ^ hash_value(*it)).wrapping_mul(1_000_003);
                }
                acc
            }
            _ => o.addr() as u64 >> 4,
        },
    }
}

/// Python `==` restricted to hashable built-in values (identity for other objects).
pub fn keys_equal(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y {
                return true;
            }
            match (&x.kind, &y.kind) {
                (Kind::Str(s), Kind::Str(t)) => s.hash == t.hash && s.s == t.s,
                (Kind::BigInt(p), Kind::BigInt(q)) => p == q,
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
