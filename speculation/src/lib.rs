//! Multi-version memory, transactions and a scheduler for speculative, in-order execution of
//! steps: Block-STM (Gelashvili et al., 2022) adapted to a window of steps that grows while the
//! run goes on. Generic over the location key `K` and the value `V`; no Python knowledge.
//!
//! How the pieces fit (one worker's view):
//! 1. [`Scheduler::next_task`] hands out `Execute` of the lowest pending step, or `Commit` of
//!    the oldest uncommitted step once it has executed (one commit token).
//! 2. `Execute`: a fresh [`Transaction`] reads through [`MVMemory`] (highest earlier uncommitted
//!    writer, else the caller's committed storage) and buffers its writes. At the end the worker
//!    [`MVMemory::publish`]es the writes, then calls [`Scheduler::finish_execution`]. A read that
//!    meets an estimate fails with [`ReadError::Blocked`]: the worker calls
//!    [`Scheduler::finish_blocked`] and the step runs again once the blocker has.
//! 3. `Commit`: the token holder [`Transaction::validate`]s the step (all earlier steps are
//!    committed, so this compares the reads with committed storage). Valid: write the writes
//!    into storage, then [`MVMemory::remove`], then [`Scheduler::finish_commit`]. Invalid:
//!    [`Scheduler::abort_at_commit`], [`MVMemory::mark_estimates`], re-execute directly (the
//!    oldest step cannot be invalidated), write storage, remove, `finish_commit`.
//!
//! Invariants:
//! - MVMemory holds only *uncommitted* versions; committed values live in the caller's storage.
//!   At commit the caller writes storage first, then calls `remove`, so a concurrent reader sees
//!   either the version or the storage value, which are the same.
//! - Validation is by value (`same_as`): a rewrite of an equal value invalidates nobody.
//! - Steps commit strictly in index order, each exactly once; one execution of a step at a time.
//! - The oldest uncommitted step never meets an estimate and never fails validation against
//!   storage, so the run always makes progress.

mod hash;
mod mvmemory;
mod scheduler;
pub mod sync;
mod transaction;
mod work_queue;

pub use mvmemory::{MVMemory, MVRead};
pub use scheduler::{Scheduler, StepStatus, Task};
pub use transaction::{ReadError, Transaction};
pub use work_queue::WorkerQueue;

/// Sequence number of a step: dense, 0, 1, 2, ... in the order steps become known.
pub type TxnIdx = u64;
/// How many times a step has been (re-)executed before this execution.
pub type Incarnation = u32;

/// A value stored at a location, comparable for validation.
///
/// Validation is value-based so that a step rewriting an equal value aborts nobody. A step may
/// also read only a *part* of a value (one key of a map, its length): validation then checks
/// that part alone, so a write of another part aborts nobody either.
pub trait VersionedValue: Clone + Send + Sync {
    /// A part of a value a step can read on its own (`()` for values read only whole).
    type Part: Clone + PartialEq + Send + Sync;

    /// True when `other` is the same value (identity for pointers).
    fn same_as(&self, other: &Self) -> bool;

    /// True when `part` of `other` is the same as `part` of `self`. Must hold whenever
    /// `same_as` does; the default compares the whole values.
    fn same_part(&self, other: &Self, _part: &Self::Part) -> bool {
        self.same_as(other)
    }
}
