//! Holds: which execution may use a generator in place while the parallel loop runs.
//!
//! A generator's frame is not a tracked location; executions change it in place. That stays
//! sound because every execution that uses a shared generator first *holds* it
//! (`GenInner::hold`):
//! - a generator private to the running execution is used freely;
//! - a speculative execution may hold one that belongs to its task (created by it, or driven
//!   by it as its coroutine), keeping the state from before it to restore on abort; any
//!   other generator, or one held by someone else, sends it to re-run as the oldest step;
//! - the committer's direct re-execution of the oldest step holds every generator it uses
//!   until that step commits. A generator may be shared after all (a task iterating an async
//!   generator another task created): a speculative holder then belongs to a later step, so
//!   the committer *takes the generator back* to its state before that holder, which can no
//!   longer commit (`Ctx::holds_its_generators`).
//!
//! ```text
//!          speculative guard (its task's)           its commit, or abort (state := before)
//!   free ──────────────────────────────▶ Speculative{by} ─────────────────────────────▶ free
//!    │                                          │
//!    │ committer guard                          │ committer guard, once the holder is not
//!    ▼                                          ▼ mid-resume (state := before)
//!   Committer ◀─────────────────────────────────┘
//!    │ the oldest step commits
//!    ▼
//!   free
//! ```
//!
//! Invariants: at most one execution holds a generator; a speculative execution changes a
//! generator only while it holds it, checked under the generator's lock (`lock_held`), so a
//! take-back cannot slip between its check and its change; the sequential loop and code
//! outside the loop hold nothing.

use crate::ctx::Ctx;
use crate::error::{Abort, PyResult, Raise};
use crate::object::{GenInner, GenState, Generator, Hold, Kind};
use crate::value::ObjRef;
use parking_lot::MutexGuard;

fn needs_oldest<T>() -> PyResult<T> {
    Err(Raise::Abort(Abort::NeedsOldest))
}

/// Whether `hold` is this execution's.
fn is_mine(ctx: &Ctx, hold: &Hold) -> bool {
    match hold {
        Hold::Speculative { by, .. } => ctx.spec.is_some() && *by == ctx.token,
        Hold::Committer => ctx.buffer_effects,
    }
}

/// Makes generator `o` safe for this execution to read or resume: holds it, or refuses.
pub(super) fn guard(ctx: &mut Ctx, o: ObjRef, g: &Generator) -> PyResult<()> {
    if ctx.spec.is_none() {
        // `buffer_effects` marks the committer's re-execution in a parallel run.
        if ctx.buffer_effects {
            take_for_committer(ctx, o, g);
        }
        return Ok(());
    }
    if ctx.is_private(o) {
        return Ok(());
    }
    let task = ctx.current_task;
    let owned = task.is_some() && (g.creator_task == task || *g.driver_task.lock() == task);
    if !owned {
        return ctx.require_direct();
    }
    let mut inner = g.inner.lock();
    match inner.hold.as_deref() {
        Some(h) if is_mine(ctx, h) => Ok(()),
        // Held by another execution.
        Some(_) => needs_oldest(),
        // Taken back from this execution, or being resumed by the committer right now.
        None if ctx.undo.contains(&o) || inner.state == GenState::Running => needs_oldest(),
        None => {
            let before = inner.clone();
            inner.hold = Some(Box::new(Hold::Speculative {
                by: ctx.token,
                before,
            }));
            drop(inner);
            ctx.undo.push(o);
            Ok(())
        }
    }
}

/// The committer holds `g`, taking it back from a speculative holder once that holder is not
/// in the middle of resuming it (speculative executions never wait for the committer, so
/// the wait ends).
fn take_for_committer(ctx: &mut Ctx, o: ObjRef, g: &Generator) {
    loop {
        let mut inner = g.inner.lock();
        match inner.hold.as_deref() {
            Some(Hold::Committer) => return,
            Some(Hold::Speculative { .. }) if inner.state == GenState::Running => {
                drop(inner);
                std::thread::yield_now();
                continue;
            }
            Some(Hold::Speculative { .. }) => {
                if let Some(Hold::Speculative { before, .. }) = inner.hold.take().map(|h| *h) {
                    *inner = before;
                }
            }
            None => {}
        }
        inner.hold = Some(Box::new(Hold::Committer));
        drop(inner);
        ctx.undo.push(o);
        return;
    }
}

/// Locks generator `o` (already guarded) for a change: refuses a speculative execution whose
/// hold was taken back.
pub(super) fn lock_held<'g>(
    ctx: &Ctx,
    o: ObjRef,
    g: &'g Generator,
) -> PyResult<MutexGuard<'g, GenInner>> {
    let inner = g.inner.lock();
    if ctx.spec.is_none() || ctx.is_private(o) {
        return Ok(inner);
    }
    match inner.hold.as_deref() {
        Some(h) if is_mine(ctx, h) => Ok(inner),
        _ => needs_oldest(),
    }
}

fn generator(o: ObjRef) -> Option<&'static Generator> {
    match &o.0.kind {
        Kind::Generator(g) => Some(g),
        _ => None,
    }
}

impl Ctx {
    /// Restores every generator this speculative execution holds to its state before the
    /// execution (one the committer took back is restored already), and releases them.
    pub fn undo_generators(&mut self) {
        for o in std::mem::take(&mut self.undo) {
            let Some(g) = generator(o) else { continue };
            let mut inner = g.inner.lock();
            if inner.hold.as_deref().is_some_and(|h| is_mine(self, h)) {
                if let Some(hold) = inner.hold.take() {
                    if let Hold::Speculative { before, .. } = *hold {
                        *inner = before;
                    }
                }
            }
        }
    }

    /// Whether this speculative execution still holds every generator it used: false if the
    /// committer took one back, so its view of that generator is stale and it must not
    /// commit.
    pub fn holds_its_generators(&self) -> bool {
        self.undo.iter().all(|o| {
            generator(*o).is_none_or(|g| {
                g.inner
                    .lock()
                    .hold
                    .as_deref()
                    .is_some_and(|h| is_mine(self, h))
            })
        })
    }

    /// This execution's step committed: its generators' states stand, and are free.
    pub fn release_generators(&mut self) {
        for o in std::mem::take(&mut self.undo) {
            let Some(g) = generator(o) else { continue };
            let mut inner = g.inner.lock();
            if inner.hold.as_deref().is_some_and(|h| is_mine(self, h)) {
                inner.hold = None;
            }
        }
    }
}
