//! Exceptions: creating and raising built-in ones, matching `except` clauses, and printing
//! tracebacks in CPython's format.

use crate::ctx::Ctx;
use crate::error::{PyException, PyResult, Raise, TbEntry};
use crate::instance_attrs::InstanceAttrs;
use crate::object::{Instance, Kind};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

fn sources() -> &'static Mutex<HashMap<&'static str, &'static str>> {
    static SOURCES: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    SOURCES.get_or_init(Default::default)
}

fn tracebacks() -> &'static Mutex<HashMap<usize, Vec<TbEntry>>> {
    static TB: OnceLock<Mutex<HashMap<usize, Vec<TbEntry>>>> = OnceLock::new();
    TB.get_or_init(Default::default)
}

/// Records the traceback an exception had when a handler caught it (its `__traceback__`), so
/// that raising the same instance again continues it, as CPython does.
pub fn remember_traceback(exc: &PyException) {
    tracebacks()
        .lock()
        .insert(exc.value.addr(), exc.traceback.clone());
}

/// The traceback recorded for an exception instance, if it was raised before.
pub fn previous_traceback(exc: ObjRef) -> Vec<TbEntry> {
    tracebacks()
        .lock()
        .get(&exc.addr())
        .cloned()
        .unwrap_or_default()
}

/// Gives `dst` the traceback recorded for `src` (none if `src` has none).
pub fn copy_traceback(src: ObjRef, dst: ObjRef) {
    let mut tb = tracebacks().lock();
    match tb.get(&src.addr()).cloned() {
        Some(t) => tb.insert(dst.addr(), t),
        None => tb.remove(&dst.addr()),
    };
}

/// Records `tb` (innermost entry first) as the traceback of `exc`.
pub fn set_traceback(exc: ObjRef, tb: Vec<TbEntry>) {
    tracebacks().lock().insert(exc.addr(), tb);
}

/// Whether `a` and `b` have the same recorded traceback (both none counts as the same).
pub fn same_traceback(a: ObjRef, b: ObjRef) -> bool {
    let tb = tracebacks().lock();
    let same =
        |x: &TbEntry, y: &TbEntry| x.filename == y.filename && x.line == y.line && x.name == y.name;
    match (tb.get(&a.addr()), tb.get(&b.addr())) {
        (None, None) => true,
        (Some(x), Some(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        _ => false,
    }
}

/// Drops the tracebacks recorded for objects the collector is about to free (their
/// addresses will be reused).
pub fn forget_tracebacks(dead: &[ObjRef]) {
    let mut tb = tracebacks().lock();
    if tb.is_empty() {
        return;
    }
    for o in dead {
        if matches!(o.kind, Kind::Instance(_)) {
            tb.remove(&o.addr());
        }
    }
}

/// Remembers a file's source so tracebacks can quote its lines.
pub fn register_source(filename: &'static str, source: &'static str) {
    sources().lock().insert(filename, source);
}

/// Line `line` (1-based) of a registered file, stripped as CPython's traceback prints it.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let src = *sources().lock().get(filename)?;
    src.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
}

/// The field an exception of `class` derives from its constructor arguments, besides `args`:
/// `StopIteration.value` (the first argument) and `SystemExit.code` (None, the one argument,
/// or the arguments' tuple), as CPython's `__init__` sets them.
pub fn field_from_args(ctx: &Ctx, class: ObjRef, args: &[Value]) -> Option<(Name, Value)> {
    let t = &rt().types;
    if crate::rt::is_subclass(class, t.stop_iteration) {
        return Some((
            intern("value"),
            args.first().copied().unwrap_or(Value::None),
        ));
    }
    if crate::rt::is_subclass(class, t.system_exit) {
        let code = match args {
            [] => Value::None,
            [c] => *c,
            _ => ctx.new_tuple(args.to_vec()),
        };
        return Some((intern("code"), code));
    }
    None
}

impl Ctx {
    /// Allocates an exception instance of `class` with `args`.
    pub fn new_exception(&self, class: ObjRef, args: Vec<Value>) -> ObjRef {
        let field = field_from_args(self, class, &args);
        let tuple = self.alloc(Kind::Tuple(args.into()));
        let pairs = std::iter::once((intern("args"), Value::Obj(tuple))).chain(field);
        self.alloc(Kind::Instance(Instance {
            class,
            attrs: InstanceAttrs::from_pairs(pairs),
            native: None,
        }))
    }

    /// A `Raise` of a built-in exception with one message argument.
    pub fn error(&self, class: ObjRef, msg: impl Into<String>) -> Raise {
        let m = self.new_str(msg.into());
        Raise::exc(self.new_exception(class, vec![m]))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.type_error, msg)
    }
    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.value_error, msg)
    }
    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.index_error, msg)
    }
    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> Raise {
        Raise::exc(self.new_exception(rt().types.key_error, vec![key]))
    }
    /// `AttributeError(msg)`.
    pub fn attribute_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.attribute_error, msg)
    }
    /// `NameError(msg)`.
    pub fn name_error(&self, name: &str) -> Raise {
        self.error(
            rt().types.name_error,
            format!("name '{name}' is not defined"),
        )
    }
    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&self, msg: &str) -> Raise {
        self.error(rt().types.zero_division_error, msg)
    }
    /// `RuntimeError(msg)`.
    pub fn runtime_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.runtime_error, msg)
    }
    /// `OverflowError(msg)`.
    pub fn overflow_error(&self, msg: impl Into<String>) -> Raise {
        self.error(rt().types.overflow_error, msg)
    }
    /// `MemoryError()`, bare as CPython raises it for a size that cannot be allocated.
    pub fn memory_error(&self) -> Raise {
        Raise::exc(self.new_exception(rt().types.memory_error, Vec::new()))
    }
    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Value) -> Raise {
        let args = if matches!(value, Value::None) {
            vec![]
        } else {
            vec![value]
        };
        let exc = self.new_exception(rt().types.stop_iteration, args);
        if let Kind::Instance(i) = &exc.kind {
            i.attrs.set(intern("value"), Some(value));
        }
        Raise::exc(exc)
    }
}

