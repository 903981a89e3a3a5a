//! Speculation locations (`Loc`) and the values stored at them (`Slot`).
//!
//! A location is one mutable field of one shared object. `Slot` is what the MVMemory versions;
//! validation compares slots with `same_as`: immediates by value, objects by identity, container
//! contents by `Arc` identity (contents are copy-on-write, so the same `Arc` means the same
//! contents).

use crate::dict::{keys_equal, DictData, HKey};
use crate::modules::mt::MtState;
use crate::object::Kind;
use crate::set::SetData;
use crate::value::{Name, ObjRef, Value};
use parking_lot::Mutex;
use speculation::VersionedValue;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// One mutable field of one object.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Loc {
    /// Attribute `name` of an instance, class, module (module attributes are globals) or
    /// function.
    Attr(ObjRef, Name),
    /// The contents of a list, dict, set, bytearray, cell, iterator position or random
    /// generator.
    Contents(ObjRef),
}

/// The value at a location.
#[derive(Clone, Debug)]
pub enum Slot {
    /// No attribute of that name / an empty cell.
    Absent,
    /// An attribute, cell value or iterator position.
    Value(Value),
    /// List contents.
    List(Arc<Vec<Value>>),
    /// Dict contents.
    Dict(Arc<DictData>),
    /// Set contents.
    Set(Arc<SetData>),
    /// Bytearray contents.
    ByteArray(Arc<Vec<u8>>),
    /// A `random.Random` generator's state.
    Random(Arc<MtState>),
}

/// Copy-on-write contents of a mutable container (list, dict, set): committed behind a
/// `Mutex<Arc<_>>` in the object, versioned as one `Slot` in the MVMemory.
pub trait Container: Clone + Default + 'static {
    /// The committed storage, if `kind` is this container.
    fn cell(kind: &Kind) -> Option<&Mutex<Arc<Self>>>;
    /// The contents held by a slot of this container's type.
    fn from_slot(slot: &Slot) -> Option<&Arc<Self>>;
    /// Wraps contents as a slot.
    fn into_slot(v: Arc<Self>) -> Slot;
}

macro_rules! contents {
    ($t:ty, $variant:ident) => {
        impl Container for $t {
            fn cell(kind: &Kind) -> Option<&Mutex<Arc<Self>>> {
                match kind {
                    Kind::$variant(c) => Some(c),
                    _ => None,
                }
            }
            fn from_slot(slot: &Slot) -> Option<&Arc<Self>> {
                match slot {
                    Slot::$variant(v) => Some(v),
                    _ => None,
                }
            }
            fn into_slot(v: Arc<Self>) -> Slot {
                Slot::$variant(v)
            }
        }
    };
}
contents!(Vec<Value>, List);
contents!(DictData, Dict);
contents!(SetData, Set);
contents!(Vec<u8>, ByteArray);

/// The longest container whose contents validation compares item by item.
const SAME_ITEMS_SCAN: usize = 256;

/// A part of a container's contents that a step can read on its own
/// (`Transaction::read_part`): a change elsewhere in the container does not invalidate it.
#[derive(Clone, Debug)]
pub enum Part {
    /// One dict key: its value, or its absence.
    DictKey(HKey),
    /// One set element (with its hash): present or not.
    SetKey(Value, i64),
    /// One list position: its item, or none (past the end).
    Index(usize),
    /// The number of items.
    Len,
    /// Whether there are any items (truth).
    NonEmpty,
}

impl Part {
    /// Whether this is one key's part (not the size).
    pub fn is_key(&self) -> bool {
        matches!(self, Part::DictKey(_) | Part::SetKey(..))
    }
}

impl PartialEq for Part {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Part::DictKey(a), Part::DictKey(b)) => a == b,
            (Part::SetKey(a, h), Part::SetKey(b, g)) => h == g && keys_equal(*a, *b),
            (Part::Index(i), Part::Index(j)) => i == j,
            (Part::Len, Part::Len) | (Part::NonEmpty, Part::NonEmpty) => true,
            _ => false,
        }
    }
}

/// The same item, or none on both sides.
fn same_item(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.is(*y),
        (x, y) => x.is_none() && y.is_none(),
    }
}

impl Slot {
    /// The number of items of list, dict or set contents; `None` for other slots.
    fn item_count(&self) -> Option<usize> {
        match self {
            Slot::List(items) => Some(items.len()),
            Slot::Dict(d) => Some(d.len()),
            Slot::Set(s) => Some(s.len()),
            _ => None,
        }
    }
}

impl VersionedValue for Slot {
    type Part = Part;

    fn same_part(&self, other: &Self, part: &Part) -> bool {
        match (self, other, part) {
            (Slot::Dict(a), Slot::Dict(b), Part::DictKey(k)) => same_item(a.get(k), b.get(k)),
            (Slot::Set(a), Slot::Set(b), Part::SetKey(k, h)) => {
                a.contains(*k, *h) == b.contains(*k, *h)
            }
            (Slot::List(a), Slot::List(b), Part::Index(i)) => same_item(a.get(*i), b.get(*i)),
            (Slot::List(_), Slot::List(_), Part::Len | Part::NonEmpty)
            | (Slot::Dict(_), Slot::Dict(_), Part::Len | Part::NonEmpty)
            | (Slot::Set(_), Slot::Set(_), Part::Len | Part::NonEmpty) => {
                let (m, n) = (self.item_count(), other.item_count());
                match part {
                    Part::Len => m == n,
                    _ => (m == Some(0)) == (n == Some(0)),
                }
            }
            _ => self.same_as(other),
        }
    }

