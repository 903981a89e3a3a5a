//! Attribute storage of modules and classes, readable without locks.
//!
//! Module globals and class attributes are read constantly, by every worker at once, and
//! written rarely (ARCHITECTURE §5: hot read-mostly objects). A read takes no lock and writes
//! no shared cache line: it loads a snapshot of the name index through `arc_swap` (which keeps
//! its reader bookkeeping per thread) and the value from the name's cell, a `ValueCell` (a
//! seqlock-style read of a value too wide for one atomic word).
//!
//! Invariants:
//! - `map` is the authoritative contents, in insertion order of first definition; every writer
//!   holds its lock, so writers are serialised.
//! - `index` mirrors `map`: each name in `map` has a cell holding its value. A removed name's
//!   cell holds `None` and stays in the index, so a snapshot a reader holds never loses a cell
//!   it could look up, and a cell handed out by `cell` stays the name's cell. The index is
//!   replaced (copied with the new cell) only when a name gets its first cell.
//! - A writer updates `map`, then the cell, under the lock: a reader sees the old or the new
//!   value, never a mix of the two.

use crate::object::AttrMap;
use crate::value::{Name, Value};
use crate::value_cell::ValueCell;
use arc_swap::ArcSwap;
use parking_lot::{Mutex, MutexGuard};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// One name's value (`None`: not defined), shared by every index snapshot.
pub type Cell = Arc<ValueCell>;
type CellIndex = rustc_hash::FxHashMap<Name, Cell>;

/// The attributes of a module or class (see the module docs).
pub struct AttrTable {
    map: Mutex<AttrMap>,
    index: ArcSwap<CellIndex>,
    /// When it was last written (see `thaw`).
    stamp: crate::thaw::Stamp,
}

impl Default for AttrTable {
    fn default() -> Self {
        AttrTable::new(AttrMap::default())
    }
}

impl AttrTable {
    /// A table holding `map`.
    pub fn new(map: AttrMap) -> AttrTable {
        let index = map
            .iter()
            .map(|(n, v)| (*n, Arc::new(ValueCell::new(Some(*v)))))
            .collect();
        AttrTable {
            map: Mutex::new(map),
            index: ArcSwap::from_pointee(index),
            stamp: crate::thaw::Stamp::new(),
        }
    }

    /// Whether no write of the current parallel run has reached the table (`thaw`).
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.stamp.is_frozen()
    }

    /// The bit of `name` for the masks of untracked reads (`thaw`).
    #[inline]
    pub fn thaw_bit(&self, name: Name) -> crate::thaw::NameBit {
        self.stamp.name_bit(name)
    }

    /// The value of `name`, read without a lock.
    #[inline]
    pub fn get(&self, name: Name) -> Option<Value> {
        self.index.load().get(&name).and_then(|c| c.load())
    }

    /// The cell of `name`, created empty if the name was never defined: a reader may keep it
    /// and read it directly (`Cell::load`) for as long as the table lives.
    pub fn cell(&self, name: Name) -> Cell {
        if let Some(c) = self.index.load().get(&name) {
            return Arc::clone(c);
        }
        let _writers = self.map.lock();
        let index = self.index.load();
        if let Some(c) = index.get(&name) {
            return Arc::clone(c);
        }
        let cell: Cell = Arc::new(ValueCell::new(None));
        let mut grown = CellIndex::clone(&index);
        grown.insert(name, Arc::clone(&cell));
        self.index.store(Arc::new(grown));
        cell
    }

    /// Sets (`Some`) or removes (`None`) `name`.
    pub fn set(&self, name: Name, value: Option<Value>) {
        self.stamp.written(Some(name));
        let mut map = self.map.lock();
        match value {
            Some(v) => {
                map.insert(name, v);
            }
            None => {
                map.shift_remove(&name);
            }
        }
        self.publish(name, value);
    }

    /// Mirrors one name's value into its cell (the caller holds `map`'s lock).
    fn publish(&self, name: Name, value: Option<Value>) {
        let index = self.index.load();
        match index.get(&name) {
            Some(cell) => cell.store(value),
            None if value.is_some() => {
                let mut grown = CellIndex::clone(&index);
                grown.insert(name, Arc::new(ValueCell::new(value)));
                self.index.store(Arc::new(grown));
            }
            None => {}
        }
    }

    /// The contents, locked against writers (for iteration and tracing).
    pub fn read(&self) -> AttrRead<'_> {
        AttrRead(self.map.lock())
    }

    /// The contents, locked for changes made through the map itself; every cell is brought
    /// up to date when the guard drops. For bulk definitions (built-in methods); single
    /// writes use [`AttrTable::set`].
    pub fn lock(&self) -> AttrWrite<'_> {
        self.stamp.written(None);
        AttrWrite {
            table: self,
            map: self.map.lock(),
        }
    }
}

/// Read access to an [`AttrTable`]'s contents.
pub struct AttrRead<'a>(MutexGuard<'a, AttrMap>);

impl Deref for AttrRead<'_> {
    type Target = AttrMap;
    fn deref(&self) -> &AttrMap {
        &self.0
    }
}

/// Write access to an [`AttrTable`]'s contents (see [`AttrTable::lock`]).
pub struct AttrWrite<'a> {
    table: &'a AttrTable,
    map: MutexGuard<'a, AttrMap>,
}

impl Deref for AttrWrite<'_> {
    type Target = AttrMap;
    fn deref(&self) -> &AttrMap {
        &self.map
    }
}

impl DerefMut for AttrWrite<'_> {
    fn deref_mut(&mut self) -> &mut AttrMap {
        &mut self.map
    }
}

impl Drop for AttrWrite<'_> {
    fn drop(&mut self) {
        let stale: Vec<Name> = self
            .table
            .index
            .load()
            .keys()
            .filter(|n| !self.map.contains_key(*n))
            .copied()
            .collect();
        for name in stale {
            self.table.publish(name, None);
        }
        for (name, value) in self.map.iter() {
            self.table.publish(*name, Some(*value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::intern;

    #[test]
    fn reads_follow_sets_removals_and_bulk_writes() {
        let (a, b) = (intern("a"), intern("b"));
        let t = AttrTable::default();
        assert_eq!(t.get(a).map(|v| v.is(Value::Int(1))), None);
        t.set(a, Some(Value::Int(1)));
        assert!(t.get(a).is_some_and(|v| v.is(Value::Int(1))));
        t.set(a, None);
        assert!(t.get(a).is_none());
        t.lock().insert(b, Value::Int(2));
        assert!(t.get(b).is_some_and(|v| v.is(Value::Int(2))));
        t.set(a, Some(Value::Int(3)));
        t.lock().shift_remove(&b);
        assert!(t.get(b).is_none());
        assert!(t.get(a).is_some_and(|v| v.is(Value::Int(3))));
        assert_eq!(t.read().len(), 1);
    }

    #[test]
    fn readers_on_other_threads_see_whole_values() {
        let t = Arc::new(AttrTable::default());
        let n = intern("shared");
        t.set(n, Some(Value::Int(0)));
        let reader = {
            let t = Arc::clone(&t);
            std::thread::spawn(move || {
                for _ in 0..20_000 {
                    match t.get(n) {
                        Some(Value::Int(i)) => assert!((0..1000).contains(&i)),
                        Some(Value::Float(f)) => assert!(f >= 0.5),
                        other => panic!("torn or missing value: {other:?}"),
                    }
                }
            })
        };
        for i in 0..1000 {
            t.set(n, Some(Value::Int(i)));
            t.set(n, Some(Value::Float(i as f64 + 0.5)));
        }
        reader.join().expect("reader");
    }
}
