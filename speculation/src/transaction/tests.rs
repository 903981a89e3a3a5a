use super::{ReadError, Transaction};
use crate::{MVMemory, VersionedValue};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Val(u64);

impl VersionedValue for Val {
    type Part = ();

    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

/// Committed storage: a map with 0 as the default.
#[derive(Default)]
struct Storage(HashMap<&'static str, u64>);

impl Storage {
    fn get(&self, k: &&'static str) -> Val {
        Val(self.0.get(k).copied().unwrap_or(0))
    }
}

#[test]
fn reads_own_writes() {
    let m = MVMemory::new();
    m.publish(0, 0, vec![("a", Val(7))]);
    let mut t = Transaction::new(1, 0);
    t.write("a", Val(1));
    t.write("a", Val(2));
    assert_eq!(t.read(&m, &"a", |_| Val(99)), Ok(Val(2)));
    assert_eq!(t.read_count(), 0, "a read of an own write is not recorded");
    assert_eq!(t.write_count(), 1);
}

#[test]
fn reads_highest_lower_version_then_storage() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(10))]);
    m.publish(2, 0, vec![("a", Val(20))]);
    m.publish(4, 0, vec![("a", Val(40))]);
    let mut t = Transaction::new(3, 0);
    assert_eq!(t.read(&m, &"a", |_| Val(0)), Ok(Val(20)));
    assert_eq!(t.read(&m, &"b", |_| Val(5)), Ok(Val(5)));
    assert_eq!(t.read_count(), 2);
}

#[test]
fn repeated_reads_return_the_first_value() {
    let m = MVMemory::new();
    m.publish(0, 0, vec![("a", Val(1))]);
    let mut t = Transaction::new(1, 0);
    assert_eq!(t.read(&m, &"a", |_| Val(0)), Ok(Val(1)));
    m.publish(0, 1, vec![("a", Val(2))]);
    assert_eq!(
        t.read(&m, &"a", |_| Val(0)),
        Ok(Val(1)),
        "one value per key"
    );
    assert!(
        !t.validate(&m, |_| Val(0)),
        "but validation sees the change"
    );
    assert_eq!(t.find_conflict(&m, |_| Val(0)), Some(&"a"));
}

#[test]
fn estimate_blocks() {
    let m = MVMemory::new();
    m.publish(2, 0, vec![("a", Val(1))]);
    m.mark_estimates(2);
    let mut t = Transaction::new(3, 0);
    assert_eq!(
        t.read(&m, &"a", |_| Val(0)),
        Err(ReadError::Blocked { on: 2 })
    );
    assert_eq!(t.read_count(), 0);
    // A step below the estimate is not affected.
    let mut low = Transaction::new(1, 0);
    assert_eq!(low.read(&m, &"a", |_| Val(0)), Ok(Val(0)));
}

#[test]
fn validate_true_and_false() {
    let m = MVMemory::new();
    let mut s = Storage::default();
    let mut t = Transaction::new(5, 0);
    assert_eq!(t.read(&m, &"a", |k| s.get(k)), Ok(Val(0)));
    assert!(t.validate(&m, |k| s.get(k)));
    // An earlier step publishes a different value: invalid.
    m.publish(3, 0, vec![("a", Val(1))]);
    assert!(!t.validate(&m, |k| s.get(k)));
    // A later step's write is invisible to step 5.
    m.remove(3);
    m.publish(6, 0, vec![("a", Val(1))]);
    assert!(t.validate(&m, |k| s.get(k)));
    // Storage changes under it: invalid.
    s.0.insert("a", 4);
    assert!(!t.validate(&m, |k| s.get(k)));
    // An estimate below: invalid.
    s.0.insert("a", 0);
    m.publish(4, 0, vec![("a", Val(0))]);
    assert!(t.validate(&m, |k| s.get(k)));
    m.mark_estimates(4);
    assert!(!t.validate(&m, |k| s.get(k)));
}

#[test]
fn equal_rewrite_keeps_validation() {
    let m = MVMemory::new();
    m.publish(1, 0, vec![("a", Val(3))]);
    let mut t = Transaction::new(2, 0);
    assert_eq!(t.read(&m, &"a", |_| Val(0)), Ok(Val(3)));
    // Step 1 runs again and writes the same value: step 2 stays valid.
    m.mark_estimates(1);
    m.publish(1, 1, vec![("a", Val(3))]);
    assert!(t.validate(&m, |_| Val(0)));
    // Step 1 commits the same value to storage: still valid.
    m.remove(1);
    assert!(t.validate(&m, |_| Val(3)));
}

