//! The collectable heap: where objects are allocated, registered and freed.
//!
//! Invariants:
//! - Every object carries a `Header`: the epoch of the last mark phase that reached it, or the
//!   `PERMANENT` bit. Permanent objects are never freed: everything allocated before `enable()`
//!   (the runtime, built-in types), everything from `immortal()` (compiled code and its
//!   constants, modules, interned names) and everything `pin()`ned (objects held by Rust
//!   statics). Permanent objects that can hold other values are roots of every collection.
//! - A collectable object is registered exactly once, first in its thread's buffer, which is
//!   flushed to the global list every `FLUSH_EVERY` allocations and when the thread ends. Only
//!   objects in the global list are ever freed, so an unflushed object can only be kept too
//!   long, never freed early.
//! - `sweep` frees only objects whose mark is not the current epoch, and runs only at a safe
//!   point (see `roots.rs`), when no reference to an unmarked object exists anywhere.
//! - Allocations are counted in *units* of about `UNIT_BYTES` (`units`): an object is one
//!   unit plus one per `UNIT_BYTES` of memory it owns, so a program that makes big integers,
//!   long strings or generators collects as often, per byte, as one that makes small objects.

use super::trace::Tracer;
use crate::object::{Kind, Object};
use crate::value::ObjRef;
use parking_lot::Mutex;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};

/// Objects allocated per thread before they are handed to the global list.
const FLUSH_EVERY: usize = 1024;
/// The fewest allocation units between two collections.
const MIN_DUE: usize = 5_000;
/// Allocation since the last collection, as a multiple of its survivors, that makes the next
/// one due. 2 (Go's GOGC=200): a program whose live heap keeps growing (asyncio's task trees)
/// traces each survivor a third less often than at 1, which took async_tree 15% faster, and
/// pyperformance's peak memory stays within 1.6x CPython's.
const GROWTH: usize = 2;
/// About how many bytes one allocation unit stands for.
const UNIT_BYTES: usize = 64;
/// Header bit of objects that are never freed.
const PERMANENT: u32 = 1 << 31;

/// The collector's per-object word: the epoch of the last mark that reached it, or
/// `PERMANENT`.
pub struct Header(AtomicU32);

impl Header {
    /// Marks the object in `epoch`; true the first time (the caller then traces it). Permanent
    /// objects are never marked: they are traced as roots.
    #[inline]
    pub(super) fn mark(&self, epoch: u32) -> bool {
        let h = self.0.load(Ordering::Relaxed);
        if h == epoch || h & PERMANENT != 0 {
            return false;
        }
        self.0.store(epoch, Ordering::Relaxed);
        true
    }

    fn is_marked(&self, epoch: u32) -> bool {
        self.0.load(Ordering::Relaxed) == epoch
    }
}

static ENABLED: AtomicBool = AtomicBool::new(false);
static EPOCH: AtomicU32 = AtomicU32::new(0);
/// Units of the collectable objects flushed from thread buffers since the last sweep.
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
/// Allocation units that make a collection due.
static DUE_AT: AtomicUsize = AtomicUsize::new(MIN_DUE);

/// Set by `SPECLOOP_GC_EVERY`: a fixed number of allocations between collections.
static FIXED_DUE: AtomicUsize = AtomicUsize::new(0);

/// Every flushed collectable object.
static HEAP: Mutex<Vec<ObjRef>> = Mutex::new(Vec::new());
/// Permanent objects that can hold other values.
static ROOTS: Mutex<Vec<ObjRef>> = Mutex::new(Vec::new());

/// A thread's unflushed allocations and their units; flushed when the thread ends.
struct LocalHeap {
    objs: Vec<ObjRef>,
    units: usize,
}

impl LocalHeap {
    fn flush(&mut self) {
        if self.objs.is_empty() {
            return;
        }
        ALLOCATED.fetch_add(std::mem::take(&mut self.units), Ordering::Relaxed);
        HEAP.lock().append(&mut self.objs);
    }
}

impl Drop for LocalHeap {
    fn drop(&mut self) {
        self.flush();
    }
}

