//! Symbol analysis: which names of each scope are fast locals, cells, free variables or
//! globals. Runs over the whole module before code generation.
//!
//! Scopes are keyed by the address of their AST node (function def, lambda, comprehension,
//! class def), which is stable while the AST lives.

use indexmap::IndexSet;
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::HashMap;

/// What a scope is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    /// Module top level.
    Module,
    /// A class body.
    Class,
    /// A function, lambda or comprehension.
    Function,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// Fast local slot.
    Local,
    /// Cell (local captured by an inner scope, or a free variable).
    Deref,
    /// Module global (then builtins).
    Global,
    /// Class namespace, then globals.
    Name,
}

/// One scope's symbols.
#[derive(Debug)]
pub struct Scope {
    /// Kind of scope.
    pub kind: ScopeKind,
    /// Enclosing scope.
    pub parent: Option<usize>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Names bound in this scope.
    pub assigned: IndexSet<String>,
    /// Names declared `global`.
    pub globals: IndexSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: IndexSet<String>,
    /// Names read in this scope.
    pub used: IndexSet<String>,
    /// Locals captured by inner scopes.
    pub cells: IndexSet<String>,
    /// Variables captured from outer scopes.
    pub frees: IndexSet<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Uses `super` (needs the `__class__` cell).
    pub uses_super: bool,
    /// Contains `await` (a comprehension with one is a coroutine).
    pub has_await: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            assigned: IndexSet::new(),
            globals: IndexSet::new(),
            nonlocals: IndexSet::new(),
            used: IndexSet::new(),
            cells: IndexSet::new(),
            frees: IndexSet::new(),
            is_generator: false,
            uses_super: false,
            has_await: false,
        }
    }

    /// How `name` is accessed here (after `analyze`).
    pub fn access(&self, name: &str) -> Access {
        match self.kind {
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => {
                if self.frees.contains(name) && !self.assigned.contains(name) {
                    Access::Deref
                } else if self.globals.contains(name) {
                    Access::Global
                } else {
                    Access::Name
                }
            }
            ScopeKind::Function => {
                if self.cells.contains(name) || self.frees.contains(name) {
                    Access::Deref
                } else if self.globals.contains(name) {
                    Access::Global
                } else if self.is_local(name) {
                    Access::Local
                } else {
                    Access::Global
                }
            }
        }
    }

    fn is_local(&self, name: &str) -> bool {
        !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && (self.assigned.contains(name) || self.params.iter().any(|p| p == name))
    }
}

/// All scopes of a module.
#[derive(Debug)]
pub struct Scopes {
    /// The scopes; 0 is the module.
    pub scopes: Vec<Scope>,
    /// Scope index by AST node address.
    pub by_node: HashMap<usize, usize>,
}

/// The address key of an AST node.
pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Analyzes a module body.
pub fn analyze(body: &[Stmt]) -> Scopes {
    let mut a = Scopes {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: HashMap::new(),
    };
    for s in body {
        a.stmt(0, s);
    }
    a.resolve();
    a
}

impl Scopes {
    fn push(&mut self, kind: ScopeKind, parent: usize, node: usize) -> usize {
        self.scopes.push(Scope::new(kind, Some(parent)));
        let id = self.scopes.len() - 1;
        self.by_node.insert(node, id);
        id
    }

    fn bind(&mut self, sc: usize, name: &str) {
        self.scopes[sc].assigned.insert(name.to_string());
    }

    fn use_name(&mut self, sc: usize, name: &str) {
        if name == "super" {
            self.scopes[sc].uses_super = true;
        }
        self.scopes[sc].used.insert(name.to_string());
    }

