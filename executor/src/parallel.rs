//! The speculative loop (`--workers N`, N > 1).
//!
//! Every handle in the ready queue is a step with a sequence number (`TxnIdx`), in queue order,
//! which is CPython's run order. Workers execute known steps speculatively against the
//! multi-version memory; steps commit strictly in order. Commit re-validates the step's reads
//! against committed storage (every earlier step has committed by then): a valid step's writes
//! go to storage and its effects apply; an invalid one is undone and re-run at once in direct
//! mode by the committer, which holds the commit token, so it cannot fail.
//!
//! Iteration boundaries happen inside the commit of an iteration's last step, while the token
//! is held: stop, or wait for and append due timers. Steps appended by commits during
//! iteration k form iteration k+1, exactly as `_run_once` counts `ntodo`.
//!
//! ```text
//!  known ──execute──▶ executed ──commit: valid──▶ committed
//!    ▲                  │
//!    └──blocked/stale───┘ commit: invalid ──direct re-run──▶ committed
//! ```

use crate::boundary::{due_timers, timeout, wait};
use crate::conflicts::{self, ConflictEvent};
use crate::stats::{stats, Stats};
use parking_lot::Mutex;
use speculation::{MVRead, Scheduler, Task, TxnIdx};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use vm::ctx::{Ctx, Memory};
use vm::describe::StepSite;
use vm::effects::{loop_state, Effect, Handle};
use vm::error::{Abort, PyResult, Raise};
use vm::slot::Loc;
use vm::value::Value;

/// Stack size of worker threads (deep Python recursion runs on them).
pub const WORKER_STACK: usize = 512 << 20;

/// What an execution left for its commit.
enum Outcome {
    /// Ran to the end (a Python exception is a result too).
    Executed {
        ctx: Box<Ctx>,
        result: PyResult<Value>,
        /// How long the execution ran.
        took: Duration,
    },
    /// Could not finish speculatively (stale reads, or it needs to be the oldest step).
    Doomed,
}

/// The state of one run of `run_forever`.
struct Run {
    sched: Scheduler,
    mem: Arc<Memory>,
    handles: Mutex<Vec<Handle>>,
    outcomes: Mutex<Vec<Option<Outcome>>>,
    /// One past the last step of the current iteration.
    iter_end: Mutex<TxnIdx>,
    /// A BaseException (SystemExit, KeyboardInterrupt) or loop error that ends the run.
    fatal: Mutex<Option<Raise>>,
    /// Whether the run may pause at a boundary so that the collector can run.
    may_collect: bool,
    /// Set when the run closed early at a boundary to let the collector run.
    paused_for_gc: Mutex<bool>,
    /// With `--report`: each step's site, taken before its first execution.
    sites: Mutex<HashMap<TxnIdx, StepSite>>,
    /// With `--report`: the last committed step that wrote each location.
    last_writer: Mutex<HashMap<Loc, TxnIdx>>,
}

impl Run {
    fn push(&self, h: Handle) {
        self.handles.lock().push(h);
        self.outcomes.lock().push(None);
        self.sched.push();
    }

    fn handle(&self, txn: TxnIdx) -> Handle {
        self.handles.lock()[txn as usize].clone()
    }

    fn set_outcome(&self, txn: TxnIdx, o: Outcome) {
        self.outcomes.lock()[txn as usize] = Some(o);
    }

    fn take_outcome(&self, txn: TxnIdx) -> Option<Outcome> {
        self.outcomes.lock()[txn as usize].take()
    }

    /// With `--report`, notes step `txn`'s site before its first execution changes it.
    fn note_site(&self, txn: TxnIdx, h: &Handle) {
        if conflicts::wanted() {
            let site = vm::describe::step(h.callback, &h.args);
            self.sites.lock().entry(txn).or_insert(site);
        }
    }

    /// With `--report`, notes what committed step `txn` wrote.
    fn note_writes(&self, txn: TxnIdx, ctx: &Ctx) {
        let Some(spec) = ctx.spec.as_ref().filter(|_| conflicts::wanted()) else {
            return;
        };
        let mut last = self.last_writer.lock();
        for (loc, _) in spec.txn.writes() {
            last.insert(*loc, txn);
        }
        for d in &spec.deltas {
            last.insert(d.loc(), txn);
        }
    }

