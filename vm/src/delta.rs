//! Blind updates: `x op= n` on a shared number, and `lst.append(v)`, `lst.pop(0)`, `d[k] = v`,
//! `s.add(x)` on a shared list, dict or set (`keyed`), recorded by a speculative execution as *deltas*
//! instead of a read and a write, and applied at commit, in sequence order, to whatever the
//! earlier steps left (ARCHITECTURE §3; Aptos's aggregators, pevm's lazy balances). Steps that
//! only bump one counter or fill one container then do not conflict with each other.
//!
//! Invariants:
//! - Only speculative executions record deltas, and only on a location of a shared object that
//!   the execution has not written (a number: nor read): a location is in at most one of the
//!   write set and the deltas, until a read *settles* it. A container delta may follow a read
//!   of the container: the read saw the state before the step, which validation checks, and
//!   the delta applies after it.
//! - A container's first delta publishes its predicted value at once (as a first write is,
//!   `Spec::buffer_write`); a second one turns it into an estimate. Numeric deltas are
//!   published at the end of the execution, predicted.
//! - At most `MAX_DELTAS` per execution (every read scans them); past that, updates take the
//!   usual read-and-write path.
//! - Any read of a location with deltas settles them first: the location is read (tracked) and
//!   the deltas are applied into the write set, so the execution never sees a value that misses
//!   its own updates. A delta that does not apply to what the read returns (no longer a
//!   number, or the operation raises) aborts the execution as `NeedsOldest`: it re-runs
//!   directly, where the update is an ordinary read and write that raises as CPython does.
//! - A write of the location replaces its deltas (the write is what the location ends as).
//! - At commit, when every earlier step has committed, [`Spec::commit_to_storage`] applies the
//!   deltas to the committed values; if one does not apply, the step is invalid and re-runs
//!   directly.
//! - A delta on a module global or class attribute counts as a write of that table
//!   (`Spec::wrote_table`), so the execution's later reads of the table go through `Ctx::read`,
//!   which settles, and never through the caches of committed values.

use crate::bytecode::BinOp;
use crate::ctx::{Ctx, Spec};
use crate::dict::{DictData, HKey};
use crate::error::{Abort, PyResult, Raise};
use crate::object::Kind;
use crate::set::SetData;
use crate::slot::{Container, Loc, Slot};
use crate::value::{ObjRef, Value};
use std::sync::Arc;

/// One blind update, applied at commit.
#[derive(Clone, Copy, Debug)]
pub enum Delta {
    /// `loc = loc op operand`, both numbers.
    Numeric {
        /// The global or attribute updated.
        loc: Loc,
        /// The operator of the augmented assignment.
        op: BinOp,
        /// The right-hand side.
        operand: Value,
    },
    /// `list.append(value)`.
    Append {
        /// The list.
        list: ObjRef,
        /// The item appended.
        value: Value,
    },
    /// `list.pop(0)` (the step read the item it returns: `Part::Index(0)`).
    PopFront {
        /// The list.
        list: ObjRef,
    },
    /// `dict[key] = value`.
    DictSet {
        /// The dict.
        dict: ObjRef,
        /// The key (canonical: see `userhash`).
        key: HKey,
        /// The value stored.
        value: Value,
    },
    /// `set.add(key)`.
    SetAdd {
        /// The set.
        set: ObjRef,
        /// The element (canonical: see `userhash`).
        key: Value,
        /// Its hash.
        hash: i64,
    },
}

/// The most deltas one execution records.
const MAX_DELTAS: usize = 32;

impl Delta {
    /// The location the delta updates.
    pub fn loc(&self) -> Loc {
        match *self {
            Delta::Numeric { loc, .. } => loc,
            Delta::Append { list: obj, .. }
            | Delta::PopFront { list: obj }
            | Delta::DictSet { dict: obj, .. }
            | Delta::SetAdd { set: obj, .. } => Loc::Contents(obj),
        }
    }

    /// Whether this delta's container is of the kind it updates.
    fn fits(&self) -> bool {
        match self {
            Delta::Numeric { .. } => true,
            Delta::Append { list, .. } | Delta::PopFront { list } => {
                matches!(list.kind, Kind::List(_))
            }
            Delta::DictSet { dict, .. } => matches!(dict.kind, Kind::Dict(_)),
            Delta::SetAdd { set, .. } => matches!(set.kind, Kind::Set(_)),
        }
    }

