//! Methods of generators and coroutines: `send`, `throw` and `close`.

use crate::ctx::Ctx;
use crate::error::{PyException, PyResult};
use crate::interp::gen::{gen_close, gen_resume, GenResult, Resume};
use crate::object::Kind;
use crate::rt::{class_name, is_subclass, rt, Runtime};
use crate::value::{Name, ObjRef, Value};

pub(super) fn install(rt: &Runtime) {
    for gen_type in [rt.types.generator, rt.types.coroutine] {
        super::def_methods(
            gen_type,
            &[("send", send), ("throw", throw), ("close", close)],
        );
    }
}

fn receiver(ctx: &Ctx, recv: Option<Value>, what: &str) -> PyResult<ObjRef> {
    match recv {
        Some(Value::Obj(o)) if matches!(o.kind, Kind::Generator(_)) => Ok(o),
        _ => Err(ctx.type_error(format!("{what}() needs a generator"))),
    }
}

fn finish(ctx: &Ctx, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(y) => Ok(y),
        GenResult::Return(r) => Err(ctx.stop_iteration(r)),
    }
}

fn send(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let g = receiver(ctx, recv, "send")?;
    let [v] = args else {
        return Err(ctx.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            class_name(rt().type_of(Value::Obj(g))),
            args.len()
        )));
    };
    let r = gen_resume(ctx, g, Resume::Send(*v))?;
    finish(ctx, r)
}

/// The exception `throw(type[, value[, traceback]])` raises, made as CPython makes it.
pub fn thrown_exception(ctx: &mut Ctx, args: &[Value]) -> PyResult<PyException> {
    let (typ, value) = match args {
        [t] => (*t, Value::None),
        [t, v] | [t, v, _] => (*t, *v),
        _ => {
            return Err(ctx.type_error(format!(
                "throw expected at least 1 argument, got {}",
                args.len()
            )))
        }
    };
    let base = rt().types.base_exception;
    let exc = match typ {
        Value::Obj(c) if matches!(c.kind, Kind::Class(_)) && is_subclass(c, base) => {
            if is_subclass(rt().type_of(value), c) {
                value
            } else {
                let call_args = match value {
                    Value::None => Vec::new(),
                    Value::Obj(t) if matches!(t.kind, Kind::Tuple(_)) => {
                        crate::iter::collect(ctx, value)?
                    }
                    v => vec![v],
                };
                crate::interp::call::call(ctx, typ, &call_args, &[])?
            }
        }
        Value::Obj(o)
            if is_subclass(rt().type_of(typ), base) && matches!(o.kind, Kind::Instance(_)) =>
        {
            if !matches!(value, Value::None) {
                return Err(ctx.type_error("instance exception may not have a separate value"));
            }
            typ
        }
        other => {
            return Err(ctx.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                class_name(rt().type_of(other))
            )))
        }
    };
    let Some(exc) = exc.obj() else {
        return Err(ctx.type_error("exceptions must derive from BaseException"));
    };
    Ok(PyException {
        value: exc,
        traceback: crate::exceptions::previous_traceback(exc),
    })
}

fn throw(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let g = receiver(ctx, recv, "throw")?;
    let exc = thrown_exception(ctx, args)?;
    let r = gen_resume(ctx, g, Resume::Throw(Box::new(exc)))?;
    finish(ctx, r)
}

fn close(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let g = receiver(ctx, recv, "close")?;
    if !args.is_empty() {
        return Err(ctx.type_error(format!(
            "{}.close() takes no arguments ({} given)",
            class_name(rt().type_of(Value::Obj(g))),
            args.len()
        )));
    }
    gen_close(ctx, g)?;
    Ok(Value::None)
}
