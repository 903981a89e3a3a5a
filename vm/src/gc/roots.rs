//! Which interpreter frames a collection can see, and when collecting is safe.
//!
//! Rust code holds Python values in locals the collector cannot see, so a point is safe only
//! where every value still in use is reachable from a root. The interpreter keeps its values in
//! frames, so a backward jump in frame F is safe when every Rust frame between the thread's
//! entry and F is an interpreter loop entered *transparently*: by a call instruction calling a
//! Python function, whose arguments stay on the caller's operand stack during the call while
//! the callee's frame holds everything else. Any other entry into Python code (from a native
//! function, a generator resume, an import, a class body, a dunder called by an operator) may
//! have values in Rust locals below it, so it *inhibits* collection until it returns.
//!
//! Invariants:
//! - `frames` holds one entry per interpreter loop running on this thread, innermost last.
//! - A call instruction stores its frame's address in that frame's entry just before it
//!   calls, and the frame is not written until the call returns (its interpreter loop is
//!   suspended; the callee only reads the shared argument slice). So while any deeper code
//!   runs, every entry but the innermost one points to a live, unmodified frame.
//! - A generator resumed by `for`, or a generator or coroutine resumed by `yield from`/`await`
//!   (`before_resume`) or by a call of its `send` method, enters transparently too: the
//!   generator and the sent value are on the caller's operand stack (the value moves onto the
//!   resumed frame's stack) and the resume path holds nothing else.
//! - A *certified collector* (`list`, `tuple`, `set`, `frozenset` called by a call instruction)
//!   holds nothing but its arguments until it collects its iterable; `iter::collect` then keeps
//!   the iterator and the items gathered so far in `native_roots` and resumes a generator
//!   transparently (`take_certified`, `resume_transparently`). The built-in `next` called
//!   by a call instruction is certified too: it resumes a generator argument, which is on
//!   the caller's operand stack, holding nothing else.
//! - A *user class* called by a call instruction, with the default `__new__` and a Python
//!   `__init__`, runs `__init__` transparently: before anything else could run Python code it
//!   takes its mark (`take_callee_mark`), then holds the new instance and the `__init__`
//!   function in `native_roots` for the call (`before_held_call`); its arguments stay on the
//!   caller's operand stack.
//! - An `await` (or `async for` step) of an async generator's awaitable resumes the
//!   generator transparently when a value is sent: the awaitable is on the caller's operand
//!   stack, and its step holds the generator and the sent value in `native_roots`
//!   (`methods_agen::delegate_step`, `resume_held`).
//! - A *user instance* called by a call instruction runs its class's Python `__call__`
//!   transparently the same way: the instance and the arguments are on the caller's operand
//!   stack, and the method is held for the call (`take_callee_mark`, `before_held_call`).
//! - A *binary-operator instruction* (`a + b`) calls its first dunder transparently
//!   (`ops::binary_instr`): the instruction holds nothing else, and the operator holds only
//!   the operands and their classes, which it puts in `native_roots` with the method for the
//!   call (`before_operator`, `before_held_call`).
//! - The innermost entry may be stale: a collection from a frame's own safe point reads that
//!   frame through the reference it is given (`for_each_frame(skip_top = true)`). The loop's
//!   safe point is reached only through a call instruction (`_specloop.run_forever()`), so
//!   there the innermost entry is fresh.

use crate::bytecode::CodeKind;
use crate::interp::frame::Frame;
use crate::object::{GenKind, Kind};
use crate::value::ObjRef;
use crate::value::Value;
use std::sync::OnceLock;

/// The frames of one thread's running interpreter loops, and whether any entry inhibits
/// collection. Lives in the thread's `Ctx`.
#[derive(Default)]
pub struct FrameStack {
    frames: Vec<FramePtr>,
    /// Running interpreter loops that were not entered transparently.
    inhibit: u32,
    /// Set by a call instruction that is about to call a Python function: the next loop
    /// entered is transparent.
    transparent_next: bool,
    /// Set by a call instruction calling a certified native, until the native takes it or the
    /// call returns.
    certified: bool,
    /// Set by a call instruction calling a user class or an instance of one, or by an await
    /// of an async generator's awaitable, until the callee takes it or returns.
    callee_mark: bool,
    /// Set by a call instruction, until the call returns or any interpreter loop is entered
    /// (so, while a native it called runs): while set, the innermost entry is the caller's
    /// address, stored by that call instruction (so it is fresh).
    native_call: bool,

    /// Values held by running certified collectors (roots while they run).
    native_roots: Vec<Value>,
    /// Checkpoints left before the next one that polls the collector (its own counter: the
    /// tick counter advances elsewhere too, and a modulus of it can alias a loop's period).
    poll_countdown: u8,
}

/// Checkpoints between two polls of the collector.
const POLL_EVERY: u8 = 63;

/// The address of a running frame (see the module invariants for when it is valid).
#[derive(Clone, Copy)]
struct FramePtr(*const Frame);