    /// Applies a container delta to its container's committed storage (the commit token is
    /// held), in place: the contents are taken out of the object, updated and put back, so an
    /// unshared copy is not copied again. Numeric deltas are resolved separately
    /// (`Spec::resolve_numeric`).
    fn apply_to_storage(&self) {
        fn apply<T: Container>(d: &Delta, obj: ObjRef) {
            let Some(cell) = T::cell(&obj.kind) else {
                return;
            };
            let mut contents = cell.lock();
            let mut slot = T::into_slot(std::mem::take(&mut *contents));
            // Validation checked what the delta depends on (a popped head): it applies.
            d.update_contents(&mut slot);
            if let Some(updated) = T::from_slot(&slot) {
                *contents = Arc::clone(updated);
            }
        }
        match *self {
            Delta::Numeric { .. } => {}
            Delta::Append { list: obj, .. } | Delta::PopFront { list: obj } => {
                apply::<Vec<Value>>(self, obj)
            }
            Delta::DictSet { dict, .. } => apply::<DictData>(self, dict),
            Delta::SetAdd { set, .. } => apply::<SetData>(self, set),
        }
    }

    /// The location's value after this update of `current`; `None` when it does not apply.
    fn apply_to(&self, ctx: &mut Ctx, current: Slot) -> Option<Slot> {
        match (self, current) {
            (Delta::Numeric { op, operand, .. }, Slot::Value(base)) => {
                apply(ctx, *op, base, *operand).map(Slot::Value)
            }
            (_, current) => self.apply_to_contents(current),
        }
    }

    /// [`Delta::apply_to`] for a container delta (no Python operation involved).
    fn apply_to_contents(&self, mut current: Slot) -> Option<Slot> {
        self.update_contents(&mut current).then_some(current)
    }

    /// Applies a container delta to contents, copy-on-write; false (contents unchanged) when
    /// it does not apply. An update that changes nothing keeps the same copy: readers of the
    /// whole container then stay valid.
    fn update_contents(&self, current: &mut Slot) -> bool {
        match (self, current) {
            (Delta::Append { value, .. }, Slot::List(items)) => Arc::make_mut(items).push(*value),
            (Delta::PopFront { .. }, Slot::List(items)) if !items.is_empty() => {
                Arc::make_mut(items).remove(0);
            }
            (Delta::DictSet { key, value, .. }, Slot::Dict(d)) => {
                if !d.get(key).is_some_and(|v| v.is(*value)) {
                    Arc::make_mut(d).insert(*key, *value);
                }
            }
            (Delta::SetAdd { key, hash, .. }, Slot::Set(s)) => {
                if !s.contains(*key, *hash) {
                    Arc::make_mut(s).insert(*key, *hash);
                }
            }
            _ => return false,
        }
        true
    }
}

/// An int (small or big), bool or float.
fn is_number(v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(o.kind, Kind::BigInt(_)),
        _ => false,
    }
}

/// Whether `a op b` on these values is a pure numeric operation that cannot raise for
/// types alone: `+ - *` on numbers, `& | ^` on ints. (Overflow of a huge int into a float
/// can still raise; that surfaces at settling or commit, and re-runs the step directly.)
fn applies(op: BinOp, a: Value, b: Value) -> bool {
    let int_like = |v: Value| is_number(v) && !matches!(v, Value::Float(_));
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => is_number(a) && is_number(b),
        BinOp::And | BinOp::Or | BinOp::Xor => int_like(a) && int_like(b),
        _ => false,
    }
}

/// `base op operand` for a delta, or `None` when it does not apply.
fn apply(ctx: &mut Ctx, op: BinOp, base: Value, operand: Value) -> Option<Value> {
    if !applies(op, base, operand) {
        return None;
    }
    crate::ops::binary(ctx, op, base, operand).ok()
}

impl Spec {
    /// Whether `loc` may take a delta: untouched by this execution so far.
    fn untouched(&self, loc: &Loc) -> bool {
        !self.txn.has_read(loc) && self.txn.written(loc).is_none()
    }

    /// The final values of the numbers this execution's deltas update, computed from
    /// committed values (every earlier step has committed); `None` if one no longer applies.
    fn resolve_numeric(&self) -> Option<Vec<(Loc, Value)>> {
        let mut out: Vec<(Loc, Value)> = Vec::new();
        let mut ctx = Ctx::direct();
        for d in &self.deltas {
            let Delta::Numeric { loc, op, operand } = *d else {
                continue;
            };
            let base = match out.iter().position(|(l, _)| *l == loc) {
                Some(i) => out.swap_remove(i).1,
                None => match loc.read_storage() {
                    Slot::Value(v) => v,
                    _ => return None,
                },
            };
            out.push((loc, apply(&mut ctx, op, base, operand)?));
        }
        Some(out)
    }

    /// What this execution's deltas would make of the values it can see now, as writes to
    /// publish with its others: later steps that read an updated location then see a value
    /// that is probably the committed one instead of an older one that certainly is not. Not
    /// a read: the execution stays valid whatever the values become, and readers of a wrong
    /// guess fail validation as for any other version.
    pub fn predicted_deltas(&self) -> Vec<(Loc, Slot)> {
        let mut out: Vec<(Loc, Slot)> = Vec::new();
        let mut ctx = Ctx::direct();
        for d in &self.deltas {
            let loc = d.loc();
            let i = match out.iter().position(|(l, _)| *l == loc) {
                Some(i) => i,
                None => match self.txn.peek(&self.mem, &loc, |l| l.read_storage()) {
                    Ok(slot) => {
                        out.push((loc, slot));
                        out.len() - 1
                    }
                    Err(_) => continue,
                },
            };
            match d.apply_to(&mut ctx, out[i].1.clone()) {
                Some(slot) => out[i].1 = slot,
                None => {
                    out.remove(i);
                }
            }
        }
        out
    }

