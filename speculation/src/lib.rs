//! Multi-version memory, transactions and a scheduler for speculative, in-order execution of
//! steps (Block-STM adapted to a growing window). Generic over location `K` and value `V`; no
//! Python knowledge.
//!
//! Invariants:
//! - MVMemory holds only *uncommitted* versions; committed values live in the caller's storage.
//!   At commit the caller writes storage first, then calls `remove`, so a concurrent reader sees
//!   either the version or the storage value, which are the same.
//! - Validation is by value (`same_as`): a rewrite of an equal value invalidates nobody.

mod mvmemory;
mod scheduler;
mod transaction;

pub use mvmemory::{MVMemory, MVRead};
pub use scheduler::{Scheduler, Task};
pub use transaction::{ReadError, Transaction};

/// Sequence number of a step: dense, in the order steps become known.
pub type TxnIdx = u64;
/// How many times a step has been (re-)executed.
pub type Incarnation = u32;

/// A value stored at a location, comparable for validation.
pub trait VersionedValue: Clone + Send + Sync {
    /// True when `other` is the same value (identity for pointers).
    fn same_as(&self, other: &Self) -> bool;
}
