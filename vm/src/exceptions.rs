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

/// The exception an exception's traceback shows before it, and the line joining them.
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

/// The full traceback text, as CPython prints it for an uncaught exception: the chain of
/// causes and contexts first (each once), then the exception itself.
pub fn format_traceback(ctx: &mut Ctx, exc: &PyException) -> String {
    let mut chain = vec![(exc.value, exc.traceback.clone(), "")];
    let mut seen = vec![exc.value];
    while let Some((prev, joiner)) = chained_from(ctx, chain[chain.len() - 1].0) {
        if seen.contains(&prev) {
            break;
        }
        seen.push(prev);
        // Recorded when a handler caught it, while still innermost first.
        let mut tb = previous_traceback(prev);
        tb.reverse();
        chain.push((prev, tb, joiner));
    }
    let mut out = String::new();
    for (value, tb, joiner) in chain.into_iter().rev() {
        out.push_str(&format_one(ctx, value, &tb));
        out.push_str(joiner);
    }
    out
}

/// One exception's traceback and final line.
fn format_one(ctx: &mut Ctx, value: ObjRef, traceback: &[TbEntry]) -> String {
    let mut out = String::new();
    if !traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
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
    }
    let name = exc_type_name(value);
    let msg = match crate::repr::str_of(ctx, Value::Obj(value)) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    out
}
