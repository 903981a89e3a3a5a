//! Which step to execute or commit next, over a window of steps that grows as commits schedule
//! new ones (`push`). One mutex guards the step states: steps are coarse (a step is a whole
//! callback or coroutine resumption), so the lock is held for a few hundred nanoseconds per
//! step and is not a bottleneck at this stage. Pending executions travel through
//! `crossbeam-deque` work-stealing queues (`work_queue.rs`), one deque per worker; a worker
//! claims an entry under the lock. Idle workers park on a condvar; every transition that
//! creates work wakes as many workers as units of work it created (none, one, or all).
//!
//! Step states (incarnation `i`; `on` is a lower step whose estimate the execution met):
//!
//! ```text
//!             push
//!               │
//!               ▼        next_task              finish_execution
//!   ┌──▶ Pending(i) ─────────────▶ Executing(i) ────────────────▶ Executed(i)
//!   │                              │         │                     │      │ next_task: Commit
//!   │   abort_execution: i+1       │         │ finish_blocked(on)  │      ▼ (commit token)
//!   ├──────────────────────────────┘         ▼                     │   valid: finish_commit
//!   │                                 Blocked(i, on)               │      ▼
//!   │   `on` executed or committed: i+1      │                     │   Committed
//!   ├────────────────────────────────────────┘                     │      ▲
//!   │   abort_executed: i+1                                        │      │ finish_commit
//!   └──────────────────────────────────────────────────────────────┤      │
//!                                        invalid at commit:        ▼      │
//!                                        abort_at_commit ─▶ Executing(i+1), run by the
//!                                                           token holder at once
//! ```
//!
//! Invariants (under the lock):
//! - `steps[k]` is the status of step `base + k`; steps below `base` are committed, in order.
//! - `pending` counts the steps whose status is `Pending`; each has an entry in the work queues
//!   (see `work_queue.rs`), pushed by the transition that made it pending.
//! - `waiting[on]` holds every step in `Blocked(_, on)` (and possibly stale indices, ignored).
//! - `committing` is true while one caller holds the commit token; only the oldest step is ever
//!   committed, and only by the token holder, so commits happen in index order, once each.
//! - A step is handed out for execution only from `Pending`, so one execution of a step runs
//!   at a time; `abort_*` never moves an `Executing` step another worker runs to `Pending`.
//! - Lock order: the scheduler lock may be held while taking `MVMemory` locks (only inside
//!   `abort_executed`), never the reverse.

use crate::sync::{Condvar, Mutex};
use crate::work_queue::{Entry, WorkQueues, WorkerQueue};
use crate::{Incarnation, TxnIdx};
use std::collections::{HashMap, VecDeque};

/// Work for a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Execute step `txn`, then publish and `finish_execution` (or `finish_blocked`).
    Execute {
        /// The step.
        txn: TxnIdx,
        /// The incarnation to run.
        incarnation: Incarnation,
    },
    /// Validate and commit step `txn`, the oldest uncommitted one; the caller holds the commit
    /// token until `finish_commit` or `release_commit_token`.
    Commit {
        /// The step.
        txn: TxnIdx,
        /// The incarnation that executed.
        incarnation: Incarnation,
    },
}

/// The state of one step, as reported by [`Scheduler::status`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// Waiting to be executed (incarnation to run).
    Pending(Incarnation),
    /// Being executed by one worker.
    Executing(Incarnation),
    /// Executed and published, not committed.
    Executed(Incarnation),
    /// Its execution met an estimate of `on`; runs again once `on` has run again.
    Blocked {
        /// The incarnation that was blocked.
        incarnation: Incarnation,
        /// The step it waits for.
        on: TxnIdx,
    },
    /// Committed.
    Committed,
}

struct State {
    base: TxnIdx,
    steps: VecDeque<StepStatus>,
    pending: usize,
    waiting: HashMap<TxnIdx, Vec<TxnIdx>>,
    committing: bool,
    closed: bool,
}

