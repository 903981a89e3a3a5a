//! The `sys` module: argv, path, the standard streams (`stdio.rs`), exit, the recursion limit,
//! `modules`, `exc_info()` and the constants describing the interpreter and the platform.
//!
//! `sys.modules` is a dict mirroring the import cache: every module registered after `sys`
//! is created is added to it (through the tracked dict path), and a failed import removes it
//! again. The import system reads its own cache, so editing `sys.modules` does not change
//! what a later `import` finds.

use super::new_module;
use super::stdio::std_stream;
use super::structseq;
use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::error::{PyResult, Raise};
use crate::object::{AttrMap, Kind};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};

/// A new `sys` module object.
pub(super) fn sys_module(ctx: &mut Ctx) -> PyResult<ObjRef> {
    let mut attrs = AttrMap::default();
    let str_list = |items: &[String]| {
        let values = items.iter().map(|s| ctx.new_str(s.clone())).collect();
        ctx.new_list(values)
    };
    attrs.insert(intern("argv"), str_list(&rt().argv));
    attrs.insert(intern("path"), str_list(&rt().path));
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let stream = Value::Obj(std_stream(fd));
        attrs.insert(intern(name), stream);
        attrs.insert(intern(&format!("__{name}__")), stream);
    }
    attrs.insert(intern("version_info"), version_info(ctx));
    attrs.insert(intern("version"), ctx.new_str(VERSION.to_string()));
    attrs.insert(intern("maxsize"), Value::Int(i64::MAX));
    attrs.insert(intern("platform"), intern("linux").value());
    attrs.insert(intern("byteorder"), intern(byteorder()).value());
    attrs.insert(intern("float_info"), float_info(ctx));
    attrs.insert(intern("implementation"), implementation(ctx));
    attrs.insert(intern("modules"), modules_dict(ctx)?);
    def(&mut attrs, "exc_info", exc_info);
    def(&mut attrs, "exception", exception);
    def(&mut attrs, "exit", sys_exit);
    def(&mut attrs, "getrecursionlimit", |ctx, _, args, _| {
        arity(ctx, "getrecursionlimit", args, 0, 0)?;
        Ok(Value::Int(i64::from(crate::interp::recursion::limit())))
    });
    def(&mut attrs, "setrecursionlimit", set_recursion_limit);
    Ok(new_module("sys", attrs))
}

/// `sys.setrecursionlimit(n)`.
fn set_recursion_limit(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "setrecursionlimit", args, 1, 1)?;
    match args[0] {
        Value::Int(n) => crate::interp::recursion::set_limit(ctx, n)?,
        Value::Bool(b) => crate::interp::recursion::set_limit(ctx, i64::from(b))?,
        Value::Obj(o) if matches!(o.kind, Kind::BigInt(_)) => {
            return Err(ctx.overflow_error("Python int too large to convert to C int"))
        }
        v => {
            return Err(ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::rt::class_name(rt().type_of(v))
            )))
        }
    }
    Ok(Value::None)
}

fn sys_exit(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "exit", args, 0, 1)?;
    Err(Raise::exc(
        ctx.new_exception(rt().types.system_exit, args.to_vec()),
    ))
}

/// The version this runtime implements, as CPython 3.11.7 reports it.
const VERSION_INFO: (i64, i64, i64, &str, i64) = (3, 11, 7, "final", 0);

/// `sys.version`: the language version first, as CPython's, then this implementation.
const VERSION: &str = "3.11.7 (specloop) [Rust]";

/// `sys.version_info`: a struct sequence `(major, minor, micro, releaselevel, serial)`.
fn version_info(ctx: &Ctx) -> Value {
    static FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];
    let class = structseq::new_class("sys", "version_info", &FIELDS);
    let (major, minor, micro, level, serial) = VERSION_INFO;
    let items = vec![
        Value::Int(major),
        Value::Int(minor),
        Value::Int(micro),
        ctx.new_str(level.to_string()),
        Value::Int(serial),
    ];
    structseq::make(ctx, class, items)
}

fn byteorder() -> &'static str {
    if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    }
}

/// `sys.float_info`: the IEEE 754 binary64 constants, as CPython reports them.
fn float_info(ctx: &Ctx) -> Value {
    static FIELDS: [&str; 11] = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let class = structseq::new_class("sys", "float_info", &FIELDS);
    let items = vec![
        Value::Float(f64::MAX),
        Value::Int(i64::from(f64::MAX_EXP)),
        Value::Int(i64::from(f64::MAX_10_EXP)),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(i64::from(f64::MIN_EXP)),
        Value::Int(i64::from(f64::MIN_10_EXP)),
        Value::Int(i64::from(f64::DIGITS)),
        Value::Int(i64::from(f64::MANTISSA_DIGITS)),
        Value::Float(f64::EPSILON),
        Value::Int(i64::from(f64::RADIX)),
        Value::Int(1),
    ];
    structseq::make(ctx, class, items)
}

/// `sys.implementation`: a namespace with this implementation's `name` and `version`.
fn implementation(ctx: &mut Ctx) -> Value {
    let ns = super::import_module(ctx, "types")
        .and_then(|types| crate::attr::getattr(ctx, Value::Obj(types), intern("SimpleNamespace")))
        .and_then(|ns| crate::interp::call::call(ctx, ns, &[], &[]));
    let Ok(Value::Obj(ns)) = ns else {
        return Value::None;
    };
    ctx.set_own_attr(ns, intern("name"), intern("specloop").value());
    ctx.set_own_attr(ns, intern("version"), version_info(ctx));
    Value::Obj(ns)
}

/// The dict behind `sys.modules`, created with the modules imported so far (by name: the
/// cache keeps no import order).
fn modules_dict(ctx: &mut Ctx) -> PyResult<Value> {
    let d = ctx.new_dict(Default::default());
    if let Value::Obj(o) = d {
        let _ = SYS_MODULES.set(crate::gc::pin(o));
    }
    let mut loaded: Vec<(Name, ObjRef)> =
        rt().modules.lock().iter().map(|(k, v)| (*k, *v)).collect();
    loaded.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
    for (name, m) in loaded {
        mirror_module(ctx, name.as_str(), Some(m))?;
    }
    Ok(d)
}

static SYS_MODULES: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

/// Mirrors the registration (`Some`) or removal (`None`) of module `name` in `sys.modules`,
/// once `sys` exists.
pub(super) fn mirror_module(ctx: &mut Ctx, name: &str, module: Option<ObjRef>) -> PyResult<()> {
    let Some(&dict) = SYS_MODULES.get() else {
        return Ok(());
    };
    let key = intern(name).value();
    match module {
        Some(m) => crate::seqops::setitem(ctx, Value::Obj(dict), key, Value::Obj(m)),
        None => match crate::seqops::delitem(ctx, Value::Obj(dict), key) {
            Err(Raise::Exc(e)) if crate::exceptions::exc_matches(e.value, rt().types.key_error) => {
                Ok(())
            }
            r => r,
        },
    }
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// `None`s. Tracebacks are not objects here, so the third item is always `None`.
fn exc_info(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "exc_info", args, 0, 0)?;
    let items = match ctx.gc.handled_exception() {
        Some(e) => vec![Value::Obj(rt().type_of(e)), e, Value::None],
        None => vec![Value::None; 3],
    };
    Ok(ctx.new_tuple(items))
}

/// `sys.exception()` (3.11): the exception being handled, or `None`.
fn exception(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "exception", args, 0, 0)?;
    Ok(ctx.gc.handled_exception().unwrap_or(Value::None))
}
