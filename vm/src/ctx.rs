//! The step context: every read or write of state another step could see goes through here.
//!
//! A `Ctx` runs in one of two modes:
//! - direct: no speculation is in flight (module level, `--workers 1`, the committer's
//!   exclusive re-execution): reads and writes go straight to committed storage and effects
//!   apply at once;
//! - speculative: reads and writes of shared objects go through a `speculation::Transaction`,
//!   effects are buffered, and resumed generator frames are logged for undo.
//!
//! Objects created by the running execution (`creator == token`) are private in both modes.

use crate::dict::DictData;
use crate::effects::Effect;
use crate::error::{Abort, PyResult, Raise};
use crate::modules::mt::MtState;
use crate::object::{Kind, DIRECT_TOKEN};
use crate::set::SetData;
use crate::slot::{Container, Loc, Part, Slot};
use crate::value::{Name, ObjRef, Value};
use speculation::{MVMemory, ReadError, Transaction};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The multi-version memory over Python locations.
pub type Memory = MVMemory<Loc, Slot>;

/// How many instructions a speculative execution runs between read-set re-checks.
pub const VALIDATE_EVERY: u32 = 4096;

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// A fresh token for one speculative execution (never `DIRECT_TOKEN`).
pub fn fresh_token() -> u64 {
    NEXT_TOKEN.fetch_add(1, Ordering::Relaxed)
}

/// The speculative half of a context.
pub struct Spec {
    /// Read and write sets of this execution.
    pub txn: Transaction<Loc, Slot>,
    /// The shared multi-version memory.
    pub mem: Arc<Memory>,
    /// `thaw::thaws()` when the execution started: its untracked reads of frozen tables hold
    /// while it is unchanged.
    pub thaws: u64,
    /// This execution wrote a module global or class attribute: its reads of them must see
    /// its own writes, so it reads no frozen table from a cache.
    pub wrote_table: bool,
    /// The bits of the names it read untracked from frozen tables (`thaw::thawed_since`).
    pub frozen_read: crate::thaw::ReadMask,
    /// Blind updates to apply at commit (`delta`).
    pub deltas: Vec<crate::delta::Delta>,
    /// The location whose read met an estimate (`Abort::Blocked`), for conflict reports.
    pub blocked_at: Option<Loc>,
    /// Locations written again after their first write was published early (and then marked
    /// an estimate): see [`Spec::buffer_write`].
    rewritten: rustc_hash::FxHashSet<Loc>,
}

impl Spec {
    /// Whether frozen tables may be read from the caches, which hold committed values only.
    #[inline]
    pub fn reads_frozen_tables(&self) -> bool {
        !self.wrote_table
    }

    /// Whether everything this execution read still holds: its read set, and the frozen
    /// tables it read untracked (`thaw`).
    pub fn validate(&self) -> bool {
        !crate::thaw::thawed_since(self.thaws, &self.frozen_read)
            && self.txn.validate(&self.mem, |l| l.read_storage())
    }

    /// Buffers a write of a shared location. The first write of a location is also published
    /// at once (`MVMemory::publish_one`): later steps read it instead of an older value they
    /// would have to throw away. A second write marks that early value an estimate, once.
    fn buffer_write(&mut self, loc: Loc, slot: Slot) {
        if self.txn.written(&loc).is_none() {
            self.publish_early(loc, slot.clone());
        } else {
            self.rewriting(loc);
        }
        self.txn.write(loc, slot)
    }

    /// Publishes this execution's value of `loc` before it ends (`MVMemory::publish_one`).
    pub(crate) fn publish_early(&self, loc: Loc, slot: Slot) {
        self.mem
            .publish_one(self.txn.txn(), self.txn.incarnation(), &loc, slot);
    }

    /// `loc`, already written by this execution, is written again: its early-published value
    /// becomes an estimate (which also drops the memory's reference to it, so a container in
    /// the write set can change in place).
    pub(crate) fn rewriting(&mut self, loc: Loc) {
        if self.rewritten.insert(loc) {
            self.mem.mark_estimate(self.txn.txn(), &loc);
        }
    }

    /// The first read this execution recorded that no longer holds, or `None` when the reads
    /// hold and the conflict (if any) is a thawed table (see `validate`).
    pub fn conflict(&self) -> Option<Loc> {
        self.txn
            .find_conflict(&self.mem, |l| l.read_storage())
            .copied()
    }

