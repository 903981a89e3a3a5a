//! Multi-version memory of uncommitted writes, sharded by key hash.

use crate::{Incarnation, TxnIdx, VersionedValue};
use parking_lot::Mutex;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

const SHARDS: usize = 64;

/// What a read found below the reader's index.
#[derive(Debug, Clone)]
pub enum MVRead<V> {
    /// Written by an earlier, uncommitted step.
    Version {
        txn: TxnIdx,
        incarnation: Incarnation,
        value: V,
    },
    /// The latest earlier writer was aborted; its rewrite is pending.
    Estimate { txn: TxnIdx },
    /// No earlier uncommitted writer: read committed storage.
    Storage,
}

enum Entry<V> {
    Value(Incarnation, V),
    Estimate,
}

/// The versions of the keys in one shard, by writing step.
type Shard<K, V> = HashMap<K, BTreeMap<TxnIdx, Entry<V>>>;

/// Uncommitted versions of every location, per writing step.
pub struct MVMemory<K, V> {
    shards: Vec<Mutex<Shard<K, V>>>,
    written: Mutex<HashMap<TxnIdx, Vec<K>>>,
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
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            written: Mutex::new(HashMap::new()),
        }
    }

    fn shard(&self, key: &K) -> &Mutex<Shard<K, V>> {
        let mut h = DefaultHasher::new();
        key.hash(&mut h);
        &self.shards[h.finish() as usize % SHARDS]
    }

    /// The version of `key` written by the highest step below `reader`.
    pub fn read(&self, key: &K, reader: TxnIdx) -> MVRead<V> {
        let shard = self.shard(key).lock();
        let Some(versions) = shard.get(key) else {
            return MVRead::Storage;
        };
        match versions.range(..reader).next_back() {
            Some((txn, Entry::Value(inc, v))) => MVRead::Version {
                txn: *txn,
                incarnation: *inc,
                value: v.clone(),
            },
            Some((txn, Entry::Estimate)) => MVRead::Estimate { txn: *txn },
            None => MVRead::Storage,
        }
    }

    /// Publishes one execution's writes, replacing the previous incarnation's. Returns whether
    /// it wrote a key the previous incarnation did not.
    pub fn publish(&self, txn: TxnIdx, incarnation: Incarnation, writes: Vec<(K, V)>) -> bool {
        let previous = self.written.lock().remove(&txn).unwrap_or_default();
        let mut keys = Vec::with_capacity(writes.len());
        let mut wrote_new = false;
        for (k, v) in writes {
            if !previous.contains(&k) {
                wrote_new = true;
            }
            self.shard(&k)
                .lock()
                .entry(k.clone())
                .or_default()
                .insert(txn, Entry::Value(incarnation, v));
            keys.push(k);
        }
        for k in previous.iter().filter(|k| !keys.contains(k)) {
            Self::drop_version(&mut self.shard(k).lock(), k, txn);
        }
        self.written.lock().insert(txn, keys);
        wrote_new
    }

    fn drop_version(shard: &mut Shard<K, V>, k: &K, txn: TxnIdx) {
        if let Some(vs) = shard.get_mut(k) {
            vs.remove(&txn);
            if vs.is_empty() {
                shard.remove(k);
            }
        }
    }

    /// Marks every entry of `txn` as an estimate (its execution was aborted).
    pub fn mark_estimates(&self, txn: TxnIdx) {
        let keys = self.written.lock().get(&txn).cloned().unwrap_or_default();
        for k in keys {
            if let Some(e) = self
                .shard(&k)
                .lock()
                .get_mut(&k)
                .and_then(|vs| vs.get_mut(&txn))
            {
                *e = Entry::Estimate;
            }
        }
    }

    /// Removes every entry of `txn` (after commit wrote storage, or when discarding it).
    pub fn remove(&self, txn: TxnIdx) {
        let keys = self.written.lock().remove(&txn).unwrap_or_default();
        for k in keys {
            Self::drop_version(&mut self.shard(&k).lock(), &k, txn);
        }
    }
}
