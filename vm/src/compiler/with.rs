//! Code generation for the `with` and `async with` statements.
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
//! `async with` is the same with `__aenter__`/`__aexit__`, whose results are awaited:
//! `<m>; Async(BeforeWith); <await>; SetupAsyncWith(h)`, and an await after each `__aexit__`
//! call. Several items nest, as CPython does. `return`/`break`/`continue` leave through
//! [`FBlock::With`](super::FBlock) (or `AsyncWith`), which calls `__exit__(None, None, None)`.

use super::{CResult, Compiler, FBlock};
use crate::bytecode::{AsyncOp, Instr};
use crate::value::Value;
use ruff_python_ast::{self as ast, Stmt};

impl<'a> Compiler<'a> {
    /// Compiles a `with` or `async with` statement.
    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CResult {
        if w.is_async {
            self.check_await_allowed("'async with' outside async function", w)?;
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
        let setup = if w.is_async {
            self.emit(Instr::Async(AsyncOp::BeforeWith));
            self.emit_await();
            self.emit(Instr::SetupAsyncWith(0))
        } else {
            self.emit(Instr::SetupWith(0))
        };
        let fblock = if w.is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        self.unit().fblocks.push(fblock);
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
        self.call_exit_none(w.is_async);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit_await();
        }
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    /// With the bound `__exit__` on top of the stack: calls `__exit__(None, None, None)`
    /// (awaiting the result for `async with`) and pops it and the result.
    pub(super) fn call_exit_none(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.emit_await();
        }
        self.emit(Instr::Pop);
    }

    /// Awaits TOS, replacing it by the result.
    pub(super) fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_const(Value::None);
        self.emit(Instr::YieldFrom);
    }
}