#[test]
fn commit_writes_storage_then_removes() {
    // Step 0 executed and published; step 1 read its version.
    let m = MVMemory::new();
    let mut s = Storage::default();
    m.publish(0, 0, vec![("a", Val(9))]);
    let mut t = Transaction::new(1, 0);
    assert_eq!(t.read(&m, &"a", |k| s.get(k)), Ok(Val(9)));
    // Commit of 0: storage first. A reader now sees the version, equal to storage.
    s.0.insert("a", 9);
    let mut mid = Transaction::new(1, 1);
    assert_eq!(mid.read(&m, &"a", |k| s.get(k)), Ok(Val(9)));
    // Then remove: the reader sees storage, the same value.
    m.remove(0);
    let mut after = Transaction::new(1, 2);
    assert_eq!(after.read(&m, &"a", |k| s.get(k)), Ok(Val(9)));
    // Step 1 is the oldest now: its validation compares with storage alone.
    assert!(t.validate(&m, |k| s.get(k)));
    assert!(m.is_empty());
}

#[test]
fn writes_keep_first_write_order() {
    let mut t: Transaction<&str, Val> = Transaction::new(0, 0);
    t.write("b", Val(1));
    t.write("a", Val(2));
    t.write("b", Val(3));
    let w: Vec<_> = t.writes().map(|(k, v)| (*k, v.0)).collect();
    assert_eq!(w, vec![("b", 3), ("a", 2)]);
    assert_eq!(t.into_writes(), vec![("b", Val(3)), ("a", Val(2))]);
}

#[test]
fn read_then_write_keeps_the_read() {
    let m = MVMemory::new();
    let mut t = Transaction::new(1, 0);
    assert_eq!(t.read(&m, &"a", |_| Val(1)), Ok(Val(1)));
    t.write("a", Val(2));
    assert_eq!(t.read(&m, &"a", |_| Val(1)), Ok(Val(2)));
    assert_eq!(t.reads().count(), 1);
    assert!(!t.validate(&m, |_| Val(5)));
}

#[test]
fn peek_sees_what_a_read_would_without_recording_it() {
    let m = MVMemory::new();
    m.publish(0, 0, vec![("a", Val(7))]);
    let mut t = Transaction::new(1, 0);
    assert_eq!(t.peek(&m, &"a", |_| Val(99)), Ok(Val(7)));
    assert_eq!(t.peek(&m, &"b", |_| Val(99)), Ok(Val(99)));
    assert!(!t.has_read(&"a"));
    assert_eq!(t.read_count(), 0, "a peek is not a read");
    t.write("b", Val(3));
    assert_eq!(
        t.peek(&m, &"b", |_| Val(99)),
        Ok(Val(3)),
        "own writes first"
    );
    assert_eq!(t.read(&m, &"a", |_| Val(99)), Ok(Val(7)));
    assert!(t.has_read(&"a"));
}

/// A value with parts: a row of numbers, one part per position.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Row(Vec<u64>);

impl VersionedValue for Row {
    type Part = usize;

    fn same_as(&self, other: &Self) -> bool {
        self == other
    }

    fn same_part(&self, other: &Self, part: &usize) -> bool {
        self.0.get(*part) == other.0.get(*part)
    }
}

#[test]
fn a_part_read_is_invalidated_only_by_a_change_of_that_part() {
    let m = MVMemory::new();
    let storage = |_: &&str| Row(vec![1, 2, 3]);
    let mut t = Transaction::new(2, 0);
    assert_eq!(t.read_part(&m, &"r", &0, storage), Ok(&Row(vec![1, 2, 3])));
    m.publish(1, 0, vec![("r", Row(vec![1, 20, 3]))]);
    assert!(t.validate(&m, storage), "another part changed");
    m.publish(1, 1, vec![("r", Row(vec![10, 20, 3]))]);
    assert!(!t.validate(&m, storage), "the part read changed");
}

#[test]
fn a_whole_read_after_a_part_read_checks_the_whole_value() {
    let m = MVMemory::new();
    let storage = |_: &&str| Row(vec![1, 2]);
    let mut t = Transaction::new(2, 0);
    t.read_part(&m, &"r", &0, storage).ok();
    m.publish(1, 0, vec![("r", Row(vec![1, 5]))]);
    assert_eq!(
        t.read_ref(&m, &"r", storage),
        Ok(&Row(vec![1, 2])),
        "later reads return the value first seen"
    );
    assert!(!t.validate(&m, storage));
}

#[test]
fn many_parts_are_checked_as_the_whole_value() {
    let m = MVMemory::new();
    let storage = |_: &&str| Row(vec![0; 40]);
    let mut t = Transaction::new(2, 0);
    for part in 0..=super::MAX_PARTS {
        t.read_part(&m, &"r", &part, storage).ok();
    }
    let mut changed = vec![0; 40];
    changed[39] = 1;
    m.publish(1, 0, vec![("r", Row(changed))]);
    assert!(
        !t.validate(&m, storage),
        "parts past the limit widen to the whole"
    );
}
