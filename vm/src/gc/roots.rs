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
//! - The innermost entry may be stale: a collection from a frame's own safe point reads that
//!   frame through the reference it is given (`for_each_frame(skip_top = true)`). The loop's
//!   safe point is reached only through a call instruction (`_specloop.run_forever()`), so
//!   there the innermost entry is fresh.

use crate::bytecode::CodeKind;
use crate::interp::frame::Frame;
use crate::object::Kind;
use crate::value::Value;

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
}

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
        self.transparent_next = transparent_ok && is_python_function(callee);
    }

    /// The call of `before_call` returned, or failed before it entered a frame.
    #[inline]
    pub fn after_call(&mut self) {
        self.transparent_next = false;
    }

    /// The next interpreter loop entered is transparent (the program's main module, entered
    /// from the binary with nothing held).
    pub fn enter_transparently(&mut self) {
        self.transparent_next = true;
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

/// A Python function whose call runs a frame at once (not a generator or class body), or
/// such a function bound to a receiver.
fn is_python_function(v: Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.kind {
        Kind::Function(f) => f.code.kind == CodeKind::Function,
        Kind::BoundMethod { func, .. } => is_python_function(*func),
        _ => false,
    }
}
