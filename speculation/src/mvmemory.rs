//! Multi-version memory of *uncommitted* writes, sharded by key hash.
//!
//! Invariants:
//! - For each key, at most one entry per writing step: the value of its latest published
//!   incarnation, or an `Estimate` once that execution was aborted.
//! - `written[txn]` lists exactly the keys that have an entry of `txn`; an empty per-key map is
//!   dropped, so memory is proportional to the uncommitted window, not to the run.
//! - Committed values are never here: the committer writes storage, *then* calls `remove`, so a
//!   reader sees the version or the storage, never an older value in between.
//! - Only one party acts on a given `txn` at a time (its executor, or the commit-token holder),
//!   so `publish`/`mark_estimates`/`remove` of one `txn` never race each other; they race freely
//!   with reads and with other steps' calls.
//! - Lock order: a `written` shard may be held while taking key shards, never the reverse.
//! - `present[f]` counts the keys with an entry whose filter slot is `f`; it changes only under
//!   the key's shard lock, when the key's first entry is added or its last removed. A reader
//!   that finds its slot at zero reads storage without locking: that is what it would have
//!   read just before a concurrent publish (which validation catches, as for any read racing
//!   a publish), and a commit writes storage before its entries are removed and the count
//!   drops (release), so a reader that sees the drop (acquire) sees the committed value.
//!   Locations no step writes (module globals, class attributes: hot and read-mostly) are thus
//!   read with no lock and no shared cache-line write.

use crate::hash::{hash_one, FastBuild};
use crate::sync::atomic::{AtomicU32, Ordering};
use crate::sync::Mutex;
use crate::{Incarnation, TxnIdx, VersionedValue};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;

/// Shard count (a power of two). Small under loom to keep models small.
const SHARDS: usize = if cfg!(loom) { 2 } else { 64 };
/// Slots of the presence filter (a power of two).
const FILTER: usize = if cfg!(loom) { 2 } else { 4096 };

/// What a read found below the reader's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MVRead<V> {
    /// Written by the highest earlier step that has published a version and not committed.
    Version {
        /// The writing step.
        txn: TxnIdx,
        /// Its incarnation that wrote `value`.
        incarnation: Incarnation,
        /// The value written.
        value: V,
    },
    /// The highest earlier writer was aborted; its rewrite is pending. Wait for `txn`.
    Estimate {
        /// The aborted writer.
        txn: TxnIdx,
    },
    /// No earlier uncommitted writer: the caller reads its committed storage.
    Storage,
}

/// One step's entry for one key.
#[derive(Debug)]
enum Entry<V> {
    Value(Incarnation, V),
    Estimate,
}

/// The versions of the keys in one shard, by writing step.
type Shard<K, V> = HashMap<K, BTreeMap<TxnIdx, Entry<V>>, FastBuild>;

/// Keys with an entry, per writing step (one shard of them).
type WrittenShard<K> = HashMap<TxnIdx, Vec<K>, FastBuild>;

/// Uncommitted versions of every location, per writing step. Readers take one shard lock.
pub struct MVMemory<K, V> {
    shards: Box<[Mutex<Shard<K, V>>]>,
    /// Keys with an entry, per step (sharded by step index).
    written: Box<[Mutex<WrittenShard<K>>]>,
    /// How many keys with an entry fall in each filter slot (see the module invariants).
    present: Box<[AtomicU32]>,
}

impl<K: Eq + Hash + Clone + Send + Sync, V: VersionedValue> Default for MVMemory<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Eq + Hash + Clone + Send + Sync, V: VersionedValue> MVMemory<K, V> {
    /// An empty memory.
    pub fn new() -> Self {
        MVMemory {
            shards: (0..SHARDS)
                .map(|_| Mutex::new(HashMap::default()))
                .collect(),
            written: (0..SHARDS)
                .map(|_| Mutex::new(HashMap::default()))
                .collect(),
            present: (0..FILTER).map(|_| AtomicU32::new(0)).collect(),
        }
    }

    fn presence(&self, key: &K) -> &AtomicU32 {
        // Bits 16.. : independent of the shard bits (32..) for keys of one shard.
        &self.present[(hash_one(key) >> 16) as usize & (FILTER - 1)]
    }

    fn shard(&self, key: &K) -> &Mutex<Shard<K, V>> {
        // Bits 32.. : see hash.rs for why not the low or top bits.
        &self.shards[(hash_one(key) >> 32) as usize & (SHARDS - 1)]
    }

    fn written(&self, txn: TxnIdx) -> &Mutex<WrittenShard<K>> {
        &self.written[txn as usize & (SHARDS - 1)]
    }