    fn same_as(&self, other: &Self) -> bool {
        match (self, other) {
            (Slot::Absent, Slot::Absent) => true,
            (Slot::Value(a), Slot::Value(b)) => a.is(*b),
            // Contents compare by identity of their items, so that a re-execution that
            // rebuilt a container with the same items aborts nobody (BlockSTMv2: a rewrite of
            // an equal value); past `SAME_ITEMS_SCAN` items only the same copy is equal.
            (Slot::List(a), Slot::List(b)) => {
                Arc::ptr_eq(a, b)
                    || (a.len() == b.len()
                        && a.len() <= SAME_ITEMS_SCAN
                        && a.iter().zip(b.iter()).all(|(x, y)| x.is(*y)))
            }
            (Slot::Dict(a), Slot::Dict(b)) => {
                Arc::ptr_eq(a, b)
                    || (a.len() == b.len()
                        && a.len() <= SAME_ITEMS_SCAN
                        && a.iter()
                            .zip(b.iter())
                            .all(|((k, v), (l, w))| k.0.is(l.0) && v.is(*w)))
            }
            (Slot::Set(a), Slot::Set(b)) => Arc::ptr_eq(a, b),
            (Slot::ByteArray(a), Slot::ByteArray(b)) => {
                Arc::ptr_eq(a, b) || (a.len() <= SAME_ITEMS_SCAN * 16 && a == b)
            }
            (Slot::Random(a), Slot::Random(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

impl Loc {
    /// Reads the committed value of this location from the object's storage.
    pub fn read_storage(&self) -> Slot {
        match *self {
            Loc::Attr(obj, name) => {
                let found = match &obj.kind {
                    Kind::Instance(i) => i.attrs.get(name),
                    Kind::Function(f) => f.attrs.lock().get(&name).copied(),
                    Kind::Class(c) => c.attrs.get(name),
                    Kind::Module(m) => m.attrs.get(name),
                    _ => None,
                };
                found.map_or(Slot::Absent, Slot::Value)
            }
            Loc::Contents(obj) => match &obj.kind {
                Kind::List(l) => Slot::List(l.lock().clone()),
                Kind::Dict(d) => Slot::Dict(d.lock().clone()),
                Kind::Set(s) => Slot::Set(s.lock().clone()),
                Kind::ByteArray(b) => Slot::ByteArray(b.lock().clone()),
                Kind::Cell(c) => c.lock().map_or(Slot::Absent, Slot::Value),
                Kind::Iter(it) => Slot::Value(Value::Int(it.pos.load(Ordering::Acquire))),
                Kind::Random(r) => Slot::Random(r.state.lock().clone()),
                _ => Slot::Absent,
            },
        }
    }

    /// The bit of the table holding this location (`thaw`), if it is a module global or
    /// class attribute of a table no write of the current parallel run has reached.
    #[inline]
    pub fn frozen_table_bit(&self) -> Option<crate::thaw::NameBit> {
        let (table, name) = match self {
            Loc::Attr(obj, name) => match &obj.kind {
                Kind::Module(m) => (&m.attrs, *name),
                Kind::Class(c) => (&c.attrs, *name),
                _ => return None,
            },
            Loc::Contents(_) => return None,
        };
        table.is_frozen().then(|| table.thaw_bit(name))
    }

    /// Writes a committed value into the object's storage (committer or direct mode only).
    pub fn write_storage(&self, slot: Slot) {
        match *self {
            Loc::Attr(obj, name) => {
                let value = match slot {
                    Slot::Value(v) => Some(v),
                    _ => None,
                };
                let mut map = match &obj.kind {
                    Kind::Instance(i) => return i.attrs.set(name, value),
                    Kind::Function(f) => f.attrs.lock(),
                    Kind::Module(m) => return m.attrs.set(name, value),
                    Kind::Class(c) => {
                        c.attrs.set(name, value);
                        return crate::attr_cache::invalidate();
                    }
                    _ => return,
                };
                match value {
                    Some(v) => map.insert(name, v),
                    None => map.shift_remove(&name),
                };
            }
            Loc::Contents(obj) => match (&obj.kind, slot) {
                (Kind::List(l), Slot::List(v)) => *l.lock() = v,
                (Kind::Dict(d), Slot::Dict(v)) => *d.lock() = v,
                (Kind::Set(s), Slot::Set(v)) => *s.lock() = v,
                (Kind::ByteArray(b), Slot::ByteArray(v)) => *b.lock() = v,
                (Kind::Cell(c), Slot::Value(v)) => *c.lock() = Some(v),
                (Kind::Cell(c), Slot::Absent) => *c.lock() = None,
                (Kind::Iter(it), Slot::Value(Value::Int(p))) => it.pos.store(p, Ordering::Release),
                (Kind::Random(r), Slot::Random(s)) => *r.state.lock() = s,
                _ => {}
            },
        }
    }

    /// The object this location belongs to.
    pub fn object(&self) -> ObjRef {
        match *self {
            Loc::Attr(o, _) | Loc::Contents(o) => o,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Slot, SAME_ITEMS_SCAN};
    use crate::value::Value;
    use speculation::VersionedValue;
    use std::sync::Arc;

    fn list(items: Vec<Value>) -> Slot {
        Slot::List(Arc::new(items))
    }

    #[test]
    fn a_container_rebuilt_with_the_same_items_is_the_same_version() {
        let a = list(vec![Value::Int(1), Value::None]);
        assert!(a.same_as(&list(vec![Value::Int(1), Value::None])));
        assert!(!a.same_as(&list(vec![Value::Int(2), Value::None])));
        assert!(!a.same_as(&list(vec![Value::Int(1)])));
        let long = vec![Value::Int(0); SAME_ITEMS_SCAN + 1];
        let copy = list(long.clone());
        assert!(copy.same_as(&copy), "the same copy");
        assert!(
            !copy.same_as(&list(long)),
            "too long to compare item by item"
        );
    }
}