// SAFETY: a `FramePtr` is dereferenced only by the thread that runs its frame, in
// `for_each_frame`. A `Ctx` moves between threads only between executions, when its frame
// stack is empty (every `enter` is paired with a `leave` in `run_frame`).
unsafe impl Send for FramePtr {}

impl FrameStack {
    /// An interpreter loop starts running `frame`; returns whether it entered transparently
    /// (to be passed to `leave`).
    #[inline]
    pub fn enter(&mut self, frame: &Frame) -> bool {
        let transparent = std::mem::take(&mut self.transparent_next);
        self.native_call = false;
        self.frames.push(FramePtr(frame));
        if !transparent {
            self.inhibit += 1;
        }
        transparent
    }

    /// The loop that `enter` returned `transparent` for has stopped.
    #[inline]
    pub fn leave(&mut self, transparent: bool) {
        self.frames.pop();
        if !transparent {
            self.inhibit -= 1;
        }
    }

    /// A call instruction of `caller` is about to call `callee` with arguments from its
    /// operand stack (`transparent_ok`: they stay there during the call).
    #[inline]
    pub fn before_call(&mut self, caller: &Frame, callee: Value, transparent_ok: bool) {
        if let Some(top) = self.frames.last_mut() {
            *top = FramePtr(caller);
        }
        let (transparent, certified, mark) = match callee.obj().map(|o| (o, &o.0.kind)) {
            _ if !transparent_ok => (false, false, false),
            Some((_, Kind::Function(_) | Kind::BoundMethod { .. })) => {
                (is_python_function(callee), false, false)
            }
            Some((o, Kind::Class(c))) => (false, is_certified_collector(o), !c.builtin),
            Some((_, Kind::Instance(_))) => (false, false, true),
            Some((o, Kind::Builtin(_))) => (
                is_generator_send(o) || crate::modules::is_coro_send(o),
                is_builtin_next(o),
                false,
            ),
            _ => (false, false, false),
        };
        self.transparent_next = transparent;
        self.certified = certified;
        self.callee_mark = mark;
        self.native_call = true;
    }

    /// A `for` loop (or, with `coroutines`, a `yield from`/`await`) of `caller` is about to
    /// resume `it`, which is on its stack.
    #[inline]
    pub fn before_resume(&mut self, caller: &Frame, it: Value, coroutines: bool) {
        if let Some(top) = self.frames.last_mut() {
            *top = FramePtr(caller);
        }
        self.transparent_next = match it.obj().map(|o| &o.0.kind) {
            Some(Kind::Generator(g)) => coroutines || g.kind == GenKind::Generator,
            _ => false,
        };
        self.callee_mark = coroutines && it.obj().is_some_and(crate::builtins::is_agen_step);
    }

    /// The call of `before_call` (or advance of `before_resume`) returned, or failed before it
    /// entered a frame.
    #[inline]
    pub fn after_call(&mut self) {
        self.transparent_next = false;
        self.certified = false;
        self.callee_mark = false;
        self.native_call = false;
    }

    /// Whether the running native was called as a certified collector by a call instruction
    /// and has not called Python code since; true at most once per call.
    pub fn take_certified(&mut self) -> bool {
        std::mem::take(&mut self.certified)
    }

    /// Whether the running call of a user class or instance was made by a call instruction
    /// and has not run Python code since; true at most once per call.
    pub fn take_callee_mark(&mut self) -> bool {
        std::mem::take(&mut self.callee_mark)
    }

    /// A binary-operator instruction of `caller` is about to run `ops::binary_instr`.
    #[inline]
    pub fn before_operator(&mut self, caller: &Frame) {
        if let Some(top) = self.frames.last_mut() {
            *top = FramePtr(caller);
        }
    }

    /// A native that took its mark is about to call `f` holding nothing the collector cannot
    /// see (everything else is in `native_roots` or on the caller's operand stack): a Python
    /// function's frame is entered transparently.
    pub(super) fn before_held_call(&mut self, f: Value) {
        self.transparent_next = is_python_function(f);
    }

    /// A native that took its mark is about to resume a generator frame, holding everything
    /// it uses in `native_roots` or where its caller's frame keeps it.
    pub(super) fn resume_held(&mut self) {
        self.transparent_next = true;
    }

    /// A certified collector is about to resume generator `it`, held in `native_roots`.
    pub fn resume_transparently(&mut self, it: Value) {
        self.transparent_next = is_plain_generator(it);
    }

    /// Keeps `v` alive while a certified collector runs; see `release_roots`.
    pub fn hold(&mut self, v: Value) {
        self.native_roots.push(v);
    }

    /// How many values are held now (a mark for `release_roots`).
    pub fn held(&self) -> usize {
        self.native_roots.len()
    }

    /// Stops holding the values held since `mark`, returning them in order.
    pub fn release_roots(&mut self, mark: usize) -> Vec<Value> {
        self.native_roots.split_off(mark)
    }

    /// The values held by running certified collectors.
    pub fn held_values(&self) -> &[Value] {
        &self.native_roots
    }