    /// Reads `loc` through the transaction; meeting an estimate aborts as `Blocked`.
    fn read_tracked(&mut self, loc: Loc) -> PyResult<Slot> {
        self.txn
            .read(&self.mem, &loc, |l| l.read_storage())
            .map_err(|e| self.blocked(loc, e))
    }

    /// The abort of a read of `loc` that met an estimate, noting `loc` for conflict reports.
    fn blocked(&mut self, loc: Loc, ReadError::Blocked { on }: ReadError) -> Raise {
        self.blocked_at = Some(loc);
        Raise::Abort(Abort::Blocked(on))
    }

    /// The contents of a shared container, by reference into the read or write set; read
    /// whole, or only `part` of it (see `Part`).
    fn read_ref(&mut self, container: ObjRef, part: Option<&Part>) -> Result<&Slot, ReadError> {
        let loc = Loc::Contents(container);
        match part {
            Some(p) => self.txn.read_part(&self.mem, &loc, p, |l| l.read_storage()),
            None => self.txn.read_ref(&self.mem, &loc, |l| l.read_storage()),
        }
    }
}

/// Everything one execution of one step carries.
pub struct Ctx {
    /// Creator token stamped on objects this execution allocates.
    pub token: u64,
    /// `Some` when speculative.
    pub spec: Option<Spec>,
    /// Effects buffered for commit (speculative mode only).
    pub effects: Vec<Effect>,
    /// Generators this execution holds (`interp::gen_hold`).
    pub undo: Vec<ObjRef>,
    /// The task whose step this is.
    pub current_task: Option<ObjRef>,
    /// Python call depth, for RecursionError.
    pub depth: u32,
    /// Instructions since the last read-set check.
    pub ticks: u32,
    /// Earliest and latest loop-clock values this execution read (`INFINITY`/`NEG_INFINITY`
    /// when it read none). A clock read is valid at commit only if it is not earlier than the
    /// last committed read: then some sequential run could have seen it.
    pub clock_reads: (f64, f64),
    /// Buffer effects even in direct mode (the committer's exclusive re-execution applies
    /// them through the executor's commit path).
    pub buffer_effects: bool,
    /// The running frames the collector may see (see `gc::roots`).
    pub gc: crate::gc::FrameStack,
    /// Direct-mode class lookups (see `attr_cache`); allocated on first use.
    pub class_cache: Option<crate::attr_cache::ClassCache>,
    /// Direct-mode module-global cells (see `attr_cache`); allocated on first use.
    pub cell_cache: Option<crate::attr_cache::CellCache>,
    /// Returned frames, reused by the next calls (see `Frame::from_pool`).
    pub frame_pool: Vec<Box<crate::interp::frame::Frame>>,
    /// Containers whose repr is being computed, innermost last (CPython's `Py_ReprEnter`):
    /// a container met again inside its own repr shows as `[...]`.
    pub repr_active: Vec<ObjRef>,
    /// This speculative execution made a coroutine: if it is thrown away, its token is
    /// recorded so that coroutine's death is not reported as "never awaited"
    /// (`gc::unawaited`).
    pub made_coroutine: bool,
}

impl Drop for Ctx {
    fn drop(&mut self) {
        // A speculative context dropped while still speculative never committed (a commit
        // clears `spec` first).
        if self.made_coroutine && self.spec.is_some() {
            crate::gc::unawaited::discarded(self.token);
        }
    }
}

impl Ctx {
    /// A direct-mode context (no speculation in flight).
    pub fn direct() -> Ctx {
        Ctx {
            token: DIRECT_TOKEN,
            spec: None,
            effects: Vec::new(),
            undo: Vec::new(),
            current_task: None,
            depth: 0,
            ticks: 0,
            clock_reads: (f64::INFINITY, f64::NEG_INFINITY),
            buffer_effects: false,
            gc: crate::gc::FrameStack::default(),
            class_cache: None,
            cell_cache: None,
            frame_pool: Vec::new(),
            repr_active: Vec::new(),
            made_coroutine: false,
        }
    }

    /// A speculative context for one incarnation of step `txn`.
    pub fn speculative(mem: Arc<Memory>, txn: u64, incarnation: u32) -> Ctx {
        let mut c = Ctx::direct();
        c.token = fresh_token();
        c.spec = Some(Spec {
            txn: Transaction::new(txn, incarnation),
            mem,
            thaws: crate::thaw::thaws(),
            wrote_table: false,
            frozen_read: Default::default(),
            deltas: Vec::new(),
            blocked_at: None,
            rewritten: Default::default(),
        });
        c
    }

