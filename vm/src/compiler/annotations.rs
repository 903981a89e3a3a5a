//! Variable annotations (`x: int = 1`).
//!
//! In module and class bodies, the annotation of a simple name is evaluated and recorded in the
//! body's `__annotations__` dict, as CPython does; under `from __future__ import annotations`
//! it is kept as its source text instead, unevaluated. Inside functions annotations are not
//! evaluated, as in CPython. (Parameter and return annotations are never evaluated here.)

use super::{CResult, Compiler};
use crate::bytecode::{CodeKind, Instr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Whether `body` (nested blocks included, not nested scopes) annotates a simple name.
fn annotates(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::If(i) => annotates(&i.body) || i.elif_else_clauses.iter().any(|c| annotates(&c.body)),
        Stmt::For(f) => annotates(&f.body) || annotates(&f.orelse),
        Stmt::While(w) => annotates(&w.body) || annotates(&w.orelse),
        Stmt::With(w) => annotates(&w.body),
        Stmt::Try(t) => {
            annotates(&t.body)
                || annotates(&t.orelse)
                || annotates(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    annotates(&h.body)
                })
        }
        _ => false,
    })
}

/// Whether the module starts with `from __future__ import annotations` (after its docstring and
/// other future imports, where CPython allows it).
pub(super) fn future_import(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f)
                if f.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if f.names.iter().any(|a| a.name.id.as_str() == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            _ => return false,
        }
    }
    false
}

impl<'a> Compiler<'a> {
    fn records_annotations(&mut self) -> bool {
        matches!(self.unit().kind, CodeKind::Module | CodeKind::Class)
    }

    /// At the start of a module or class body that annotates names: `__annotations__ = {}`.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if annotates(body) {
            self.emit(Instr::BuildDict(0));
            self.store_name("__annotations__");
        }
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store(&a.target)?;
        }
        if let (true, Expr::Name(n)) = (a.simple, &*a.target) {
            if self.records_annotations() {
                if self.future_annotations {
                    let text = &self.source[a.annotation.range()];
                    let ci = self.str_const(text);
                    self.emit(Instr::LoadConst(ci));
                } else {
                    self.expr(&a.annotation)?;
                }
                self.load_name("__annotations__");
                let ki = self.str_const(&n.id);
                self.emit(Instr::LoadConst(ki));
                self.emit(Instr::StoreSubscr);
            }
        }
        Ok(())
    }
}
