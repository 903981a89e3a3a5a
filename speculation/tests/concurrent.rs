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
    type Part = ();

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

impl Run {
    /// A run of `n` steps with a window of 4 known steps to start with.
    fn new(n: u64, seed: u64) -> Run {
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
        run
    }

    /// The counters, in order: what the run computed.
    fn counters(&self) -> Vec<u64> {
        self.storage
            .iter()
            .map(|a| a.load(Ordering::SeqCst))
            .collect()
    }

    /// Checks what holds however the executions interleaved: the sequential result, each step
    /// committed once and in order, nothing left behind, and every execution accounted for (each
    /// one either blocked, went stale midway, was aborted after executing, or is the one its step
    /// committed; re-executions at commit are not counted in `executions`).
    fn check(&self) {
        let seed = self.seed;
        assert_eq!(self.counters(), sequential(self.n, seed), "seed {seed}");
        let commits = self.commits.lock().unwrap().clone();
        assert!(
            commits.iter().copied().eq(0..self.n),
            "each step commits once, in order (seed {seed})"
        );
        assert!(self.mem.is_empty(), "no version left after the run");
        assert!(self.sched.is_idle());
        let load = |c: &AtomicUsize| c.load(Ordering::Relaxed);
        assert_eq!(
            load(&self.executions),
            self.n as usize + load(&self.blocked) + load(&self.stale) + load(&self.early_aborts),
            "executions = steps + blocked + stale + aborted after execution (seed {seed})"
        );
    }
}

fn parallel(n: u64, seed: u64) -> Run {
    let run = Run::new(n, seed);
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| run.worker());
        }
    });
    run
}

/// One thread, a fixed adversarial order: every `Execute` available is claimed first, then the
/// claimed steps run highest first, so each one runs before the steps below it have published
/// and reads what they are about to overwrite. Commits run as soon as they are offered.
/// Deterministic: the same speculation, conflicts and aborts every time.
fn reversed(n: u64, seed: u64) -> Run {
    let run = Run::new(n, seed);
    let q = run.sched.worker_queue();
    loop {
        let mut claimed = Vec::new();
        let mut committed = false;
        while let Some(task) = run.sched.try_next_task(&q) {
            match task {
                Task::Execute { txn, incarnation } => claimed.push((txn, incarnation)),
                Task::Commit { txn, incarnation } => {
                    run.commit(txn, incarnation);
                    committed = true;
                }
            }
        }
        if claimed.is_empty() && !committed {
            break;
        }
        for &(txn, incarnation) in claimed.iter().rev() {
            run.execute(txn, incarnation);
        }
    }
    run
}

#[test]
fn four_threads_match_the_sequential_result() {
    let n = 3000;
    for seed in 0..6 {
        let run = parallel(n, seed);
        run.check();
        eprintln!(
            "seed {seed}: executions {}, blocked {}, stale {}, aborted at commit {}, aborted after execution {}",
            run.executions.load(Ordering::Relaxed),
            run.blocked.load(Ordering::Relaxed),
            run.stale.load(Ordering::Relaxed),
            run.commit_aborts.load(Ordering::Relaxed),
            run.early_aborts.load(Ordering::Relaxed),
        );
    }
}

/// Speculation without relying on thread timing: the reversed order forces later steps to run
/// on values that earlier ones then change, and the run must catch every such read.
#[test]
fn steps_run_before_their_predecessors_are_caught_and_rerun() {
    let n = 500;
    for seed in 0..6 {
        let run = reversed(n, seed);
        run.check();
        let load = |c: &AtomicUsize| c.load(Ordering::Relaxed);
        assert!(
            load(&run.commit_aborts) > 0,
            "a stale step reached commit and was re-executed (seed {seed})"
        );
        assert!(
            load(&run.executions) > n as usize,
            "some step executed more than once (seed {seed})"
        );
    }
}
