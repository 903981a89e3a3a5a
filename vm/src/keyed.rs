//! Per-key access to shared dicts and sets (ARCHITECTURE §3: "dicts and sets are tracked per
//! key, plus one location for size and order"), and per-position access to shared lists.
//!
//! A container's contents stay one versioned location (copy-on-write, `Slot::Dict`,
//! `Slot::Set`, `Slot::List`), but what a step *acts on* is recorded finer:
//! - a lookup (`d[k]`, `k in d`, `d.get(k)`, `k in s`, `lst[i]` for `i >= 0`) reads the part
//!   `Part::DictKey` / `SetKey` / `Index`, `len` the part `Len` and truth `NonEmpty`:
//!   validation checks that part alone, so a step that wrote another key, or rewrote this one
//!   with the same object, aborts nobody. Iteration, repr, comparison and copies read the
//!   contents whole, which also covers order;
//! - `d[k] = v`, `s.add(x)` are blind writes (`delta::Delta::DictSet` / `SetAdd`), applied
//!   to the committed contents at commit, in sequence order, with no read at all; `lst.pop(0)`
//!   reads the first item alone and removes it at commit (`Delta::PopFront`): a consumer
//!   taking the head of a queue does not conflict with a producer appending to its tail.
//!
//! Invariants:
//! - a part read is only used for a result that depends on that part alone; key equality and
//!   hashing never run Python code here (`dict::keys_equal`, `userhash`), so the committer can
//!   check parts without running the program;
//! - a key lookup sees the execution's own pending blind write of that key, and needs none of
//!   its blind writes of other keys (which stay pending); a size or whole read settles them
//!   (`delta`).

use crate::ctx::Ctx;
use crate::delta::Delta;
use crate::dict::{DictData, HKey};
use crate::error::PyResult;
use crate::object::Kind;
use crate::set::SetData;
use crate::slot::Part;
use crate::value::{ObjRef, Value};

impl Ctx {
    /// `dict[key]`'s value, or `None` when absent; a speculative step reads that key alone.
    pub fn dict_get(&mut self, dict: ObjRef, key: HKey) -> PyResult<Option<Value>> {
        if let Some(v) = self.pending_dict_set(dict, &key) {
            return Ok(Some(v));
        }
        let part = Part::DictKey(key);
        self.with_contents_part(dict, Some(&part), |d: &DictData| d.get(&key).copied())
    }

    /// `len(dict)`; a speculative step reads the size alone.
    pub fn dict_len(&mut self, dict: ObjRef) -> PyResult<usize> {
        self.with_contents_part(dict, Some(&Part::Len), DictData::len)
    }

    /// `dict[key] = value`: a blind write when the dict is shared (see the module docs).
    pub fn dict_set(&mut self, dict: ObjRef, key: HKey, value: Value) -> PyResult<()> {
        if self.container_delta(Delta::DictSet { dict, key, value }) {
            return Ok(());
        }
        self.dict_modify(dict, |d| {
            d.insert(key, value);
        })
    }

    /// Whether the set holds an element equal to `key` (hash `hash`); a speculative step
    /// reads that element alone.
    pub fn set_contains(&mut self, set: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
        if self.pending_set_add(set, key, hash) {
            return Ok(true);
        }
        let part = Part::SetKey(key, hash);
        self.with_contents_part(set, Some(&part), |s: &SetData| s.contains(key, hash))
    }

    /// `len(set)`; a speculative step reads the size alone.
    pub fn set_len(&mut self, set: ObjRef) -> PyResult<usize> {
        self.with_contents_part(set, Some(&Part::Len), SetData::len)
    }

    /// `len(list)`; a speculative step reads the size alone.
    pub fn list_len(&mut self, list: ObjRef) -> PyResult<usize> {
        self.with_contents_part(list, Some(&Part::Len), Vec::<Value>::len)
    }

    /// `list[i]` for a position `i >= 0`, or `None` past the end; a speculative step reads
    /// that position alone.
    pub fn list_get(&mut self, list: ObjRef, i: usize) -> PyResult<Option<Value>> {
        self.with_contents_part(list, Some(&Part::Index(i)), |l: &Vec<Value>| {
            l.get(i).copied()
        })
    }

    /// `list.pop(0)`: the first item, removed; `None` when the list is empty. A speculative
    /// step reads the first item alone and removes it at commit (see the module docs).
    pub fn list_pop_front(&mut self, list: ObjRef) -> PyResult<Option<Value>> {
        let first = self.list_get(list, 0)?;
        if first.is_some() && self.container_delta(Delta::PopFront { list }) {
            return Ok(first);
        }
        Ok(match first {
            Some(_) => Some(self.list_modify(list, |l| l.remove(0))?),
            None => None,
        })
    }

    /// Whether a list, dict or set has any items (its truth); a speculative step reads only
    /// that.
    pub fn container_nonempty(&mut self, obj: ObjRef) -> PyResult<bool> {
        let part = Some(&Part::NonEmpty);
        match obj.kind {
            Kind::List(_) => self.with_contents_part(obj, part, |l: &Vec<Value>| !l.is_empty()),
            Kind::Dict(_) => self.with_contents_part(obj, part, |d: &DictData| !d.is_empty()),
            Kind::Set(_) => self.with_contents_part(obj, part, |s: &SetData| !s.is_empty()),
            _ => Ok(true),
        }
    }

    /// `set.add(key)`: a blind write when the set is shared (see the module docs).
    pub fn set_add(&mut self, set: ObjRef, key: Value, hash: i64) -> PyResult<()> {
        if self.container_delta(Delta::SetAdd { set, key, hash }) {
            return Ok(());
        }
        if !self.set_contains(set, key, hash)? {
            self.set_modify(set, |s| s.insert(key, hash))?;
        }
        Ok(())
    }

    /// The value of this execution's last blind `dict[key] = value` on `dict`, if any.
    fn pending_dict_set(&self, dict: ObjRef, key: &HKey) -> Option<Value> {
        let spec = self.spec.as_ref()?;
        spec.deltas.iter().rev().find_map(|d| match d {
            Delta::DictSet {
                dict: o,
                key: k,
                value,
            } if *o == dict && k == key => Some(*value),
            _ => None,
        })
    }

    /// Whether this execution blindly added an element equal to `key` to `set`.
    fn pending_set_add(&self, set: ObjRef, key: Value, hash: i64) -> bool {
        self.spec.as_ref().is_some_and(|spec| {
            spec.deltas.iter().any(|d| {
                matches!(d, Delta::SetAdd { set: o, key: k, hash: h }
                    if *o == set && *h == hash && crate::dict::keys_equal(*k, key))
            })
        })
    }
}

#[cfg(test)]
mod tests;