    /// True when this execution may touch `obj`'s storage directly.
    #[inline]
    pub fn is_private(&self, obj: ObjRef) -> bool {
        self.spec.is_none() || obj.creator == self.token
    }

    /// Allocates an object owned by this execution.
    #[inline]
    pub fn alloc(&self, kind: Kind) -> ObjRef {
        crate::object::Object::alloc(self.token, kind)
    }

    /// Reads a location: own writes, own reads, earlier steps' versions, then storage.
    pub fn read(&mut self, loc: Loc) -> PyResult<Slot> {
        self.settle(loc)?;
        match &mut self.spec {
            Some(spec) if loc.object().creator != self.token => {
                if let Some(bit) = loc.frozen_table_bit() {
                    spec.frozen_read.insert(bit);
                    // Untracked (see `thaw`), unless this execution wrote it.
                    return Ok(match spec.txn.written(&loc) {
                        Some(own) => own.clone(),
                        None => loc.read_storage(),
                    });
                }
                spec.read_tracked(loc)
            }
            _ => Ok(loc.read_storage()),
        }
    }

    /// Writes a location (buffered when speculative and the object is shared).
    pub fn write(&mut self, loc: Loc, slot: Slot) {
        self.drop_deltas(loc);
        match &mut self.spec {
            Some(spec) if loc.object().creator != self.token => {
                if let Loc::Attr(o, _) = loc {
                    spec.wrote_table |= matches!(o.kind, Kind::Module(_) | Kind::Class(_));
                }
                spec.buffer_write(loc, slot)
            }
            _ => loc.write_storage(slot),
        }
    }

    /// An attribute stored on `obj` itself (not looked up through classes).
    #[inline]
    pub fn own_attr(&mut self, obj: ObjRef, name: Name) -> PyResult<Option<Value>> {
        if let (Kind::Instance(i), true) = (&obj.kind, self.is_private(obj)) {
            return Ok(i.attrs.get(name));
        }
        Ok(match self.read(Loc::Attr(obj, name))? {
            Slot::Value(v) => Some(v),
            _ => None,
        })
    }

    /// Sets an attribute stored on `obj` itself.
    pub fn set_own_attr(&mut self, obj: ObjRef, name: Name, v: Value) {
        self.write(Loc::Attr(obj, name), Slot::Value(v))
    }

    /// Deletes an attribute stored on `obj`; false if it was absent.
    pub fn del_own_attr(&mut self, obj: ObjRef, name: Name) -> PyResult<bool> {
        let had = self.own_attr(obj, name)?.is_some();
        if had {
            self.write(Loc::Attr(obj, name), Slot::Absent);
        }
        Ok(had)
    }

    /// The current contents of a list, dict or set, shared (a reference count is taken).
    pub fn contents<T: Container>(&mut self, obj: ObjRef) -> PyResult<Arc<T>> {
        if self.is_private(obj) {
            if let Some(c) = T::cell(&obj.kind) {
                return Ok(c.lock().clone());
            }
        }
        let slot = self.read(Loc::Contents(obj))?;
        Ok(T::from_slot(&slot).cloned().unwrap_or_default())
    }

    /// Runs `f` on the current contents of a container, borrowed: no reference count is
    /// taken, so tasks reading one shared container in parallel do not contend. `f` must not
    /// call back into Python (the object's lock may be held).
    pub fn with_contents<T: Container, R>(
        &mut self,
        obj: ObjRef,
        f: impl FnOnce(&T) -> R,
    ) -> PyResult<R> {
        self.with_contents_part(obj, None, f)
    }

    /// [`Ctx::with_contents`] for an `f` that depends on `part` of the contents alone (when
    /// `Some`): a speculative execution then conflicts only with changes of that part.
    pub(crate) fn with_contents_part<T: Container, R>(
        &mut self,
        obj: ObjRef,
        part: Option<&Part>,
        f: impl FnOnce(&T) -> R,
    ) -> PyResult<R> {
        // This execution's deltas on other keys do not change one key's part; the caller
        // has looked at its deltas on that key (`keyed`).
        if !part.is_some_and(Part::is_key) {
            self.settle(Loc::Contents(obj))?;
        }
        match &mut self.spec {
            Some(spec) if obj.creator != self.token => {
                let slot = match spec.read_ref(obj, part) {
                    Ok(slot) => slot,
                    Err(e) => return Err(spec.blocked(Loc::Contents(obj), e)),
                };
                Ok(match T::from_slot(slot) {
                    Some(v) => f(v),
                    None => f(&T::default()),
                })
            }
            _ => Ok(match T::cell(&obj.kind) {
                Some(c) => f(&c.lock()),
                None => f(&T::default()),
            }),
        }
    }

