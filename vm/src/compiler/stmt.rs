//! Code generation for statements.

use super::scope::{key, Access};
use super::{CResult, Compiler, FBlock};
use crate::bytecode::{CodeKind, Instr};
use crate::value::{intern, Value};
use ruff_python_ast::{self as ast, Expr, Stmt};

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b)?,
            Stmt::Continue(c) => self.break_continue(false, c)?,
            Stmt::Return(r) => {
                self.check_in_function("'return' outside function", s)?;
                match &r.value {
                    // CPython reports it where the value was compiled.
                    Some(v) => self.check_not_in_star_handler(false, v.as_ref())?,
                    None => self.check_not_in_star_handler(false, s)?,
                }
                if r.value.is_some() && self.unit().kind == CodeKind::AsyncGenerator {
                    return self.syntax_error("'return' with value in async generator", s);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind(0, true)?;
                self.emit(Instr::Return);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                    n = 2;
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let ok = self.emit(Instr::PopJumpIfTrue(0));
                let i = self.name_index("AssertionError");
                self.emit(Instr::LoadGlobal(i));
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(ok);
            }
            Stmt::Nonlocal(_) if self.at_module_level() => {
                return self.syntax_error("nonlocal declaration not allowed at module level", s)
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                for al in &i.names {
                    let name = self.name_index(&al.name.id);
                    let leaf = al.asname.is_some();
                    self.emit(Instr::ImportName {
                        name,
                        level: 0,
                        leaf,
                    });
                    let bound = match &al.asname {
                        Some(a) => a.id.as_str(),
                        None => al.name.id.split('.').next().unwrap_or_default(),
                    };
                    self.store_name(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                let name = self.name_index(module);
                self.emit(Instr::ImportName {
                    name,
                    level: i.level,
                    leaf: true,
                });
                if i.names.iter().any(|al| &*al.name.id == "*") {
                    if !self.at_module_level() {
                        return self.syntax_error("import * only allowed at module level", s);
                    }
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for al in &i.names {
                    let ai = self.name_index(&al.name.id);
                    self.emit(Instr::ImportFrom(ai));
                    let bound = al.asname.as_ref().unwrap_or(&al.name);
                    self.store_name(&bound.id);
                }
                self.emit(Instr::Pop);
            }
            Stmt::Delete(d) => self.del_stmt(d)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            // Python 3.12 syntax: Python 3.11 does not parse it.
            Stmt::TypeAlias(_) => return self.syntax_error("invalid syntax", s),
            Stmt::IpyEscapeCommand(_) => return self.unsupported("IPython escape", s),
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(p) => {
                        let after = (elts.len() - p - 1) as u32;
                        self.emit(Instr::UnpackEx {
                            before: p as u32,
                            after,
                        });
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            _ => return self.unsupported("this assignment target", t),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop(a.op);
        let simple = self.is_simple_operand(&a.value);
        match &*a.target {
            Expr::Name(n) if simple && matches!(self.access(&n.id), Access::Global) => {
                self.expr(&a.value)?;
                let i = self.name_index(&n.id);
                self.emit(Instr::AugGlobal(i, op));
            }
            Expr::Attribute(at) if simple => {
                self.expr(&at.value)?;
                self.expr(&a.value)?;
                let i = self.name_index(&at.attr.id);
                self.emit(Instr::AugAttr(i, op));
            }
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let i = self.name_index(&at.attr.id);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            t => return self.unsupported("this augmented assignment target", t),
        }
        Ok(())
    }

    /// Whether evaluating `e` can neither run code nor see the augmented target: a number
    /// literal or a local variable. Then `AugGlobal`/`AugAttr` may evaluate it before reading
    /// the target, as one instruction.
    fn is_simple_operand(&self, e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(_) => true,
            Expr::Name(n) => matches!(self.access(&n.id), Access::Local),
            _ => false,
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let mut ends = Vec::new();
        self.expr(&i.test)?;
        let mut next = self.emit(Instr::PopJumpIfFalse(0));
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            ends.push(self.emit(Instr::Jump(0)));
            self.patch(next);
            self.set_line(clause);
            match &clause.test {
                Some(t) => {
                    self.expr(t)?;
                    next = self.emit(Instr::PopJumpIfFalse(0));
                    self.body(&clause.body)?;
                }
                None => {
                    next = usize::MAX;
                    self.body(&clause.body)?;
                }
            }
        }
        if next != usize::MAX {
            self.patch(next);
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    pub(super) fn push_loop(&mut self, start: u32, is_for: bool) {
        let u = self.unit();
        u.break_lists.push(Vec::new());
        let breaks = u.break_lists.len() - 1;
        u.fblocks.push(if is_for {
            FBlock::For { start, breaks }
        } else {
            FBlock::While { start, breaks }
        });
    }

    pub(super) fn pop_loop(&mut self) -> Vec<usize> {
        let u = self.unit();
        u.fblocks.pop();
        u.break_lists.pop().unwrap_or_default()
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        self.expr(&w.test)?;
        let exit = self.emit(Instr::PopJumpIfFalse(0));
        self.push_loop(start, false);
        self.body(&w.body)?;
        self.emit(Instr::Jump(start));
        let breaks = self.pop_loop();
        self.patch(exit);
        self.body(&w.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        self.iterable(&f.iter)?;
        self.emit(Instr::GetIter);
        let start = self.here();
        let exit = self.emit(Instr::ForIter(0));
        self.push_loop(start, true);
        self.store(&f.target)?;
        self.body(&f.body)?;
        self.emit(Instr::Jump(start));
        let breaks = self.pop_loop();
        self.patch(exit);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// CPython's `SyntaxError` for `break`, `continue` (`to_loop`: up to the innermost loop)
    /// or `return` that would leave an `except*` clause.
    fn check_not_in_star_handler(
        &mut self,
        to_loop: bool,
        node: &impl ruff_text_size::Ranged,
    ) -> CResult {
        for f in self.unit().fblocks.iter().rev() {
            match f {
                FBlock::StarHandler => {
                    return self.syntax_error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        node,
                    )
                }
                FBlock::While { .. } | FBlock::For { .. } if to_loop => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, node: &impl ruff_text_size::Ranged) -> CResult {
        self.check_not_in_star_handler(true, node)?;
        let fbs = self.unit().fblocks.clone();
        let Some(li) = fbs
            .iter()
            .rposition(|f| matches!(f, FBlock::While { .. } | FBlock::For { .. }))
        else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return self.syntax_error(what, node);
        };
        self.unwind(li + 1, false)?;
        match fbs[li] {
            FBlock::While { start, breaks } | FBlock::For { start, breaks } => {
                if is_break {
                    if matches!(fbs[li], FBlock::For { .. }) {
                        self.emit(Instr::Pop);
                    }
                    let j = self.emit(Instr::Jump(0));
                    self.unit().break_lists[breaks].push(j);
                } else {
                    self.emit(Instr::Jump(start));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Emits the cleanup of every fblock from the innermost down to index `upto`.
    /// With `preserve_tos`, a value on top of the stack (a return value) survives.
    pub(super) fn unwind(&mut self, upto: usize, preserve_tos: bool) -> CResult {
        let saved = self.unit().fblocks.clone();
        for idx in (upto..saved.len()).rev() {
            match saved[idx] {
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
                FBlock::TryExcept => {
                    self.emit(Instr::PopBlock);
                }
                FBlock::TryFinally { body } => {
                    self.emit(Instr::PopBlock);
                    self.unit().fblocks.truncate(idx);
                    self.body(body)?;
                    self.unit().fblocks = saved.clone();
                }
                FBlock::Handler | FBlock::StarHandler => {
                    self.emit(Instr::PopExcept);
                }
                FBlock::With | FBlock::AsyncWith => {
                    self.emit(Instr::PopBlock);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.call_exit_none(matches!(saved[idx], FBlock::AsyncWith));
                }
                FBlock::FinallyHandler => {
                    self.emit(Instr::PopExcept);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
            }
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        let has_finally = !t.finalbody.is_empty();
        let fin_setup = if has_finally {
            let i = self.emit(Instr::SetupFinally(0));
            self.unit()
                .fblocks
                .push(FBlock::TryFinally { body: &t.finalbody });
            Some(i)
        } else {
            None
        };
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            let setup = self.emit(Instr::SetupExcept(0));
            self.unit().fblocks.push(FBlock::TryExcept);
            self.body(&t.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.body(&t.orelse)?;
            let done = self.emit(Instr::Jump(0));
            self.patch(setup);
            if t.is_star {
                self.star_handlers(t)?;
                self.patch(done);
                return self.finally_part(t, fin_setup);
            }
            let mut ends = vec![done];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(h);
                let mut next = None;
                if let Some(ty) = &h.type_ {
                    self.emit(Instr::Dup);
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    next = Some(self.emit(Instr::PopJumpIfFalse(0)));
                }
                match &h.name {
                    Some(n) => self.store_name(&n.id),
                    None => {
                        self.emit(Instr::Pop);
                    }
                }
                self.unit().fblocks.push(FBlock::Handler);
                self.body(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Instr::PopExcept);
                ends.push(self.emit(Instr::Jump(0)));
                if let Some(n) = next {
                    self.patch(n);
                }
            }
            self.emit(Instr::Reraise);
            for e in ends {
                self.patch(e);
            }
        }
        self.finally_part(t, fin_setup)
    }

    /// The `finally` of a try statement whose finally block was set up at `fin_setup`.
    fn finally_part(&mut self, t: &'a ast::StmtTry, fin_setup: Option<usize>) -> CResult {
        if let Some(setup) = fin_setup {
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.body(&t.finalbody)?;
            let end = self.emit(Instr::Jump(0));
            self.patch(setup);
            self.unit().fblocks.push(FBlock::FinallyHandler);
            self.body(&t.finalbody)?;
            self.unit().fblocks.pop();
            self.emit(Instr::Reraise);
            self.patch(end);
        }
        Ok(())
    }

    /// The `except*` clauses of a try statement, entered with the caught exception on the
    /// stack (PEP 654, as CPython 3.11 compiles them): each clause splits off the part of the
    /// rest it matches and runs once with it; what its body raises is collected; at the end
    /// the unmatched rest and the collected exceptions are raised together, or the handler
    /// is left when nothing remains.
    fn star_handlers(&mut self, t: &'a ast::StmtTry) -> CResult {
        self.emit(Instr::ExcStarBegin);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let Some(ty) = &h.type_ else {
                return self.syntax_error("expected one or more exception types", h);
            };
            self.expr(ty)?;
            let no_match = self.emit(Instr::ExcStarMatch(0));
            let body_exc = self.emit(Instr::SetupExcept(0));
            match &h.name {
                Some(n) => self.store_name(&n.id),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::StarHandler);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            if let Some(n) = &h.name {
                self.clear_name(&n.id);
            }
            let next = self.emit(Instr::Jump(0));
            self.patch(body_exc);
            self.emit(Instr::ExcStarCollect);
            if let Some(n) = &h.name {
                self.clear_name(&n.id);
            }
            self.patch(next);
            self.patch(no_match);
        }
        self.emit(Instr::ExcStarEnd);
        self.emit(Instr::PopExcept);
        Ok(())
    }

    /// `name = None; del name`, as CPython ends an except clause that bound a name.
    fn clear_name(&mut self, n: &str) {
        self.load_const(Value::None);
        self.store_name(n);
        let i = match self.access(n) {
            super::Access::Local => Instr::DeleteFast(self.local_index(n)),
            super::Access::Deref => Instr::DeleteDeref(self.deref_index(n)),
            super::Access::Global => Instr::DeleteGlobal(self.name_index(n)),
            super::Access::Name => Instr::DeleteName(self.name_index(n)),
        };
        self.emit(i);
    }

    /// Pushes positional defaults and keyword-only defaults; returns MakeFunction flags.
    pub(super) fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<&ast::ParameterWithDefault> = p
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kw.is_empty() {
            for a in &kw {
                let ci = self.str_const(&a.parameter.name.id);
                self.emit(Instr::LoadConst(ci));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Instr::BuildDict(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Records the parameter shape of the unit just entered.
    pub(super) fn set_params(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonly = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.varargs = p.vararg.is_some();
        u.kwonly = p.kwonlyargs.len() as u32;
        u.varkw = p.kwarg.is_some();
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return self.syntax_error("invalid syntax", f);
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let flags = self.defaults(&f.parameters)?;
        let scope = self.scopes.by_node[&key(f)];
        let is_gen = self.scopes.scopes[scope].is_generator;
        let kind = match (f.is_async, is_gen) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let qual = self.qualname(&f.name.id);
        let line = self.line_of(f);
        self.enter(scope, &f.name.id, &qual, kind, line);
        self.unit().doc = super::annotate::docstring(&f.body).map(intern);
        self.set_params(&f.parameters);
        self.body(&f.body)?;
        self.load_const(Value::None);
        self.emit(Instr::Return);
        let code = self.leave();
        self.make_function(code, flags);
        self.function_annotations(&f.parameters, f.returns.as_deref())?;
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return self.syntax_error("invalid syntax", c);
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let mut nbases = 0;
        let mut kw = false;
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                if matches!(b, Expr::Starred(_)) {
                    return self.unsupported("starred base classes", c);
                }
                self.expr(b)?;
                nbases += 1;
            }
            self.emit(Instr::BuildTuple(nbases));
            if !args.keywords.is_empty() {
                kw = true;
                self.emit(Instr::BuildDict(0));
                for k in args.keywords.iter() {
                    if let Some(name) = &k.arg {
                        let ci = self.str_const(&name.id);
                        self.emit(Instr::LoadConst(ci));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildDict(1));
                    } else {
                        self.expr(&k.value)?;
                    }
                    self.emit(Instr::DictMerge);
                }
            }
        } else {
            self.emit(Instr::BuildTuple(0));
        }
        let scope = self.scopes.by_node[&key(c)];
        let qual = self.qualname(&c.name.id);
        let line = self.line_of(c);
        self.enter(scope, &c.name.id, &qual, CodeKind::Class, line);
        let gi = self.name_index("__name__");
        self.emit(Instr::LoadGlobal(gi));
        let mi = self.name_index("__module__");
        self.emit(Instr::StoreName(mi));
        let qc = self.str_const(&qual);
        self.emit(Instr::LoadConst(qc));
        let qi = self.name_index("__qualname__");
        self.emit(Instr::StoreName(qi));
        self.body_prologue(&c.body);
        self.body(&c.body)?;
        if let Some(ci) = self
            .unit()
            .cellvars
            .iter()
            .position(|n| n.as_str() == "__class__")
        {
            self.emit(Instr::LoadClosure(ci as u32));
            let ni = self.name_index("__classcell__");
            self.emit(Instr::StoreName(ni));
        }
        self.load_const(Value::None);
        self.emit(Instr::Return);
        let code = self.leave();
        self.set_line(c);
        self.make_function(code, 0);
        self.emit(Instr::Call(0));
        let nc = self.str_const(&c.name.id);
        self.emit(Instr::BuildClass { name: nc, kw });
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name.id);
        Ok(())
    }
}
