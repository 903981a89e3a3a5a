//! Docstrings and variable annotations of module and class bodies.
//!
//! As CPython does: a module or class body binds `__doc__` (its docstring, or None), and, when
//! it has annotated assignments, `__annotations__`, a dict that each `name: T` at that level
//! fills with the evaluated annotation. In a function body annotations are not evaluated.
//! A function's parameter and return annotations are evaluated in the enclosing scope when the
//! `def` runs, into the function's `__annotations__`. Under `from __future__ import
//! annotations` all of these are kept as text instead (`unparse`), unevaluated.

use super::{CResult, Compiler};
use crate::bytecode::{CodeKind, Instr};
use crate::value::{intern, Value};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Whether `body` (not counting nested functions and classes) has an annotated assignment.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
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

/// The docstring of a module, class or function body: its first statement, when that is a
/// string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// Binds `__doc__` and (if needed) an empty `__annotations__` at the start of a module or
    /// class body.
    pub(super) fn body_prologue(&mut self, body: &'a [Stmt]) {
        match docstring(body) {
            Some(d) => self.load_const(intern(d).value()),
            None => self.load_const(Value::None),
        }
        self.store_name("__doc__");
        if has_annotations(body) {
            self.emit(Instr::BuildDict(0));
            self.store_name("__annotations__");
        }
    }

    /// Pushes one annotation: its value, or its text under the future import.
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = match super::unparse::unparse(e) {
                Ok(t) => t,
                Err(what) => return self.unsupported(what, e),
            };
            let ci = self.str_const(&text);
            self.emit(Instr::LoadConst(ci));
            return Ok(());
        }
        self.expr(e)
    }

    /// With the new function on the stack (left there): sets its `__annotations__` from the
    /// annotations of its parameters and return value, if it has any.
    pub(super) fn function_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult {
        let params = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        let mut pairs: Vec<(&str, &'a Expr)> = params
            .filter_map(|a| Some((a.name.id.as_str(), a.annotation.as_deref()?)))
            .collect();
        pairs.extend(returns.map(|r| ("return", r)));
        if pairs.is_empty() {
            return Ok(());
        }
        self.emit(Instr::Dup);
        for (name, e) in &pairs {
            let ci = self.str_const(name);
            self.emit(Instr::LoadConst(ci));
            self.annotation(e)?;
        }
        self.emit(Instr::BuildDict(pairs.len() as u32));
        self.emit(Instr::Rot2);
        let ni = self.name_index("__annotations__");
        self.emit(Instr::StoreAttr(ni));
        Ok(())
    }

    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store(&a.target)?;
        }
        if !matches!(self.unit().kind, CodeKind::Module | CodeKind::Class) {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                self.load_name("__annotations__");
                let k = self.str_const(&n.id);
                self.emit(Instr::LoadConst(k));
                self.emit(Instr::StoreSubscr);
            }
            _ if self.future_annotations => {}
            _ => {
                self.expr(&a.annotation)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }
}