    /// The next interpreter loop entered is transparent (the program's main module, entered
    /// from the binary with nothing held).
    pub fn enter_transparently(&mut self) {
        self.transparent_next = true;
    }

    /// Counts a checkpoint (backward jump or return); true every `POLL_EVERY`th, when the
    /// collector should be offered a safe point.
    #[inline]
    pub fn poll(&mut self) -> bool {
        match self.poll_countdown.checked_sub(1) {
            Some(left) => {
                self.poll_countdown = left;
                false
            }
            None => {
                self.poll_countdown = POLL_EVERY;
                true
            }
        }
    }

    /// True when some running loop was entered from code that may hold unseen values.
    #[inline]
    pub fn inhibited(&self) -> bool {
        self.inhibit > 0
    }

    /// Calls `f` on every running frame, outermost first, except the innermost one when
    /// `skip_top`.
    ///
    /// # Safety
    /// Must be called on the thread that owns this stack, from code running below the
    /// innermost loop (a safe point), with `inhibited()` false; and, unless `skip_top`, only
    /// from code reached through a call instruction of the innermost frame.
    pub unsafe fn for_each_frame(&self, skip_top: bool, mut f: impl FnMut(&Frame)) {
        let n = self.frames.len() - usize::from(skip_top && !self.frames.is_empty());
        for p in &self.frames[..n] {
            // SAFETY: per the module invariants and this function's contract, `p` points to
            // a frame whose interpreter loop is suspended in a call and that has not been
            // written since its address was stored.
            f(unsafe { &*p.0 });
        }
    }
}

impl FrameStack {
    /// The exception that the innermost running handler on this thread is handling
    /// (`sys.exc_info()`), searching from the innermost frame outwards. The innermost frame is
    /// searched only when a call instruction of it called the running native (its entry is
    /// then fresh); otherwise only the frames suspended in calls are.
    pub fn handled_exception(&self) -> Option<Value> {
        self.readable_frames()
            .find_map(|f| f.handling.last().map(|e| Value::Obj(e.0.value)))
    }

    /// The file and line of the innermost frame that can be read (as `handled_exception`):
    /// the running native's caller when a call instruction called it.
    pub fn caller_location(&self) -> Option<(&'static str, u32)> {
        self.readable_frames()
            .next()
            .map(|f| (f.code.filename, f.line()))
    }

    /// The file and line of the innermost readable frame of the program's own code (not of
    /// the bundled standard library, whose files are `<frozen ...>`).
    pub fn user_location(&self) -> Option<(&'static str, u32)> {
        self.readable_frames()
            .find(|f| !f.code.filename.starts_with("<frozen"))
            .map(|f| (f.code.filename, f.line()))
    }

    /// The frames that may be read now, innermost first: every frame suspended in a call,
    /// and the innermost one too while `native_call` is set.
    fn readable_frames(&self) -> impl Iterator<Item = &Frame> {
        let n = self.frames.len() - usize::from(!self.native_call && !self.frames.is_empty());
        self.frames[..n].iter().rev().map(|p| {
            // SAFETY: per the module invariants, every entry but the innermost points to a
            // live frame suspended in a call and not written since its address was stored;
            // the innermost is included only while `native_call` says a call instruction
            // stored it just before calling the running native, which is still running.
            unsafe { &*p.0 }
        })
    }
}

/// A generator (not a coroutine): resuming it runs its frame with nothing else held.
fn is_plain_generator(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Generator(g)) if g.kind == GenKind::Generator)
}

/// The `send` method of generators or coroutines.
fn is_generator_send(o: ObjRef) -> bool {
    static SEND: OnceLock<[Option<ObjRef>; 2]> = OnceLock::new();
    let send = SEND.get_or_init(|| {
        let types = &crate::rt::rt().types;
        [types.generator, types.coroutine].map(|t| match &t.0.kind {
            Kind::Class(c) => c.attrs.get(crate::name!("send")).and_then(|v| v.obj()),
            _ => None,
        })
    });
    send.contains(&Some(o))
}

/// A built-in constructor whose only Python-visible work before finishing is collecting its
/// one iterable argument (see the module invariants).
fn is_certified_collector(o: ObjRef) -> bool {
    let types = &crate::rt::rt().types;
    [types.list, types.tuple, types.set, types.frozenset].contains(&o)
}

/// The built-in `next`.
fn is_builtin_next(o: ObjRef) -> bool {
    static NEXT: OnceLock<Option<ObjRef>> = OnceLock::new();
    let next = NEXT.get_or_init(|| match &crate::rt::rt().builtins.kind {
        Kind::Module(m) => m.attrs.get(crate::name!("next")).and_then(|v| v.obj()),
        _ => None,
    });
    *next == Some(o)
}

/// A Python function whose call runs a frame at once (not a generator or class body), or
/// such a function bound to a receiver.
#[inline]
fn is_python_function(v: Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.kind {
        Kind::Function(f) => f.code.kind == CodeKind::Function,
        Kind::BoundMethod { func, .. } => is_python_function(*func),
        _ => false,
    }
}
