//! loom models of `MVMemory` and `Transaction`: concurrent publish, read, estimate marking,
//! commit (storage write, then `remove`) and validation, explored over every interleaving.
//!
//! Run: `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-tests --release`.
//!
//! What each model asserts is the property the executor relies on:
//! - a read returns the initial value or a value some earlier step published, never a value
//!   from a later step, and a committed value never vanishes (storage before `remove`);
//! - validation after the earlier step committed passes exactly when the read saw the committed
//!   value, so an execution that read stale data can never commit;
//! - after an abort (estimates) and a re-publication, a reader that saw the old value fails
//!   validation;
//! - a write published early, then rewritten (an estimate) and published again at the end, is
//!   read as one of those values (or blocks), and validates exactly against the final one.
#![cfg(loom)]

use loom::sync::atomic::{AtomicU64, Ordering};
use loom::sync::Arc;
use loom::thread;
use speculation::{MVMemory, MVRead, ReadError, Transaction, VersionedValue};

/// A value with identity-free equality, as `Slot::same_as` compares Python values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Val(u64);

impl VersionedValue for Val {
    type Part = ();

    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

/// Committed storage of two locations, as the VM's objects hold committed values.
struct Storage([AtomicU64; 2]);

impl Storage {
    fn new() -> Self {
        Storage([AtomicU64::new(0), AtomicU64::new(0)])
    }

    fn read(&self, key: &u8) -> Val {
        Val(self.0[usize::from(*key)].load(Ordering::SeqCst))
    }

    fn write(&self, key: u8, v: Val) {
        self.0[usize::from(key)].store(v.0, Ordering::SeqCst);
    }
}

/// Step 0 publishes and commits a write while step 1 reads the same location; after the
/// commit, step 1's validation passes iff it read the committed value.
#[test]
fn read_during_publish_and_commit_validates_exactly() {
    loom::model(|| {
        let mem = Arc::new(MVMemory::<u8, Val>::new());
        let storage = Arc::new(Storage::new());

        let writer = {
            let (mem, storage) = (mem.clone(), storage.clone());
            thread::spawn(move || {
                mem.publish(0, 0, vec![(0, Val(7))]);
                // Commit: storage first, then drop the version (the crate's invariant).
                storage.write(0, Val(7));
                mem.remove(0);
            })
        };

        let mut txn = Transaction::<u8, Val>::new(1, 0);
        let seen = txn
            .read(&mem, &0, |k| storage.read(k))
            .expect("no estimate is ever published here");
        assert!(
            seen == Val(0) || seen == Val(7),
            "read a value nobody wrote"
        );
        // Storage is written before the version is removed, so the value never goes back.
        let again = Transaction::<u8, Val>::new(1, 0)
            .read(&mem, &0, |k| storage.read(k))
            .expect("no estimate is ever published here");
        assert!(
            seen == Val(0) || again == Val(7),
            "committed value vanished"
        );

        writer.join().expect("writer thread");
        let valid = txn.validate(&mem, |k| storage.read(k));
        assert_eq!(valid, seen == Val(7));
        assert!(mem.is_empty());
    });
}

/// Step 0 publishes, is aborted (estimates) and re-publishes a different value, while step 1
/// reads. A read may meet the estimate (and block), but a read of the first value can never
/// validate against the second.
#[test]
fn estimate_then_republish_invalidates_old_readers() {
    loom::model(|| {
        let mem = Arc::new(MVMemory::<u8, Val>::new());
        let storage = Arc::new(Storage::new());
        mem.publish(0, 0, vec![(0, Val(1))]);

        let writer = {
            let mem = mem.clone();
            thread::spawn(move || {
                mem.mark_estimates(0);
                mem.publish(0, 1, vec![(0, Val(2))]);
            })
        };

        let mut txn = Transaction::<u8, Val>::new(1, 0);
        let seen = txn.read(&mem, &0, |k| storage.read(k));
        writer.join().expect("writer thread");

        match seen {
            Ok(v) => {
                assert!(v == Val(1) || v == Val(2), "read {v:?}");
                assert_eq!(txn.validate(&mem, |k| storage.read(k)), v == Val(2));
            }
            Err(ReadError::Blocked { on }) => assert_eq!(on, 0),
        }
        assert!(matches!(
            mem.read(&0, 1),
            MVRead::Version {
                txn: 0,
                incarnation: 1,
                value: Val(2)
            }
        ));
    });
}

/// Step 0 publishes a write early (while it runs), writes the location again (an estimate)
/// and publishes its final value at the end, while step 1 reads. Step 1 sees storage, the
/// early value, the estimate (and blocks) or the final value, and validates against the final
/// value exactly.
#[test]
fn early_publication_then_rewrite_validates_exactly() {
    loom::model(|| {
        let mem = Arc::new(MVMemory::<u8, Val>::new());
        let storage = Arc::new(Storage::new());

        let writer = {
            let mem = mem.clone();
            thread::spawn(move || {
                mem.publish_one(0, 0, &0, Val(1));
                mem.mark_estimate(0, &0);
                mem.publish(0, 0, vec![(0, Val(2))]);
            })
        };

        let mut txn = Transaction::<u8, Val>::new(1, 0);
        let seen = txn.read(&mem, &0, |k| storage.read(k));
        writer.join().expect("writer thread");

        match seen {
            Ok(v) => {
                assert!(matches!(v, Val(0..=2)), "read {v:?}");
                assert_eq!(txn.validate(&mem, |k| storage.read(k)), v == Val(2));
            }
            Err(ReadError::Blocked { on }) => assert_eq!(on, 0),
        }
        mem.remove(0);
        assert!(mem.is_empty());
    });
}

/// Two steps write two locations in opposite orders while a third reads both: the reader sees
/// each location's value from its highest earlier writer, never a later step's value.
#[test]
fn reader_never_sees_later_steps() {
    loom::model(|| {
        let mem = Arc::new(MVMemory::<u8, Val>::new());
        let storage = Arc::new(Storage::new());

        let early = {
            let mem = mem.clone();
            thread::spawn(move || {
                mem.publish(0, 0, vec![(0, Val(10)), (1, Val(11))]);
            })
        };
        let late = {
            let mem = mem.clone();
            thread::spawn(move || {
                mem.publish(2, 0, vec![(1, Val(31)), (0, Val(30))]);
            })
        };

        let mut txn = Transaction::<u8, Val>::new(1, 0);
        for key in [0u8, 1] {
            let v = txn
                .read(&mem, &key, |k| storage.read(k))
                .expect("no estimates here");
            assert!(v == Val(0) || v == Val(10 + u64::from(key)), "read {v:?}");
        }
        early.join().expect("early writer");
        late.join().expect("late writer");
        // Both reads are still checked against step 0's versions, whatever step 2 did.
        let all_from_step_0 = txn.reads().all(|(k, v)| *v == Val(10 + u64::from(*k)));
        assert_eq!(txn.validate(&mem, |k| storage.read(k)), all_from_step_0);
    });
}
