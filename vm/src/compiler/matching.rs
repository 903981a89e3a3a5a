//! Code generation for the `match` statement (PEP 634).
//!
//! Each case tests a copy of the subject. A pattern consumes the value on top of the stack and,
//! on a mismatch, jumps to its case's failure ladder; the ladder knows the stack depth at every
//! failing jump and pops what the pattern left there, so the next case starts with only the
//! subject on the stack. Captures go to hidden locals while the pattern runs and are bound to
//! their names only once the whole pattern matched, as CPython binds them (a guard then sees
//! them, and they stay bound if it fails).

use super::{CResult, Compiler};
use crate::bytecode::{CmpOp, Instr, MatchOp};
use crate::value::{intern, Value};
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

/// The state of one case's pattern while it is compiled.
struct PatState {
    /// Values the pattern code has on the stack above the case's base (the subject copy too).
    depth: usize,
    /// Failing jumps, each with the stack depth it leaves.
    fails: Vec<(usize, usize)>,
    /// Captured names, in binding order.
    binds: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line(&case.pattern);
            if i + 1 < m.cases.len() && case.guard.is_none() && case.pattern.is_irrefutable() {
                return self.unreachable_error(&case.pattern);
            }
            self.emit(Instr::Dup);
            let mut st = PatState {
                depth: 1,
                fails: Vec::new(),
                binds: Vec::new(),
            };
            self.pattern(&case.pattern, &mut st)?;
            for name in &st.binds {
                let slot = self.capture_slot(name);
                self.emit(Instr::LoadFast(slot));
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                self.set_line(g.as_ref());
                self.expr(g)?;
                self.fail_if_false(&mut st);
            }
            self.emit(Instr::Pop);
            self.body(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_ladder(&st.fails, 0);
        }
        self.emit(Instr::Pop);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// CPython's error for an irrefutable case (or alternative) that is not the last.
    fn unreachable_error<T>(&self, p: &Pattern) -> CResult<T> {
        fn capture(p: &Pattern) -> Option<&str> {
            match p {
                Pattern::MatchAs(a) => match &a.pattern {
                    Some(inner) => capture(inner),
                    None => a.name.as_ref().map(|n| n.id.as_str()),
                },
                Pattern::MatchOr(o) => o.patterns.last().and_then(capture),
                _ => None,
            }
        }
        match capture(p) {
            Some(n) => self.syntax_error(
                &format!("name capture '{n}' makes remaining patterns unreachable"),
                p,
            ),
            None => self.syntax_error("wildcard makes remaining patterns unreachable", p),
        }
    }

    /// The hidden local a capture of `name` goes to until the case matched.
    fn capture_slot(&mut self, name: &str) -> u32 {
        self.local_index(&format!("$match:{name}"))
    }

    /// Pops the bool on top; a false one fails the pattern.
    fn fail_if_false(&mut self, st: &mut PatState) {
        let j = self.emit(Instr::PopJumpIfFalse(0));
        st.fails.push((j, st.depth));
    }

