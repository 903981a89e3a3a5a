//! Async generators: their methods (`__anext__`, `asend`, `athrow`, `aclose`) and the
//! awaitables those return, which drive the generator one item at a time.
//!
//! An awaitable is an instance of `async_generator_asend` (or `async_generator_athrow`) with
//! its state in ordinary attributes (so speculation tracks and undoes it): the generator, what
//! to do on the first resumption (send a value, throw an exception, or close), and whether it
//! has started or finished. Resuming it resumes the generator: a suspension of an `await`
//! inside the generator passes through to the task; the generator's own `yield v` finishes the
//! awaitable with `v` (as `StopIteration(v)`); its end raises `StopAsyncIteration`.

use super::methods_gen::thrown_exception;
use crate::ctx::Ctx;
use crate::error::{PyException, PyResult, Raise};
use crate::instance_attrs::InstanceAttrs;
use crate::interp::gen::{
    agen_awaiting, agen_resume, gen_finished, raised, AgenStep, GenResult, Resume,
};
use crate::object::{AttrMap, Instance, Kind, Layout};
use crate::rt::{rt, Runtime};
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

const SEND: i64 = 0;
const THROW: i64 = 1;
const CLOSE: i64 = 2;

const FRESH: i64 = 0;
const STARTED: i64 = 1;
const DONE: i64 = 2;

pub(super) fn install(rt: &Runtime) {
    super::def_methods(
        rt.types.async_generator,
        &[
            ("__aiter__", |_, recv, _, _| Ok(recv.unwrap_or(Value::None))),
            ("__anext__", |ctx, recv, _, _| {
                step_object(ctx, recv, SEND, Value::None)
            }),
            ("asend", asend),
            ("athrow", athrow),
            ("aclose", |ctx, recv, _, _| {
                step_object(ctx, recv, CLOSE, Value::None)
            }),
        ],
    );
}

/// The classes of the awaitables: `async_generator_asend` and `async_generator_athrow`.
fn step_classes() -> &'static [ObjRef; 2] {
    static C: OnceLock<[ObjRef; 2]> = OnceLock::new();
    C.get_or_init(|| {
        ["async_generator_asend", "async_generator_athrow"].map(|name| {
            let mut attrs = AttrMap::default();
            super::def(&mut attrs, "__await__", |_, recv, _, _| {
                Ok(recv.unwrap_or(Value::None))
            });
            super::def(&mut attrs, "__iter__", |_, recv, _, _| {
                Ok(recv.unwrap_or(Value::None))
            });
            super::def(&mut attrs, "__next__", |ctx, recv, _, _| {
                step(ctx, recv, Resume::Send(Value::None), false)?.or_stop(ctx)
            });
            super::def(&mut attrs, "send", |ctx, recv, args, _| {
                let v = args.first().copied().unwrap_or(Value::None);
                step(ctx, recv, Resume::Send(v), false)?.or_stop(ctx)
            });
            super::def(&mut attrs, "throw", |ctx, recv, args, _| {
                let exc = thrown_exception(ctx, args)?;
                step(ctx, recv, Resume::Throw(Box::new(exc)), false)?.or_stop(ctx)
            });
            super::def(&mut attrs, "close", |ctx, recv, _, _| {
                if let Some(Value::Obj(o)) = recv {
                    ctx.set_own_attr(o, crate::name!("_state"), Value::Int(DONE));
                }
                Ok(Value::None)
            });
            crate::rt::new_class(
                crate::object::DIRECT_TOKEN,
                intern(name),
                vec![rt().types.object],
                Layout::Builtin,
                attrs,
                Some(intern("builtins")),
            )
            .unwrap_or(rt().types.object)
        })
    })
}

/// Whether `o` is an awaitable made by an async generator's methods.
pub fn is_agen_step(o: ObjRef) -> bool {
    match &o.kind {
        Kind::Instance(i) => step_classes().contains(&i.class),
        _ => false,
    }
}

fn asend(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    super::arity(ctx, "asend", args, 1, 1)?;
    step_object(ctx, recv, SEND, args[0])
}

fn athrow(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let exc = thrown_exception(ctx, args)?;
    step_object(ctx, recv, THROW, Value::Obj(exc.value))
}

/// A new awaitable that will resume the async generator `recv` with `mode`.
fn step_object(ctx: &mut Ctx, recv: Option<Value>, mode: i64, arg: Value) -> PyResult<Value> {
    let Some(agen @ Value::Obj(g)) = recv else {
        return Err(ctx.type_error("expected an async generator"));
    };
    if crate::interp::gen::agen_init_hooks(ctx, g)? {
        ctx.emit(crate::effects::Effect::RegisterAsyncGen(agen));
    }
    let attrs = InstanceAttrs::from_pairs([
        (crate::name!("_agen"), agen),
        (crate::name!("_mode"), Value::Int(mode)),
        (crate::name!("_arg"), arg),
        (crate::name!("_state"), Value::Int(FRESH)),
    ]);
    let class = step_classes()[(mode != SEND) as usize];
    Ok(Value::Obj(ctx.alloc(Kind::Instance(Instance {
        class,
        attrs,
        native: None,
    }))))
}

