//! loom models of `Scheduler`: claiming of work from the work-stealing queues (each worker has
//! its own deque and steals from the other) and the commit hand-off between workers.
//!
//! What the models assert, over every interleaving (bounded preemption):
//! - every step is executed before it commits, by one worker at a time;
//! - steps commit in index order, each exactly once, whichever worker holds the token;
//! - a step whose execution met an estimate runs again once the blocker has executed, and
//!   no worker parks forever while work is left (loom reports a deadlock otherwise).
#![cfg(loom)]

use loom::sync::atomic::{AtomicU32, Ordering};
use loom::sync::{Arc, Mutex};
use loom::thread;
use speculation::{Scheduler, Task, TxnIdx};

const STEPS: TxnIdx = 2;

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(3);
    builder.check(f);
}

/// What the workers did, for the assertions.
#[derive(Default)]
struct Log {
    commits: Vec<TxnIdx>,
    executing: [bool; STEPS as usize],
}

/// One worker: executes and commits until the last step committed. With `block_first`,
/// step 1's first execution meets an estimate of step 0 (as if step 0 had been aborted).
fn worker(sched: &Scheduler, log: &Mutex<Log>, executions: &[AtomicU32], block_first: bool) {
    let q = sched.worker_queue();
    while let Some(task) = sched.next_task(&q) {
        match task {
            Task::Execute { txn, incarnation } => {
                let i = txn as usize;
                {
                    let mut l = log.lock().expect("log");
                    assert!(!l.executing[i], "two executions of step {txn} at once");
                    l.executing[i] = true;
                }
                executions[i].fetch_add(1, Ordering::SeqCst);
                log.lock().expect("log").executing[i] = false;
                if block_first && txn == 1 && incarnation == 0 {
                    sched.finish_blocked(txn, incarnation, 0);
                } else {
                    sched.finish_execution(txn, incarnation);
                }
            }
            Task::Commit { txn, .. } => {
                assert!(executions[txn as usize].load(Ordering::SeqCst) > 0);
                log.lock().expect("log").commits.push(txn);
                sched.finish_commit(txn);
                if txn + 1 == STEPS {
                    sched.close();
                }
            }
        }
    }
}

fn run(block_first: bool) {
    model(move || {
        let sched = Arc::new(Scheduler::new());
        let log = Arc::new(Mutex::new(Log::default()));
        let executions: Arc<[AtomicU32; STEPS as usize]> =
            Arc::new([AtomicU32::new(0), AtomicU32::new(0)]);
        for _ in 0..STEPS {
            sched.push();
        }
        let other = {
            let (sched, log, executions) = (sched.clone(), log.clone(), executions.clone());
            thread::spawn(move || worker(&sched, &log, &executions[..], block_first))
        };
        worker(&sched, &log, &executions[..], block_first);
        other.join().expect("worker thread");

        let log = log.lock().expect("log");
        assert_eq!(log.commits, (0..STEPS).collect::<Vec<_>>());
        assert_eq!(sched.committed_count(), STEPS);
        assert!(sched.is_idle());
        if block_first {
            assert_eq!(executions[1].load(Ordering::SeqCst), 2);
        }
    });
}

#[test]
fn commits_in_order_once_each() {
    run(false);
}

#[test]
fn blocked_step_runs_again_and_commits() {
    run(true);
}
