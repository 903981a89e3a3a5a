//! One execution of one step: its read set and buffered write set.

use crate::mvmemory::{MVMemory, MVRead};
use crate::{Incarnation, TxnIdx, VersionedValue};
use std::collections::HashMap;
use std::hash::Hash;

/// Why a read could not be served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// It met an estimate of step `on`: abort and retry after that step runs again.
    Blocked { on: TxnIdx },
}

/// Read set (first value seen per key) and insertion-ordered write set of one execution.
pub struct Transaction<K, V> {
    txn: TxnIdx,
    incarnation: Incarnation,
    reads: HashMap<K, V>,
    write_index: HashMap<K, usize>,
    writes: Vec<(K, V)>,
}

impl<K: Eq + Hash + Clone + Send + Sync, V: VersionedValue> Transaction<K, V> {
    /// A fresh execution of step `txn`.
    pub fn new(txn: TxnIdx, incarnation: Incarnation) -> Self {
        Transaction {
            txn,
            incarnation,
            reads: HashMap::new(),
            write_index: HashMap::new(),
            writes: Vec::new(),
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

    /// Reads `key`: own writes, then own reads, then earlier steps' versions, then storage.
    pub fn read(
        &mut self,
        mem: &MVMemory<K, V>,
        key: &K,
        storage: impl FnOnce(&K) -> V,
    ) -> Result<V, ReadError> {
        if let Some(i) = self.write_index.get(key) {
            return Ok(self.writes[*i].1.clone());
        }
        if let Some(v) = self.reads.get(key) {
            return Ok(v.clone());
        }
        let v = Self::lookup(mem, self.txn, key, storage)?;
        self.reads.insert(key.clone(), v.clone());
        Ok(v)
    }

    /// Buffers a write (replacing an earlier write of the same key in place).
    pub fn write(&mut self, key: K, value: V) {
        match self.write_index.get(&key) {
            Some(i) => self.writes[*i].1 = value,
            None => {
                self.write_index.insert(key.clone(), self.writes.len());
                self.writes.push((key, value));
            }
        }
    }

    /// True when every recorded read would still return the same value.
    pub fn validate(&self, mem: &MVMemory<K, V>, storage: impl Fn(&K) -> V) -> bool {
        self.reads
            .iter()
            .all(|(k, seen)| match Self::lookup(mem, self.txn, k, &storage) {
                Ok(now) => now.same_as(seen),
                Err(_) => false,
            })
    }

    /// The buffered writes, in first-write order.
    pub fn writes(&self) -> impl Iterator<Item = (&K, &V)> {
        self.writes.iter().map(|(k, v)| (k, v))
    }
    /// Takes the buffered writes.
    pub fn into_writes(self) -> Vec<(K, V)> {
        self.writes
    }
    /// Number of distinct locations read.
    pub fn read_count(&self) -> usize {
        self.reads.len()
    }
    /// Number of distinct locations written.
    pub fn write_count(&self) -> usize {
        self.writes.len()
    }
}
