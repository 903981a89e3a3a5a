//! Attribute storage of instances, readable without locks: a shared `Shape` (the names, in the
//! order they were added) and one cell per name.
//!
//! Instance attributes are the hottest reads of object-oriented code, and every worker reads
//! the attributes of shared objects. A read here takes no lock and writes no shared memory: it
//! loads the shape, finds the name's index in it, loads the cell array and the cell (two
//! words under the instance's seqlock version, `value_cell`). Writes are serialised by a
//! small per-instance lock.
//!
//! ```text
//!   shaped:  shape ──▶ [x, y, z]          (shared, immutable, immortal)
//!            cells ──▶ [vx, vy, vz, -]    (this instance's; capacity ≥ shape length)
//!   dict:    shape ──▶ DICT sentinel; dict ──▶ Mutex<ordered map>   (after a deletion, or
//!            when shapes refuse another name)
//! ```
//!
//! Invariants:
//! - `shape` always points to a `Shape` (the root when empty) or to `DICT`; `cells` points to
//!   an array of `cap` cells (null when `cap` is 0); `dict` is null until the instance switches
//!   to dict mode, and the instance never switches back.
//! - Only a writer holding `write` changes `cells`, `cap`, `shape`, `dict` or a cell (through
//!   `version`, so readers never see half a value). It publishes a
//!   new cell array (Release) before the shape that needs it (Release), and a dict before the
//!   `DICT` shape; readers load the shape (Acquire) before the cells or dict. So a reader that
//!   finds index `i` in the shape it loaded reads an array with more than `i` cells, and index
//!   `i` holds that shape's `i`-th name in every array it can load (indices never move:
//!   shaped mode only appends names).
//! - A replaced cell array is *retired*, not freed: a reader on another thread may still be
//!   reading it. `free_retired` frees them; the collector calls it when no step is in flight
//!   and no thread is inside a read (reads never span a call into Python code).
//! - Cells past the shape's length hold nothing anyone reads.

use crate::shape::Shape;
use crate::value::{Name, Value};
use indexmap::IndexMap;
use parking_lot::Mutex;
use std::hash::BuildHasherDefault;
use std::ptr;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::OnceLock;

type Cell = crate::value_cell::Words;
/// Attributes in dict mode: insertion-ordered, as CPython's instance `__dict__`.
type OrderedAttrs = IndexMap<Name, Value, BuildHasherDefault<rustc_hash::FxHasher>>;

/// The attributes of one instance (see the module docs).
pub struct InstanceAttrs {
    shape: AtomicPtr<Shape>,
    cells: AtomicPtr<Cell>,
    /// Length of the `cells` array (read and written by writers only).
    cap: AtomicU32,
    dict: AtomicPtr<Mutex<OrderedAttrs>>,
    /// The seqlock version of every cell of this instance.
    version: crate::value_cell::SeqVersion,
    write: Mutex<()>,
}

/// The shape that marks dict mode (it has no names and no transitions are taken from it).
fn dict_sentinel() -> *mut Shape {
    static DICT: OnceLock<&'static Shape> = OnceLock::new();
    *DICT.get_or_init(Shape::sentinel) as *const Shape as *mut Shape
}

/// Cell arrays replaced while readers may still hold them.
static RETIRED: Mutex<Vec<RetiredCells>> = Mutex::new(Vec::new());

struct RetiredCells(*mut Cell, usize);

// SAFETY: a retired array is owned by `RETIRED` alone (its instance points elsewhere) and is
// only freed, by `free_retired`, under the contract stated there.
unsafe impl Send for RetiredCells {}

/// Frees the cell arrays retired since the last call.
///
/// # Safety
/// No thread may be inside an `InstanceAttrs` read: the collector calls this at a safe point,
/// with no step in flight (the parallel loop's workers have stopped).
pub unsafe fn free_retired() {
    let retired = std::mem::take(&mut *RETIRED.lock());
    for RetiredCells(cells, cap) in retired {
        // SAFETY: allocated by `alloc_cells` with this length, retired once, and (by this
        // function's contract) no longer read by anyone.
        unsafe { free_cells(cells, cap) };
    }
}

fn alloc_cells(cap: usize) -> *mut Cell {
    let cells: Box<[Cell]> = (0..cap).map(|_| Cell::new(None)).collect();
    Box::into_raw(cells) as *mut Cell
}

/// # Safety
/// `cells` came from `alloc_cells(cap)` and nothing reads it any more.
unsafe fn free_cells(cells: *mut Cell, cap: usize) {
    if !cells.is_null() {
        // SAFETY: see the function's contract.
        drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(cells, cap)) });
    }
}

impl Default for InstanceAttrs {
    fn default() -> Self {
        InstanceAttrs {
            shape: AtomicPtr::new(Shape::root() as *const Shape as *mut Shape),
            cells: AtomicPtr::new(ptr::null_mut()),
            cap: AtomicU32::new(0),
            dict: AtomicPtr::new(ptr::null_mut()),
            version: Default::default(),
            write: Mutex::new(()),
        }
    }
}

