//! Which step to execute or commit next, over a window of steps that grows as commits
//! schedule new ones. One mutex and condvar: steps are coarse, so this is not a bottleneck yet.
//!
//! ```text
//! Pending(i) ──next_task──▶ Executing(i) ──finish_execution──▶ Executed(i) ──Commit──▶ Committed
//!     ▲                        │  finish_blocked(on)                │ abort_at_commit
//!     └──── `on` ran again ── Blocked(i, on)                        ▼
//!                                                       Executing(i+1) by the committer
//! ```

use crate::{Incarnation, TxnIdx};
use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;

/// Work for a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Execute step `txn`.
    Execute {
        txn: TxnIdx,
        incarnation: Incarnation,
    },
    /// Commit step `txn` (the caller holds the commit token).
    Commit {
        txn: TxnIdx,
        incarnation: Incarnation,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Pending(Incarnation),
    Executing(Incarnation),
    Executed(Incarnation),
    Blocked(Incarnation, TxnIdx),
}

struct State {
    base: TxnIdx,
    steps: VecDeque<Status>,
    committing: bool,
    closed: bool,
}

/// The shared schedule of the window.
pub struct Scheduler {
    state: Mutex<State>,
    wake: Condvar,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self::new()
    }
}

impl State {
    fn status(&mut self, txn: TxnIdx) -> Option<&mut Status> {
        txn.checked_sub(self.base)
            .and_then(|i| self.steps.get_mut(i as usize))
    }

    fn pick(&mut self) -> Option<Task> {
        if !self.committing {
            if let Some(Status::Executed(inc)) = self.steps.front().copied() {
                self.committing = true;
                return Some(Task::Commit {
                    txn: self.base,
                    incarnation: inc,
                });
            }
        }
        for (i, s) in self.steps.iter_mut().enumerate() {
            if let Status::Pending(inc) = *s {
                *s = Status::Executing(inc);
                return Some(Task::Execute {
                    txn: self.base + i as TxnIdx,
                    incarnation: inc,
                });
            }
        }
        None
    }

    fn release_blocked_on(&mut self, on: TxnIdx) {
        for s in self.steps.iter_mut() {
            if let Status::Blocked(inc, o) = *s {
                if o == on {
                    *s = Status::Pending(inc + 1);
                }
            }
        }
    }
}

impl Scheduler {
    /// An empty window.
    pub fn new() -> Self {
        Scheduler {
            state: Mutex::new(State {
                base: 0,
                steps: VecDeque::new(),
                committing: false,
                closed: false,
            }),
            wake: Condvar::new(),
        }
    }

    /// Adds a newly known step; returns its index.
    pub fn push(&self) -> TxnIdx {
        let mut s = self.state.lock();
        s.steps.push_back(Status::Pending(0));
        let idx = s.base + s.steps.len() as TxnIdx - 1;
        drop(s);
        self.wake.notify_one();
        idx
    }

    /// Blocks until there is work; `None` once closed.
    pub fn next_task(&self) -> Option<Task> {
        let mut s = self.state.lock();
        loop {
            if s.closed {
                return None;
            }
            if let Some(t) = s.pick() {
                return Some(t);
            }
            self.wake.wait(&mut s);
        }
    }

    /// Like `next_task`, without blocking.
    pub fn try_next_task(&self) -> Option<Task> {
        let mut s = self.state.lock();
        if s.closed {
            return None;
        }
        s.pick()
    }

    /// An execution ended normally.
    pub fn finish_execution(&self, txn: TxnIdx, incarnation: Incarnation) {
        let mut s = self.state.lock();
        if let Some(st) = s.status(txn) {
            if *st == Status::Executing(incarnation) {
                *st = Status::Executed(incarnation);
            }
        }
        s.release_blocked_on(txn);
        drop(s);
        self.wake.notify_all();
    }

    /// An execution met an estimate of step `on`.
    pub fn finish_blocked(&self, txn: TxnIdx, incarnation: Incarnation, on: TxnIdx) {
        let mut s = self.state.lock();
        let on_settled = matches!(s.status(on), None | Some(Status::Executed(_)));
        if let Some(st) = s.status(txn) {
            *st = if on_settled {
                Status::Pending(incarnation + 1)
            } else {
                Status::Blocked(incarnation, on)
            };
        }
        drop(s);
        self.wake.notify_all();
    }

    /// The committer found `txn` invalid; it re-executes it itself (keeping the token).
    pub fn abort_at_commit(&self, txn: TxnIdx, incarnation: Incarnation) -> Incarnation {
        let mut s = self.state.lock();
        if let Some(st) = s.status(txn) {
            *st = Status::Executing(incarnation + 1);
        }
        incarnation + 1
    }

    /// `txn` committed: release the token and advance.
    pub fn finish_commit(&self, txn: TxnIdx) {
        let mut s = self.state.lock();
        if s.base == txn {
            s.steps.pop_front();
            s.base += 1;
        }
        s.committing = false;
        s.release_blocked_on(txn);
        drop(s);
        self.wake.notify_all();
    }

    /// Gives the commit token back without committing.
    pub fn release_commit_token(&self) {
        self.state.lock().committing = false;
        self.wake.notify_all();
    }

    /// Every uncommitted step back to pending; returns them (index, last incarnation) in order.
    pub fn reset_uncommitted(&self) -> Vec<(TxnIdx, Incarnation)> {
        let mut s = self.state.lock();
        let base = s.base;
        let mut out = Vec::new();
        for (i, st) in s.steps.iter_mut().enumerate() {
            let inc = match *st {
                Status::Pending(i)
                | Status::Executing(i)
                | Status::Executed(i)
                | Status::Blocked(i, _) => i,
            };
            *st = Status::Pending(inc + 1);
            out.push((base + i as TxnIdx, inc));
        }
        s.committing = false;
        out
    }

    /// Wakes every worker; `next_task` returns `None` from now on.
    pub fn close(&self) {
        self.state.lock().closed = true;
        self.wake.notify_all();
    }

    /// Undoes `close`.
    pub fn reopen(&self) {
        self.state.lock().closed = false;
    }

    /// Index of the oldest uncommitted step.
    pub fn committed_count(&self) -> TxnIdx {
        self.state.lock().base
    }

    /// Number of steps ever known.
    pub fn known_count(&self) -> TxnIdx {
        let s = self.state.lock();
        s.base + s.steps.len() as TxnIdx
    }

    /// Nothing pending, executing or waiting to commit.
    pub fn is_idle(&self) -> bool {
        self.state.lock().steps.is_empty()
    }
}