    /// Pops TOS; fails unless it is not None.
    fn fail_if_none(&mut self, st: &mut PatState) {
        self.emit(Instr::Dup);
        self.load_const(Value::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        self.fail_if_false(st);
    }

    /// Emits the pops of failing jumps down to `base` values; falls through to what follows.
    fn fail_ladder(&mut self, fails: &[(usize, usize)], base: usize) {
        let max = fails.iter().map(|f| f.1).max().unwrap_or(base);
        for d in (base + 1..=max).rev() {
            for &(j, _) in fails.iter().filter(|f| f.1 == d) {
                self.patch(j);
            }
            self.emit(Instr::Pop);
        }
        for &(j, _) in fails.iter().filter(|f| f.1 == base) {
            self.patch(j);
        }
    }

    /// Stores TOS into the capture slot of `name`.
    fn capture(&mut self, name: &str, st: &mut PatState, node: &impl Ranged) -> CResult {
        if st.binds.iter().any(|b| b == name) {
            return self.syntax_error(
                &format!("multiple assignments to name '{name}' in pattern"),
                node,
            );
        }
        st.binds.push(name.to_string());
        let slot = self.capture_slot(name);
        self.emit(Instr::StoreFast(slot));
        st.depth -= 1;
        Ok(())
    }

    fn pop_subject(&mut self, st: &mut PatState) {
        self.emit(Instr::Pop);
        st.depth -= 1;
    }

    /// Tests the value on top of the stack against `p`, consuming it.
    fn pattern(&mut self, p: &'a Pattern, st: &mut PatState) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                st.depth -= 1;
                self.fail_if_false(st);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Instr::Compare(CmpOp::Is));
                st.depth -= 1;
                self.fail_if_false(st);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    if a.name.is_some() {
                        self.emit(Instr::Dup);
                        st.depth += 1;
                    }
                    self.pattern(inner, st)?;
                }
                match &a.name {
                    Some(n) => self.capture(&n.id, st, a)?,
                    None if a.pattern.is_none() => self.pop_subject(st),
                    None => {}
                }
            }
            Pattern::MatchStar(s) => return self.syntax_error("can't use starred pattern here", s),
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, st)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, st)?,
            Pattern::MatchClass(c) => self.class_pattern(c, st)?,
            Pattern::MatchOr(o) => self.or_pattern(o, st)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, pats: &'a [Pattern], st: &mut PatState) -> CResult {
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        let n = pats.len();
        self.emit(Instr::Match(MatchOp::IsSequence));
        self.fail_if_false(st);
        if star.is_none() || n > 1 {
            self.emit(Instr::Match(MatchOp::Len));
            match star {
                None => {
                    self.load_const(Value::Int(n as i64));
                    self.emit(Instr::Compare(CmpOp::Eq));
                }
                Some(_) => {
                    self.load_const(Value::Int(n as i64 - 1));
                    self.emit(Instr::Compare(CmpOp::Ge));
                }
            }
            self.fail_if_false(st);
        }
        let star_wildcard_only =
            n == 1 && matches!(&pats[0], Pattern::MatchStar(s) if s.name.is_none());
        if n == 0 || star_wildcard_only {
            self.pop_subject(st);
            return Ok(());
        }
        match star {
            None => self.emit(Instr::UnpackSequence(n as u32)),
            Some(i) => self.emit(Instr::UnpackEx {
                before: i as u32,
                after: (n - 1 - i) as u32,
            }),
        };
        st.depth += n - 1;
        for p in pats {
            match p {
                Pattern::MatchStar(s) => match &s.name {
                    Some(name) => self.capture(&name.id, st, s)?,
                    None => self.pop_subject(st),
                },
                _ => self.pattern(p, st)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, st: &mut PatState) -> CResult {
        self.emit(Instr::Match(MatchOp::IsMapping));
        self.fail_if_false(st);
        let k = m.keys.len();
        if k == 0 && m.rest.is_none() {
            self.pop_subject(st);
            return Ok(());
        }
        if k > 0 {
            self.emit(Instr::Match(MatchOp::Len));
            self.load_const(Value::Int(k as i64));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.fail_if_false(st);
        }
        for key in &m.keys {
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(k as u32));
        let rest = m.rest.is_some();
        self.emit(Instr::Match(MatchOp::Keys { rest }));
        // The subject and the keys are replaced by (the rest and) the values.
        st.depth += rest as usize;
        self.fail_if_none(st);
        if k > 0 {
            self.emit(Instr::UnpackSequence(k as u32));
            st.depth += k - 1;
        } else {
            self.pop_subject(st);
        }
        for p in &m.patterns {
            self.pattern(p, st)?;
        }
        if let Some(r) = &m.rest {
            self.capture(&r.id, st, r)?;
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, st: &mut PatState) -> CResult {
        let args = &c.arguments;
        let mut names: Vec<&str> = Vec::new();
        for k in &args.keywords {
            if names.contains(&k.attr.id.as_str()) {
                return self.syntax_error(
                    &format!("attribute name repeated in class pattern: {}", k.attr.id),
                    k,
                );
            }
            names.push(k.attr.id.as_str());
        }
        self.expr(&c.cls)?;
        let kwnames: Vec<Value> = names.iter().map(|n| intern(n).value()).collect();
        let tuple = crate::object::Object::immortal(crate::object::Kind::Tuple(kwnames.into()));
        self.load_const(Value::Obj(tuple));
        self.emit(Instr::Match(MatchOp::Class {
            nargs: args.patterns.len() as u32,
        }));
        self.fail_if_none(st);
        let total = args.patterns.len() + args.keywords.len();
        if total == 0 {
            self.pop_subject(st);
            return Ok(());
        }
        self.emit(Instr::UnpackSequence(total as u32));
        st.depth += total - 1;
        for p in args.patterns.iter() {
            self.pattern(p, st)?;
        }
        for k in &args.keywords {
            self.pattern(&k.pattern, st)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, st: &mut PatState) -> CResult {
        let base = st.depth;
        let outer = st.binds.clone();
        let mut first: Option<Vec<String>> = None;
        let mut ends = Vec::new();
        for (i, alt) in o.patterns.iter().enumerate() {
            let last = i + 1 == o.patterns.len();
            if !last && alt.is_irrefutable() {
                return self.unreachable_error(alt);
            }
            let mut sub = PatState {
                depth: base,
                fails: Vec::new(),
                binds: outer.clone(),
            };
            if !last {
                self.emit(Instr::Dup);
                sub.depth += 1;
            }
            self.pattern(alt, &mut sub)?;
            let mut mine = sub.binds[outer.len()..].to_vec();
            mine.sort();
            match &first {
                None => first = Some(mine),
                Some(f) if *f != mine => {
                    return self.syntax_error("alternative patterns bind different names", alt)
                }
                Some(_) => {}
            }
            if last {
                st.fails.extend(sub.fails);
                st.binds = sub.binds;
            } else {
                self.emit(Instr::Pop);
                ends.push(self.emit(Instr::Jump(0)));
                self.fail_ladder(&sub.fails, base);
            }
        }
        for e in ends {
            self.patch(e);
        }
        st.depth = base - 1;
        Ok(())
    }
}
