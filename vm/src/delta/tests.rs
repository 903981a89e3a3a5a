use crate::bytecode::BinOp;
use crate::ctx::{Ctx, Memory};
use crate::object::{Kind, Module, Object};
use crate::slot::{Loc, Slot};
use crate::spec_tests::{commit, list_ints, shared_list, slot_ints};
use crate::value::{intern, Value};
use std::sync::Arc;

/// The `counter` global of a new shared module, set to `counter`.
fn shared_counter(counter: i64) -> Loc {
    let name = intern("counter");
    let mut attrs = crate::object::AttrMap::default();
    attrs.insert(name, Value::Int(counter));
    let m = Object::immortal(Kind::Module(Box::new(Module {
        name: intern("m"),
        attrs: crate::attr_table::AttrTable::new(attrs),
    })));
    Loc::Attr(m, name)
}

#[test]
fn appends_commit_in_step_order_without_reads() {
    let list = shared_list(&[1]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(b.append_delta(list, Value::Int(3)));
    assert!(a.append_delta(list, Value::Int(2)));
    assert!(b.append_delta(list, Value::Int(4)));
    for c in [&a, &b] {
        assert_eq!(c.spec.as_ref().map(|s| s.txn.read_count()), Some(0));
    }
    assert!(commit(&a));
    assert!(commit(&b), "a blind append conflicts with nobody");
    assert_eq!(list_ints(list), vec![1, 2, 3, 4]);
}

#[test]
fn a_read_settles_own_appends_and_then_conflicts() {
    let list = shared_list(&[1]);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(b.append_delta(list, Value::Int(3)));
    let seen = b.list_items(list).map(|v| v.len()).ok();
    assert_eq!(seen, Some(2), "the reader sees its own append");
    assert!(
        !b.append_delta(list, Value::Int(4)),
        "a list it read takes no delta"
    );
    assert!(a.append_delta(list, Value::Int(2)));
    assert!(commit(&a));
    assert!(!commit(&b), "b read the list before a's append");
}

#[test]
fn numeric_deltas_add_to_the_committed_value() {
    let loc = shared_counter(10);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem.clone(), 0, 0);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(a.numeric_delta(loc, BinOp::Add, Value::Int(1)));
    assert!(b.numeric_delta(loc, BinOp::Mul, Value::Int(3)));
    assert!(
        !b.numeric_delta(loc, BinOp::TrueDiv, Value::Int(2)),
        "only + - * & | ^"
    );
    assert!(
        !b.numeric_delta(loc, BinOp::Add, Value::None),
        "only numbers"
    );
    assert!(commit(&a));
    assert!(commit(&b));
    assert!(matches!(loc.read_storage(), Slot::Value(Value::Int(33))));
}

#[test]
fn a_write_replaces_deltas_and_a_read_settles_them() {
    let loc = shared_counter(10);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem, 0, 0);
    assert!(a.numeric_delta(loc, BinOp::Add, Value::Int(5)));
    assert!(matches!(a.read(loc), Ok(Slot::Value(Value::Int(15)))));
    a.write(loc, Slot::Value(Value::Int(0)));
    assert!(commit(&a));
    assert!(matches!(loc.read_storage(), Slot::Value(Value::Int(0))));
}

#[test]
fn a_delta_that_no_longer_applies_fails_the_commit() {
    let loc = shared_counter(10);
    let mem = Arc::new(Memory::new());
    let mut a = Ctx::speculative(mem, 1, 0);
    assert!(a.numeric_delta(loc, BinOp::Add, Value::Int(5)));
    loc.write_storage(Slot::Value(Value::None));
    assert!(!commit(&a), "the step re-runs and raises TypeError there");
    assert!(matches!(loc.read_storage(), Slot::Value(Value::None)));
}

#[test]
fn deltas_are_published_as_predictions_without_becoming_reads() {
    let list = shared_list(&[1]);
    let counter = shared_counter(10);
    let mem = Arc::new(Memory::new());
    mem.publish(0, 0, vec![(counter, Slot::Value(Value::Int(20)))]);
    let mut b = Ctx::speculative(mem, 1, 0);
    assert!(b.append_delta(list, Value::Int(2)));
    assert!(b.numeric_delta(counter, BinOp::Add, Value::Int(5)));
    let spec = b.spec.as_ref().expect("speculative");
    let predicted = spec.predicted_deltas();
    assert_eq!(predicted.len(), 2);
    assert_eq!(slot_ints(&predicted[0].1), vec![1, 2]);
    assert!(
        matches!(predicted[1].1, Slot::Value(Value::Int(25))),
        "on top of the earlier step's version"
    );
    assert_eq!(spec.txn.read_count(), 0);
}
