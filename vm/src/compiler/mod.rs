//! AST → bytecode. `compile_module` parses with `ruff_python_parser`, analyses scopes, then
//! generates one `Code` per module, class body, function, lambda and comprehension.
//!
//! Anything outside the supported language is refused with `CompileError::Unsupported`
//! (never a panic, never silently wrong code).

mod annotate;
mod async_for;
mod del;
mod expr;
mod matching;
pub mod scope;
mod set_display;
mod stmt;
mod unparse;
mod with;

use crate::bytecode::{Code, CodeKind, Instr};
use crate::object::{Kind, Object};
use crate::value::{intern, Name, ObjRef, Value};
use indexmap::IndexMap;
use ruff_text_size::{Ranged, TextSize};
use scope::{Access, Scopes};

/// Why a module did not compile.
#[derive(Debug)]
pub enum CompileError {
    /// CPython's `SyntaxError`, with 1-based line and column and the offending line's text.
    Syntax {
        msg: String,
        line: u32,
        col: u32,
        /// How many columns the caret line marks (CPython marks the node's whole extent on
        /// its first line; the parser's errors mark one).
        width: u32,
        text: String,
    },
    /// A construct specloop does not support yet.
    Unsupported { what: String, line: u32 },
}

/// Maps byte offsets to 1-based lines and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes `src`.
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    /// (line, column) of an offset, both 1-based.
    pub fn line_col(&self, off: TextSize) -> (u32, u32) {
        let off = u32::from(off);
        let line = self.starts.partition_point(|s| *s <= off);
        (line as u32, off - self.starts[line.max(1) - 1] + 1)
    }
}

/// Compiles a module's source. `filename` appears in tracebacks.
pub fn compile_module(source: &str, filename: &'static str) -> Result<ObjRef, CompileError> {
    let lines = LineIndex::new(source);
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
        let (line, col) = lines.line_col(e.location.start());
        let text = source
            .lines()
            .nth(line as usize - 1)
            .unwrap_or("")
            .to_string();
        CompileError::Syntax {
            msg: syntax_message(&e.error.to_string()),
            line,
            col,
            width: 1,
            text,
        }
    })?;
    let module = parsed.into_syntax();
    let scopes = scope::analyze(&module.body);
    let mut c = Compiler {
        source,
        scopes: &scopes,
        future_annotations: annotate::future_import(&module.body),
        filename,
        lines,
        units: Vec::new(),
    };
    c.enter(0, "<module>", "<module>", CodeKind::Module, 1);
    c.body_prologue(&module.body);
    for s in &module.body {
        c.stmt(s)?;
    }
    c.load_const(Value::None);
    c.emit(Instr::Return);
    Ok(c.leave())
}

/// The code inside a code object made by the compiler.
pub fn code_of(o: ObjRef) -> Option<&'static Code> {
    match &o.0.kind {
        Kind::Code(c) => Some(c),
        _ => None,
    }
}

fn syntax_message(ruff: &str) -> String {
    // ruff phrases some errors differently from CPython; keep its text, which names the problem.
    let m = ruff.trim_end_matches('.');
    if m.starts_with("Expected an indented block") {
        return "expected an indented block".into();
    }
    if m.starts_with("Unexpected indentation") {
        return "unexpected indent".into();
    }
    if m.starts_with("missing closing quote in string literal") {
        return "unterminated string literal".into();
    }
    if m.is_empty() {
        "invalid syntax".into()
    } else {
        // ruff quotes tokens with backticks, CPython with single quotes.
        m.replace('`', "'")
    }
}

/// An enclosing construct that `break`, `continue` and `return` must clean up.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    /// A `while` loop: continue target and the index of its break-patch list.
    While { start: u32, breaks: usize },
    /// A `for` loop: the iterator is on the stack.
    For { start: u32, breaks: usize },
    /// Inside a try body with an except block pushed.
    TryExcept,
    /// Inside a try body whose finally must run on the way out.
    TryFinally { body: &'a [ruff_python_ast::Stmt] },
    /// Inside an except handler whose exception value was consumed.
    Handler,
    /// Inside an `except*` clause: `break`, `continue` and `return` may not leave it.
    StarHandler,
    /// Inside a finally handler: the exception value is still on the stack.
    FinallyHandler,
    /// Inside a `with` body: the bound `__exit__` is on the stack under a finally block.
    With,
    /// Inside an `async with` body: the bound `__aexit__` is on the stack, as for `With`.
    AsyncWith,
}

/// The code object being generated.
struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: Name,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: IndexMap<Name, u32>,
    varnames: Vec<Name>,
    cellvars: Vec<Name>,
    freevars: Vec<Name>,
    line: u32,
    first_line: u32,
    fblocks: Vec<FBlock<'a>>,
    break_lists: Vec<Vec<usize>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
    /// A function's docstring.
    doc: Option<Name>,
}

struct Compiler<'a> {
    source: &'a str,
    scopes: &'a Scopes,
    /// `from __future__ import annotations`: annotations are kept as text, not evaluated.
    future_annotations: bool,
    filename: &'static str,
    lines: LineIndex,
    units: Vec<Unit<'a>>,
}