/// The class of an exception instance.
pub fn exc_class(exc: ObjRef) -> ObjRef {
    match &exc.kind {
        Kind::Instance(i) => i.class,
        _ => rt().types.base_exception,
    }
}

/// Whether a raised exception is an instance of `class`.
pub fn exc_matches(exc: ObjRef, class: ObjRef) -> bool {
    is_subclass(exc_class(exc), class)
}

/// The `args` tuple of an exception, read from committed or private storage.
pub fn exc_args(ctx: &mut Ctx, exc: ObjRef) -> PyResult<Vec<Value>> {
    match ctx.own_attr(exc, intern("args"))? {
        Some(Value::Obj(o)) => match &o.kind {
            Kind::Tuple(t) => Ok(t.to_vec()),
            _ => Ok(vec![Value::Obj(o)]),
        },
        _ => Ok(vec![]),
    }
}

/// `str(exc)` for exceptions without a user `__str__`.
pub fn exc_str(ctx: &mut Ctx, exc: ObjRef) -> PyResult<String> {
    if exc_matches(exc, rt().types.os_error) {
        if let Some(f) = ctx.own_attr(exc, intern("filename"))? {
            let errno = ctx.own_attr(exc, intern("errno"))?.unwrap_or(Value::None);
            let strerror = ctx
                .own_attr(exc, intern("strerror"))?
                .unwrap_or(Value::None);
            return Ok(format!(
                "[Errno {}] {}: {}",
                crate::repr::str_of(ctx, errno)?,
                crate::repr::str_of(ctx, strerror)?,
                crate::repr::repr(ctx, f)?
            ));
        }
    }
    let args = exc_args(ctx, exc)?;
    let is_key_error = exc_matches(exc, rt().types.key_error);
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => crate::repr::repr(ctx, args[0]),
        1 => crate::repr::str_of(ctx, args[0]),
        _ => {
            let t = ctx.alloc(Kind::Tuple(args.into()));
            crate::repr::repr(ctx, Value::Obj(t))
        }
    }
}

/// The exception's type as the last traceback line names it.
pub fn exc_type_name(exc: ObjRef) -> String {
    let class = exc_class(exc);
    let name = class_name(class);
    match &class.kind {
        Kind::Class(c) => match c.module.map(|m| m.as_str()) {
            Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{name}"),
            _ => name.to_string(),
        },
        _ => name.to_string(),
    }
}

