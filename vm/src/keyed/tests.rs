use crate::ctx::{Ctx, Memory};
use crate::dict::{DictData, HKey};
use crate::set::SetData;
use crate::slot::{Loc, Slot};
use crate::spec_tests::{commit, list_ints, shared_list};
use crate::value::{ObjRef, Value};
use std::sync::Arc;

/// A shared (committed) dict mapping each of `keys` to its index.
fn shared_dict(keys: &[i64]) -> ObjRef {
    let items: DictData = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (HKey(Value::Int(k)), Value::Int(i as i64)))
        .collect();
    let d = Ctx::direct().new_dict(items);
    d.obj().expect("a dict object")
}

fn key(k: i64) -> HKey {
    HKey(Value::Int(k))
}

fn keys_in_order(dict: ObjRef) -> Vec<i64> {
    match Loc::Contents(dict).read_storage() {
        Slot::Dict(d) => d
            .keys()
            .map(|k| match k.0 {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn blind_key_writes_commit_in_step_order_without_reads() {
    let dict = shared_dict(&[1]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(b.dict_set(dict, key(3), Value::Int(30)).is_ok());
    assert!(a.dict_set(dict, key(2), Value::Int(20)).is_ok());
    assert!(b.dict_set(dict, key(1), Value::Int(10)).is_ok());
    for c in [&a, &b] {
        assert_eq!(c.spec.as_ref().map(|s| s.txn.read_count()), Some(0));
    }
    assert!(commit(&a));
    assert!(commit(&b), "blind writes of keys conflict with nobody");
    assert_eq!(
        keys_in_order(dict),
        vec![1, 2, 3],
        "an existing key keeps its place"
    );
}

#[test]
fn a_key_read_conflicts_only_with_a_change_of_that_key() {
    let dict = shared_dict(&[1, 2]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem.clone(), 1, 0);
    assert!(matches!(b.dict_get(dict, key(1)), Ok(Some(Value::Int(0)))));
    assert!(matches!(b.dict_get(dict, key(9)), Ok(None)));
    assert!(a.dict_set(dict, key(2), Value::Int(5)).is_ok());
    assert!(a.dict_set(dict, key(3), Value::Int(6)).is_ok());
    assert!(commit(&a));
    assert!(commit(&b), "other keys changed");

    let mut c = Ctx::speculative(mem.clone(), 2, 0);
    let mut d = Ctx::speculative(mem, 3, 0);
    assert!(matches!(d.dict_get(dict, key(9)), Ok(None)));
    assert!(c.dict_set(dict, key(9), Value::Int(1)).is_ok());
    assert!(commit(&c));
    assert!(!commit(&d), "the key it found absent was added");
}

#[test]
fn a_size_read_conflicts_with_a_new_key_but_not_an_overwrite() {
    let dict = shared_dict(&[1]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem.clone(), 1, 0);
    assert!(matches!(b.dict_len(dict), Ok(1)));
    assert!(a.dict_set(dict, key(1), Value::Int(7)).is_ok());
    assert!(commit(&a));
    assert!(commit(&b), "same size");

    let mut c = Ctx::speculative(mem.clone(), 2, 0);
    let mut d = Ctx::speculative(mem, 3, 0);
    assert!(matches!(d.dict_len(dict), Ok(1)));
    assert!(c.dict_set(dict, key(2), Value::Int(7)).is_ok());
    assert!(commit(&c));
    assert!(!commit(&d), "a key was added");
}

#[test]
fn a_step_sees_its_own_blind_writes() {
    let dict = shared_dict(&[1]);
    let mut a = Ctx::speculative(Arc::new(Memory::new()), 0, 0);
    assert!(a.dict_set(dict, key(5), Value::Int(50)).is_ok());
    assert!(matches!(a.dict_get(dict, key(5)), Ok(Some(Value::Int(50)))));
    assert_eq!(
        a.spec.as_ref().map(|s| s.txn.read_count()),
        Some(0),
        "its own key needs no read"
    );
    assert!(
        matches!(a.dict_len(dict), Ok(2)),
        "the size settles the write"
    );
    assert!(commit(&a));
    assert_eq!(keys_in_order(dict), vec![1, 5]);
}

#[test]
fn set_adds_are_blind_and_membership_is_per_element() {
    let mut data = SetData::default();
    data.insert(Value::Int(1), 1);
    let set = crate::setops::new_set(&Ctx::direct(), data, false)
        .obj()
        .expect("a set object");
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(matches!(b.set_contains(set, Value::Int(1), 1), Ok(true)));
    assert!(b.set_add(set, Value::Int(3), 3).is_ok());
    assert!(matches!(b.set_contains(set, Value::Int(3), 3), Ok(true)));
    assert!(a.set_add(set, Value::Int(2), 2).is_ok());
    assert!(a.set_add(set, Value::Int(1), 1).is_ok());
    assert!(commit(&a));
    assert!(commit(&b), "a added other elements");
    let size = match Loc::Contents(set).read_storage() {
        Slot::Set(now) => now.len(),
        _ => 0,
    };
    assert_eq!(size, 3);
}

#[test]
fn a_blind_write_is_visible_to_later_steps_at_once() {
    let dict = shared_dict(&[1]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(a.dict_set(dict, key(2), Value::Int(20)).is_ok());
    assert!(
        matches!(b.dict_get(dict, key(2)), Ok(Some(Value::Int(20)))),
        "published before a's execution ends"
    );
    assert!(commit(&a));
    assert!(commit(&b));
}

#[test]
fn taking_the_head_does_not_conflict_with_appending_to_the_tail() {
    let list = shared_list(&[1, 2]);
    let mem = Arc::new(Memory::new());
    let mut producer = Ctx::speculative(mem.clone(), 0, 0);
    let mut consumer = Ctx::speculative(mem, 1, 0);
    assert!(matches!(consumer.container_nonempty(list), Ok(true)));
    assert!(matches!(
        consumer.list_pop_front(list),
        Ok(Some(Value::Int(1)))
    ));
    assert!(producer.append_delta(list, Value::Int(3)));
    assert!(commit(&producer));
    assert!(commit(&consumer), "the head and the truth are unchanged");
    assert_eq!(list_ints(list), vec![2, 3]);
}

#[test]
fn a_position_read_conflicts_with_a_shift() {
    let list = shared_list(&[1, 2, 3]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem.clone(), 1, 0);
    assert!(matches!(b.list_get(list, 1), Ok(Some(Value::Int(2)))));
    assert!(matches!(b.list_get(list, 7), Ok(None)));
    assert!(matches!(a.list_pop_front(list), Ok(Some(Value::Int(1)))));
    assert!(commit(&a));
    assert!(!commit(&b), "position 1 now holds 3");

    let mut c = Ctx::speculative(mem.clone(), 2, 0);
    let mut d = Ctx::speculative(mem, 3, 0);
    assert!(matches!(d.list_len(list), Ok(2)));
    assert!(c.append_delta(list, Value::Int(4)));
    assert!(commit(&c));
    assert!(!commit(&d), "the length changed");
}

#[test]
fn two_steps_popping_the_head_take_successive_items() {
    let list = shared_list(&[1, 2, 3]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(matches!(a.list_pop_front(list), Ok(Some(Value::Int(1)))));
    assert!(
        matches!(b.list_pop_front(list), Ok(Some(Value::Int(2)))),
        "a's removal is published at once"
    );
    assert!(commit(&a));
    assert!(commit(&b));
    assert_eq!(list_ints(list), vec![3]);
}