impl State {
    fn get(&self, txn: TxnIdx) -> Option<StepStatus> {
        if txn < self.base {
            return Some(StepStatus::Committed);
        }
        let k = usize::try_from(txn - self.base).ok()?;
        self.steps.get(k).copied()
    }

    /// Sets the status of an uncommitted step, keeping `pending` in step; a step that becomes
    /// pending is queued in `queues`.
    fn set(&mut self, queues: &WorkQueues, txn: TxnIdx, new: StepStatus) {
        let Some(k) = txn
            .checked_sub(self.base)
            .and_then(|k| usize::try_from(k).ok())
        else {
            return;
        };
        let Some(slot) = self.steps.get_mut(k) else {
            return;
        };
        let old = std::mem::replace(slot, new);
        if matches!(old, StepStatus::Pending(_)) {
            self.pending -= 1;
        }
        if let StepStatus::Pending(incarnation) = new {
            self.pending += 1;
            queues.push((txn, incarnation));
        }
    }

    fn commit_ready(&self) -> bool {
        !self.committing && matches!(self.steps.front(), Some(StepStatus::Executed(_)))
    }

    /// Takes the commit token for the oldest step, if it has executed and the token is free.
    fn take_commit(&mut self) -> Option<Task> {
        if !self.commit_ready() {
            return None;
        }
        let Some(StepStatus::Executed(incarnation)) = self.steps.front().copied() else {
            return None;
        };
        self.committing = true;
        Some(Task::Commit {
            txn: self.base,
            incarnation,
        })
    }

    /// Claims a queued execution if the step is still pending with that incarnation.
    fn claim(&mut self, queues: &WorkQueues, (txn, incarnation): Entry) -> Option<Task> {
        if self.get(txn) != Some(StepStatus::Pending(incarnation)) {
            return None;
        }
        self.set(queues, txn, StepStatus::Executing(incarnation));
        Some(Task::Execute { txn, incarnation })
    }

    /// Moves every step blocked on `on` to pending; returns how many.
    fn release(&mut self, queues: &WorkQueues, on: TxnIdx) -> usize {
        let mut released = 0;
        for txn in self.waiting.remove(&on).unwrap_or_default() {
            if let Some(StepStatus::Blocked { incarnation, on: o }) = self.get(txn) {
                if o == on {
                    self.set(queues, txn, StepStatus::Pending(incarnation + 1));
                    released += 1;
                }
            }
        }
        released
    }
}

/// The shared schedule of the window of known, uncommitted steps.
pub struct Scheduler {
    state: Mutex<State>,
    queues: WorkQueues,
    wake: Condvar,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self::new()
    }
}

impl Scheduler {
    /// An empty window.
    pub fn new() -> Self {
        Scheduler {
            state: Mutex::new(State {
                base: 0,
                steps: VecDeque::new(),
                pending: 0,
                waiting: HashMap::new(),
                committing: false,
                closed: false,
            }),
            queues: WorkQueues::new(),
            wake: Condvar::new(),
        }
    }

    /// A work-stealing deque for one worker thread; pass it to `next_task`.
    pub fn worker_queue(&self) -> WorkerQueue {
        self.queues.worker()
    }

    /// Wakes one parked worker per unit of new work.
    fn wake(&self, units: usize) {
        match units {
            0 => {}
            1 => self.wake.notify_one(),
            _ => self.wake.notify_all(),
        }
    }

    /// Adds a newly known step, `Pending(0)`; returns its index. Wakes a parked worker.
    pub fn push(&self) -> TxnIdx {
        let mut s = self.state.lock();
        let txn = s.base + s.steps.len() as TxnIdx;
        s.steps.push_back(StepStatus::Pending(0));
        s.pending += 1;
        self.queues.push((txn, 0));
        drop(s);
        self.wake(1);
        txn
    }