    /// Mutates a container's contents in place (private) or copy-on-write into the write set.
    pub fn modify_contents<T: Container, R>(
        &mut self,
        obj: ObjRef,
        f: impl FnOnce(&mut T) -> R,
    ) -> PyResult<R> {
        if self.is_private(obj) {
            if let Some(c) = T::cell(&obj.kind) {
                let mut g = c.lock();
                return Ok(f(Arc::make_mut(&mut g)));
            }
        }
        let loc = Loc::Contents(obj);
        match self.modify_shared(loc, T::from_slot, T::into_slot, || Some(Arc::default()), f)? {
            Some(r) => Ok(r),
            None => Err(self.type_error("not a container")),
        }
    }

    /// Copy-on-write update of a shared location holding an `Arc<T>` (a speculative execution):
    /// the first update reads the location (tracked) and writes a changed copy; later ones
    /// change the write set's copy in place. A slot that does not hold a `T` is taken as
    /// `default()`; `None` when that is `None` too.
    fn modify_shared<T: Clone, R>(
        &mut self,
        loc: Loc,
        from: fn(&Slot) -> Option<&Arc<T>>,
        into: fn(Arc<T>) -> Slot,
        default: fn() -> Option<Arc<T>>,
        f: impl FnOnce(&mut T) -> R,
    ) -> PyResult<Option<R>> {
        self.settle(loc)?;
        if let Some(spec) = &mut self.spec {
            if spec.txn.written(&loc).is_some() {
                spec.rewriting(loc);
                if let Some(slot) = spec.txn.written_mut(&loc) {
                    let taken = std::mem::replace(slot, Slot::Absent);
                    let Some(mut cur) = from(&taken).cloned().or_else(default) else {
                        *slot = taken;
                        return Ok(None);
                    };
                    drop(taken);
                    let r = f(Arc::make_mut(&mut cur));
                    *slot = into(cur);
                    return Ok(Some(r));
                }
            }
        }
        let slot = self.read(loc)?;
        let Some(mut cur) = from(&slot).cloned().or_else(default) else {
            return Ok(None);
        };
        drop(slot);
        let r = f(Arc::make_mut(&mut cur));
        self.write(loc, into(cur));
        Ok(Some(r))
    }

    /// The current contents of a list object.
    pub fn list_items(&mut self, list: ObjRef) -> PyResult<Arc<Vec<Value>>> {
        self.contents(list)
    }

    /// Runs `f` on the current contents of a list, borrowed (see [`Ctx::with_contents`]).
    pub fn with_list<R>(&mut self, list: ObjRef, f: impl FnOnce(&[Value]) -> R) -> PyResult<R> {
        self.with_contents(list, |v: &Vec<Value>| f(v))
    }

    /// Runs `f` on the current contents of a dict, borrowed (see [`Ctx::with_contents`]).
    pub fn with_dict<R>(&mut self, dict: ObjRef, f: impl FnOnce(&DictData) -> R) -> PyResult<R> {
        self.with_contents(dict, f)
    }

    /// Mutates a list's contents (see [`Ctx::modify_contents`]).
    pub fn list_modify<R>(
        &mut self,
        list: ObjRef,
        f: impl FnOnce(&mut Vec<Value>) -> R,
    ) -> PyResult<R> {
        self.modify_contents(list, f)
    }

    /// The current contents of a dict object.
    pub fn dict_items(&mut self, dict: ObjRef) -> PyResult<Arc<DictData>> {
        self.contents(dict)
    }

    /// Mutates a dict's contents (see [`Ctx::modify_contents`]).
    pub fn dict_modify<R>(
        &mut self,
        dict: ObjRef,
        f: impl FnOnce(&mut DictData) -> R,
    ) -> PyResult<R> {
        self.modify_contents(dict, f)
    }

    /// Runs `f` on the current contents of a set, borrowed (see [`Ctx::with_contents`]).
    pub fn with_set<R>(&mut self, set: ObjRef, f: impl FnOnce(&SetData) -> R) -> PyResult<R> {
        self.with_contents(set, f)
    }

