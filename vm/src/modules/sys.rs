//! The `sys` module: argv, path, stdout and stderr (writes are effects, emitted at commit), exit
//! and the recursion limit.

use super::new_module;
use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::effects::Effect;
use crate::error::{PyResult, Raise};
use crate::object::{AttrMap, Instance, Kind, Layout, Object};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

fn text_io_class() -> ObjRef {
    static C: OnceLock<ObjRef> = OnceLock::new();
    *C.get_or_init(|| {
        let mut attrs = AttrMap::default();
        def(&mut attrs, "write", textio_write);
        def(&mut attrs, "flush", textio_flush);
        crate::rt::new_class(
            0,
            intern("TextIOWrapper"),
            vec![rt().types.object],
            Layout::Builtin,
            attrs,
            Some(intern("builtins")),
        )
        .expect("linear bases")
    })
}

fn std_stream(fd: u8) -> ObjRef {
    static OUT: OnceLock<ObjRef> = OnceLock::new();
    static ERR: OnceLock<ObjRef> = OnceLock::new();
    let cell = if fd == 2 { &ERR } else { &OUT };
    *cell.get_or_init(|| {
        Object::immortal(Kind::Instance(Instance {
            class: text_io_class(),
            attrs: Default::default(),
            native: None,
        }))
    })
}

/// Whether `v` is `sys.stdout` or `sys.stderr`.
pub fn is_std_stream(v: Value) -> bool {
    is_stderr(v) || v.is(Value::Obj(std_stream(1)))
}

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(v: Value) -> bool {
    v.is(Value::Obj(std_stream(2)))
}

fn textio_write(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "write", args, 1, 1)?;
    let Some(s) = args[0].as_str() else {
        return Err(ctx.type_error(format!(
            "write() argument must be str, not {}",
            crate::rt::class_name(rt().type_of(args[0]))
        )));
    };
    let fd = if recv.is_some_and(is_stderr) { 2 } else { 1 };
    ctx.emit(Effect::Write {
        fd,
        text: s.to_string(),
    });
    Ok(Value::Int(s.chars().count() as i64))
}

fn textio_flush(
    ctx: &mut Ctx,
    _: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    ctx.emit(Effect::Flush);
    Ok(Value::None)
}

/// A new `sys` module object.
pub(super) fn sys_module(ctx: &Ctx) -> ObjRef {
    let mut attrs = AttrMap::default();
    let str_list = |items: &[String]| {
        let values = items.iter().map(|s| ctx.new_str(s.clone())).collect();
        ctx.new_list(values)
    };
    attrs.insert(intern("argv"), str_list(&rt().argv));
    attrs.insert(intern("path"), str_list(&rt().path));
    attrs.insert(intern("stdout"), Value::Obj(std_stream(1)));
    attrs.insert(intern("stderr"), Value::Obj(std_stream(2)));
    attrs.insert(intern("version_info"), version_info(ctx));
    // The largest index (`Py_ssize_t`), a 64-bit build's.
    attrs.insert(intern("maxsize"), Value::Int(i64::MAX));
    def(&mut attrs, "exit", sys_exit);
    def(&mut attrs, "getrecursionlimit", |ctx, _, args, _| {
        arity(ctx, "getrecursionlimit", args, 0, 0)?;
        Ok(Value::Int(i64::from(crate::interp::recursion::limit())))
    });
    def(&mut attrs, "setrecursionlimit", set_recursion_limit);
    new_module("sys", attrs)
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
const VERSION: (i64, i64, i64, &str, i64) = (3, 11, 7, "final", 0);
const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// `sys.version_info`: a tuple subclass with named fields (a struct sequence in CPython).
fn version_info(ctx: &Ctx) -> Value {
    let mut attrs = AttrMap::default();
    def(&mut attrs, "__repr__", version_repr);
    for (i, name) in VERSION_FIELDS.iter().enumerate() {
        let getter: crate::object::NativeFn = match i {
            0 => |c, r, a, k| version_field(c, r, a, k, 0),
            1 => |c, r, a, k| version_field(c, r, a, k, 1),
            2 => |c, r, a, k| version_field(c, r, a, k, 2),
            3 => |c, r, a, k| version_field(c, r, a, k, 3),
            _ => |c, r, a, k| version_field(c, r, a, k, 4),
        };
        let fget = Object::immortal(Kind::Builtin(Box::new(crate::object::Builtin {
            name,
            f: getter,
            receiver: None,
            keywords: crate::builtins::Keywords::Own,
        })));
        let d = crate::descriptors::Descriptor::Property {
            fget: Value::Obj(fget),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        attrs.insert(
            intern(name),
            Value::Obj(Object::immortal(Kind::Descriptor(Box::new(d)))),
        );
    }
    let class = crate::rt::new_class(
        0,
        intern("version_info"),
        vec![rt().types.tuple],
        Layout::Instance,
        attrs,
        Some(intern("sys")),
    )
    .map(crate::gc::pin)
    .unwrap_or(rt().types.tuple);
    let (major, minor, micro, level, serial) = VERSION;
    let items = vec![
        Value::Int(major),
        Value::Int(minor),
        Value::Int(micro),
        ctx.new_str(level.to_string()),
        Value::Int(serial),
    ];
    let tuple = ctx.new_tuple(items);
    crate::native_base::wrap(ctx, class, tuple)
}

fn version_field(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
    i: usize,
) -> PyResult<Value> {
    let t = crate::native_base::unwrap(r.or(a.first().copied()).unwrap_or(Value::None));
    match t.obj().map(|o| &o.0.kind) {
        Some(Kind::Tuple(items)) => Ok(items[i]),
        _ => Err(ctx.type_error("descriptor requires a 'sys.version_info' object")),
    }
}

fn version_repr(
    ctx: &mut Ctx,
    r: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let t = crate::native_base::unwrap(r.unwrap_or(Value::None));
    let Some(Kind::Tuple(items)) = t.obj().map(|o| &o.0.kind) else {
        return Err(ctx.type_error("descriptor requires a 'sys.version_info' object"));
    };
    let mut parts = Vec::new();
    for (name, v) in VERSION_FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", crate::repr::repr(ctx, *v)?));
    }
    let s = format!("sys.version_info({})", parts.join(", "));
    Ok(ctx.new_str(s))
}