impl InstanceAttrs {
    /// Storage holding `attrs`, in their order. Built before anyone can read it: the shape
    /// is found first and the cells are written once, with no lock and no seqlock.
    pub fn from_pairs(attrs: impl IntoIterator<Item = (Name, Value)>) -> Self {
        let pairs: Vec<(Name, Value)> = attrs.into_iter().collect();
        let s = InstanceAttrs::default();
        let Some(shape) = Self::shape_of(&pairs) else {
            // Repeated names, or more than shapes allow: the general path.
            for (name, value) in pairs {
                s.set(name, Some(value));
            }
            return s;
        };
        if pairs.is_empty() {
            return s;
        }
        let cap = pairs.len().max(4);
        let cells: Box<[Cell]> = pairs
            .iter()
            .map(|(_, v)| Cell::new(Some(*v)))
            .chain((pairs.len()..cap).map(|_| Cell::new(None)))
            .collect();
        s.cells
            .store(Box::into_raw(cells) as *mut Cell, Ordering::Relaxed);
        s.cap.store(cap as u32, Ordering::Relaxed);
        s.shape
            .store(shape as *const Shape as *mut Shape, Ordering::Relaxed);
        s
    }

    /// The shape whose names are `pairs`' names in order, if they are distinct and the shape
    /// tree allows it.
    fn shape_of(pairs: &[(Name, Value)]) -> Option<&'static Shape> {
        pairs
            .iter()
            .try_fold(Shape::root(), |shape, (name, _)| match shape.find(*name) {
                None => shape.with(*name),
                Some(_) => None,
            })
    }

    #[inline]
    fn shape(&self) -> &'static Shape {
        // SAFETY: `shape` always points to a leaked, immortal shape (invariants).
        unsafe { &*self.shape.load(Ordering::Acquire) }
    }

    #[inline]
    fn is_dict(shape: &Shape) -> bool {
        ptr::eq(shape, dict_sentinel())
    }

    /// The dict of an instance in dict mode (`shape` was loaded as `DICT`).
    fn dict(&self) -> &Mutex<OrderedAttrs> {
        // SAFETY: the dict is published before the `DICT` shape and lives as long as `self`.
        unsafe { &*self.dict.load(Ordering::Acquire) }
    }

    /// The value of `name`, if the instance has it. Takes no lock in shaped mode.
    #[inline]
    pub fn get(&self, name: Name) -> Option<Value> {
        let shape = self.shape();
        if Self::is_dict(shape) {
            return self.dict().lock().get(&name).copied();
        }
        let i = shape.find(name)?;
        let cells = self.cells.load(Ordering::Acquire);
        // SAFETY: `i` < the length of `shape`, and any array loaded after `shape` has more
        // than that many cells; it is freed only when no read is in flight (invariants).
        self.version.read(unsafe { &*cells.add(i) })
    }

    /// Sets (`Some`) or deletes (`None`) `name`.
    pub fn set(&self, name: Name, value: Option<Value>) {
        let _writer = self.write.lock();
        let shape = self.shape();
        if Self::is_dict(shape) {
            let mut dict = self.dict().lock();
            match value {
                Some(v) => {
                    dict.insert(name, v);
                }
                None => {
                    dict.shift_remove(&name);
                }
            }
            return;
        }
        let cells = self.cells.load(Ordering::Relaxed);
        match (shape.find(name), value) {
            // SAFETY: `i` < shape length ≤ `cap`; the array is this instance's current one.
            (Some(i), Some(v)) => self.version.write(unsafe { &*cells.add(i) }, Some(v)),
            (Some(_), None) => self.to_dict(shape, Some(name), None),
            (None, None) => {}
            (None, Some(v)) => match shape.with(name) {
                Some(next) => self.append(shape, next, v),
                None => self.to_dict(shape, None, Some((name, v))),
            },
        }
    }

    /// Adds the value of `next`'s last name (writer lock held).
    fn append(&self, shape: &Shape, next: &'static Shape, v: Value) {
        let len = shape.len();
        let cap = self.cap.load(Ordering::Relaxed) as usize;
        let cells = self.cells.load(Ordering::Relaxed);
        if len < cap {
            // SAFETY: `len` < `cap`; no reader reads past the published shape's length.
            self.version.write(unsafe { &*cells.add(len) }, Some(v));
        } else {
            let expected = next.expected_len();
            let new_cap = if expected > len + 1 {
                expected
            } else {
                (cap * 2).max(4)
            };
            let grown = alloc_cells(new_cap);
            for i in 0..len {
                // SAFETY: `i` < `len` ≤ `cap`, and < `new_cap`; no reader sees `grown` yet.
                unsafe { *grown.add(i) = Cell::new((*cells.add(i)).load_exclusive()) };
            }
            // SAFETY: `len` < `new_cap`.
            unsafe { *grown.add(len) = Cell::new(Some(v)) };
            self.cells.store(grown, Ordering::Release);
            self.cap.store(new_cap as u32, Ordering::Relaxed);
            if !cells.is_null() {
                RETIRED.lock().push(RetiredCells(cells, cap));
            }
        }
        self.shape
            .store(next as *const Shape as *mut Shape, Ordering::Release);
    }

    /// Switches to dict mode (writer lock held), without `removed` and with `added`.
    fn to_dict(&self, shape: &Shape, removed: Option<Name>, added: Option<(Name, Value)>) {
        let cells = self.cells.load(Ordering::Relaxed);
        let mut dict = OrderedAttrs::default();
        for (i, n) in shape.names().iter().enumerate() {
            if Some(*n) != removed {
                // SAFETY: `i` < shape length ≤ `cap`.
                if let Some(v) = unsafe { (*cells.add(i)).load_exclusive() } {
                    dict.insert(*n, v);
                }
            }
        }
        if let Some((n, v)) = added {
            dict.insert(n, v);
        }
        let boxed = Box::into_raw(Box::new(Mutex::new(dict)));
        self.dict.store(boxed, Ordering::Release);
        self.shape.store(dict_sentinel(), Ordering::Release);
    }

    /// The attributes in the order they were added (a consistent snapshot).
    pub fn entries(&self) -> Vec<(Name, Value)> {
        let _writer = self.write.lock();
        let shape = self.shape();
        if Self::is_dict(shape) {
            return self.dict().lock().iter().map(|(k, v)| (*k, *v)).collect();
        }
        let cells = self.cells.load(Ordering::Relaxed);
        shape
            .names()
            .iter()
            .enumerate()
            // SAFETY: `i` < shape length ≤ `cap`.
            .filter_map(|(i, n)| Some((*n, unsafe { (*cells.add(i)).load_exclusive() }?)))
            .collect()
    }

    /// Calls `f` on every attribute value (for the collector).
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        let _writer = self.write.lock();
        let shape = self.shape();
        if Self::is_dict(shape) {
            self.dict().lock().values().for_each(|v| f(*v));
            return;
        }
        let cells = self.cells.load(Ordering::Relaxed);
        for i in 0..shape.len() {
            // SAFETY: `i` < shape length ≤ `cap`.
            if let Some(v) = unsafe { (*cells.add(i)).load_exclusive() } {
                f(v);
            }
        }
    }
}