    /// Commits this execution's writes and deltas to storage (the commit token is held and
    /// every earlier step has committed). Returns false, having written nothing, when a delta
    /// no longer applies: the step must re-run.
    pub fn commit_to_storage(&self) -> bool {
        let Some(numbers) = self.resolve_numeric() else {
            return false;
        };
        for (loc, slot) in self.txn.writes() {
            loc.write_storage(slot.clone());
        }
        for (loc, v) in numbers {
            loc.write_storage(Slot::Value(v));
        }
        for d in &self.deltas {
            d.apply_to_storage();
        }
        true
    }
}

impl Ctx {
    /// Records `loc op= operand` as a delta when this is a speculative execution, the location
    /// is shared and untouched, and both sides look like numbers; false when the caller must
    /// read and write as usual (always in direct mode).
    pub fn numeric_delta(&mut self, loc: Loc, op: BinOp, operand: Value) -> bool {
        let token = self.token;
        let Some(spec) = &mut self.spec else {
            return false;
        };
        if loc.object().creator == token || !spec.untouched(&loc) || spec.deltas.len() >= MAX_DELTAS
        {
            return false;
        }
        // A guess from the current value: a target that is not a number takes the usual path,
        // which raises where CPython does.
        match spec.txn.peek(&spec.mem, &loc, |l| l.read_storage()) {
            Ok(Slot::Value(base)) if applies(op, base, operand) => {}
            _ => return false,
        }
        if let Loc::Attr(o, _) = loc {
            spec.wrote_table |= matches!(o.kind, Kind::Module(_) | Kind::Class(_));
        }
        spec.deltas.push(Delta::Numeric { loc, op, operand });
        true
    }

    /// Records `list.append(value)` as a delta when this is a speculative execution and the
    /// list is shared and not written by it; false when the caller must modify it as usual.
    pub fn append_delta(&mut self, list: ObjRef, value: Value) -> bool {
        self.container_delta(Delta::Append { list, value })
    }

    /// Records a container delta (`Append`, `DictSet`, `SetAdd`) when this is a speculative
    /// execution, the container is shared and of the right kind, and this execution has not
    /// written it; false when the caller must modify it as usual.
    pub(crate) fn container_delta(&mut self, d: Delta) -> bool {
        let token = self.token;
        let Some(spec) = &mut self.spec else {
            return false;
        };
        let loc = d.loc();
        if loc.object().creator == token
            || !d.fits()
            || spec.deltas.len() >= MAX_DELTAS
            || spec.txn.written(&loc).is_some()
        {
            return false;
        }
        let first = !spec.deltas.iter().any(|x| x.loc() == loc);
        spec.deltas.push(d);
        if first {
            // Published at once, like a first write: later steps that read the container
            // (a queue's consumer) see the update while this step goes on computing.
            let current = spec.txn.peek(&spec.mem, &loc, |l| l.read_storage());
            if let Some(predicted) = current.ok().and_then(|c| d.apply_to_contents(c)) {
                spec.publish_early(loc, predicted);
            }
        } else {
            spec.rewriting(loc);
        }
        true
    }

    /// Before a read of `loc`: applies this execution's deltas on it into its write set (see
    /// the module docs).
    #[inline]
    pub(crate) fn settle(&mut self, loc: Loc) -> PyResult<()> {
        match &self.spec {
            Some(spec) if !spec.deltas.is_empty() && spec.deltas.iter().any(|d| d.loc() == loc) => {
                self.settle_slow(loc)
            }
            _ => Ok(()),
        }
    }

    #[cold]
    fn settle_slow(&mut self, loc: Loc) -> PyResult<()> {
        let Some(spec) = &mut self.spec else {
            return Ok(());
        };
        let mine: Vec<Delta> = spec
            .deltas
            .iter()
            .filter(|d| d.loc() == loc)
            .copied()
            .collect();
        spec.deltas.retain(|d| d.loc() != loc);
        let mut current = self.read(loc)?;
        for d in mine {
            current = d
                .apply_to(self, current)
                .ok_or(Raise::Abort(Abort::NeedsOldest))?;
        }
        self.write(loc, current);
        Ok(())
    }

    /// Before a write of `loc`: the write replaces this execution's deltas on it.
    #[inline]
    pub(crate) fn drop_deltas(&mut self, loc: Loc) {
        if let Some(spec) = &mut self.spec {
            if !spec.deltas.is_empty() {
                spec.deltas.retain(|d| d.loc() != loc);
            }
        }
    }
}

#[cfg(test)]
mod tests;