type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn enter(&mut self, scope: usize, name: &str, qualname: &str, kind: CodeKind, line: u32) {
        let sc = &self.scopes.scopes[scope];
        let varnames: Vec<Name> = sc.params.iter().map(|p| intern(p)).collect();
        let cellvars: Vec<Name> = sc.cells.iter().map(|p| intern(p)).collect();
        let freevars: Vec<Name> = sc.frees.iter().map(|p| intern(p)).collect();
        self.units.push(Unit {
            scope,
            kind,
            name: intern(name),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: IndexMap::new(),
            varnames,
            cellvars,
            freevars,
            line,
            first_line: line,
            fblocks: Vec::new(),
            break_lists: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            doc: None,
        });
    }

    fn leave(&mut self) -> ObjRef {
        let u = self.units.pop().expect("leave matches enter");
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                let params =
                    (u.argcount + u.kwonly) as usize + u.varargs as usize + u.varkw as usize;
                u.varnames[..params.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == n)
                    .map(|vi| (ci as u32, vi as u32))
            })
            .collect();
        let code = Code {
            name: u.name,
            qualname: intern(&u.qualname),
            filename: self.filename,
            kind: u.kind,
            instrs: u.instrs,
            lines: u.lines,
            consts: u.consts,
            names: u.names.keys().copied().collect(),
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonly: u.posonly,
            kwonly: u.kwonly,
            varargs: u.varargs,
            varkw: u.varkw,
            first_line: u.first_line,
            doc: u.doc,
        };
        Object::immortal(Kind::Code(Box::new(code)))
    }

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().instrs.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::ExcStarMatch(_) => Instr::ExcStarMatch(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::SetupFinally(_) => Instr::SetupFinally(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::SetupAsyncWith(_) => Instr::SetupAsyncWith(target),
            other => other,
        };
    }

    fn set_line(&mut self, node: &impl Ranged) {
        let (line, _) = self.lines.line_col(node.start());
        self.unit().line = line;
    }

    fn line_of(&self, node: &impl Ranged) -> u32 {
        self.lines.line_col(node.start()).0
    }

    fn unsupported<T>(&self, what: &str, node: &impl Ranged) -> CResult<T> {
        Err(CompileError::Unsupported {
            what: what.to_string(),
            line: self.line_of(node),
        })
    }

    /// A `SyntaxError` the parser does not catch (CPython's compiler raises these).
    fn syntax_error<T>(&self, msg: &str, node: &impl Ranged) -> CResult<T> {
        let (line, col) = self.lines.line_col(node.start());
        let (end_line, end_col) = self.lines.line_col(node.end());
        let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
        let end = if end_line == line {
            end_col
        } else {
            text.len() as u32 + 1
        };
        Err(CompileError::Syntax {
            msg: msg.to_string(),
            line,
            col,
            width: end.saturating_sub(col).max(1),
            text: text.to_string(),
        })
    }

    /// CPython's `SyntaxError` for `return`/`yield` in a module or class body.
    fn check_in_function(&mut self, msg: &str, node: &impl Ranged) -> CResult {
        match self.unit().kind {
            CodeKind::Module | CodeKind::Class => self.syntax_error(msg, node),
            _ => Ok(()),
        }
    }

    /// CPython's `SyntaxError` for `await`, `async for` and `async with` outside a coroutine.
    fn check_await_allowed(&mut self, msg: &str, node: &impl Ranged) -> CResult {
        match self.unit().kind {
            CodeKind::Coroutine | CodeKind::AsyncGenerator => Ok(()),
            _ => self.syntax_error(msg, node),
        }
    }

    /// True while compiling module-level code.
    fn at_module_level(&mut self) -> bool {
        self.unit().kind == CodeKind::Module
    }

    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.unit();
        if let Some(i) = u
            .consts
            .iter()
            .position(|c| c.is(v) && !matches!(v, Value::Float(_)))
        {
            return i as u32;
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.const_index(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, n: &str) -> u32 {
        let name = intern(n);
        let u = self.unit();
        let next = u.names.len() as u32;
        *u.names.entry(name).or_insert(next)
    }

    fn deref_index(&mut self, n: &str) -> u32 {
        let name = intern(n);
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| *c == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| *c == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(name);
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn local_index(&mut self, n: &str) -> u32 {
        let name = intern(n);
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|c| *c == name) {
            return i as u32;
        }
        u.varnames.push(name);
        (u.varnames.len() - 1) as u32
    }

    fn access(&self, n: &str) -> Access {
        let u = self.units.last().expect("open unit");
        self.scopes.scopes[u.scope].access(n)
    }

    fn load_name(&mut self, n: &str) {
        let i = match self.access(n) {
            Access::Local => Instr::LoadFast(self.local_index(n)),
            Access::Deref => Instr::LoadDeref(self.deref_index(n)),
            Access::Global => Instr::LoadGlobal(self.name_index(n)),
            Access::Name => Instr::LoadName(self.name_index(n)),
        };
        self.emit(i);
    }

    fn store_name(&mut self, n: &str) {
        let i = match self.access(n) {
            Access::Local => Instr::StoreFast(self.local_index(n)),
            Access::Deref => Instr::StoreDeref(self.deref_index(n)),
            Access::Global => Instr::StoreGlobal(self.name_index(n)),
            Access::Name => Instr::StoreName(self.name_index(n)),
        };
        self.emit(i);
    }

    fn str_const(&mut self, s: &str) -> u32 {
        self.const_index(intern(s).value())
    }

    fn qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("open unit");
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits the closure tuple (if the child scope has free variables) and `MakeFunction`.
    fn make_function(&mut self, code_obj: ObjRef, mut flags: u32) {
        let code = code_of(code_obj).expect("leave returns a code object");
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.deref_index(fv.as_str());
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let ci = self.const_index(Value::Obj(code_obj));
        self.emit(Instr::MakeFunction { code: ci, flags });
    }
}
