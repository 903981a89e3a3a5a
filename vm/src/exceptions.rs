//! Exceptions: creating and raising built-in ones, matching `except` clauses, and printing
//! tracebacks in CPython's format.

use crate::ctx::Ctx;
use crate::error::{PyException, PyResult, Raise, TbEntry};
use crate::object::{Instance, Kind};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{intern, ObjRef, Value};
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

impl Ctx {
    /// Allocates an exception instance of `class` with `args`.
    pub fn new_exception(&self, class: ObjRef, args: Vec<Value>) -> ObjRef {
        let tuple = self.alloc(Kind::Tuple(args.into()));
        let mut attrs = crate::object::AttrMap::default();
        attrs.insert(intern("args"), Value::Obj(tuple));
        self.alloc(Kind::Instance(Instance {
            class,
            attrs: Mutex::new(attrs),
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
    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Value) -> Raise {
        let args = if matches!(value, Value::None) {
            vec![]
        } else {
            vec![value]
        };
        let exc = self.new_exception(rt().types.stop_iteration, args);
        if let Kind::Instance(i) = &exc.kind {
            i.attrs.lock().insert(intern("value"), value);
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

/// The full traceback text, as CPython prints it for an uncaught exception.
pub fn format_traceback(ctx: &mut Ctx, exc: &PyException) -> String {
    let mut out = String::new();
    if !exc.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: a run of identical entries prints three times, then a count.
        let same = |a: &TbEntry, b: &TbEntry| {
            a.filename == b.filename && a.line == b.line && a.name == b.name
        };
        let mut i = 0;
        while i < exc.traceback.len() {
            let tb = &exc.traceback[i];
            if tb.filename.starts_with("<frozen") {
                // The asyncio prelude stands in for CPython's C-accelerated tasks and futures,
                // which have no Python frames.
                i += 1;
                continue;
            }
            let run = exc.traceback[i..]
                .iter()
                .take_while(|t| same(t, tb))
                .count();
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
    let name = exc_type_name(exc.value);
    let msg = match crate::repr::str_of(ctx, Value::Obj(exc.value)) {
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