    fn params(&mut self, sc: usize, p: &ast::Parameters) {
        let names: Vec<String> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| a.parameter.name.id.to_string())
            .chain(p.vararg.iter().map(|a| a.name.id.to_string()))
            .chain(p.kwonlyargs.iter().map(|a| a.parameter.name.id.to_string()))
            .chain(p.kwarg.iter().map(|a| a.name.id.to_string()))
            .collect();
        self.scopes[sc].params = names;
    }

    fn defaults(&mut self, sc: usize, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(sc, d);
            }
        }
    }

    fn body(&mut self, sc: usize, body: &[Stmt]) {
        for s in body {
            self.stmt(sc, s);
        }
    }

    fn stmt(&mut self, sc: usize, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(sc, &d.expression);
                }
                self.defaults(sc, &f.parameters);
                self.bind(sc, &f.name.id);
                let inner = self.push(ScopeKind::Function, sc, key(f));
                self.params(inner, &f.parameters);
                self.body(inner, &f.body);
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(sc, &d.expression);
                }
                if let Some(args) = &c.arguments {
                    for e in args.args.iter() {
                        self.expr(sc, e);
                    }
                    for k in args.keywords.iter() {
                        self.expr(sc, &k.value);
                    }
                }
                self.bind(sc, &c.name.id);
                let inner = self.push(ScopeKind::Class, sc, key(c));
                self.body(inner, &c.body);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(sc, v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(sc, t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(sc, &a.value);
                for t in &a.targets {
                    self.target(sc, t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(sc, &a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(sc, &n.id);
                }
                self.target(sc, &a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(sc, v);
                }
                if self.scopes[sc].kind != ScopeKind::Function {
                    self.expr(sc, &a.annotation);
                }
                // `x: T` alone still makes `x` local to a function.
                self.target(sc, &a.target);
            }
            Stmt::For(f) => {
                self.expr(sc, &f.iter);
                self.target(sc, &f.target);
                self.body(sc, &f.body);
                self.body(sc, &f.orelse);
            }
            Stmt::While(w) => {
                self.expr(sc, &w.test);
                self.body(sc, &w.body);
                self.body(sc, &w.orelse);
            }
            Stmt::If(i) => {
                self.expr(sc, &i.test);
                self.body(sc, &i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(sc, t);
                    }
                    self.body(sc, &c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(sc, &it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(sc, v);
                    }
                }
                self.body(sc, &w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(sc, e);
                }
                if let Some(e) = &r.cause {
                    self.expr(sc, e);
                }
            }
            Stmt::Try(t) => {
                self.body(sc, &t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(e) = &h.type_ {
                        self.expr(sc, e);
                    }
                    if let Some(n) = &h.name {
                        self.bind(sc, &n.id);
                    }
                    self.body(sc, &h.body);
                }
                self.body(sc, &t.orelse);
                self.body(sc, &t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(sc, &a.test);
                if let Some(m) = &a.msg {
                    self.expr(sc, m);
                }
            }
            Stmt::Import(i) => {
                for al in &i.names {
                    let bound = match &al.asname {
                        Some(a) => a.id.to_string(),
                        None => al.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(sc, &bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for al in &i.names {
                    let bound = al.asname.as_ref().unwrap_or(&al.name);
                    self.bind(sc, &bound.id);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scopes[sc].globals.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.scopes[sc].nonlocals.insert(n.id.to_string());
                }
            }
            Stmt::Expr(e) => self.expr(sc, &e.value),
            Stmt::Match(m) => {
                self.expr(sc, &m.subject);
                for c in &m.cases {
                    self.pattern(sc, &c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(sc, g);
                    }
                    self.body(sc, &c.body);
                }
            }
            _ => {}
        }
    }

    fn pattern(&mut self, sc: usize, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(sc, &v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(sc, p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(sc, k));
                m.patterns.iter().for_each(|p| self.pattern(sc, p));
                if let Some(r) = &m.rest {
                    self.bind(sc, &r.id);
                }
            }
            P::MatchClass(c) => {
                self.expr(sc, &c.cls);
                c.arguments
                    .patterns
                    .iter()
                    .for_each(|p| self.pattern(sc, p));
                for k in &c.arguments.keywords {
                    self.pattern(sc, &k.pattern);
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(sc, &n.id);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(sc, p);
                }
                if let Some(n) = &a.name {
                    self.bind(sc, &n.id);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(sc, p)),
        }
    }

    fn target(&mut self, sc: usize, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(sc, &n.id),
            Expr::Tuple(tu) => tu.elts.iter().for_each(|e| self.target(sc, e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(sc, e)),
            Expr::Starred(s) => self.target(sc, &s.value),
            other => self.expr(sc, other),
        }
    }

    fn comprehension(
        &mut self,
        sc: usize,
        node: usize,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(sc, &first.iter);
        }
        let inner = self.push(ScopeKind::Function, sc, node);
        self.scopes[inner].params = vec![".0".to_string()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(inner, &g.iter);
            }
            self.target(inner, &g.target);
            for c in &g.ifs {
                self.expr(inner, c);
            }
        }
        for e in elts {
            self.expr(inner, e);
        }
    }

    fn expr(&mut self, sc: usize, e: &Expr) {
        match e {
            Expr::Name(n) => {
                if matches!(n.ctx, ast::ExprContext::Load) {
                    self.use_name(sc, &n.id)
                } else {
                    self.bind(sc, &n.id)
                }
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(sc, v)),
            Expr::Named(n) => {
                self.expr(sc, &n.value);
                // A walrus in a comprehension binds in the enclosing function scope.
                let mut target = sc;
                while self.scopes[target]
                    .params
                    .first()
                    .map(|p| p == ".0")
                    .unwrap_or(false)
                {
                    match self.scopes[target].parent {
                        Some(p) => target = p,
                        None => break,
                    }
                }
                self.target(target, &n.target);
            }
            Expr::BinOp(b) => {
                self.expr(sc, &b.left);
                self.expr(sc, &b.right);
            }
            Expr::UnaryOp(u) => self.expr(sc, &u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(sc, p);
                }
                let inner = self.push(ScopeKind::Function, sc, key(l));
                if let Some(p) = &l.parameters {
                    self.params(inner, p);
                }
                self.expr(inner, &l.body);
            }
            Expr::If(i) => {
                self.expr(sc, &i.test);
                self.expr(sc, &i.body);
                self.expr(sc, &i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(sc, k);
                    }
                    self.expr(sc, &it.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(sc, v)),
            Expr::ListComp(c) => self.comprehension(sc, key(c), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(sc, key(c), &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(sc, key(c), &c.generators, &[&c.elt]);
                let id = self.by_node[&key(c)];
                self.scopes[id].is_generator = true;
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.comprehension(sc, key(c), &c.generators, &elts)
            }
            Expr::Await(a) => {
                self.scopes[sc].has_await = true;
                self.expr(sc, &a.value)
            }
            Expr::Yield(y) => {
                self.scopes[sc].is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(sc, v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scopes[sc].is_generator = true;
                self.expr(sc, &y.value);
            }
            Expr::Compare(c) => {
                self.expr(sc, &c.left);
                c.comparators.iter().for_each(|v| self.expr(sc, v));
            }
            Expr::Call(c) => {
                self.expr(sc, &c.func);
                c.arguments.args.iter().for_each(|v| self.expr(sc, v));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.expr(sc, &k.value));
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(sc, &fs.elements);
                    }
                }
            }
            Expr::Attribute(a) => self.expr(sc, &a.value),
            Expr::Subscript(s) => {
                self.expr(sc, &s.value);
                self.expr(sc, &s.slice);
            }
            Expr::Starred(s) => self.expr(sc, &s.value),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(sc, v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(sc, v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(sc, p);
                }
            }
            _ => {}
        }
    }

    fn fstring_elements(&mut self, sc: usize, els: &ast::InterpolatedStringElements) {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(sc, &i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(sc, &spec.elements);
                }
            }
        }
    }

    /// Decides cells and free variables for every scope.
    fn resolve(&mut self) {
        for id in 0..self.scopes.len() {
            if self.scopes[id].kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<String> = Vec::new();
            let sc = &self.scopes[id];
            for n in sc
                .used
                .iter()
                .chain(sc.assigned.iter())
                .chain(sc.nonlocals.iter())
            {
                let local = match sc.kind {
                    ScopeKind::Function => sc.is_local(n),
                    _ => sc.assigned.contains(n),
                };
                if !local && !sc.globals.contains(n) {
                    wanted.push(n.clone());
                }
            }
            if sc.kind == ScopeKind::Function && sc.uses_super {
                if let Some(p) = sc.parent {
                    if self.scopes[p].kind == ScopeKind::Class {
                        wanted.push("__class__".to_string());
                    }
                }
            }
            for n in wanted {
                self.capture(id, &n);
            }
        }
    }

    /// Makes `name`, used in scope `id`, free there if an enclosing function defines it.
    fn capture(&mut self, id: usize, name: &str) {
        let mut chain = vec![id];
        let mut cur = self.scopes[id].parent;
        while let Some(p) = cur {
            let sc = &self.scopes[p];
            let defines = match sc.kind {
                ScopeKind::Function => {
                    sc.is_local(name) || sc.frees.contains(name) || sc.nonlocals.contains(name)
                }
                ScopeKind::Class => name == "__class__",
                ScopeKind::Module => false,
            };
            if defines {
                let owner_is_free =
                    self.scopes[p].frees.contains(name) || self.scopes[p].nonlocals.contains(name);
                if !owner_is_free {
                    self.scopes[p].cells.insert(name.to_string());
                }
                for c in chain {
                    self.scopes[c].frees.insert(name.to_string());
                }
                return;
            }
            if sc.kind != ScopeKind::Module {
                chain.push(p);
            }
            cur = sc.parent;
        }
    }
}
