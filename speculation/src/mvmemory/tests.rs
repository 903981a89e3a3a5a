use super::{MVMemory, MVRead};
use crate::VersionedValue;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Val(u64);

impl VersionedValue for Val {
    type Part = ();

    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

fn version(txn: u64, incarnation: u32, v: u64) -> MVRead<Val> {
    MVRead::Version {
        txn,
        incarnation,
        value: Val(v),
    }
}

#[test]
fn empty_reads_storage() {
    let m: MVMemory<&str, Val> = MVMemory::new();
    assert_eq!(m.read(&"a", 5), MVRead::Storage);
    assert!(m.is_empty());
}

#[test]
fn reads_highest_lower_version() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(10))]);
    m.publish(3, 0, vec![("a", Val(30))]);
    m.publish(5, 2, vec![("a", Val(50))]);
    assert_eq!(m.read(&"a", 0), MVRead::Storage);
    assert_eq!(
        m.read(&"a", 1),
        MVRead::Storage,
        "own version is not below the reader"
    );
    assert_eq!(m.read(&"a", 2), version(1, 0, 10));
    assert_eq!(m.read(&"a", 4), version(3, 0, 30));
    assert_eq!(m.read(&"a", 5), version(3, 0, 30));
    assert_eq!(m.read(&"a", 9), version(5, 2, 50));
    assert_eq!(m.read(&"b", 9), MVRead::Storage);
}

#[test]
fn estimate_hides_lower_versions() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(10))]);
    m.publish(3, 0, vec![("a", Val(30)), ("b", Val(31))]);
    m.mark_estimates(3);
    assert_eq!(m.read(&"a", 4), MVRead::Estimate { txn: 3 });
    assert_eq!(m.read(&"b", 4), MVRead::Estimate { txn: 3 });
    assert_eq!(m.read(&"a", 3), version(1, 0, 10));
    // The next incarnation replaces the estimates.
    m.publish(3, 1, vec![("a", Val(32)), ("b", Val(33))]);
    assert_eq!(m.read(&"a", 4), version(3, 1, 32));
    assert_eq!(m.read(&"b", 4), version(3, 1, 33));
}

#[test]
fn publish_removes_stale_keys_and_reports_new_ones() {
    let m = MVMemory::new();
    assert!(m.publish(2, 0, vec![("a", Val(1)), ("b", Val(2))]));
    assert!(
        !m.publish(2, 1, vec![("b", Val(3))]),
        "b was written before"
    );
    assert_eq!(
        m.read(&"a", 3),
        MVRead::Storage,
        "a is no longer written by 2"
    );
    assert_eq!(m.read(&"b", 3), version(2, 1, 3));
    assert!(m.publish(2, 2, vec![("b", Val(3)), ("c", Val(4))]));
    assert!(!m.publish(2, 3, vec![]));
    assert_eq!(m.read(&"b", 3), MVRead::Storage);
    assert!(m.is_empty());
}

#[test]
fn stale_estimates_are_removed_by_the_next_publish() {
    let m = MVMemory::new();
    m.publish(2, 0, vec![("a", Val(1)), ("b", Val(2))]);
    m.mark_estimates(2);
    m.publish(2, 1, vec![("b", Val(5))]);
    assert_eq!(m.read(&"a", 3), MVRead::Storage);
    assert_eq!(m.read(&"b", 3), version(2, 1, 5));
}

#[test]
fn remove_drops_every_entry() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(1))]);
    m.publish(2, 0, vec![("a", Val(2)), ("b", Val(2))]);
    m.remove(2);
    assert_eq!(m.read(&"a", 3), version(1, 0, 1));
    assert_eq!(m.read(&"b", 3), MVRead::Storage);
    m.remove(1);
    m.remove(1);
    assert!(m.is_empty());
}

#[test]
fn many_keys_over_all_shards() {
    let m = MVMemory::new();
    let writes: Vec<(u64, Val)> = (0..1000).map(|k| (k, Val(k))).collect();
    m.publish(0, 0, writes);
    for k in 0..1000 {
        assert_eq!(m.read(&k, 1), version(0, 0, k));
    }
    m.remove(0);
    assert!(m.is_empty());
}

#[test]
fn an_early_write_is_visible_until_rewritten_and_replaced_at_publish() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(10))]);
    m.publish_one(2, 0, &"a", Val(20));
    m.publish_one(2, 0, &"b", Val(21));
    assert_eq!(
        m.read(&"a", 3),
        version(2, 0, 20),
        "later readers see it at once"
    );
    assert_eq!(
        m.read(&"a", 2),
        version(1, 0, 10),
        "earlier readers are not affected"
    );
    m.mark_estimate(2, &"a");
    assert_eq!(
        m.read(&"a", 3),
        MVRead::Estimate { txn: 2 },
        "a rewrite is pending"
    );
    m.publish(2, 0, vec![("a", Val(22))]);
    assert_eq!(m.read(&"a", 3), version(2, 0, 22));
    assert_eq!(
        m.read(&"b", 3),
        MVRead::Storage,
        "an early key not written in the end is dropped"
    );
    m.remove(1);
    m.remove(2);
    assert!(m.is_empty());
}