impl Drop for InstanceAttrs {
    fn drop(&mut self) {
        let cap = *self.cap.get_mut() as usize;
        // SAFETY: `cells` is this instance's current array, of `cap` cells, and `&mut self`
        // means no reader remains.
        unsafe { free_cells(*self.cells.get_mut(), cap) };
        let dict = *self.dict.get_mut();
        if !dict.is_null() {
            // SAFETY: allocated by `to_dict` with `Box::new`, owned by this instance.
            drop(unsafe { Box::from_raw(dict) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::intern;

    fn names(n: usize) -> Vec<Name> {
        (0..n).map(|i| intern(&format!("ia_test_{i}"))).collect()
    }

    #[test]
    fn set_get_grow_and_keep_order() {
        let attrs = InstanceAttrs::default();
        let ns = names(11);
        for (i, n) in ns.iter().enumerate() {
            attrs.set(*n, Some(Value::Int(i as i64)));
        }
        attrs.set(ns[3], Some(Value::Int(33)));
        assert!(matches!(attrs.get(ns[3]), Some(Value::Int(33))));
        assert!(matches!(attrs.get(ns[10]), Some(Value::Int(10))));
        assert!(attrs.get(intern("ia_test_missing")).is_none());
        let order: Vec<Name> = attrs.entries().iter().map(|(n, _)| *n).collect();
        assert_eq!(order, ns);
    }

    #[test]
    fn delete_switches_to_an_ordered_dict() {
        let ns = names(3);
        let attrs = InstanceAttrs::from_pairs(ns.iter().map(|n| (*n, Value::Bool(true))));
        attrs.set(ns[0], None);
        assert!(attrs.get(ns[0]).is_none());
        attrs.set(ns[0], Some(Value::Int(7)));
        let order: Vec<Name> = attrs.entries().iter().map(|(n, _)| *n).collect();
        assert_eq!(order, vec![ns[1], ns[2], ns[0]]);
    }

    #[test]
    fn readers_see_whole_values_while_a_writer_grows() {
        let attrs = std::sync::Arc::new(InstanceAttrs::default());
        let ns = names(40);
        attrs.set(ns[0], Some(Value::Int(-1)));
        let reader = {
            let attrs = attrs.clone();
            let first = ns[0];
            std::thread::spawn(move || {
                for _ in 0..20_000 {
                    assert!(matches!(attrs.get(first), Some(Value::Int(-1))));
                }
            })
        };
        for (i, n) in ns.iter().enumerate().skip(1) {
            attrs.set(*n, Some(Value::Int(i as i64)));
        }
        reader.join().expect("reader");
        assert_eq!(attrs.entries().len(), 40);
    }
}
