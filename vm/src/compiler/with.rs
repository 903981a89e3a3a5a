//! Code generation for the `with` statement.
//!
//! `with m as t: body` compiles to
//! ```text
//!     <m>; SetupWith(h)        # pushes bound __exit__, a finally block, then __enter__()
//!     <store t> | Pop
//!     <body>
//!     PopBlock; <exit(None, None, None)>; Pop; Jump end
//! h:  WithExceptStart          # [exit, exc] -> [exit, exc, exit(type, exc, tb)]
//!     PopJumpIfTrue s; Reraise
//! s:  PopExcept; Pop; Pop
//! end:
//! ```
//! Several items nest, as CPython does. `return`/`break`/`continue` leave through
//! [`FBlock::With`](super::FBlock), which calls `__exit__(None, None, None)`.

use super::{CResult, Compiler, FBlock};
use crate::bytecode::Instr;
use crate::value::Value;
use ruff_python_ast::{self as ast, Stmt};

impl<'a> Compiler<'a> {
    /// Compiles a `with` statement (`async with` is refused).
    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CResult {
        if w.is_async {
            return self.unsupported("async with", w);
        }
        self.with_items(w, &w.items, &w.body)
    }

    fn with_items(
        &mut self,
        w: &'a ast::StmtWith,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.set_line(w);
        self.expr(&first.context_expr)?;
        let setup = self.emit(Instr::SetupWith(0));
        self.unit().fblocks.push(FBlock::With);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.with_items(w, rest, body)?;
        self.unit().fblocks.pop();
        self.set_line(w);
        self.emit(Instr::PopBlock);
        self.call_exit_none();
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::WithExceptStart);
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    /// With the bound `__exit__` on top of the stack: calls `__exit__(None, None, None)` and
    /// pops it and the result.
    pub(super) fn call_exit_none(&mut self) {
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit(Instr::Call(3));
        self.emit(Instr::Pop);
    }
}
