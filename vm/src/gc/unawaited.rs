//! CPython's `RuntimeWarning: coroutine '...' was never awaited`.
//!
//! CPython warns when a coroutine object that never started is freed, which under reference
//! counting is the moment the last reference goes. specloop has no reference counts, so the
//! warning comes when a collection finds such a coroutine dead, or at exit for one still
//! alive. Only the stderr timing differs: stdout is unaffected.
//!
//! - A coroutine records its creation site when it is made. A speculative execution that made
//!   coroutines and is thrown away records its token when its context is dropped
//!   (`discarded`): the coroutines it made (their `creator`) are garbage nobody dropped, and
//!   are never reported. The set keeps one word per such execution: it is not pruned, since
//!   such a coroutine may sit in a worker's unflushed allocations past a collection.
//! - A sweep looks at every dead coroutine made by committed code: one still `GenState::Created` (never
//!   started, closed nor thrown into) is reported as `FILE:LINE: RuntimeWarning: coroutine
//!   'QUALNAME' was never awaited`, the source line and CPython's tracemalloc hint. FILE:LINE
//!   is the line of the call that created the coroutine: an approximation of CPython's, the
//!   line the frame that dropped the last reference was running (the same line for `f()` as a
//!   statement, a later one when a variable held it).
//! - At exit (`gc::report_unawaited_at_exit`), when some never-started coroutine is
//!   left, a last collection reports the dead ones the same way; those still alive (held by
//!   module globals) are reported as CPython reports them while it clears modules: `sys:1:
//!   RuntimeWarning: coroutine 'QUALNAME' was never awaited`. When the program dies of an
//!   uncaught exception, one created at a line of its traceback is reported that way too
//!   (`pin_sites`): CPython's traceback holds the frames it was passed to until then, and
//!   specloop's tracebacks hold no frames.
//! - As with CPython's default warning filter, a warning is printed once per (file, line,
//!   text).

use crate::object::{GenKind, GenState, Generator, Kind};
use crate::value::ObjRef;
use parking_lot::Mutex;
use std::collections::HashSet;

/// A warning's place and coroutine: (file, line, qualname).
type Warned = (&'static str, u32, String);

/// Warnings already printed.
static SEEN: Mutex<Option<HashSet<Warned>>> = Mutex::new(None);
/// Creation sites on the traceback of the uncaught exception that ends the program.
static PINNED: Mutex<Vec<(&'static str, u32)>> = Mutex::new(Vec::new());

/// Files of creation sites; a site names its file by index here.
static FILES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

thread_local! {
    /// The last file looked up by this thread, and its index.
    static LAST_FILE: std::cell::Cell<(usize, u32)> = const { std::cell::Cell::new((0, 0)) };
}

/// The index of `file` in `FILES` (compared by address: file names are the compiled code's
/// static strings, so one file has one address).
fn file_index(file: &'static str) -> u32 {
    let addr = file.as_ptr() as usize;
    let (last, idx) = LAST_FILE.with(|c| c.get());
    if last == addr {
        return idx;
    }
    let mut files = FILES.lock();
    let idx = match files.iter().position(|f| f.as_ptr() as usize == addr) {
        Some(i) => i as u32,
        None => {
            files.push(file);
            (files.len() - 1) as u32
        }
    };
    LAST_FILE.with(|c| c.set((addr, idx)));
    idx
}

/// The creation site of a coroutine the running native (a call instruction's callee) makes:
/// the caller's file and line, `sys:1` when unknown.
pub fn site(ctx: &crate::ctx::Ctx) -> (u32, u32) {
    let (file, line) = ctx.gc.caller_location().unwrap_or(("sys", 1));
    (file_index(file), line)
}

fn site_of(g: &Generator) -> (&'static str, u32) {
    let file = FILES
        .lock()
        .get(g.site.0 as usize)
        .copied()
        .unwrap_or("sys");
    (file, g.site.1)
}

/// Tokens of speculative executions that made a coroutine and were thrown away.
static DISCARDED: Mutex<Option<HashSet<u64>>> = Mutex::new(None);

/// A speculative execution that made a coroutine was thrown away (its context dropped
/// uncommitted): the coroutines it made are garbage nobody dropped.
pub fn discarded(token: u64) {
    DISCARDED
        .lock()
        .get_or_insert_with(HashSet::new)
        .insert(token);
}

/// A coroutine that never started, made by committed code.
fn never_started(o: ObjRef, discarded: &Option<HashSet<u64>>) -> Option<&'static Generator> {
    match &o.0.kind {
        Kind::Generator(g)
            if g.kind == GenKind::Coroutine
                && g.inner.lock().state == GenState::Created
                && !discarded.as_ref().is_some_and(|d| d.contains(&o.creator)) =>
        {
            Some(g)
        }
        _ => None,
    }
}

/// A sweep's check of the objects it frees (one pass with the freeing, so each dead object
/// is read once): reports the dead coroutines that never started.
pub(super) struct DeadCheck {
    out: String,
    pinned: Vec<(&'static str, u32)>,
    discarded: parking_lot::MutexGuard<'static, Option<HashSet<u64>>>,
}

impl DeadCheck {
    pub(super) fn new() -> DeadCheck {
        DeadCheck {
            out: String::new(),
            pinned: PINNED.lock().clone(),
            discarded: DISCARDED.lock(),
        }
    }

    /// `o` is dead and about to be freed.
    #[inline]
    pub(super) fn dead(&mut self, o: ObjRef) {
        if !matches!(&o.0.kind, Kind::Generator(g) if g.kind == GenKind::Coroutine) {
            return;
        }
        if let Some(g) = never_started(o, &self.discarded) {
            let qualname = g.qualname.as_str();
            let site = site_of(g);
            if self.pinned.contains(&site) {
                warn(&mut self.out, ("sys", 1), qualname, false);
            } else {
                warn(&mut self.out, site, qualname, true);
            }
        }
    }

    /// After the sweep: prints the warnings.
    pub(super) fn finish(self) {
        drop(self.discarded);
        if !self.out.is_empty() {
            crate::effects::write_output(2, &self.out);
        }
    }
}

/// Whether some object of `heap` is a coroutine made by committed code that never started.
pub(super) fn any_in(heap: &[ObjRef]) -> bool {
    let discarded = DISCARDED.lock();
    heap.iter().any(|o| never_started(*o, &discarded).is_some())
}

/// The sites of an uncaught exception's traceback (see the module docs).
pub(super) fn pin_sites(sites: &[(&'static str, u32)]) {
    PINNED.lock().extend_from_slice(sites);
}

/// At exit, after the last collection (so every object of `heap` is alive): the
/// never-started coroutines still alive.
pub(super) fn report_alive(heap: &[ObjRef]) {
    let mut out = String::new();
    let discarded = DISCARDED.lock();
    for o in heap {
        if let Some(g) = never_started(*o, &discarded) {
            warn(&mut out, ("sys", 1), g.qualname.as_str(), false);
        }
    }
    if !out.is_empty() {
        crate::effects::write_output(2, &out);
    }
}

fn warn(out: &mut String, (file, line): (&'static str, u32), qualname: &str, hint: bool) {
    let mut seen = SEEN.lock();
    if !seen
        .get_or_insert_with(HashSet::new)
        .insert((file, line, qualname.to_string()))
    {
        return;
    }
    out.push_str(&format!(
        "{file}:{line}: RuntimeWarning: coroutine '{qualname}' was never awaited\n"
    ));
    if hint {
        if let Some(src) = crate::exceptions::source_line(file, line) {
            out.push_str(&format!("  {src}\n"));
        }
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }
}