thread_local! {
    static LOCAL: RefCell<LocalHeap> = const {
        RefCell::new(LocalHeap { objs: Vec::new(), units: 0 })
    };
}

/// Hands this thread's unflushed allocations to the global list (workers call it when they
/// stop, so the next collection can free what they allocated).
pub fn flush_thread() {
    let _ = LOCAL.try_with(|l| l.borrow_mut().flush());
}

/// Starts collecting: objects allocated from now on are collectable (called once the runtime
/// is built, before the program's first instruction).
///
/// `SPECLOOP_GC_EVERY=N` makes a collection due every N allocations (at least 1) instead of
/// when the heap doubles: tests use it to collect at nearly every safe point.
pub fn enable() {
    if let Some(n) = std::env::var("SPECLOOP_GC_EVERY")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    {
        FIXED_DUE.store(n.max(1), Ordering::Relaxed);
        DUE_AT.store(n.max(1), Ordering::Relaxed);
    }
    ENABLED.store(true, Ordering::Release);
}

/// Runs `f` over every flushed collectable object (at a safe point, this thread flushed).
pub(super) fn with_heap<R>(f: impl FnOnce(&[ObjRef]) -> R) -> R {
    flush_thread();
    f(&HEAP.lock())
}

/// Whether collection is enabled.
pub(super) fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Allocates an object: collectable once collection is enabled, permanent before.
#[inline]
pub fn alloc(creator: u64, kind: Kind) -> ObjRef {
    if !ENABLED.load(Ordering::Relaxed) {
        return allocate(creator, kind, true);
    }
    let o = allocate(creator, kind, false);
    let full = LOCAL.try_with(|l| {
        let mut l = l.borrow_mut();
        l.objs.push(o);
        l.units += units(&o.kind);
        l.objs.len() >= FLUSH_EVERY
    });
    if full == Ok(true) {
        flush_thread();
    }
    o
}

/// Allocates an object that is never freed (compiled code, constants, modules, names).
pub fn immortal(creator: u64, kind: Kind) -> ObjRef {
    allocate(creator, kind, true)
}

fn allocate(creator: u64, kind: Kind, permanent: bool) -> ObjRef {
    let header = Header(AtomicU32::new(if permanent { PERMANENT } else { 0 }));
    let o = ObjRef(Box::leak(Box::new(Object {
        creator,
        gc: header,
        kind,
    })));
    if permanent && holds_values(&o.kind) {
        ROOTS.lock().push(o);
    }
    o
}

/// Makes a (possibly collectable) object permanent: for objects a Rust static holds, which
/// the collector cannot see. Must be called before the static is published.
pub fn pin(o: ObjRef) -> ObjRef {
    if o.gc.0.fetch_or(PERMANENT, Ordering::Relaxed) & PERMANENT == 0 && holds_values(&o.kind) {
        ROOTS.lock().push(o);
    }
    o
}

/// Kinds whose objects never refer to other collectable objects.
fn holds_values(kind: &Kind) -> bool {
    !matches!(
        kind,
        Kind::Str(_) | Kind::BigInt(_) | Kind::Code(_) | Kind::Range { .. }
    )
}

/// How many allocation units an object of `kind` counts for: one, plus one per `UNIT_BYTES`
/// of the memory it owns that is cheap to measure (payloads whose length is known without a
/// lock; a container's items are counted by `survivor_units` only).
#[inline]
fn units(kind: &Kind) -> usize {
    let owned = match kind {
        Kind::BigInt(b) => (b.bits() / 8) as usize,
        Kind::Str(s) => s.s.len(),
        Kind::Bytes(b) => b.len(),
        Kind::Tuple(t) => std::mem::size_of_val::<[crate::value::Value]>(t),
        Kind::Generator(_) => GENERATOR_BYTES,
        _ => 0,
    };
    1 + owned / UNIT_BYTES
}

/// The memory a generator owns beyond its object: its state and suspended frame with small
/// buffers (an estimate: the frame is behind a lock).
const GENERATOR_BYTES: usize = std::mem::size_of::<crate::object::Generator>()
    + std::mem::size_of::<crate::interp::frame::Frame>()
    + 256;

