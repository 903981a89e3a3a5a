//! Where pending executions wait for a worker: `crossbeam-deque` work stealing. Steps that
//! become pending go to a global injector (re-executions to a second, urgent one, so that an
//! aborted low step runs before newer steps, as Block-STM's lowest-index-first rule wants).
//! Workers take entries one at a time, so fresh steps start in index order; each worker's own
//! FIFO deque holds the entries it took but could not claim yet, and the others steal from it.
//!
//! Invariants:
//! - Entries are hints `(txn, incarnation)`: the scheduler claims a step only if its status is
//!   still `Pending(incarnation)`, so stale or duplicate entries are harmless.
//! - Every step whose status is `Pending(i)` has an entry `(txn, i)` in some queue, or one in
//!   the hands of a worker that is about to claim it or put it back.
//! - A worker parks only with an empty local deque, so parked workers hide no work.
//!
//! Under `--cfg loom` the deques are replaced by mutex-guarded `VecDeque`s with the same API
//! (crossbeam-deque is not loom-instrumented); the claiming logic above them is the shipped one.

use crate::sync::Mutex;
use crate::{Incarnation, TxnIdx};

#[cfg(not(loom))]
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
#[cfg(loom)]
use model::{Injector, Steal, Stealer, Worker};

/// A pending execution: the step and the incarnation to run.
pub(crate) type Entry = (TxnIdx, Incarnation);

/// The shared side: injectors and every worker's stealer.
pub(crate) struct WorkQueues {
    fresh: Injector<Entry>,
    urgent: Injector<Entry>,
    stealers: Mutex<Vec<Stealer<Entry>>>,
}

/// One worker's own deque. Get one per worker thread from `Scheduler::worker_queue`.
pub struct WorkerQueue {
    local: Worker<Entry>,
}

impl WorkQueues {
    pub(crate) fn new() -> Self {
        WorkQueues {
            fresh: Injector::new(),
            urgent: Injector::new(),
            stealers: Mutex::new(Vec::new()),
        }
    }

    /// A new worker's deque, registered for stealing.
    pub(crate) fn worker(&self) -> WorkerQueue {
        let local = Worker::new_fifo();
        self.stealers.lock().push(local.stealer());
        WorkerQueue { local }
    }

    /// Queues a pending execution: incarnation 0 in step order, re-executions ahead of them.
    pub(crate) fn push(&self, entry: Entry) {
        if entry.1 == 0 {
            self.fresh.push(entry);
        } else {
            self.urgent.push(entry);
        }
    }

    /// Puts back an entry a worker took but did not claim (the commit came first).
    pub(crate) fn put_back(&self, q: &WorkerQueue, entry: Entry) {
        q.local.push(entry);
    }

    /// The next entry for worker `q`: urgent re-executions, its own deque, the fresh injector,
    /// then other workers' deques. `None` when all looked empty.
    pub(crate) fn find(&self, q: &WorkerQueue) -> Option<Entry> {
        if let Some(e) = take(|| self.urgent.steal()) {
            return Some(e);
        }
        if let Some(e) = q.local.pop() {
            return Some(e);
        }
        // One at a time, not in batches: a worker holding a batch would run steps far ahead of
        // the commit point while the other runs the low ones, and late steps that read what
        // earlier ones write then abort (bench counter_bump: 1.96x -> 0.99x with batches).
        if let Some(e) = take(|| self.fresh.steal()) {
            return Some(e);
        }
        let stealers = self.stealers.lock();
        stealers.iter().find_map(|s| take(|| s.steal()))
    }
}

/// Retries a steal while it says `Retry`.
fn take(mut steal: impl FnMut() -> Steal<Entry>) -> Option<Entry> {
    loop {
        match steal() {
            Steal::Success(e) => return Some(e),
            Steal::Empty => return None,
            Steal::Retry => {}
        }
    }
}

/// loom stand-ins for the crossbeam-deque types used above.
#[cfg(loom)]
mod model {
    use crate::sync::{Arc, Mutex};
    use std::collections::VecDeque;

    pub enum Steal<T> {
        Empty,
        Success(T),
        #[allow(dead_code)]
        Retry,
    }

    fn pop<T>(q: &Mutex<VecDeque<T>>) -> Steal<T> {
        match q.lock().pop_front() {
            Some(e) => Steal::Success(e),
            None => Steal::Empty,
        }
    }

    pub struct Injector<T>(Mutex<VecDeque<T>>);

    impl<T> Injector<T> {
        pub fn new() -> Self {
            Injector(Mutex::new(VecDeque::new()))
        }
        pub fn push(&self, e: T) {
            self.0.lock().push_back(e);
        }
        pub fn steal(&self) -> Steal<T> {
            pop(&self.0)
        }
    }

    pub struct Worker<T>(Arc<Mutex<VecDeque<T>>>);

    impl<T> Worker<T> {
        pub fn new_fifo() -> Self {
            Worker(Arc::new(Mutex::new(VecDeque::new())))
        }
        pub fn stealer(&self) -> Stealer<T> {
            Stealer(self.0.clone())
        }
        pub fn push(&self, e: T) {
            self.0.lock().push_back(e);
        }
        pub fn pop(&self) -> Option<T> {
            self.0.lock().pop_front()
        }
    }

    pub struct Stealer<T>(Arc<Mutex<VecDeque<T>>>);

    impl<T> Stealer<T> {
        pub fn steal(&self) -> Steal<T> {
            pop(&self.0)
        }
    }
}
