//! A Python frame: the state of one running (or suspended) function call.
//!
//! Frames are plain data (`Copy` values in `Vec`s), so snapshotting a suspended coroutine for
//! undo is a cheap clone.

use crate::bytecode::Code;
use crate::error::PyException;
use crate::value::{ObjRef, Value};

/// What kind of block is on a frame's block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A try body with except handlers.
    Except,
    /// A try body with a finally handler.
    Finally,
    /// Inside a handler: an exception is being handled.
    Handler,
}

/// One entry of the block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Kind of block.
    pub kind: BlockKind,
    /// Where its handler starts.
    pub handler: u32,
    /// Value-stack depth to restore when unwinding to it.
    pub level: u32,
}

/// A frame.
#[derive(Clone)]
pub struct Frame {
    /// The code being run.
    pub code: &'static Code,
    /// Next instruction.
    pub ip: usize,
    /// Operand stack.
    pub stack: Vec<Value>,
    /// Fast locals (`None` = unbound).
    pub locals: Vec<Option<Value>>,
    /// Cells: cellvars then freevars.
    pub cells: Vec<ObjRef>,
    /// The module whose globals this frame uses.
    pub globals: ObjRef,
    /// The class-body namespace dict (class bodies only).
    pub namespace: Option<ObjRef>,
    /// Try/except/finally blocks.
    pub blocks: Vec<Block>,
    /// Exceptions being handled by this frame's handlers (innermost last).
    pub handling: Vec<ExcSlot>,
    /// Set by a re-raise: the exception already has this frame in its traceback.
    pub reraised: bool,
}

/// An exception held by a handler: shared so frames stay cheaply clonable.
#[derive(Clone, Debug)]
pub struct ExcSlot(pub std::sync::Arc<PyException>);

/// The heap buffers of a returned frame, kept by its context for the next call: a call then
/// allocates nothing for its operand stack and locals. They hold no live values (both are
/// emptied before reuse, and nothing reads past their length).
#[derive(Default)]
pub struct FrameBuffers {
    stack: Vec<Value>,
    locals: Vec<Option<Value>>,
}

/// How many returned frames' buffers a context keeps (the depth of call nesting they serve).
const POOLED_FRAMES: usize = 64;
/// Buffers larger than this are freed rather than kept.
const POOLED_CAPACITY: usize = 256;

impl Frame {
    /// A fresh frame for `code` with all locals unbound.
    pub fn new(code: &'static Code, globals: ObjRef) -> Frame {
        Frame::with_buffers(code, globals, FrameBuffers::default())
    }

    /// A fresh frame for `code` built in reused buffers (see `FrameBuffers`).
    pub fn with_buffers(code: &'static Code, globals: ObjRef, buffers: FrameBuffers) -> Frame {
        let FrameBuffers {
            mut stack,
            mut locals,
        } = buffers;
        stack.clear();
        stack.reserve(8);
        locals.clear();
        locals.resize(code.varnames.len(), None);
        Frame {
            code,
            ip: 0,
            stack,
            locals,
            cells: Vec::new(),
            globals,
            namespace: None,
            blocks: Vec::new(),
            handling: Vec::new(),
            reraised: false,
        }
    }

    /// Gives this returned frame's buffers to `pool` for the next call (the frame is left
    /// with empty ones; it is not run again).
    #[inline]
    pub fn recycle(&mut self, pool: &mut Vec<FrameBuffers>) {
        if pool.len() < POOLED_FRAMES
            && self.stack.capacity() <= POOLED_CAPACITY
            && self.locals.capacity() <= POOLED_CAPACITY
        {
            pool.push(FrameBuffers {
                stack: std::mem::take(&mut self.stack),
                locals: std::mem::take(&mut self.locals),
            });
        }
    }

    /// The source line of the instruction that is running (or last ran).
    pub fn line(&self) -> u32 {
        let i = self.ip.saturating_sub(1);
        self.code
            .lines
            .get(i)
            .copied()
            .unwrap_or(self.code.first_line)
    }

    /// Pops the operand stack (the compiler guarantees it is not empty).
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    /// The top of the operand stack.
    #[inline]
    pub fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::None)
    }
}