/// `raise exc from cause`: sets `__cause__` (None, an exception instance, or a class to
/// instantiate) and `__suppress_context__`.
pub fn set_cause(ctx: &mut Ctx, exc: ObjRef, cause: Value) -> PyResult<()> {
    let cause = match cause {
        Value::None => Value::None,
        Value::Obj(o)
            if matches!(o.kind, Kind::Class(_)) && is_subclass(o, rt().types.base_exception) =>
        {
            crate::interp::call::call(ctx, cause, &[], &[])?
        }
        Value::Obj(o) if matches!(&o.kind, Kind::Instance(i) if is_subclass(i.class, rt().types.base_exception)) => {
            cause
        }
        _ => return Err(ctx.type_error("exception causes must derive from BaseException")),
    };
    ctx.set_own_attr(exc, intern("__cause__"), cause);
    ctx.set_own_attr(exc, intern("__suppress_context__"), Value::Bool(true));
    Ok(())
}

/// Sets `exc.__context__ = handled` for an exception raised while `handled` was being handled,
/// breaking any cycle the way CPython does (the link back to `exc` in `handled`'s chain is cut).
pub fn set_context(ctx: &mut Ctx, exc: ObjRef, handled: ObjRef) {
    if exc == handled {
        return;
    }
    let name = intern("__context__");
    let mut o = handled;
    for _ in 0..1000 {
        match ctx.own_attr(o, name) {
            Ok(Some(Value::Obj(next))) if next == exc => {
                ctx.set_own_attr(o, name, Value::None);
                break;
            }
            Ok(Some(Value::Obj(next))) => o = next,
            _ => break,
        }
    }
    ctx.set_own_attr(exc, name, Value::Obj(handled));
}

/// The state of printing one traceback: CPython's `exception_print_context` (the nesting
/// depth inside exception groups, whether a group's closing line is still owed, and the
/// exceptions already printed).
struct PrintCtx {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<ObjRef>,
}

/// As CPython's `max_group_width` and `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// The indent and margin that start each line inside a group (nothing outside one).
    fn margin(&self) -> String {
        if self.depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }

    /// Writes `text` (whole lines) with each line behind the margin.
    fn emit(&mut self, text: &str) {
        let m = self.margin();
        for line in text.split_inclusive('\n') {
            self.out.push_str(&m);
            self.out.push_str(line);
        }
    }
}

