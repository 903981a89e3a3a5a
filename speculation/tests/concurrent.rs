//! Concurrent smoke test: 4 worker threads run a toy workload through `Scheduler`,
//! `MVMemory` and `Transaction`, with a window that grows as commits schedule new steps. Each
//! step reads counters of a small shared array and writes a non-commutative function of them,
//! so any broken ordering (a commit out of order, a stale read that passes validation, a lost
//! write) changes the final array. It must equal the sequential result, every run.

use speculation::{
    Incarnation, MVMemory, ReadError, Scheduler, Task, Transaction, TxnIdx, VersionedValue,
};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

const COUNTERS: u64 = 8;
const THREADS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Val(u64);

impl VersionedValue for Val {
    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

/// Why an execution stopped early.
enum Stop {
    Blocked(TxnIdx),
    Stale,
}

impl From<ReadError> for Stop {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Blocked { on } => Stop::Blocked(on),
        }
    }
}

fn mix(x: u64) -> u64 {
    x.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29) ^ 0x5851_f42d
}

/// Step `i` of the workload, through `read`/`write` callbacks so that the sequential
/// reference and the transactional run share the exact same code.
fn step<E>(
    i: u64,
    seed: u64,
    read: &mut dyn FnMut(u64) -> Result<u64, E>,
    check: &mut dyn FnMut() -> Result<(), E>,
    write: &mut dyn FnMut(u64, u64),
) -> Result<(), E> {
    let r = mix(i ^ seed);
    let a = r % COUNTERS;
    let b = (r >> 8) % COUNTERS;
    let va = read(a)?;
    // Some private work, so that executions overlap.
    let mut acc = r;
    for _ in 0..(r >> 16) % 400 {
        acc = mix(acc);
    }
    check()?;
    let vb = read(b)?;
    match (r >> 32) % 5 {
        // An equal rewrite: must abort nobody, and change nothing.
        0 => write(a, va),
        // Two writes, the second overwriting the first in the write set.
        1 => {
            write(b, vb.wrapping_add(1));
            write(b, vb.wrapping_mul(3).wrapping_add(i));
        }
        _ => write(
            a,
            va.wrapping_mul(31).wrapping_add(vb).wrapping_add(i) ^ (acc & 1),
        ),
    }
    Ok(())
}

fn sequential(n: u64, seed: u64) -> Vec<u64> {
    let c = std::cell::RefCell::new(vec![0u64; COUNTERS as usize]);
    for i in 0..n {
        let r: Result<(), ()> = step(
            i,
            seed,
            &mut |k| Ok(c.borrow()[k as usize]),
            &mut || Ok(()),
            &mut |k, v| c.borrow_mut()[k as usize] = v,
        );
        assert!(r.is_ok());
    }
    c.into_inner()
}

struct Run {
    n: u64,
    seed: u64,
    sched: Scheduler,
    mem: MVMemory<u64, Val>,
    storage: Vec<AtomicU64>,
    executed: Vec<Mutex<Option<Transaction<u64, Val>>>>,
    commits: Mutex<Vec<TxnIdx>>,
    executions: AtomicUsize,
    blocked: AtomicUsize,
    stale: AtomicUsize,
    commit_aborts: AtomicUsize,
    early_aborts: AtomicUsize,
}

impl Run {
    fn storage(&self, k: &u64) -> Val {
        Val(self.storage[*k as usize].load(Ordering::Acquire))
    }

    /// One execution of step `txn`; `early` makes it re-validate midway.
    fn run_txn(&self, t: &mut Transaction<u64, Val>, early: bool) -> Result<(), Stop> {
        let txn = t.txn();
        let t = std::cell::RefCell::new(t);
        step(
            txn,
            self.seed,
            &mut |k| Ok(t.borrow_mut().read(&self.mem, &k, |k| self.storage(k))?.0),
            &mut || {
                if early && !t.borrow().validate(&self.mem, |k| self.storage(k)) {
                    return Err(Stop::Stale);
                }
                Ok(())
            },
            &mut |k, v| t.borrow_mut().write(k, Val(v)),
        )
    }

    fn execute(&self, txn: TxnIdx, inc: Incarnation) {
        self.executions.fetch_add(1, Ordering::Relaxed);
        let mut t = Transaction::new(txn, inc);
        match self.run_txn(&mut t, true) {
            Err(Stop::Blocked(on)) => {
                self.blocked.fetch_add(1, Ordering::Relaxed);
                self.sched.finish_blocked(txn, inc, on);
            }
            Err(Stop::Stale) => {
                self.stale.fetch_add(1, Ordering::Relaxed);
                self.sched.abort_execution(txn, inc);
            }
            Ok(()) => {
                let writes = t.writes().map(|(k, v)| (*k, *v)).collect();
                self.mem.publish(txn, inc, writes);
                *self.slot(txn).lock().unwrap() = Some(t);
                self.sched.finish_execution(txn, inc);
            }
        }
    }