/// `units`, counting the items of lists, dicts and sets too: for objects that survived a
/// collection, measured while the world is stopped (the locks are free).
fn survivor_units(o: ObjRef) -> usize {
    let items = match &o.kind {
        Kind::List(l) => l.lock().len() * std::mem::size_of::<crate::value::Value>(),
        Kind::Dict(d) => d.lock().len() * 3 * std::mem::size_of::<crate::value::Value>(),
        Kind::Set(s) => s.lock().len() * 2 * std::mem::size_of::<crate::value::Value>(),
        _ => 0,
    };
    units(&o.kind) + items / UNIT_BYTES
}

/// True when a collection is due: the allocation units since the last one reach the budget.
#[inline]
pub(super) fn due() -> bool {
    due_times(1)
}

/// True when the allocations since the last collection reach `factor` budgets.
#[inline]
pub(super) fn due_times(factor: usize) -> bool {
    let local = LOCAL.try_with(|l| l.borrow().units).unwrap_or(0);
    ALLOCATED.load(Ordering::Relaxed) + local >= DUE_AT.load(Ordering::Relaxed) * factor
}

/// Starts a collection: flushes this thread and returns the new mark epoch.
pub(super) fn next_epoch() -> u32 {
    flush_thread();
    let mut e = (EPOCH.load(Ordering::Relaxed) + 1) & !PERMANENT;
    if e == 0 {
        e = 1;
    }
    EPOCH.store(e, Ordering::Relaxed);
    e
}

/// Traces the children of every permanent root.
pub(super) fn trace_permanent(t: &mut Tracer) {
    let roots = ROOTS.lock().clone();
    for r in roots {
        t.children(r);
    }
}

/// Frees every registered object not marked in `epoch`; `marking` is how long the mark phase
/// of the collection that began at `started` took (for `SPECLOOP_GC_DEBUG`).
pub(super) fn sweep(epoch: u32, marking: std::time::Duration, started: std::time::Instant) {
    let mut heap = std::mem::take(&mut *HEAP.lock());
    let mut dead = Vec::new();
    let mut survivor_units_total = 0;
    // One pass over the heap: each object's header is a likely cache miss.
    heap.retain(|o| {
        let live = o.gc.is_marked(epoch) || o.gc.0.load(Ordering::Relaxed) & PERMANENT != 0;
        if live {
            survivor_units_total += survivor_units(*o);
        } else {
            dead.push(*o);
        }
        live
    });
    crate::exceptions::forget_tracebacks(&dead);
    crate::userhash::forget(&dead);
    crate::sites::forget(&dead);
    let dead_count = dead.len();
    let mut unawaited = super::unawaited::DeadCheck::new();
    for o in dead {
        unawaited.dead(o);
        // SAFETY: `o` came from `Box::leak` in `allocate` and was registered once, so it is
        // freed once. It was not reached by the mark phase, which ran at a safe point where
        // every value the program can still use is reachable from the roots: no reference to
        // it exists, and none can be made (nothing reachable refers to it).
        unsafe { drop(Box::from_raw(o.0 as *const Object as *mut Object)) };
    }
    unawaited.finish();
    let survivors = heap.len();
    let survivor_units = survivor_units_total;
    if debug_enabled() {
        eprintln!(
            "gc: freed {dead_count} kept {survivors} ({survivor_units} units) in {:.1} ms (mark {:.1} ms)",
            started.elapsed().as_secs_f64() * 1e3,
            marking.as_secs_f64() * 1e3
        );
    }
    HEAP.lock().append(&mut heap);
    ALLOCATED.store(0, Ordering::Relaxed);
    let fixed = FIXED_DUE.load(Ordering::Relaxed);
    let due_at = if fixed > 0 {
        fixed
    } else {
        (survivor_units * GROWTH).max(MIN_DUE)
    };
    DUE_AT.store(due_at, Ordering::Relaxed);
}

/// `SPECLOOP_GC_DEBUG` set: each collection reports on stderr what it freed and kept.
fn debug_enabled() -> bool {
    static DEBUG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DEBUG.get_or_init(|| std::env::var_os("SPECLOOP_GC_DEBUG").is_some())
}