/// The full traceback text, as CPython prints it for an uncaught exception: the chain of
/// causes and contexts first (each once), then the exception itself; an exception group
/// prints its sub-exceptions in CPython's boxes.
pub fn format_traceback(ctx: &mut Ctx, exc: &PyException) -> String {
    let mut pc = PrintCtx {
        out: String::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    print_recursive(ctx, &mut pc, exc.value, &exc.traceback);
    pc.out
}

/// The traceback recorded for `exc`, outermost entry first.
fn recorded_traceback(exc: ObjRef) -> Vec<TbEntry> {
    let mut tb = previous_traceback(exc);
    tb.reverse();
    tb
}

/// CPython's `print_exception_recursive`: the chained exception (if not printed yet), then
/// this one.
fn print_recursive(ctx: &mut Ctx, pc: &mut PrintCtx, value: ObjRef, traceback: &[TbEntry]) {
    if pc.seen.len() > 10_000 {
        return;
    }
    pc.seen.push(value);
    if let Some((prev, joiner)) = chained_from(ctx, value) {
        if !pc.seen.contains(&prev) {
            let need_close = pc.need_close;
            let tb = recorded_traceback(prev);
            print_recursive(ctx, pc, prev, &tb);
            pc.need_close = need_close;
            pc.emit(joiner);
        }
    }
    if crate::modules::is_exception_group(value) {
        print_group(ctx, pc, value, traceback);
    } else {
        print_one(ctx, pc, value, traceback);
    }
}

/// The exception a traceback shows before `exc` (its cause, else its context unless
/// suppressed), and the line joining them; a cause already printed hides the context.
fn chained_from(ctx: &mut Ctx, exc: ObjRef) -> Option<(ObjRef, &'static str)> {
    let attr = |ctx: &mut Ctx, n: &str| ctx.own_attr(exc, intern(n)).ok().flatten();
    if let Some(Value::Obj(c)) = attr(ctx, "__cause__") {
        return Some((
            c,
            "\nThe above exception was the direct cause of the following exception:\n\n",
        ));
    }
    if matches!(attr(ctx, "__suppress_context__"), Some(Value::Bool(true))) {
        return None;
    }
    match attr(ctx, "__context__") {
        Some(Value::Obj(c)) => Some((
            c,
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        )),
        _ => None,
    }
}

/// CPython's `print_exception_group`: the group's own traceback and line, then each
/// sub-exception in a box.
fn print_group(ctx: &mut Ctx, pc: &mut PrintCtx, value: ObjRef, traceback: &[TbEntry]) {
    if pc.depth > MAX_GROUP_DEPTH {
        let m = pc.margin();
        pc.out
            .push_str(&format!("{m}... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    if pc.depth == 0 {
        pc.depth = 1;
    }
    print_one(ctx, pc, value, traceback);
    let excs = match ctx.own_attr(value, intern("_eg_exceptions")) {
        Ok(Some(Value::Obj(t))) => match &t.kind {
            Kind::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let num = excs.len();
    let n = if num <= MAX_GROUP_WIDTH {
        num
    } else {
        MAX_GROUP_WIDTH + 1
    };
    pc.need_close = false;
    for (i, e) in excs.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            pc.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let ind = pc.indent();
        pc.out.push_str(&format!(
            "{ind}{}+---------------- {title} ----------------\n",
            if i == 0 { "+-" } else { "  " }
        ));
        pc.depth += 1;
        if !truncated {
            if let Value::Obj(e) = e {
                let tb = recorded_traceback(*e);
                print_recursive(ctx, pc, *e, &tb);
            }
        } else {
            let rem = num - MAX_GROUP_WIDTH;
            let m = pc.margin();
            pc.out.push_str(&format!(
                "{m}and {rem} more exception{}\n",
                if rem > 1 { "s" } else { "" }
            ));
        }
        if last && pc.need_close {
            let ind = pc.indent();
            pc.out
                .push_str(&format!("{ind}+------------------------------------\n"));
            pc.need_close = false;
        }
        pc.depth -= 1;
    }
    if pc.depth == 1 {
        pc.depth = 0;
    }
}

/// One exception's traceback, final line and notes (behind the margin inside a group).
fn print_one(ctx: &mut Ctx, pc: &mut PrintCtx, value: ObjRef, traceback: &[TbEntry]) {
    if !traceback.is_empty() {
        let is_group = crate::modules::is_exception_group(value);
        let header = if is_group {
            "Exception Group Traceback (most recent call last):\n"
        } else {
            "Traceback (most recent call last):\n"
        };
        if is_group && pc.depth == 1 {
            let ind = pc.indent();
            pc.out.push_str(&format!("{ind}+ {header}"));
        } else {
            pc.emit(header);
        }
        let mut out = String::new();
        // As CPython: a run of identical entries prints three times, then a count.
        let same = |a: &TbEntry, b: &TbEntry| {
            a.filename == b.filename && a.line == b.line && a.name == b.name
        };
        let mut i = 0;
        while i < traceback.len() {
            let tb = &traceback[i];
            if tb.filename.starts_with("<frozen") {
                // The asyncio prelude stands in for CPython's C-accelerated tasks and futures,
                // which have no Python frames.
                i += 1;
                continue;
            }
            let run = traceback[i..].iter().take_while(|t| same(t, tb)).count();
            for _ in 0..run.min(3) {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    tb.filename, tb.line, tb.name
                ));
                if let Some(l) = source_line(tb.filename, tb.line) {
                    out.push_str(&format!("    {l}\n"));
                }
            }
            if run > 3 {
                let n = run - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
            i += run;
        }
        pc.emit(&out);
    }
    let name = exc_type_name(value);
    let msg = match crate::repr::str_of(ctx, Value::Obj(value)) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        pc.emit(&format!("{name}\n"));
    } else {
        pc.emit(&format!("{name}: {msg}\n"));
    }
    print_notes(ctx, pc, value);
}

/// CPython's `print_exception_notes`: each note of `__notes__`, line by line.
fn print_notes(ctx: &mut Ctx, pc: &mut PrintCtx, value: ObjRef) {
    let Ok(Some(notes)) = ctx.own_attr(value, intern("__notes__")) else {
        return;
    };
    let items = match notes {
        Value::Obj(o) if matches!(o.kind, Kind::List(_) | Kind::Tuple(_)) => {
            crate::iter::collect(ctx, notes).unwrap_or_default()
        }
        _ => {
            let r = crate::repr::repr(ctx, notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            pc.emit(&format!("{r}\n"));
            return;
        }
    };
    for note in items {
        match crate::repr::str_of(ctx, note) {
            Ok(text) => {
                for line in text.split('\n') {
                    pc.emit(&format!("{line}\n"));
                }
            }
            Err(_) => pc.out.push_str("<note str() failed>\n"),
        }
    }
}