    /// Records that an execution of `txn` that ran for `lost` was thrown away because of the
    /// location `location()` gives (`None`: a table it read untracked was written in this
    /// run). `location` runs only when events are wanted: finding it may validate again.
    fn conflict(&self, txn: TxnIdx, location: impl FnOnce() -> Option<Loc>, lost: Duration) {
        Stats::add_time(&stats().wasted_ns, lost);
        if !conflicts::wanted() {
            return;
        }
        let location = location();
        let site_of = |t: TxnIdx| self.sites.lock().get(&t).cloned();
        let reader = site_of(txn).unwrap_or_else(|| {
            let h = self.handle(txn);
            vm::describe::step(h.callback, &h.args)
        });
        let writer = location.and_then(|loc| match self.mem.read(&loc, txn) {
            MVRead::Version { txn: w, .. } | MVRead::Estimate { txn: w } => Some(w),
            MVRead::Storage => self.last_writer.lock().get(&loc).copied(),
        });
        conflicts::record(ConflictEvent {
            location: location.map_or_else(
                || "a module or class first written in this run".to_string(),
                vm::describe::location,
            ),
            step: txn,
            writer_step: writer,
            reader,
            writer: writer.and_then(site_of),
            lost,
        });
    }
}

/// What `Handle._run` does when its callback raises: any exception but `SystemExit` and
/// `KeyboardInterrupt` goes to the loop's exception handler (asyncio's `_callback_error`:
/// "Exception in callback ..." on stderr by default) and the loop goes on. Runs in the step's
/// own context, as part of the step, so what the handler reads and writes is tracked.
pub fn report_callback_error(ctx: &mut Ctx, h: &Handle, r: PyResult<Value>) -> PyResult<Value> {
    let Err(Raise::Exc(e)) = &r else { return r };
    let types = &vm::rt::rt().types;
    if vm::exceptions::exc_matches(e.value, types.system_exit)
        || vm::exceptions::exc_matches(e.value, types.keyboard_interrupt)
    {
        return r;
    }
    let Some(hook) = vm::modules::callback_error_hook() else {
        return r;
    };
    vm::exceptions::remember_traceback(e);
    let exc = Value::Obj(e.value);
    let args = ctx.new_tuple(h.args.clone());
    vm::interp::call::call(ctx, hook, &[h.callback, args, exc], &[])
}

/// Handles the result of running a callback: CPython's `Handle._run` lets `SystemExit` and
/// `KeyboardInterrupt` end the loop and logs every other exception, `BaseException`s such as
/// `CancelledError` included.
pub fn handle_error(ctx: &mut Ctx, callback: Value, r: PyResult<Value>) -> PyResult<()> {
    match r {
        Err(Raise::Abort(a)) if a.unsupported().is_some() => Err(Raise::Abort(a)),
        Ok(_) | Err(Raise::Abort(_)) => Ok(()),
        Err(Raise::Exc(e)) => {
            let types = &vm::rt::rt().types;
            if vm::exceptions::exc_matches(e.value, types.system_exit)
                || vm::exceptions::exc_matches(e.value, types.keyboard_interrupt)
            {
                return Err(Raise::Exc(e));
            }
            let what = vm::repr::repr(ctx, callback).unwrap_or_default();
            let mut e = e;
            e.traceback.reverse();
            let tb = vm::exceptions::format_traceback(ctx, &e);
            vm::effects::write_output(2, &format!("Exception in callback {what}\n{tb}"));
            Ok(())
        }
    }
}

/// A worker's lookup caches, lent to each execution it runs (they stay valid across
/// executions: see `vm::attr_cache`), so a step does not start cold.
#[derive(Default)]
struct Caches {
    class: Option<vm::attr_cache::ClassCache>,
    cell: Option<vm::attr_cache::CellCache>,
}

impl Caches {
    /// Runs `f` with the caches lent to `ctx`.
    fn lend<R>(&mut self, ctx: &mut Ctx, f: impl FnOnce(&mut Ctx) -> R) -> R {
        ctx.class_cache = self.class.take();
        ctx.cell_cache = self.cell.take();
        let r = f(ctx);
        self.class = ctx.class_cache.take();
        self.cell = ctx.cell_cache.take();
        r
    }
}

