//! A Python frame: the state of one running (or suspended) function call.
//!
//! Frames are plain data (`Copy` values in `Vec`s), so snapshotting a suspended coroutine for
//! undo is a cheap clone.

use crate::bytecode::Code;
use crate::error::PyException;
use crate::value::{ObjRef, Value};
use std::sync::atomic::{AtomicBool, Ordering};

/// What kind of block is on a frame's block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A try body with except handlers.
    Except,
    /// A try body with a finally handler.
    Finally,
    /// Inside a handler: an exception is being handled.
    Handler,
    /// Inside the `except*` clauses of a try, after one matched: its matched group is the
    /// exception being handled until the next match or the end of the clauses (as CPython
    /// 3.11 leaves it after the clause's body).
    StarMatch,
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
///
/// A generator's frame is made by one thread and may run on another while the first runs
/// other frames (workers resume their tasks' coroutines). Frames and their locals therefore
/// start on a cache line of their own and fill whole lines (`repr(align(64))`, `LOCALS_ROUND`):
/// two coroutines made one after the other would otherwise share a line that both workers
/// write at every instruction (a 2-task CPU-bound program ran 3x slower on 2 cores than 1).
#[derive(Clone)]
#[repr(align(64))]
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

/// How many returned frames a context keeps for reuse (the depth of call nesting they serve).
const POOLED_FRAMES: usize = 64;
/// Frames whose buffers grew larger than this are freed rather than kept.
const POOLED_CAPACITY: usize = 256;

/// Locals are allocated in multiples of this many (four 16-byte values: one cache line).
const LOCALS_ROUND: usize = 4;

/// Operand stack slots a fresh frame starts with.
const STACK: usize = 8;

/// Whether generator frames may run on other threads than their maker (`--workers` > 1).
static MIGRATING: AtomicBool = AtomicBool::new(false);

/// Called when the parallel loop is installed: generator frames are padded from now on.
pub fn frames_migrate() {
    MIGRATING.store(true, Ordering::Relaxed);
}

impl Frame {
    /// A fresh frame for `code` with all locals unbound.
    pub fn new(code: &'static Code, globals: ObjRef) -> Frame {
        Frame::with_spare(code, globals, 0)
    }

    /// A fresh frame for a generator or coroutine. With `--workers` > 1 it may run on another
    /// thread than the one that allocates its buffers, and a buffer whose used part ends in a
    /// cache line that the next allocation also uses makes two workers fight over that line at
    /// every instruction (two CPU-bound coroutines ran 1.6x slower on two workers than alone).
    /// A spare line at the end of its stack and locals keeps their used part off any line a
    /// neighbouring block uses, whatever the allocator's alignment.
    /// `None` when frames do not migrate: then a pooled frame serves (`from_pool`).
    pub fn for_generator(code: &'static Code, globals: ObjRef) -> Option<Box<Frame>> {
        MIGRATING
            .load(Ordering::Relaxed)
            .then(|| Box::new(Frame::with_spare(code, globals, LOCALS_ROUND)))
    }

    fn with_spare(code: &'static Code, globals: ObjRef, spare: usize) -> Frame {
        let n = code.varnames.len();
        let mut locals = Vec::with_capacity(n.next_multiple_of(LOCALS_ROUND) + spare);
        locals.resize(n, None);
        Frame {
            code,
            ip: 0,
            stack: Vec::with_capacity(STACK + spare),
            locals,
            cells: Vec::new(),
            globals,
            namespace: None,
            blocks: Vec::new(),
            handling: Vec::new(),
            reraised: false,
        }
    }

    /// A fresh frame for `code`, reusing a returned frame from `pool` when there is one: a
    /// call then allocates nothing, and moves one pointer rather than the frame.
    #[inline]
    pub fn from_pool(
        pool: &mut Vec<Box<Frame>>,
        code: &'static Code,
        globals: ObjRef,
    ) -> Box<Frame> {
        let Some(mut frame) = pool.pop() else {
            return Box::new(Frame::new(code, globals));
        };
        frame.code = code;
        frame.ip = 0;
        frame.globals = globals;
        frame.locals.resize(code.varnames.len(), None);
        frame
    }

    /// Gives this returned frame to `pool` for the next call. A pooled frame holds no values:
    /// its stack, blocks, cells and handled exceptions are emptied, its locals unbound.
    #[inline]
    pub fn recycle(mut self: Box<Self>, pool: &mut Vec<Box<Frame>>) {
        if pool.len() < POOLED_FRAMES
            && self.stack.capacity() <= POOLED_CAPACITY
            && self.locals.capacity() <= POOLED_CAPACITY
        {
            self.stack.clear();
            self.locals.clear();
            self.cells.clear();
            self.namespace = None;
            self.blocks.clear();
            self.handling.clear();
            self.reraised = false;
            pool.push(self);
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