    /// Blocks until there is work: `Commit` of the oldest step when it has executed and the
    /// commit token is free (taking the token), else `Execute` of the lowest pending step.
    /// `None` once [`Scheduler::close`] was called.
    pub fn next_task(&self, q: &WorkerQueue) -> Option<Task> {
        loop {
            if let Some(task) = self.try_next_task(q) {
                return Some(task);
            }
            let mut s = self.state.lock();
            if s.closed {
                return None;
            }
            if let Some(task) = s.take_commit() {
                return Some(task);
            }
            if s.pending > 0 {
                // Another worker holds an entry it is about to claim or put back.
                drop(s);
                crate::sync::yield_now();
                continue;
            }
            drop(self.wake.wait(s));
        }
    }

    /// Like [`Scheduler::next_task`], without blocking: `None` when there is no work now.
    pub fn try_next_task(&self, q: &WorkerQueue) -> Option<Task> {
        {
            let mut s = self.state.lock();
            if s.closed {
                return None;
            }
            if let Some(task) = s.take_commit() {
                return Some(task);
            }
        }
        while let Some(entry) = self.queues.find(q) {
            let mut s = self.state.lock();
            if s.closed {
                return None;
            }
            if let Some(task) = s.take_commit() {
                self.queues.put_back(q, entry);
                return Some(task);
            }
            if let Some(task) = s.claim(&self.queues, entry) {
                return Some(task);
            }
        }
        None
    }

    /// Execution `incarnation` of `txn` ended and its writes are published (publish first):
    /// `Executing(i) -> Executed(i)`; steps blocked on `txn` become pending.
    pub fn finish_execution(&self, txn: TxnIdx, incarnation: Incarnation) {
        let mut s = self.state.lock();
        if s.get(txn) != Some(StepStatus::Executing(incarnation)) {
            return;
        }
        s.set(&self.queues, txn, StepStatus::Executed(incarnation));
        let units = s.release(&self.queues, txn) + usize::from(s.commit_ready());
        drop(s);
        self.wake(units);
    }

    /// Execution `incarnation` of `txn` met an estimate of step `on` and was abandoned (nothing
    /// published). It runs again as `incarnation + 1` once `on` finishes an execution or
    /// commits; at once if `on` already did since.
    pub fn finish_blocked(&self, txn: TxnIdx, incarnation: Incarnation, on: TxnIdx) {
        let mut s = self.state.lock();
        if s.get(txn) != Some(StepStatus::Executing(incarnation)) {
            return;
        }
        let settled = on >= txn
            || matches!(
                s.get(on),
                None | Some(StepStatus::Committed | StepStatus::Executed(_))
            );
        if settled {
            s.set(&self.queues, txn, StepStatus::Pending(incarnation + 1));
            drop(s);
            self.wake(1);
        } else {
            s.set(&self.queues, txn, StepStatus::Blocked { incarnation, on });
            s.waiting.entry(on).or_default().push(txn);
        }
    }

    /// The executing worker abandons execution `incarnation` of `txn` (e.g. a periodic
    /// validation found it stale; nothing published): `Executing(i) -> Pending(i+1)`.
    pub fn abort_execution(&self, txn: TxnIdx, incarnation: Incarnation) {
        let mut s = self.state.lock();
        if s.get(txn) != Some(StepStatus::Executing(incarnation)) {
            return;
        }
        s.set(&self.queues, txn, StepStatus::Pending(incarnation + 1));
        drop(s);
        self.wake(1);
    }

    /// Aborts an executed, uncommitted step found stale: `Executed(i) -> Pending(i+1)`.
    /// `mark_estimates` (normally `MVMemory::mark_estimates(txn)`) runs under the scheduler
    /// lock before the step becomes pending, so its next execution cannot publish before the
    /// old values are marked (and have its fresh values marked by mistake). Returns false, and
    /// runs nothing, when the step is not `Executed(incarnation)` or is being committed.
    pub fn abort_executed(
        &self,
        txn: TxnIdx,
        incarnation: Incarnation,
        mark_estimates: impl FnOnce(),
    ) -> bool {
        let mut s = self.state.lock();
        let committing = s.committing && txn == s.base;
        if committing || s.get(txn) != Some(StepStatus::Executed(incarnation)) {
            return false;
        }
        mark_estimates();
        s.set(&self.queues, txn, StepStatus::Pending(incarnation + 1));
        drop(s);
        self.wake(1);
        true
    }

