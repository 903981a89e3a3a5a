//! Code generation for set displays (`{a, b, *c}`).
//!
//! CPython 3.11 folds a display of more than two constants into a frozenset constant and
//! merges it into a new set; that path sizes the table differently from adding the elements
//! one by one, so `BuildSet` is told which of the two to imitate.

use super::{CResult, Compiler};
use crate::bytecode::{Instr, SetBuild};
use ruff_python_ast::{self as ast, Expr};

/// Whether CPython's AST optimiser turns `e` into a constant: literals, tuples of constants,
/// and unary or binary operators on constants (approximating its size limits: powers and
/// shifts by at most 128, no division by a literal zero).
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => is_constant(&u.operand),
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        Expr::BinOp(b) => {
            let small_right = || match &*b.right {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => i.as_u64().is_some_and(|v| v <= 128),
                    _ => false,
                },
                _ => false,
            };
            let zero_right = || match &*b.right {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => i.as_u64() == Some(0),
                    ast::Number::Float(f) => *f == 0.0,
                    _ => false,
                },
                _ => false,
            };
            let op_ok = match b.op {
                ast::Operator::Pow | ast::Operator::LShift => small_right(),
                ast::Operator::Div | ast::Operator::FloorDiv | ast::Operator::Mod => !zero_right(),
                ast::Operator::MatMult => false,
                _ => true,
            };
            op_ok && is_constant(&b.left) && is_constant(&b.right)
        }
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    /// Compiles the iterable of a `for` loop or comprehension (CPython's `fold_iter`).
    pub(super) fn iterable(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Set(s) => self.set_display(s, true),
            _ => self.expr(e),
        }
    }

    /// Compiles a set display; `iterated` when it is the iterable of a `for` or of a
    /// comprehension, where CPython iterates the folded frozenset constant directly.
    pub(super) fn set_display(&mut self, s: &'a ast::ExprSet, iterated: bool) -> CResult {
        if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildSet {
                n: 0,
                how: SetBuild::Plain,
            });
            for e in &s.elts {
                match e {
                    Expr::Starred(st) => {
                        self.expr(&st.value)?;
                        self.emit(Instr::SetUpdate);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::SetAdd(0));
                    }
                }
            }
            return Ok(());
        }
        for e in &s.elts {
            self.expr(e)?;
        }
        let n = s.elts.len();
        let constant = s.elts.iter().all(is_constant);
        let how = if iterated && constant {
            SetBuild::Constant
        } else if n > 2 && constant {
            SetBuild::Folded
        } else {
            SetBuild::Plain
        };
        self.emit(Instr::BuildSet { n: n as u32, how });
        Ok(())
    }
}
