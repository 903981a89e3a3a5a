//! The bytecode interpreter: runs one frame until it returns, yields or raises.
//!
//! Python calls recurse on the Rust stack (bounded by the recursion limit; workers run on
//! threads with large stacks). Exceptions unwind the frame's block stack; a speculative abort
//! (`Raise::Abort`) unwinds everything without running any handler.

mod asyncs;
mod aug;
pub mod call;
pub mod class;
mod del;
mod excstar;
pub mod frame;
pub mod gen;
mod gen_hold;
pub mod instantiate;
mod instr;
mod locals;
mod matching;
pub mod recursion;
mod sets;
pub mod slots;
mod with;

use crate::error::{Abort, PyException, PyResult, Raise, TbEntry};
use frame::{Block, BlockKind, Frame};
use gen::{GenResult, Resume};

/// How a frame stopped.
#[derive(Debug)]
pub enum FrameResult {
    /// `return v` (or the end of the code).
    Return(crate::value::Value),
    /// `yield v`: the frame is suspended.
    Yield(crate::value::Value),
}

/// Runs `frame`; `pending` is an exception thrown into a suspended generator frame.
pub fn run_frame(
    ctx: &mut crate::ctx::Ctx,
    frame: &mut Frame,
    pending: Option<Box<PyException>>,
) -> PyResult<FrameResult> {
    let transparent = ctx.gc.enter(frame);
    let r = run_loop(ctx, frame, pending);
    ctx.gc.leave(transparent);
    r
}

/// The interpreter loop of `run_frame`: instructions, and unwinding to handlers.
fn run_loop(
    ctx: &mut crate::ctx::Ctx,
    frame: &mut Frame,
    mut pending: Option<Box<PyException>>,
) -> PyResult<FrameResult> {
    loop {
        let r = match pending.take() {
            Some(exc) => throw_into(ctx, frame, exc),
            None => instr::execute(ctx, frame),
        };
        match r {
            Ok(res) => return Ok(res),
            Err(Raise::Abort(Abort::UnsupportedCall(what))) => {
                let at = format!("{what} at {}:{}", frame.code.filename, frame.line());
                let at: &'static str = Box::leak(at.into_boxed_str());
                return Err(Raise::Abort(Abort::Unsupported(at)));
            }
            Err(Raise::Abort(a)) => return Err(Raise::Abort(a)),
            Err(Raise::Exc(mut exc)) => {
                if !exc.chained {
                    // `__context__` is the exception being handled where it was raised: this
                    // frame's, else (as CPython's thread-wide exc_info) an outer frame's, looked
                    // up only in the frame that raised it (once: an exception unwinding a deep
                    // recursion must not walk the stack at every frame).
                    let handled = match frame.handling.last() {
                        Some(h) => Some(h.0.value),
                        None if exc.traceback.is_empty() => {
                            ctx.gc.handled_exception().and_then(|v| v.obj())
                        }
                        None => None,
                    };
                    if let Some(handled) = handled {
                        crate::exceptions::set_context(ctx, exc.value, handled);
                        exc.chained = true;
                    }
                }
                if !std::mem::take(&mut frame.reraised) {
                    let code = frame.code;
                    exc.traceback.push(TbEntry {
                        filename: code.filename,
                        line: frame.line(),
                        name: code.name.as_str(),
                    });
                }
                if let Some(exc) = unwind(frame, exc) {
                    return Err(Raise::Exc(exc));
                }
            }
        }
    }
}

/// Delivers a thrown exception at the frame's suspension point.
fn throw_into(
    ctx: &mut crate::ctx::Ctx,
    frame: &mut Frame,
    exc: Box<PyException>,
) -> PyResult<FrameResult> {
    let delegating = matches!(
        frame.code.instrs.get(frame.ip),
        Some(crate::bytecode::Instr::YieldFrom)
    );
    if !delegating {
        return Err(Raise::Exc(exc));
    }
    let sub = frame.top();
    if crate::exceptions::exc_matches(exc.value, crate::rt::rt().types.generator_exit) {
        // The delegate is closed, then GeneratorExit is raised in the delegating frame.
        let closed = gen::close_delegate(ctx, sub);
        frame.pop();
        frame.ip += 1;
        closed?;
        return Err(Raise::Exc(exc));
    }
    match gen::delegate(ctx, sub, Resume::Throw(exc)) {
        Ok(GenResult::Yield(v)) => Ok(FrameResult::Yield(v)),
        Ok(GenResult::Return(v)) => {
            frame.pop();
            frame.ip += 1;
            frame.stack.push(v);
            instr::execute(ctx, frame)
        }
        Err(e) => {
            frame.pop();
            frame.ip += 1;
            Err(e)
        }
    }
}

/// Unwinds the block stack to the innermost handler; returns the exception if none.
fn unwind(frame: &mut Frame, mut exc: Box<PyException>) -> Option<Box<PyException>> {
    while let Some(b) = frame.blocks.pop() {
        match b.kind {
            BlockKind::Handler | BlockKind::StarMatch => {
                frame.handling.pop();
            }
            BlockKind::Except | BlockKind::Finally => {
                frame.stack.truncate(b.level as usize);
                frame.blocks.push(Block {
                    kind: BlockKind::Handler,
                    handler: 0,
                    level: b.level,
                });
                let value = exc.value;
                exc.chained = true;
                crate::exceptions::remember_traceback(&exc);
                frame.handling.push(gen::slot(*exc));
                frame.stack.push(crate::value::Value::Obj(value));
                frame.ip = b.handler as usize;
                return None;
            }
        }
    }
    Some(exc)
}