    /// The version of `key` written by the highest step below `reader`.
    pub fn read(&self, key: &K, reader: TxnIdx) -> MVRead<V> {
        if self.presence(key).load(Ordering::Acquire) == 0 {
            return MVRead::Storage;
        }
        let shard = self.shard(key).lock();
        let Some(versions) = shard.get(key) else {
            return MVRead::Storage;
        };
        match versions.range(..reader).next_back() {
            Some((&txn, Entry::Value(incarnation, value))) => MVRead::Version {
                txn,
                incarnation: *incarnation,
                value: value.clone(),
            },
            Some((&txn, Entry::Estimate)) => MVRead::Estimate { txn },
            None => MVRead::Storage,
        }
    }

    /// Publishes one execution's writes, replacing the previous incarnation's: keys it wrote
    /// and this one did not are removed. Returns whether it wrote a key the previous incarnation
    /// did not (Block-STM's `wrote_new_location`: later steps may have read around it).
    pub fn publish(&self, txn: TxnIdx, incarnation: Incarnation, writes: Vec<(K, V)>) -> bool {
        let mut written = self.written(txn).lock();
        let previous = written.remove(&txn).unwrap_or_default();
        let previous_set: HashSet<&K, FastBuild> = previous.iter().collect();
        let mut keys = Vec::with_capacity(writes.len());
        let mut wrote_new = false;
        for (k, v) in writes {
            wrote_new |= !previous_set.contains(&k);
            self.put(txn, &k, Entry::Value(incarnation, v));
            keys.push(k);
        }
        if !previous.is_empty() {
            let now: HashSet<&K, FastBuild> = keys.iter().collect();
            for k in previous.iter().filter(|k| !now.contains(k)) {
                self.drop_version(k, txn);
            }
        }
        if !keys.is_empty() {
            written.insert(txn, keys);
        }
        wrote_new
    }

    /// Publishes one write of the running execution `incarnation` of `txn` at once, before the
    /// execution ends: a step that writes early and then computes for long lets later steps
    /// read the value instead of running on an older one they would throw away. The writer
    /// marks it an estimate (`mark_estimate`) if it writes the key again; `publish` at the end
    /// replaces it (or drops it if the key is not in the final writes).
    pub fn publish_one(&self, txn: TxnIdx, incarnation: Incarnation, key: &K, value: V) {
        let mut written = self.written(txn).lock();
        if self.put(txn, key, Entry::Value(incarnation, value)) {
            written.entry(txn).or_default().push(key.clone());
        }
    }

    /// Sets `txn`'s entry for `key` (the caller keeps `written` in step); true when `txn` had
    /// none.
    fn put(&self, txn: TxnIdx, key: &K, entry: Entry<V>) -> bool {
        let mut shard = self.shard(key).lock();
        let versions = shard.entry(key.clone()).or_insert_with(|| {
            self.presence(key).fetch_add(1, Ordering::AcqRel);
            BTreeMap::new()
        });
        versions.insert(txn, entry).is_none()
    }

    /// Marks `txn`'s entry for `key` as an estimate (its running execution wrote the key again
    /// after publishing it early): later readers wait for the final value.
    pub fn mark_estimate(&self, txn: TxnIdx, key: &K) {
        if let Some(e) = self
            .shard(key)
            .lock()
            .get_mut(key)
            .and_then(|versions| versions.get_mut(&txn))
        {
            *e = Entry::Estimate;
        }
    }

    fn drop_version(&self, key: &K, txn: TxnIdx) {
        let mut shard = self.shard(key).lock();
        if let Some(versions) = shard.get_mut(key) {
            versions.remove(&txn);
            if versions.is_empty() {
                shard.remove(key);
                self.presence(key).fetch_sub(1, Ordering::Release);
            }
        }
    }

    /// Marks every entry of `txn` as an estimate: its execution was aborted, so readers wait for
    /// its next one instead of running on values that are probably about to change.
    pub fn mark_estimates(&self, txn: TxnIdx) {
        let written = self.written(txn).lock();
        for k in written.get(&txn).into_iter().flatten() {
            self.mark_estimate(txn, k);
        }
    }

    /// Removes every entry of `txn`: at commit, after its values were written to storage, or
    /// when the step's execution is discarded.
    pub fn remove(&self, txn: TxnIdx) {
        let keys = self.written(txn).lock().remove(&txn).unwrap_or_default();
        for k in &keys {
            self.drop_version(k, txn);
        }
    }

    /// True when no step has an entry (every step committed or discarded): a leak check.
    pub fn is_empty(&self) -> bool {
        self.written.iter().all(|w| w.lock().is_empty())
            && self.shards.iter().all(|s| s.lock().is_empty())
            && self.present.iter().all(|p| p.load(Ordering::Acquire) == 0)
    }
}

#[cfg(test)]
mod tests;
