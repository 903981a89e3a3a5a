//! Code generation for expressions.

use super::scope::key;
use super::{CResult, Compiler};
use crate::bytecode::{BinOp, CmpOp, CodeKind, Instr, UnOp};
use crate::value::{intern, Value};
use ruff_python_ast::{self as ast, Expr};

/// Maps an AST operator to ours.
pub(super) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let v = match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => {
                            let text = i.to_string();
                            match crate::ops::parse_int_literal(&text) {
                                Some(v) => v,
                                None => return self.unsupported("this integer literal", e),
                            }
                        }
                    };
                    self.load_const(v);
                }
                ast::Number::Float(f) => self.load_const(Value::Float(*f)),
                ast::Number::Complex { real, imag } => {
                    // `builtins.complex(real, imag)`, immune to a shadowing `complex` name.
                    self.load_const(Value::Obj(crate::rt::rt().builtins));
                    let i = self.name_index("complex");
                    self.emit(Instr::LoadAttr(i));
                    self.load_const(Value::Float(*real));
                    self.load_const(Value::Float(*imag));
                    self.emit(Instr::Call(2));
                }
            },
            Expr::StringLiteral(s) => {
                let v = intern(s.value.to_str()).value();
                self.load_const(v);
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::None),
            Expr::Name(n) if &*n.id == "__debug__" => self.load_const(Value::Bool(true)),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(_) => self.subscript_key(e)?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let else_ = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(else_);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::List(l) => self.sequence(&l.elts, false)?,
            Expr::Tuple(t) => self.sequence(&t.elts, true)?,
            Expr::Dict(d) => {
                if d.items.iter().any(|it| it.key.is_none()) {
                    self.emit(Instr::BuildDict(0));
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Instr::BuildDict(1));
                            }
                            None => self.expr(&it.value)?,
                        }
                        self.emit(Instr::DictMerge);
                    }
                } else {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Instr::BuildDict(d.items.len() as u32));
                }
            }
            Expr::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.defaults(p)?,
                    None => 0,
                };
                let scope = self.scopes.by_node[&key(l)];
                let qual = self.qualname("<lambda>");
                let line = self.line_of(l);
                let kind = if self.scopes.scopes[scope].is_generator {
                    CodeKind::Generator
                } else {
                    CodeKind::Function
                };
                self.enter(scope, "<lambda>", &qual, kind, line);
                if let Some(p) = &l.parameters {
                    self.set_params(p);
                }
                self.expr(&l.body)?;
                self.emit(Instr::Return);
                let code = self.leave();
                self.make_function(code, flags);
            }
            Expr::ListComp(c) => {
                self.comprehension(key(c), "<listcomp>", &c.generators, Comp::List(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.unsupported("dict comprehension unpacking", e);
                };
                self.comprehension(key(c), "<dictcomp>", &c.generators, Comp::Dict(k, &c.value))?
            }
            Expr::Generator(c) => {
                self.comprehension(key(c), "<genexpr>", &c.generators, Comp::Gen(&c.elt))?
            }
            Expr::Set(s) => self.set_display(s, false)?,
            Expr::SetComp(c) => {
                self.comprehension(key(c), "<setcomp>", &c.generators, Comp::Set(&c.elt))?
            }
            Expr::Await(a) => {
                if matches!(self.unit().kind, CodeKind::Module | CodeKind::Class) {
                    return self.syntax_error("'await' outside function", e);
                }
                self.check_await_allowed("'await' outside async function", e)?;
                self.expr(&a.value)?;
                self.emit_await();
            }
            Expr::Yield(y) => {
                self.check_in_function("'yield' outside function", e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_in_function("'yield' outside function", e)?;
                self.expr(&y.value)?;
                self.emit(Instr::GetIter);
                self.load_const(Value::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store(&n.target)?;
            }
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            let v = intern(&l.value).value();
                            self.load_const(v);
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements)?
                        }
                    }
                }
                if n != 1 {
                    self.emit(Instr::BuildString(n));
                }
            }
            Expr::Starred(_) => return self.unsupported("starred expression here", e),
            Expr::BytesLiteral(b) => {
                let bytes: Box<[u8]> = b.value.bytes().collect();
                let obj = crate::object::Object::immortal(crate::object::Kind::Bytes(bytes));
                self.load_const(Value::Obj(obj));
            }
            Expr::EllipsisLiteral(_) => self.load_const(Value::Obj(crate::builtins::ellipsis())),
            Expr::TString(_) => return self.unsupported("template strings", e),
            Expr::IpyEscapeCommand(_) => return self.unsupported("IPython escape", e),
        }
        Ok(())
    }

    /// Pushes each piece of an f-string; returns how many strs were pushed.
    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let v = intern(&l.value).value();
                    self.load_const(v);
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        // `{x=}`: the source text, then the value (its repr unless a spec
                        // or conversion says otherwise).
                        self.load_const(intern(debug.as_str()).value());
                        n += 1;
                    }
                    self.expr(&i.expression)?;
                    let conversion = match i.conversion {
                        ast::ConversionFlag::None
                            if i.debug_text.is_some() && i.format_spec.is_none() =>
                        {
                            2
                        }
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let k = self.fstring_elements(&spec.elements)?;
                            if k != 1 {
                                self.emit(Instr::BuildString(k));
                            }
                            true
                        }
                        None => false,
                    };
                    self.emit(Instr::FormatValue {
                        conversion,
                        has_spec,
                    });
                }
            }
            n += 1;
        }
        if n == 0 {
            self.load_const(intern("").value());
            n = 1;
        }
        Ok(n)
    }

    /// Pushes a subscript key, building a slice object for `a[i:j:k]`.
    pub(super) fn subscript_key(&mut self, k: &'a Expr) -> CResult {
        match k {
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper] {
                    match p {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
                Ok(())
            }
            _ => self.expr(k),
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Instr::Compare(cmpop(c.ops[0])));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.emit(Instr::Compare(cmpop(c.ops[i])));
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Instr::Compare(cmpop(c.ops[i])));
            }
        }
        let end = self.emit(Instr::Jump(0));
        for j in cleanups {
            self.patch(j);
        }
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    /// Builds a list or tuple, with `*iterable` items spliced in.
    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> CResult {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for e in elts {
                match e {
                    Expr::Starred(s) => self.expr(&s.value)?,
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::BuildList(1));
                    }
                }
                self.emit(Instr::ListExtend);
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
        } else {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(if tuple {
                Instr::BuildTuple(n)
            } else {
                Instr::BuildList(n)
            });
        }
        Ok(())
    }

    /// Zero-argument `globals()`, and `locals()`/`vars()`/`dir()` at module level: the
    /// native receives the module's name (natives cannot see the calling frame). In a
    /// function or class body `locals()`/`vars()` build the frame's dict (`BuildLocals`);
    /// a zero-argument `dir()` there is unsupported.
    fn frame_builtin_call(&mut self, name: &str, c: &'a ast::ExprCall) -> CResult {
        let module_level = self.unit().kind == CodeKind::Module;
        if !module_level && (name == "locals" || name == "vars") {
            self.set_line(c);
            self.emit(Instr::BuildLocals);
            return Ok(());
        }
        if name == "dir" && !module_level {
            return self.unsupported("dir() without arguments inside a function", c);
        }
        self.load_name(name);
        if name == "vars" || name == "dir" {
            self.load_const(Value::None);
        }
        let gi = self.name_index("__name__");
        self.emit(Instr::LoadGlobal(gi));
        self.set_line(c);
        let argc = if name == "vars" || name == "dir" {
            2
        } else {
            1
        };
        self.emit(Instr::Call(argc));
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.set_line(c);
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = args.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Name(n) = &*c.func {
            let frame_builtin = matches!(&*n.id, "globals" | "locals" | "vars" | "dir");
            if frame_builtin && args.args.is_empty() && args.keywords.is_empty() {
                return self.frame_builtin_call(&n.id, c);
            }
        }
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if let Expr::Name(n) = &*c.func {
            if &*n.id == "super" && args.args.is_empty() && args.keywords.is_empty() {
                self.load_name("super");
                let first = self.unit().varnames.first().copied();
                let has_class = self
                    .unit()
                    .freevars
                    .iter()
                    .any(|f| f.as_str() == "__class__");
                match (first, has_class) {
                    (Some(f), true) => {
                        let di = self.deref_index("__class__");
                        self.emit(Instr::LoadDeref(di));
                        let fi = self.local_index(f.as_str());
                        self.emit(Instr::LoadFast(fi));
                        self.emit(Instr::Call(2));
                    }
                    _ => {
                        self.emit(Instr::Call(0));
                    }
                }
                return Ok(());
            }
        }
        if let Expr::Attribute(a) = &*c.func {
            if !has_star && args.keywords.is_empty() {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Instr::LoadMethod(i));
                for arg in args.args.iter() {
                    self.expr(arg)?;
                }
                self.set_line(c);
                self.emit(Instr::CallMethod(args.args.len() as u32));
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        if has_star || has_dstar {
            self.sequence(&args.args, true)?;
            let has_kw = !args.keywords.is_empty();
            if has_kw {
                self.emit(Instr::BuildDict(0));
                for k in args.keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            let ci = self.str_const(&name.id);
                            self.emit(Instr::LoadConst(ci));
                            self.expr(&k.value)?;
                            self.emit(Instr::BuildDict(1));
                        }
                        None => self.expr(&k.value)?,
                    }
                    self.emit(Instr::DictMerge);
                }
            }
            self.set_line(c);
            self.emit(Instr::CallEx { kwargs: has_kw });
            return Ok(());
        }
        for arg in args.args.iter() {
            self.expr(arg)?;
        }
        if args.keywords.is_empty() {
            self.set_line(c);
            self.emit(Instr::Call(args.args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                if let Some(n) = &k.arg {
                    names.push(intern(&n.id).value());
                }
            }
            let tuple = crate::object::Object::immortal(crate::object::Kind::Tuple(names.into()));
            let kwnames = self.const_index(Value::Obj(tuple));
            let argc = (args.args.len() + args.keywords.len()) as u32;
            self.set_line(c);
            self.emit(Instr::CallKw { argc, kwnames });
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        gens: &'a [ast::Comprehension],
        body: Comp<'a>,
    ) -> CResult {
        let scope = self.scopes.by_node[&node];
        let qual = self.qualname(name);
        let line = self.unit().line;
        let is_async = self.scopes.scopes[scope].has_await || gens.iter().any(|g| g.is_async);
        let kind = match (&body, is_async) {
            (Comp::Gen(_), true) => CodeKind::AsyncGenerator,
            (Comp::Gen(_), false) => CodeKind::Generator,
            (_, true) => CodeKind::Coroutine,
            (_, false) => CodeKind::Function,
        };
        self.enter(scope, name, &qual, kind, line);
        self.unit().argcount = 1;
        match body {
            Comp::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            Comp::Dict(..) => {
                self.emit(Instr::BuildDict(0));
            }
            Comp::Set(_) => {
                self.emit(Instr::BuildSet {
                    n: 0,
                    how: crate::bytecode::SetBuild::Plain,
                });
            }
            Comp::Gen(_) => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.iterable(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let start = self.here();
            let exit = if g.is_async {
                let setup = self.emit(Instr::SetupExcept(0));
                self.emit(Instr::Async(crate::bytecode::AsyncOp::GetANext));
                self.emit_await();
                self.emit(Instr::PopBlock);
                setup
            } else {
                self.emit(Instr::ForIter(0))
            };
            self.store(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(start));
            }
            loops.push((start, exit, g.is_async));
        }
        let depth = gens.len() as u32;
        match body {
            Comp::List(elt) => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            Comp::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::DictSetItem(depth));
            }
            Comp::Set(elt) => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            Comp::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (start, exit, is_async) in loops.into_iter().rev() {
            self.emit(Instr::Jump(start));
            self.patch(exit);
            if is_async {
                self.end_async_loop();
            }
        }
        if matches!(body, Comp::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Instr::Return);
        let code = self.leave();
        self.make_function(code, 0);
        self.iterable(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Instr::Async(crate::bytecode::AsyncOp::GetAIter));
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if kind == CodeKind::Coroutine {
            self.emit_await();
        }
        Ok(())
    }
}

/// What a comprehension produces per iteration.
#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Set(&'a Expr),
    Gen(&'a Expr),
}
