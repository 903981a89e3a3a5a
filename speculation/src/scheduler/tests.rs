use super::{Scheduler, StepStatus, Task};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn exec(txn: u64, incarnation: u32) -> Option<Task> {
    Some(Task::Execute { txn, incarnation })
}

fn commit(txn: u64, incarnation: u32) -> Option<Task> {
    Some(Task::Commit { txn, incarnation })
}

#[test]
fn execute_in_index_order_then_commit() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    assert!(s.is_idle());
    assert_eq!(s.try_next_task(&q), None);
    assert_eq!((s.push(), s.push()), (0, 1));
    assert_eq!(s.known_count(), 2);
    assert!(!s.is_idle());
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    assert_eq!(s.try_next_task(&q), None);
    // Step 1 executed first: it cannot commit before step 0.
    s.finish_execution(1, 0);
    assert_eq!(s.status(1), Some(StepStatus::Executed(0)));
    assert_eq!(s.try_next_task(&q), None);
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    // The token is held: no second commit, even though step 1 is ready after 0.
    assert_eq!(s.try_next_task(&q), None);
    s.finish_commit(0);
    assert_eq!(s.status(0), Some(StepStatus::Committed));
    assert_eq!(s.committed_count(), 1);
    assert_eq!(s.try_next_task(&q), commit(1, 0));
    s.finish_commit(1);
    assert_eq!(s.committed_count(), 2);
    assert!(s.is_idle());
    assert_eq!(s.status(2), None);
}

#[test]
fn commit_has_priority_over_execute() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    s.push();
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
}

#[test]
fn abort_at_commit_keeps_the_token() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    s.finish_execution(0, 0);
    s.finish_execution(1, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    assert_eq!(s.abort_at_commit(0, 0), 1);
    assert_eq!(s.status(0), Some(StepStatus::Executing(1)));
    // Nobody else gets step 0 or the token.
    assert_eq!(s.try_next_task(&q), None);
    s.finish_commit(0);
    assert_eq!(s.try_next_task(&q), commit(1, 0));
}

#[test]
fn release_commit_token_hands_the_commit_on() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    s.release_commit_token();
    assert_eq!(s.committed_count(), 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
}

#[test]
fn blocked_step_waits_for_its_blocker() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    for _ in 0..3 {
        s.push();
    }
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    assert_eq!(s.try_next_task(&q), exec(2, 0));
    s.finish_blocked(2, 0, 1);
    assert_eq!(
        s.status(2),
        Some(StepStatus::Blocked {
            incarnation: 0,
            on: 1
        })
    );
    assert_eq!(s.try_next_task(&q), None);
    s.finish_execution(1, 0);
    assert_eq!(s.status(2), Some(StepStatus::Pending(1)));
    assert_eq!(s.try_next_task(&q), exec(2, 1));
}

#[test]
fn blocked_step_released_by_commit() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    assert_eq!(s.abort_at_commit(0, 0), 1);
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    s.finish_blocked(1, 0, 0);
    assert_eq!(s.try_next_task(&q), None);
    s.finish_commit(0);
    assert_eq!(s.try_next_task(&q), exec(1, 1));
}

#[test]
fn blocked_on_a_settled_step_runs_again_at_once() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    s.push();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    assert_eq!(s.try_next_task(&q), exec(2, 0));
    // Step 0 re-executed and finished between the read and `finish_blocked`.
    s.finish_execution(0, 0);
    s.finish_blocked(1, 0, 0);
    assert_eq!(s.status(1), Some(StepStatus::Pending(1)));
    // Blocked on a committed step.
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    s.finish_commit(0);
    s.finish_blocked(2, 0, 0);
    assert_eq!(s.status(2), Some(StepStatus::Pending(1)));
}

#[test]
fn aborts_move_to_the_next_incarnation() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    s.push();
    s.push();
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    s.abort_execution(1, 0);
    assert_eq!(s.status(1), Some(StepStatus::Pending(1)));
    assert_eq!(s.try_next_task(&q), exec(1, 1));
    s.finish_execution(1, 1);
    let mut marked = 0;
    assert!(!s.abort_executed(1, 0, || marked += 1), "stale incarnation");
    assert!(s.abort_executed(1, 1, || marked += 1));
    assert_eq!(marked, 1);
    assert_eq!(s.try_next_task(&q), exec(1, 2));
    // A step being committed cannot be aborted by someone else.
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    assert!(!s.abort_executed(0, 0, || marked += 1));
    assert_eq!(marked, 1);
    // Stale finishes are ignored.
    s.finish_execution(1, 1);
    assert_eq!(s.status(1), Some(StepStatus::Executing(2)));
}

#[test]
fn reset_uncommitted_returns_everything_not_executing() {
    let s = Scheduler::new();
    let q = s.worker_queue();
    for _ in 0..5 {
        s.push();
    }
    assert_eq!(s.try_next_task(&q), exec(0, 0));
    s.finish_execution(0, 0);
    assert_eq!(s.try_next_task(&q), commit(0, 0));
    s.finish_commit(0);
    assert_eq!(s.try_next_task(&q), exec(1, 0));
    assert_eq!(s.try_next_task(&q), exec(2, 0));
    assert_eq!(s.try_next_task(&q), exec(3, 0));
    s.finish_execution(1, 0);
    s.finish_blocked(3, 0, 2);
    // 1 Executed(0), 2 Executing(0) (contract breach, left alone), 3 Blocked(0), 4 Pending(0).
    let got = s.reset_uncommitted();
    assert_eq!(got, vec![(1, 0), (3, 0), (4, 0)]);
    assert_eq!(s.status(1), Some(StepStatus::Pending(1)));
    assert_eq!(s.status(2), Some(StepStatus::Executing(0)));
    assert_eq!(s.status(3), Some(StepStatus::Pending(1)));
    assert_eq!(s.status(4), Some(StepStatus::Pending(0)));
    // A later finish of 2 releases nobody (3 is no longer blocked).
    s.finish_execution(2, 0);
    assert_eq!(s.try_next_task(&q), exec(1, 1));
    assert_eq!(s.try_next_task(&q), exec(3, 1));
    assert_eq!(s.try_next_task(&q), exec(4, 0));
}

#[test]
fn close_wakes_parked_workers_and_reopen_restores() {
    let s = Arc::new(Scheduler::new());
    let done = Arc::new(AtomicBool::new(false));
    let worker = {
        let (s, done) = (s.clone(), done.clone());
        std::thread::spawn(move || {
            let q = s.worker_queue();
            let t = s.next_task(&q);
            done.store(true, Ordering::SeqCst);
            t
        })
    };
    std::thread::sleep(Duration::from_millis(50));
    assert!(
        !done.load(Ordering::SeqCst),
        "parked while there is no work"
    );
    s.close();
    assert_eq!(worker.join().ok(), Some(None));
    let q = s.worker_queue();
    assert_eq!(s.try_next_task(&q), None);
    s.reopen();
    s.push();
    assert_eq!(s.next_task(&q), exec(0, 0));
}

#[test]
fn push_wakes_a_parked_worker() {
    let s = Arc::new(Scheduler::new());
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let s = s.clone();
            std::thread::spawn(move || s.next_task(&s.worker_queue()))
        })
        .collect();
    std::thread::sleep(Duration::from_millis(20));
    s.push();
    s.push();
    let mut got: Vec<_> = workers.into_iter().filter_map(|w| w.join().ok()).collect();
    got.sort_by_key(|t| match t {
        Some(Task::Execute { txn, .. }) => *txn,
        _ => u64::MAX,
    });
    assert_eq!(got, vec![exec(0, 0), exec(1, 0)]);
}
