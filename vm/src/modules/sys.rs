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
    def(&mut attrs, "exit", sys_exit);
    def(&mut attrs, "getrecursionlimit", |_, _, _, _| {
        Ok(Value::Int(crate::interp::call::RECURSION_LIMIT as i64))
    });
    new_module("sys", attrs)
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