    /// The commit-token holder found `txn` invalid. It keeps the token and re-executes the
    /// step itself right away (as the oldest step it cannot fail), then calls `finish_commit`.
    /// Returns the new incarnation; the step is `Executing(new)` meanwhile, so no other worker
    /// takes it. Call this before marking its estimates.
    pub fn abort_at_commit(&self, txn: TxnIdx, incarnation: Incarnation) -> Incarnation {
        let mut s = self.state.lock();
        let new = incarnation + 1;
        if txn == s.base {
            s.set(&self.queues, txn, StepStatus::Executing(new));
        }
        new
    }

    /// `txn` (the oldest step) committed: advances the commit index, releases the commit token
    /// and the steps blocked on `txn`. Storage must be written and `MVMemory::remove` called
    /// before.
    pub fn finish_commit(&self, txn: TxnIdx) {
        let mut s = self.state.lock();
        if txn == s.base && !s.steps.is_empty() {
            s.set(&self.queues, txn, StepStatus::Committed);
            s.steps.pop_front();
            s.base += 1;
        }
        s.committing = false;
        let units = s.release(&self.queues, txn) + usize::from(s.commit_ready());
        drop(s);
        self.wake(units);
    }

    /// Gives the commit token back without committing (the holder decided to stop).
    pub fn release_commit_token(&self) {
        let mut s = self.state.lock();
        s.committing = false;
        let units = usize::from(s.commit_ready());
        drop(s);
        self.wake(units);
    }

    /// For stopping at an iteration boundary; call only when no worker is executing. Every
    /// uncommitted step that is not `Executing` is reported as `(txn, incarnation)` in index
    /// order, `incarnation` being that of its status before the reset; `Executed(i)` and
    /// `Blocked(i, _)` steps go back to `Pending(i+1)` (their execution is discarded: the
    /// caller undoes it and removes its published writes), `Pending(i)` steps stay.
    pub fn reset_uncommitted(&self) -> Vec<(TxnIdx, Incarnation)> {
        let mut s = self.state.lock();
        let mut out = Vec::with_capacity(s.steps.len());
        for txn in s.base..s.base + s.steps.len() as TxnIdx {
            let incarnation = match s.get(txn) {
                Some(StepStatus::Pending(i)) => i,
                Some(StepStatus::Executed(i) | StepStatus::Blocked { incarnation: i, .. }) => {
                    s.set(&self.queues, txn, StepStatus::Pending(i + 1));
                    i
                }
                _ => continue,
            };
            out.push((txn, incarnation));
        }
        s.waiting.clear();
        let units = s.pending;
        drop(s);
        self.wake(units);
        out
    }

    /// Stops the workers: `next_task` returns `None` from now on, parked workers wake.
    pub fn close(&self) {
        self.state.lock().closed = true;
        self.wake.notify_all();
    }

    /// Undoes [`Scheduler::close`], for the next run of the loop.
    pub fn reopen(&self) {
        self.state.lock().closed = false;
    }

    /// The status of step `txn`; `None` if it is not known yet.
    pub fn status(&self, txn: TxnIdx) -> Option<StepStatus> {
        self.state.lock().get(txn)
    }

    /// Number of committed steps: the index of the oldest uncommitted step.
    pub fn committed_count(&self) -> TxnIdx {
        self.state.lock().base
    }

    /// Number of steps ever known (committed or not).
    pub fn known_count(&self) -> TxnIdx {
        let s = self.state.lock();
        s.base + s.steps.len() as TxnIdx
    }

    /// True when every known step has committed: nothing pending, executing, blocked or
    /// waiting to commit.
    pub fn is_idle(&self) -> bool {
        self.state.lock().steps.is_empty()
    }
}

#[cfg(test)]
mod tests;
