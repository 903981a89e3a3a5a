//! Values in shared memory, read without locks: two atomic words under a seqlock.
//!
//! A `Value` is two words (a tag and a payload, `repr(C, u64)`), too wide for one atomic
//! instruction. crossbeam's `AtomicCell` handles such types with a global table of seqlocks
//! chosen by hashing the address, which costs a division per access and makes unrelated
//! cells share lock words across threads. Here the version word belongs to the owner: one per
//! instance for its attributes (`instance_attrs`), one per cell elsewhere (`ValueCell`).
//!
//! Invariants:
//! - A `SeqVersion` is even while no write is in progress; a writer makes it odd, stores the
//!   words, then makes it even again (Release). Writers of one version are serialised by
//!   their owner (a lock), so at most one write is in progress.
//! - A reader takes a snapshot only if the version was even and unchanged around its loads
//!   of the words, so it never decodes a mix of two writes; only then does it build the
//!   value (an `ObjRef` is made only from a pointer some write stored whole).

use crate::object::Object;
use crate::value::{ObjRef, Value};
use std::sync::atomic::{fence, AtomicU32, AtomicU64, Ordering};

/// Tag words: the `Value` variants, and `ABSENT` for `None` of an `Option<Value>`.
const NONE: u64 = 0;
const BOOL: u64 = 1;
const INT: u64 = 2;
const FLOAT: u64 = 3;
const OBJ: u64 = 4;
const ABSENT: u64 = 5;

/// An `Option<Value>` stored as two atomic words; read and written through a `SeqVersion`.
pub struct Words {
    tag: AtomicU64,
    payload: AtomicU64,
}

impl Words {
    /// Words holding `v`.
    pub fn new(v: Option<Value>) -> Words {
        let (tag, payload) = encode(v);
        Words {
            tag: AtomicU64::new(tag),
            payload: AtomicU64::new(payload),
        }
    }

    /// The value, read by the only writer (no write can be in progress).
    pub fn load_exclusive(&self) -> Option<Value> {
        decode(
            self.tag.load(Ordering::Relaxed),
            self.payload.load(Ordering::Relaxed),
        )
    }
}

fn encode(v: Option<Value>) -> (u64, u64) {
    match v {
        None => (ABSENT, 0),
        Some(Value::None) => (NONE, 0),
        Some(Value::Bool(b)) => (BOOL, u64::from(b)),
        Some(Value::Int(i)) => (INT, i as u64),
        Some(Value::Float(f)) => (FLOAT, f.to_bits()),
        Some(Value::Obj(o)) => (OBJ, o.0 as *const Object as usize as u64),
    }
}

/// Decodes a consistent snapshot (see the module invariants).
#[inline]
fn decode(tag: u64, payload: u64) -> Option<Value> {
    Some(match tag {
        NONE => Value::None,
        BOOL => Value::Bool(payload != 0),
        INT => Value::Int(payload as i64),
        FLOAT => Value::Float(f64::from_bits(payload)),
        // SAFETY: the snapshot is consistent, so `payload` is the address of the `ObjRef` an
        // `encode` stored, which points to a live object for as long as the cell holds it.
        OBJ => Value::Obj(ObjRef(unsafe { &*(payload as usize as *const Object) })),
        _ => return None,
    })
}

/// The version word of a seqlock guarding one or more `Words`.
#[derive(Default)]
pub struct SeqVersion(AtomicU32);

impl SeqVersion {
    /// Reads `words` without a lock, retrying while a write is in progress.
    #[inline]
    pub fn read(&self, words: &Words) -> Option<Value> {
        loop {
            let before = self.0.load(Ordering::Acquire);
            if before & 1 == 0 {
                let tag = words.tag.load(Ordering::Relaxed);
                let payload = words.payload.load(Ordering::Relaxed);
                fence(Ordering::Acquire);
                if self.0.load(Ordering::Relaxed) == before {
                    return decode(tag, payload);
                }
            }
            std::hint::spin_loop();
        }
    }

    /// Stores `v` into `words`. The caller serialises the writers of this version.
    #[inline]
    pub fn write(&self, words: &Words, v: Option<Value>) {
        let (tag, payload) = encode(v);
        let version = self.0.load(Ordering::Relaxed);
        self.0.store(version.wrapping_add(1), Ordering::Relaxed);
        fence(Ordering::Release);
        words.tag.store(tag, Ordering::Relaxed);
        words.payload.store(payload, Ordering::Relaxed);
        self.0.store(version.wrapping_add(2), Ordering::Release);
    }
}

/// One `Option<Value>` with its own version: a shared cell that many threads read.
pub struct ValueCell {
    version: SeqVersion,
    words: Words,
}

impl Default for ValueCell {
    /// An empty cell (`None`).
    fn default() -> Self {
        ValueCell::new(None)
    }
}

impl ValueCell {
    /// A cell holding `v`.
    pub fn new(v: Option<Value>) -> ValueCell {
        ValueCell {
            version: SeqVersion::default(),
            words: Words::new(v),
        }
    }

    /// The value, read without a lock.
    #[inline]
    pub fn load(&self) -> Option<Value> {
        self.version.read(&self.words)
    }

    /// Replaces the value. The caller serialises the writers of this cell.
    pub fn store(&self, v: Option<Value>) {
        self.version.write(&self.words, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_round_trips() {
        let obj = crate::value::intern("cell").value();
        let values = [
            None,
            Some(Value::None),
            Some(Value::Bool(true)),
            Some(Value::Bool(false)),
            Some(Value::Int(-7)),
            Some(Value::Int(i64::MIN)),
            Some(Value::Float(-0.0)),
            Some(obj),
        ];
        let cell = ValueCell::new(None);
        for v in values {
            cell.store(v);
            let got = cell.load();
            assert_eq!(format!("{got:?}"), format!("{v:?}"));
            assert_eq!(got.is_some_and(|g| v.is_some_and(|v| g.is(v))), v.is_some());
        }
    }

    #[test]
    fn readers_never_see_a_torn_value() {
        let cell = std::sync::Arc::new(ValueCell::new(Some(Value::Int(0))));
        let writer = {
            let cell = std::sync::Arc::clone(&cell);
            std::thread::spawn(move || {
                for i in 0..20_000i64 {
                    // Alternate variants whose payloads differ, so a torn read shows.
                    let v = if i % 2 == 0 {
                        Value::Int(i)
                    } else {
                        Value::Float(i as f64)
                    };
                    cell.store(Some(v));
                }
            })
        };
        for _ in 0..20_000 {
            match cell.load() {
                Some(Value::Int(i)) => assert_eq!(i % 2, 0),
                Some(Value::Float(f)) => assert_eq!(f as i64 % 2, 1),
                other => panic!("torn or unexpected value {other:?}"),
            }
        }
        writer.join().expect("writer thread");
    }
}
