//! Code generation for `del`: names, attributes, subscripts and (nested) target lists.

use super::{Access, CResult, Compiler};
use crate::bytecode::Instr;
use ruff_python_ast::{self as ast, Expr};

impl<'a> Compiler<'a> {
    /// Compiles `del t1, t2, ...`: each target deleted left to right.
    pub(super) fn del_stmt(&mut self, d: &'a ast::StmtDelete) -> CResult {
        for t in &d.targets {
            self.del_target(t)?;
        }
        Ok(())
    }

    fn del_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                let i = match self.access(&n.id) {
                    Access::Local => Instr::DeleteFast(self.local_index(&n.id)),
                    Access::Deref => Instr::DeleteDeref(self.deref_index(&n.id)),
                    Access::Global => Instr::DeleteGlobal(self.name_index(&n.id)),
                    Access::Name => Instr::DeleteName(self.name_index(&n.id)),
                };
                self.emit(i);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_key(&sub.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.del_target(e)?;
                }
            }
            _ => return self.unsupported("this form of del", t),
        }
        Ok(())
    }
}