    /// Mutates a set's contents (see [`Ctx::modify_contents`]).
    pub fn set_modify<R>(&mut self, set: ObjRef, f: impl FnOnce(&mut SetData) -> R) -> PyResult<R> {
        self.modify_contents(set, f)
    }

    /// Draws from a `random.Random` generator: mutates its state in place (private) or
    /// copy-on-write into the write set, like `list_modify`. The read makes parallel steps that
    /// draw from one generator conflict, so each sees the sequential sequence.
    pub fn random_modify<R>(
        &mut self,
        generator: ObjRef,
        f: impl FnOnce(&mut MtState) -> R,
    ) -> PyResult<R> {
        if self.is_private(generator) {
            if let Kind::Random(r) = &generator.kind {
                let mut g = r.state.lock();
                return Ok(f(Arc::make_mut(&mut g)));
            }
        }
        fn state(s: &Slot) -> Option<&Arc<MtState>> {
            match s {
                Slot::Random(state) => Some(state),
                _ => None,
            }
        }
        let loc = Loc::Contents(generator);
        match self.modify_shared(loc, state, Slot::Random, || None, f)? {
            Some(r) => Ok(r),
            None => Err(self.type_error("not a random generator")),
        }
    }

    /// A generator's current state, read only (`getstate`): no write, so it conflicts with
    /// nobody that merely reads too.
    pub fn random_read(&mut self, generator: ObjRef) -> PyResult<Arc<MtState>> {
        if self.is_private(generator) {
            if let Kind::Random(r) = &generator.kind {
                return Ok(r.state.lock().clone());
            }
        }
        match self.read(Loc::Contents(generator))? {
            Slot::Random(s) => Ok(s),
            _ => Err(self.type_error("not a random generator")),
        }
    }

    /// Replaces a generator's whole state (`seed`, `setstate`): a blind write, no read.
    pub fn random_set(&mut self, generator: ObjRef, state: MtState) {
        self.write(Loc::Contents(generator), Slot::Random(Arc::new(state)));
    }

    /// Emits an effect: applied now in direct mode, at commit when speculative.
    pub fn emit(&mut self, e: Effect) {
        if self.spec.is_some() || self.buffer_effects {
            self.effects.push(e);
        } else {
            crate::effects::apply(e);
        }
    }

    /// Called on loop back-edges and calls: a speculative execution re-checks its reads every
    /// `VALIDATE_EVERY` instructions, so stale data can never make it loop forever; a pending
    /// Ctrl-C becomes `KeyboardInterrupt` (in direct mode; see `interrupt.rs`).
    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        self.ticks += 1;
        if self.ticks >= VALIDATE_EVERY {
            self.ticks = 0;
            if crate::interrupt::pending() {
                self.require_direct()?;
                if crate::interrupt::take() {
                    return Err(self.keyboard_interrupt());
                }
            }
            if let Some(spec) = &self.spec {
                crate::stress::pause();
                if !spec.validate() {
                    return Err(Raise::Abort(Abort::Stale));
                }
            }
        }
        Ok(())
    }

    /// A `KeyboardInterrupt` to raise.
    pub fn keyboard_interrupt(&self) -> Raise {
        Raise::exc(self.new_exception(crate::rt::rt().types.keyboard_interrupt, Vec::new()))
    }

    /// Reads the loop clock, recording the read for commit-time validation.
    pub fn clock(&mut self) -> f64 {
        let t = crate::clock::now();
        self.clock_reads.0 = self.clock_reads.0.min(t);
        self.clock_reads.1 = self.clock_reads.1.max(t);
        t
    }

    /// The refusal of a feature specloop does not support, reached by a native function:
    /// `specloop: unsupported: <what> at <file>:<line>` (its caller's line), exit status 2.
    pub fn unsupported(&self, what: &str) -> Raise {
        let place = match self.gc.caller_location() {
            Some((file, line)) => format!("{file}:{line}"),
            None => "<unknown>".to_string(),
        };
        let msg = format!("{what} at {place}");
        Raise::Abort(Abort::Unsupported(Box::leak(msg.into_boxed_str())))
    }

    /// Requires this execution to be non-speculative (irreversible operations).
    pub fn require_direct(&self) -> PyResult<()> {
        if self.spec.is_some() {
            Err(Raise::Abort(Abort::NeedsOldest))
        } else {
            Ok(())
        }
    }
}