fn execute(run: &Run, txn: TxnIdx, inc: u32, caches: &mut Caches) {
    Stats::bump(&stats().executions);
    if inc > 0 {
        Stats::bump(&stats().reexecutions);
    }
    let h = run.handle(txn);
    if inc == 0 {
        run.note_site(txn, &h);
    }
    let _span = tracing::trace_span!("step", txn, incarnation = inc).entered();
    let started = Instant::now();
    let mut ctx = Box::new(Ctx::speculative(run.mem.clone(), txn, inc));
    let result = caches.lend(&mut ctx, |ctx| {
        let result = vm::interp::call::call(ctx, h.callback, &h.args, &[]);
        report_callback_error(ctx, &h, result)
    });
    let took = started.elapsed();
    vm::stress::pause();
    match result {
        Err(Raise::Abort(Abort::Blocked(on))) => {
            ctx.undo_generators();
            Stats::bump(&stats().aborts);
            tracing::trace!(on, "blocked");
            run.conflict(txn, || ctx.spec.as_ref().and_then(|s| s.blocked_at), took);
            run.sched.finish_blocked(txn, inc, on);
        }
        Err(Raise::Abort(Abort::Stale)) => {
            // Stale reads: run again at once, on fresher values.
            run.conflict(txn, || ctx.spec.as_ref().and_then(|s| s.conflict()), took);
            ctx.undo_generators();
            Stats::bump(&stats().aborts);
            tracing::trace!("stale");
            run.mem.mark_estimates(txn);
            run.sched.abort_execution(txn, inc);
        }
        Err(Raise::Abort(_)) => {
            // Needs to be the oldest step: the committer re-runs it directly.
            ctx.undo_generators();
            Stats::add_time(&stats().wasted_ns, took);
            run.mem.mark_estimates(txn);
            run.set_outcome(txn, Outcome::Doomed);
            run.sched.finish_execution(txn, inc);
        }
        result => {
            if let Some(spec) = &ctx.spec {
                let mut writes: Vec<_> = spec.txn.writes().map(|(k, v)| (*k, v.clone())).collect();
                writes.extend(spec.predicted_deltas());
                run.mem.publish(txn, inc, writes);
            }
            run.set_outcome(txn, Outcome::Executed { ctx, result, took });
            run.sched.finish_execution(txn, inc);
        }
    }
}

/// Commits step `txn` (the commit token is held).
fn commit(run: &Run, txn: TxnIdx, inc: u32, caches: &mut Caches) {
    let h = run.handle(txn);
    let _span = tracing::trace_span!("commit", txn, incarnation = inc).entered();
    vm::stress::pause();
    let valid = match run.take_outcome(txn) {
        Some(Outcome::Executed { ctx, result, took }) => {
            let clock_ok = ctx.clock_reads.0 >= *vm::effects::last_committed_clock().lock();
            let reads_hold = ctx.spec.as_ref().is_some_and(|s| s.validate());
            tracing::trace!(valid = reads_hold, "validated");
            // Storage is written here when everything holds (`commit_to_storage`).
            let ok = clock_ok
                && ctx.holds_its_generators()
                && reads_hold
                && ctx.spec.as_ref().is_some_and(|s| s.commit_to_storage());
            if ok {
                Stats::add_time(&stats().busy_ns, took);
                run.note_writes(txn, &ctx);
                Some((ctx, result))
            } else {
                if !reads_hold {
                    run.conflict(txn, || ctx.spec.as_ref().and_then(|s| s.conflict()), took);
                } else {
                    Stats::add_time(&stats().wasted_ns, took);
                }
                let mut ctx = ctx;
                ctx.undo_generators();
                None
            }
        }
        _ => None,
    };
    let (mut ctx, result) = match valid {
        Some((ctx, result)) => {
            run.mem.remove(txn);
            (ctx, result)
        }
        None => {
            Stats::bump(&stats().aborts);
            Stats::bump(&stats().reexecutions);
            tracing::trace!("re-run directly");
            run.sched.abort_at_commit(txn, inc);
            // Until the direct run has written storage, later steps that read what the thrown
            // away execution wrote wait for this commit (estimates) instead of reading storage
            // halfway through the run.
            run.mem.mark_estimates(txn);
            let started = Instant::now();
            let mut ctx = Box::new(Ctx::direct());
            ctx.buffer_effects = true;
            let result = caches.lend(&mut ctx, |ctx| {
                let result = vm::interp::call::call(ctx, h.callback, &h.args, &[]);
                report_callback_error(ctx, &h, result)
            });
            Stats::add_time(&stats().busy_ns, started.elapsed());
            run.mem.remove(txn);
            (ctx, result)
        }
    };
    ctx.release_generators();
    {
        let mut last = vm::effects::last_committed_clock().lock();
        *last = last.max(ctx.clock_reads.1);
    }
    for e in ctx.effects.drain(..) {
        match e {
            Effect::CallSoon(h) => run.push(h),
            other => vm::effects::apply(other),
        }
    }
    ctx.spec = None;
    if let Err(e) = handle_error(&mut ctx, h.callback, result) {
        *run.fatal.lock() = Some(e);
        loop_state().lock().stopping = true;
    }
    Stats::bump(&stats().commits);
    let last_of_iteration = txn + 1 == *run.iter_end.lock();
    if last_of_iteration {
        boundary(run, txn + 1);
    }
    run.sched.finish_commit(txn);
}

