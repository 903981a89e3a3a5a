//! Helpers shared by the unit tests of speculative updates (`delta`, `keyed`).

use crate::ctx::Ctx;
use crate::slot::{Loc, Slot};
use crate::value::{ObjRef, Value};

/// A committed (shared) list of small ints.
pub fn shared_list(items: &[i64]) -> ObjRef {
    let v = Ctx::direct().new_list(items.iter().map(|&i| Value::Int(i)).collect());
    v.obj().expect("a list object")
}

/// The committed items of a list of small ints (-1 for anything else).
pub fn list_ints(list: ObjRef) -> Vec<i64> {
    slot_ints(&Loc::Contents(list).read_storage())
}

/// The items of list contents of small ints (-1 for anything else).
pub fn slot_ints(slot: &Slot) -> Vec<i64> {
    match slot {
        Slot::List(items) => items
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Validates and commits `ctx`'s step as the executor does: storage first, then its versions
/// leave the memory.
pub fn commit(ctx: &Ctx) -> bool {
    let spec = ctx.spec.as_ref().expect("speculative");
    let ok = spec.validate() && spec.commit_to_storage();
    spec.mem.remove(spec.txn.txn());
    ok
}