fn attr(ctx: &mut Ctx, o: ObjRef, name: Name) -> PyResult<Value> {
    Ok(ctx.own_attr(o, name)?.unwrap_or(Value::None))
}

/// `yield from`/`await` of the awaitable `this`, resumed with `how`: its `send` or `throw`
/// without a bound method. An await that marked the awaitable for the collector
/// (`FrameStack::before_resume`) resumes the generator's frame transparently.
pub fn delegate_step(ctx: &mut Ctx, this: ObjRef, how: Resume) -> PyResult<GenResult> {
    let from_await = ctx.gc.take_callee_mark();
    step(ctx, Some(Value::Obj(this)), how, from_await)
}

impl GenResult {
    /// The value a native `__next__`/`send`/`throw` returns: a suspension's value, or the
    /// `StopIteration` carrying a finished awaitable's result.
    fn or_stop(self, ctx: &Ctx) -> PyResult<Value> {
        match self {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => Err(ctx.stop_iteration(v)),
        }
    }
}

/// Resumes the awaitable `recv` (and so its async generator); `held`: the caller keeps `recv`
/// where the collector sees it and holds nothing else, so a sent value may be resumed into
/// the generator's frame transparently.
///
/// A suspension of an `await` inside the generator passes through (`Yield`); the awaitable
/// finishes (`Return`) with the generator's next item, or `None` when closed.
fn step(ctx: &mut Ctx, recv: Option<Value>, how: Resume, held: bool) -> PyResult<GenResult> {
    let Some(Value::Obj(this)) = recv else {
        return Err(ctx.type_error("expected an async generator awaitable"));
    };
    let Value::Obj(agen) = attr(ctx, this, crate::name!("_agen"))? else {
        return Err(ctx.type_error("expected an async generator"));
    };
    let mode = crate::ops::as_i64(attr(ctx, this, crate::name!("_mode"))?).unwrap_or(SEND);
    let state = crate::ops::as_i64(attr(ctx, this, crate::name!("_state"))?).unwrap_or(DONE);
    if state == DONE {
        let what = if mode == SEND {
            "__anext__()/asend()"
        } else {
            "aclose()/athrow()"
        };
        return Err(ctx.runtime_error(format!("cannot reuse already awaited {what}")));
    }
    let how = if state == FRESH {
        if agen_awaiting(ctx, agen)? {
            ctx.set_own_attr(this, crate::name!("_state"), Value::Int(DONE));
            let what = match mode {
                SEND => "anext",
                THROW => "athrow",
                _ => "aclose",
            };
            return Err(ctx.runtime_error(format!(
                "{what}(): asynchronous generator is already running"
            )));
        }
        if mode != SEND && gen_finished(ctx, agen)? {
            // CPython 3.11: athrow()/aclose() of a finished async generator return None
            // (the awaitable raises StopIteration at once); the exception is not raised.
            ctx.set_own_attr(this, crate::name!("_state"), Value::Int(DONE));
            return Ok(GenResult::Return(Value::None));
        }
        ctx.set_own_attr(this, crate::name!("_state"), Value::Int(STARTED));
        let arg = attr(ctx, this, crate::name!("_arg"))?;
        match (mode, how) {
            (SEND, Resume::Send(Value::None)) => Resume::Send(arg),
            (THROW, Resume::Send(_)) => match arg {
                Value::Obj(e) => Resume::Throw(Box::new(PyException {
                    value: e,
                    traceback: crate::exceptions::previous_traceback(e),
                    chained: false,
                })),
                _ => return Err(ctx.type_error("athrow: bad exception")),
            },
            (CLOSE, Resume::Send(_)) => {
                let exit = ctx.new_exception(rt().types.generator_exit, Vec::new());
                Resume::Throw(Box::new(PyException {
                    value: exit,
                    traceback: Vec::new(),
                    chained: false,
                }))
            }
            (_, how) => how,
        }
    } else {
        how
    };
    let r = match how {
        Resume::Send(v) if held => {
            let roots = [Value::Obj(agen), v];
            crate::gc::held_call(ctx, roots, crate::gc::HeldEntry::Resume, |ctx| {
                agen_resume(ctx, agen, Resume::Send(v))
            })
        }
        how => agen_resume(ctx, agen, how),
    };
    if !matches!(r, Ok(AgenStep::Await(_)) | Err(Raise::Abort(_))) {
        ctx.set_own_attr(this, crate::name!("_state"), Value::Int(DONE));
    }
    match r {
        Ok(AgenStep::Await(v)) => Ok(GenResult::Yield(v)),
        Ok(AgenStep::Yield(_)) if mode == CLOSE => {
            Err(ctx.runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(AgenStep::Yield(v)) => Ok(GenResult::Return(v)),
        Ok(AgenStep::Return) if mode == CLOSE => Ok(GenResult::Return(Value::None)),
        Ok(AgenStep::Return) => Err(Raise::exc(
            ctx.new_exception(rt().types.stop_async_iteration, Vec::new()),
        )),
        Err(e)
            if mode == CLOSE
                && (raised(&e, rt().types.generator_exit)
                    || raised(&e, rt().types.stop_async_iteration)) =>
        {
            Ok(GenResult::Return(Value::None))
        }
        Err(e) => Err(e),
    }
}
