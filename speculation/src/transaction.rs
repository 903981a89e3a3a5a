//! One execution of one step: its read set and its buffered write set.
//!
//! Invariants:
//! - `reads` holds, per key, the value this execution saw the first time it read the key
//!   from outside itself (an earlier step's version or storage). Later reads of the key return
//!   that value, so the execution sees one consistent value per key, and validation checks it:
//!   the whole value, or only the parts the execution read when it read nothing else of it
//!   (`read_part`). Past `MAX_PARTS` part reads the whole value is checked.
//! - A key read only after this execution wrote it is not in `reads`: its value came from the
//!   execution itself.
//! - `writes` keeps first-write order with the last value written; nothing is visible to other
//!   steps until the caller publishes it.

use crate::hash::FastBuild;
use crate::mvmemory::{MVMemory, MVRead};
use crate::{Incarnation, TxnIdx, VersionedValue};
use indexmap::IndexMap;
use std::hash::Hash;

/// Why a read could not be served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// It met an estimate of step `on`: abort this execution; retry after `on` has run again.
    Blocked {
        /// The aborted earlier writer.
        on: TxnIdx,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Blocked { on } => write!(f, "read blocked on step {on}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// The most parts of one value a read set checks one by one.
const MAX_PARTS: usize = 16;

/// What an execution saw of one location from outside itself.
struct Seen<V: VersionedValue> {
    /// The value it saw (every later read of the location returns it).
    value: V,
    /// The parts of `value` the execution acted on; `None` when it acted on the whole value.
    parts: Option<Vec<V::Part>>,
}

impl<V: VersionedValue> Seen<V> {
    /// Whether a read of the location now, returning `now`, would change nothing the
    /// execution did.
    fn holds(&self, now: &V) -> bool {
        now.same_as(&self.value)
            || self
                .parts
                .as_ref()
                .is_some_and(|parts| parts.iter().all(|p| now.same_part(&self.value, p)))
    }

    /// Notes that the execution acted on `part` too (or on the whole value, for `None`).
    /// Only a repeat of the last part is not noted again: reads in a loop over many parts
    /// reach `MAX_PARTS` soon and then cost nothing more.
    fn widen(&mut self, part: Option<&V::Part>) {
        match (part, &mut self.parts) {
            (Some(p), Some(parts)) if parts.last() == Some(p) => {}
            (Some(p), Some(parts)) if parts.len() < MAX_PARTS => parts.push(p.clone()),
            _ => self.parts = None,
        }
    }
}

/// How many recently read keys a transaction finds without hashing.
const RECENT: usize = 4;

/// Read set and insertion-ordered write set of one execution of one step.
pub struct Transaction<K, V: VersionedValue> {
    txn: TxnIdx,
    incarnation: Incarnation,
    reads: IndexMap<K, Seen<V>, FastBuild>,
    writes: IndexMap<K, V, FastBuild>,
    /// The positions in `reads` of the last `RECENT` keys read again or first, most recent
    /// first: a loop over a few shared containers finds them without hashing. (`reads` only
    /// grows, so a position stays valid.)
    recent: [Option<(K, usize)>; RECENT],
}

impl<K: Eq + Hash + Clone + Send + Sync, V: VersionedValue> Transaction<K, V> {
    /// A fresh execution `incarnation` of step `txn`.
    pub fn new(txn: TxnIdx, incarnation: Incarnation) -> Self {
        Transaction {
            txn,
            incarnation,
            reads: IndexMap::default(),
            writes: IndexMap::default(),
            recent: Default::default(),
        }
    }

    /// The step's index.
    pub fn txn(&self) -> TxnIdx {
        self.txn
    }

    /// This execution's incarnation.
    pub fn incarnation(&self) -> Incarnation {
        self.incarnation
    }

    /// The value of `key` as seen by step `txn` now: earlier steps' versions, else storage.
    fn lookup(
        mem: &MVMemory<K, V>,
        txn: TxnIdx,
        key: &K,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<V, ReadError> {
        match mem.read(key, txn) {
            MVRead::Version { value, .. } => Ok(value),
            MVRead::Estimate { txn } => Err(ReadError::Blocked { on: txn }),
            MVRead::Storage => Ok(storage(key)),
        }
    }

    /// Reads `key`: own writes, then own earlier reads, then earlier steps' versions, then
    /// `storage` (committed values). Fails when an earlier writer was aborted.
    pub fn read(
        &mut self,
        mem: &MVMemory<K, V>,
        key: &K,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<V, ReadError> {
        self.read_ref(mem, key, storage).cloned()
    }

    /// [`Transaction::read`] without cloning the value: a reference into this execution's
    /// write or read set. Repeated reads of a shared value (a table read in a loop) then touch
    /// no reference count that other threads also touch.
    pub fn read_ref(
        &mut self,
        mem: &MVMemory<K, V>,
        key: &K,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<&V, ReadError> {
        self.read_seen(mem, key, None, storage)
    }

    /// [`Transaction::read_ref`] of a value the caller acts on only through `part` (it looks
    /// up one key, say): validation then checks that part alone, unless the execution also
    /// reads the value whole or many parts of it.
    pub fn read_part(
        &mut self,
        mem: &MVMemory<K, V>,
        key: &K,
        part: &V::Part,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<&V, ReadError> {
        self.read_seen(mem, key, Some(part), storage)
    }

    fn read_seen(
        &mut self,
        mem: &MVMemory<K, V>,
        key: &K,
        part: Option<&V::Part>,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<&V, ReadError> {
        if let Some(i) = self.writes.get_index_of(key) {
            return Ok(&self.writes[i]);
        }
        let recent = self.recent.iter().flatten().find(|(k, _)| k == key);
        let known = match recent {
            Some(&(_, i)) => Some(i),
            None => self
                .reads
                .get_index_of(key)
                .inspect(|&i| self.remember(key, i)),
        };
        if let Some(i) = known {
            let seen = &mut self.reads[i];
            seen.widen(part);
            return Ok(&seen.value);
        }
        let value = Self::lookup(mem, self.txn, key, storage)?;
        let parts = part.map(|p| vec![p.clone()]);
        let (i, _) = self.reads.insert_full(key.clone(), Seen { value, parts });
        self.remember(key, i);
        Ok(&self.reads[i].value)
    }

    /// Puts `key` (at position `i` of `reads`) first in `recent`.
    fn remember(&mut self, key: &K, i: usize) {
        self.recent.rotate_right(1);
        self.recent[0] = Some((key.clone(), i));
    }

    /// This execution's own buffered write of `key`, if it wrote it.
    pub fn written(&self, key: &K) -> Option<&V> {
        if self.writes.is_empty() {
            return None;
        }
        self.writes.get(key)
    }

    /// This execution's own buffered write of `key`, to change in place.
    pub fn written_mut(&mut self, key: &K) -> Option<&mut V> {
        if self.writes.is_empty() {
            return None;
        }
        self.writes.get_mut(key)
    }

    /// Whether this execution read `key` from outside itself.
    pub fn has_read(&self, key: &K) -> bool {
        self.reads.contains_key(key)
    }

    /// The value `key` would read now, without recording the read: for guesses (is a blind
    /// update of this key likely to apply?), never for values the execution acts on.
    pub fn peek(
        &self,
        mem: &MVMemory<K, V>,
        key: &K,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<V, ReadError> {
        if let Some(v) = self.written(key) {
            return Ok(v.clone());
        }
        if let Some(seen) = self.reads.get(key) {
            return Ok(seen.value.clone());
        }
        Self::lookup(mem, self.txn, key, storage)
    }

    /// Buffers a write; a later write of the same key replaces the value, keeping its position.
    pub fn write(&mut self, key: K, value: V) {
        self.writes.insert(key, value);
    }

    /// The first recorded read (in read order) whose value changed (in a part the execution
    /// read, when it read only parts): an earlier step now has a different version, an
    /// estimate, or storage differs. `None` when all reads still hold.
    /// For conflict reports; [`Transaction::validate`] is the yes/no form.
    pub fn find_conflict(&self, mem: &MVMemory<K, V>, storage: impl Fn(&K) -> V) -> Option<&K> {
        self.reads
            .iter()
            .find(|(k, seen)| match Self::lookup(mem, self.txn, k, &storage) {
                Ok(now) => !seen.holds(&now),
                Err(_) => true,
            })
            .map(|(k, _)| k)
    }

    /// True when every recorded read would still return an equal value (`same_as`). Used
    /// during execution to abort early on stale data, and as the check before commit (when all
    /// earlier steps have committed this compares with storage alone).
    pub fn validate(&self, mem: &MVMemory<K, V>, storage: impl Fn(&K) -> V) -> bool {
        self.find_conflict(mem, storage).is_none()
    }

    /// The recorded reads (key and value first seen), in first-read order.
    pub fn reads(&self) -> impl Iterator<Item = (&K, &V)> {
        self.reads.iter().map(|(k, seen)| (k, &seen.value))
    }

    /// The buffered writes, in first-write order.
    pub fn writes(&self) -> impl Iterator<Item = (&K, &V)> {
        self.writes.iter()
    }

    /// Takes the buffered writes, in first-write order.
    pub fn into_writes(self) -> Vec<(K, V)> {
        self.writes.into_iter().collect()
    }

    /// Number of distinct locations read from outside this execution.
    pub fn read_count(&self) -> usize {
        self.reads.len()
    }

    /// Number of distinct locations written.
    pub fn write_count(&self) -> usize {
        self.writes.len()
    }
}

#[cfg(test)]
mod tests;
