//! Code generation for `async for`.
//!
//! ```text
//!     <iterable>; Async(GetAIter)
//! top: SetupExcept(h); Async(GetANext); <await>; PopBlock
//!     <store target>; <body>; Jump top
//! h:  [aiter, exc]: Dup; StopAsyncIteration; CheckExcMatch; PopJumpIfFalse r
//!     Pop; PopExcept; Pop; Jump e
//! r:  Reraise
//! e:  <orelse>
//! ```
//! The loop is an [`FBlock::For`](super::FBlock): `break` pops the async iterator.

use super::{CResult, Compiler};
use crate::bytecode::{AsyncOp, Instr};
use crate::rt::rt;
use crate::value::Value;
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    pub(super) fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.check_await_allowed("'async for' outside async function", f)?;
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(Instr::Async(AsyncOp::GetAIter));
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::Async(AsyncOp::GetANext));
        self.emit_await();
        self.emit(Instr::PopBlock);
        self.push_loop(start, true);
        self.store(&f.target)?;
        self.body(&f.body)?;
        self.emit(Instr::Jump(start));
        let breaks = self.pop_loop();
        self.patch(setup);
        self.set_line(f);
        self.end_async_loop();
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// The handler of an async loop's `__anext__` await, with `[aiter, exc]` on the stack:
    /// `StopAsyncIteration` pops both and falls through; anything else is re-raised.
    pub(super) fn end_async_loop(&mut self) {
        self.emit(Instr::Dup);
        self.load_const(Value::Obj(rt().types.stop_async_iteration));
        self.emit(Instr::CheckExcMatch);
        let other = self.emit(Instr::PopJumpIfFalse(0));
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        let end = self.emit(Instr::Jump(0));
        self.patch(other);
        self.emit(Instr::Reraise);
        self.patch(end);
    }
}