/// The boundary after `committed` steps: stop, or wait for timers and start the next iteration.
fn boundary(run: &Run, committed: TxnIdx) {
    loop {
        let mut state = loop_state().lock();
        if state.stopping {
            state.stopping = false;
            run.sched.close();
            return;
        }
        if run.may_collect && vm::gc::due_for_pause() {
            // Close the run here: what did not commit is undone and queued again, then
            // `run_forever` collects with no step in flight and starts a new run.
            *run.paused_for_gc.lock() = true;
            run.sched.close();
            return;
        }
        let ready_empty = run.sched.known_count() == committed;
        match timeout(&mut state, ready_empty) {
            None if ready_empty => {
                drop(state);
                let ctx = Ctx::direct();
                *run.fatal.lock() =
                    Some(ctx.runtime_error("Event loop stopped before Future completed."));
                run.sched.close();
                return;
            }
            Some(w) if w > 0.0 => {
                drop(state);
                if wait(w) && vm::interrupt::take() {
                    *run.fatal.lock() = Some(Ctx::direct().keyboard_interrupt());
                    run.sched.close();
                    return;
                }
                state = loop_state().lock();
            }
            _ => {}
        }
        let due = due_timers(&mut state);
        drop(state);
        for h in due {
            run.push(h);
        }
        let known = run.sched.known_count();
        *run.iter_end.lock() = known;
        if known > committed {
            return;
        }
    }
}

fn worker(run: &Run) {
    let q = run.sched.worker_queue();
    let mut caches = Caches::default();
    while let Some(task) = run.sched.next_task(&q) {
        vm::stress::pause();
        match task {
            Task::Execute { txn, incarnation } => execute(run, txn, incarnation, &mut caches),
            Task::Commit { txn, incarnation } => commit(run, txn, incarnation, &mut caches),
        }
    }
    vm::gc::flush_thread();
}

/// Runs iterations on `workers` threads until `stop()` takes effect, pausing at iteration
/// boundaries when the collector is due (a pause costs the speculative work in flight).
pub fn run_forever(ctx: &mut Ctx, workers: usize) -> PyResult<()> {
    let may_collect = vm::gc::loop_may_collect(ctx);
    loop {
        if !run_until_stop_or_pause(workers, may_collect)? {
            return Ok(());
        }
        vm::gc::loop_safepoint(ctx);
    }
}

/// One run of the loop's workers; true if it paused for the collector, false once `stop()`
/// took effect.
fn run_until_stop_or_pause(workers: usize, may_collect: bool) -> PyResult<bool> {
    vm::thaw::begin_run();
    let run = Run {
        sched: Scheduler::new(),
        mem: Arc::new(Memory::new()),
        handles: Mutex::new(Vec::new()),
        outcomes: Mutex::new(Vec::new()),
        iter_end: Mutex::new(0),
        fatal: Mutex::new(None),
        may_collect,
        paused_for_gc: Mutex::new(false),
        sites: Mutex::new(HashMap::new()),
        last_writer: Mutex::new(HashMap::new()),
    };
    let initial: Vec<Handle> = loop_state().lock().ready.drain(..).collect();
    for h in initial {
        run.push(h);
    }
    boundary(&run, 0);
    std::thread::scope(|s| {
        for _ in 1..workers {
            let r = &run;
            let spawned = std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(s, move || {
                    vm::interp::recursion::mark_stack(WORKER_STACK);
                    worker(r)
                });
            if spawned.is_err() {
                break;
            }
        }
        worker(&run);
    });
    vm::thaw::end_run();
    // Put back what did not commit, undone, for the next run of the loop.
    let leftovers = run.sched.reset_uncommitted();
    let mut handles = Vec::new();
    for (txn, _) in leftovers.iter().rev() {
        if let Some(Outcome::Executed { mut ctx, .. }) = run.take_outcome(*txn) {
            ctx.undo_generators();
            Stats::bump(&stats().aborts);
        }
        run.mem.remove(*txn);
    }
    for (txn, _) in &leftovers {
        handles.push(run.handle(*txn));
    }
    let mut state = loop_state().lock();
    for h in handles.into_iter().rev() {
        state.ready.push_front(h);
    }
    drop(state);
    let fatal = run.fatal.lock().take();
    match fatal {
        Some(e) => Err(e),
        None => Ok(*run.paused_for_gc.lock()),
    }
}