    fn slot(&self, txn: TxnIdx) -> &Mutex<Option<Transaction<u64, Val>>> {
        &self.executed[txn as usize]
    }

    fn commit(&self, txn: TxnIdx, inc: Incarnation) {
        let executed = self.slot(txn).lock().unwrap().take();
        let valid = executed
            .as_ref()
            .is_some_and(|t| t.incarnation() == inc && t.validate(&self.mem, |k| self.storage(k)));
        let writes = match executed {
            Some(t) if valid => t.into_writes(),
            _ => {
                self.commit_aborts.fetch_add(1, Ordering::Relaxed);
                let new = self.sched.abort_at_commit(txn, inc);
                self.mem.mark_estimates(txn);
                let mut t = Transaction::new(txn, new);
                assert!(
                    self.run_txn(&mut t, false).is_ok(),
                    "the oldest step cannot be blocked"
                );
                let writes = t.into_writes();
                self.abort_stale_successors(txn);
                writes
            }
        };
        // Storage first, then remove the versions: readers see one or the other.
        for (k, v) in writes {
            self.storage[k as usize].store(v.0, Ordering::Release);
        }
        self.mem.remove(txn);
        self.commits.lock().unwrap().push(txn);
        // The committed step schedules new ones: the window grows.
        for _ in 0..2 {
            if self.sched.known_count() < self.n {
                self.sched.push();
            }
        }
        self.sched.finish_commit(txn);
        if self.sched.committed_count() == self.n {
            self.sched.close();
        }
    }

    /// Step `txn` was stale at commit; the steps after it probably are too. Validate the next
    /// few executed ones and abort those found stale (their writes become estimates, so their
    /// readers wait instead of running on them).
    fn abort_stale_successors(&self, txn: TxnIdx) {
        for later in txn + 1..(txn + 4).min(self.n) {
            let mut slot = self.slot(later).lock().unwrap();
            let stale = slot
                .as_ref()
                .filter(|t| !t.validate(&self.mem, |k| self.storage(k)))
                .map(|t| t.incarnation());
            if let Some(inc) = stale {
                if self
                    .sched
                    .abort_executed(later, inc, || self.mem.mark_estimates(later))
                {
                    self.early_aborts.fetch_add(1, Ordering::Relaxed);
                    *slot = None;
                }
            }
        }
    }

    fn worker(&self) {
        let q = self.sched.worker_queue();
        while let Some(task) = self.sched.next_task(&q) {
            match task {
                Task::Execute { txn, incarnation } => self.execute(txn, incarnation),
                Task::Commit { txn, incarnation } => self.commit(txn, incarnation),
            }
        }
    }
}

fn parallel(n: u64, seed: u64) -> Run {
    let run = Run {
        n,
        seed,
        sched: Scheduler::new(),
        mem: MVMemory::new(),
        storage: (0..COUNTERS).map(|_| AtomicU64::new(0)).collect(),
        executed: (0..n).map(|_| Mutex::new(None)).collect(),
        commits: Mutex::new(Vec::new()),
        executions: AtomicUsize::new(0),
        blocked: AtomicUsize::new(0),
        stale: AtomicUsize::new(0),
        commit_aborts: AtomicUsize::new(0),
        early_aborts: AtomicUsize::new(0),
    };
    for _ in 0..4 {
        run.sched.push();
    }
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| run.worker());
        }
    });
    run
}

#[test]
fn four_threads_match_the_sequential_result() {
    let n = 3000;
    let mut totals = [0usize; 5];
    for seed in 0..6 {
        let run = parallel(n, seed);
        let got: Vec<u64> = run
            .storage
            .iter()
            .map(|a| a.load(Ordering::SeqCst))
            .collect();
        assert_eq!(got, sequential(n, seed), "seed {seed}");
        let commits = run.commits.lock().unwrap().clone();
        assert!(
            commits.iter().copied().eq(0..n),
            "each step commits once, in order"
        );
        assert!(run.mem.is_empty(), "no version left after the run");
        assert!(run.sched.is_idle());
        for (t, c) in totals.iter_mut().zip([
            &run.executions,
            &run.blocked,
            &run.stale,
            &run.commit_aborts,
            &run.early_aborts,
        ]) {
            *t += c.load(Ordering::Relaxed);
        }
    }
    eprintln!(
        "executions {}, blocked {}, stale {}, aborted at commit {}, aborted after execution {}",
        totals[0], totals[1], totals[2], totals[3], totals[4]
    );
    // Speculation really happened: more executions than steps.
    assert!(totals[0] > 6 * n as usize);
}
