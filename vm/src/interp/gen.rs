//! Resuming generators and coroutines (`send`, `throw`, iteration, `await`).
//!
//! Every use of a generator is guarded first: `gen_hold` says which execution of the
//! parallel loop may use it in place.

use super::frame::ExcSlot;
use super::gen_hold::{guard, lock_held};
use super::{run_frame, FrameResult};
use crate::ctx::Ctx;
use crate::error::{PyException, PyResult, Raise};

use crate::object::{GenKind, GenState, Generator, Kind};
use crate::rt::rt;
use crate::value::{intern, ObjRef, Value};

/// What a resumed generator did.
#[derive(Debug)]
pub enum GenResult {
    /// Yielded a value and is suspended.
    Yield(Value),
    /// Finished with a return value.
    Return(Value),
}

/// How a generator is resumed.
pub enum Resume {
    /// `send(v)` / `next()`.
    Send(Value),
    /// `throw(exc)`.
    Throw(Box<PyException>),
}

fn generator(o: ObjRef) -> Option<&'static Generator> {
    match &o.0.kind {
        Kind::Generator(g) => Some(g),
        _ => None,
    }
}

/// How messages name a generator of this kind.
fn kind_name(g: &Generator) -> &'static str {
    match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes generator `o`.
pub fn gen_resume(ctx: &mut Ctx, o: ObjRef, how: Resume) -> PyResult<GenResult> {
    let Some(g) = generator(o) else {
        return Err(ctx.type_error("not a generator"));
    };
    guard(ctx, o, g)?;
    let (state, frame) = {
        let mut inner = lock_held(ctx, o, g)?;
        let state = inner.state;
        match state {
            GenState::Running => {
                let what = kind_name(g);
                return Err(ctx.value_error(format!("{what} already executing")));
            }
            GenState::Finished => {
                drop(inner);
                return match how {
                    Resume::Throw(e) => Err(Raise::Exc(e)),
                    Resume::Send(_) if g.kind == GenKind::Coroutine => {
                        Err(ctx.runtime_error("cannot reuse already awaited coroutine"))
                    }
                    Resume::Send(_) => Ok(GenResult::Return(Value::None)),
                };
            }
            GenState::Created => {
                if let Resume::Send(v) = &how {
                    if !matches!(v, Value::None) {
                        let what = kind_name(g);
                        return Err(ctx.type_error(format!(
                            "can't send non-None value to a just-started {what}"
                        )));
                    }
                }
            }
            GenState::Suspended => {}
        }
        inner.state = GenState::Running;
        (state, inner.frame.take())
    };
    let Some(mut frame) = frame else {
        g.inner.lock().state = GenState::Finished;
        return Ok(GenResult::Return(Value::None));
    };
    let pending = match how {
        Resume::Send(v) => {
            if state == GenState::Suspended {
                frame.stack.push(v);
            }
            None
        }
        Resume::Throw(e) => {
            if state == GenState::Created {
                // Thrown into a generator that never ran: it finishes at once.
                g.inner.lock().state = GenState::Finished;
                return Err(Raise::Exc(e));
            }
            Some(e)
        }
    };
    if let Err(e) = super::recursion::enter(ctx) {
        let mut inner = g.inner.lock();
        inner.state = state;
        inner.frame = Some(frame);
        return Err(e);
    }
    ctx.depth += 1;
    let r = run_frame(ctx, &mut frame, pending);
    ctx.depth -= 1;
    let mut inner = g.inner.lock();
    match r {
        Ok(FrameResult::Yield(v)) => {
            inner.state = GenState::Suspended;
            inner.frame = Some(frame);
            Ok(GenResult::Yield(v))
        }
        Ok(FrameResult::Return(v)) => {
            inner.state = GenState::Finished;
            Ok(GenResult::Return(v))
        }
        Err(Raise::Exc(e)) => {
            inner.state = GenState::Finished;
            drop(inner);
            let stop = if crate::exceptions::exc_matches(e.value, rt().types.stop_iteration) {
                Some("StopIteration")
            } else if g.kind == GenKind::AsyncGenerator
                && crate::exceptions::exc_matches(e.value, rt().types.stop_async_iteration)
            {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(stop) = stop {
                let what = kind_name(g);
                let err = ctx.runtime_error(format!("{what} raised {stop}"));
                if let Raise::Exc(r) = &err {
                    ctx.set_own_attr(r.value, intern("__cause__"), Value::Obj(e.value));
                }
                return Err(err);
            }
            Err(Raise::Exc(e))
        }
        Err(abort) => {
            // The execution is discarded; the undo log restores this generator.
            inner.state = state;
            inner.frame = Some(frame);
            Err(abort)
        }
    }
}

/// What one resumption of an async generator did.
pub enum AgenStep {
    /// An `await` inside it suspended: the value goes to whoever drives the awaiting task.
    Await(Value),
    /// It yielded a value to its consumer.
    Yield(Value),
    /// It finished.
    Return,
}

/// Whether async generator `o` is suspended in an `await` (an `asend` or `athrow` of it is
/// in progress), not at one of its own `yield`s.
pub fn agen_awaiting(ctx: &mut Ctx, o: ObjRef) -> PyResult<bool> {
    if let Some(g) = generator(o) {
        guard(ctx, o, g)?;
    }
    Ok(awaiting(o))
}

/// `agen_awaiting` without the guard, for a generator this execution just resumed.
fn awaiting(o: ObjRef) -> bool {
    generator(o).is_some_and(|g| {
        g.inner.lock().frame.as_ref().is_some_and(|f| {
            matches!(
                f.code.instrs.get(f.ip),
                Some(crate::bytecode::Instr::YieldFrom)
            )
        })
    })
}

/// CPython's `async_gen_init_hooks`: the first call of an async generator's `__anext__`,
/// `asend`, `athrow` or `aclose` registers it with the loop (the firstiter hook), so that
/// `asyncio.run` closes it at shutdown if it is still unfinished. True the first time.
pub fn agen_init_hooks(ctx: &mut Ctx, o: ObjRef) -> PyResult<bool> {
    let Some(g) = generator(o) else {
        return Ok(false);
    };
    guard(ctx, o, g)?;
    let mut inner = lock_held(ctx, o, g)?;
    if inner.hooks_inited {
        return Ok(false);
    }
    inner.hooks_inited = true;
    Ok(true)
}

/// Whether an async generator registered with the loop is finished (it needs no closing).
pub fn gen_is_finished(o: ObjRef) -> bool {
    generator(o).is_none_or(|g| matches!(g.inner.lock().state, GenState::Finished))
}

/// Whether generator `o` has finished (returned, raised, or was closed), as a tracked read.
pub fn gen_finished(ctx: &mut Ctx, o: ObjRef) -> PyResult<bool> {
    let Some(g) = generator(o) else {
        return Ok(false);
    };
    guard(ctx, o, g)?;
    let finished = matches!(g.inner.lock().state, GenState::Finished);
    Ok(finished)
}

/// Resumes async generator `o`, telling its own `yield`s from the suspensions of its awaits
/// (an await suspends at its `YieldFrom`; a `yield` has moved past its `YieldValue`).
pub fn agen_resume(ctx: &mut Ctx, o: ObjRef, how: Resume) -> PyResult<AgenStep> {
    match gen_resume(ctx, o, how)? {
        GenResult::Return(_) => Ok(AgenStep::Return),
        GenResult::Yield(v) => Ok(if awaiting(o) {
            AgenStep::Await(v)
        } else {
            AgenStep::Yield(v)
        }),
    }
}

/// The value a `StopIteration` carries: its `value`, else its first argument.
pub fn stop_value(ctx: &mut Ctx, exc: ObjRef) -> PyResult<Value> {
    if let Some(v) = ctx.own_attr(exc, intern("value"))? {
        return Ok(v);
    }
    let args = crate::exceptions::exc_args(ctx, exc)?;
    Ok(args.first().copied().unwrap_or(Value::None))
}

/// Whether a raised error is an exception of class `class`.
pub fn raised(e: &Raise, class: ObjRef) -> bool {
    matches!(e, Raise::Exc(x) if crate::exceptions::exc_matches(x.value, class))
}

/// `close()`: throws `GeneratorExit` in; an error if the generator yields instead of finishing.
pub fn gen_close(ctx: &mut Ctx, o: ObjRef) -> PyResult<()> {
    let Some(g) = generator(o) else {
        return Err(ctx.type_error("not a generator"));
    };
    guard(ctx, o, g)?;
    {
        let mut inner = lock_held(ctx, o, g)?;
        if matches!(inner.state, GenState::Created | GenState::Finished) {
            inner.state = GenState::Finished;
            return Ok(());
        }
    }
    let exit = ctx.new_exception(rt().types.generator_exit, Vec::new());
    let exc = Box::new(PyException {
        value: exit,
        traceback: Vec::new(),
        chained: false,
    });
    match gen_resume(ctx, o, Resume::Throw(exc)) {
        Ok(GenResult::Yield(_)) => {
            let what = kind_name(g);
            Err(ctx.runtime_error(format!("{what} ignored GeneratorExit")))
        }
        Ok(GenResult::Return(_)) => Ok(()),
        Err(e) if raised(&e, rt().types.generator_exit) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Closes whatever a `yield from` delegates to, when `GeneratorExit` reaches the delegator.
pub fn close_delegate(ctx: &mut Ctx, sub: Value) -> PyResult<()> {
    match sub {
        Value::Obj(o) if matches!(o.kind, Kind::Generator(_)) => gen_close(ctx, o),
        Value::Obj(o) if matches!(o.kind, Kind::Instance(_)) => {
            if let Some(close) = crate::attr::try_getattr(ctx, sub, intern("close"))? {
                crate::interp::call::call(ctx, close, &[], &[])?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Resumes whatever a `YieldFrom`/`await` delegates to.
pub fn delegate(ctx: &mut Ctx, sub: Value, how: Resume) -> PyResult<GenResult> {
    if let Value::Obj(o) = sub {
        match &o.kind {
            Kind::Generator(_) => return gen_resume(ctx, o, how),
            Kind::Instance(_) if crate::builtins::is_agen_step(o) => {
                return crate::builtins::delegate_step(ctx, o, how)
            }
            Kind::Instance(_) => return delegate_to_object(ctx, sub, how),
            _ => {}
        }
    }
    match how {
        Resume::Throw(e) => Err(Raise::Exc(e)),
        Resume::Send(_) => match crate::iter::next(ctx, sub)? {
            Some(v) => Ok(GenResult::Yield(v)),
            None => Ok(GenResult::Return(Value::None)),
        },
    }
}

/// `yield from` an object of a user class: `__next__`, or its `send`/`throw` methods when a
/// value is sent or an exception thrown; a `StopIteration` they raise carries the result.
fn delegate_to_object(ctx: &mut Ctx, sub: Value, how: Resume) -> PyResult<GenResult> {
    let r = match how {
        Resume::Send(Value::None) => {
            match crate::attr::try_getattr(ctx, sub, intern("__next__"))? {
                Some(m) => crate::interp::call::call(ctx, m, &[], &[]),
                None => return Err(ctx.type_error("'yield from' needs an iterator")),
            }
        }
        Resume::Send(v) => {
            let m = crate::attr::getattr(ctx, sub, intern("send"))?;
            crate::interp::call::call(ctx, m, &[v], &[])
        }
        Resume::Throw(e) => match crate::attr::try_getattr(ctx, sub, intern("throw"))? {
            Some(m) => crate::interp::call::call(ctx, m, &[Value::Obj(e.value)], &[]),
            None => return Err(Raise::Exc(e)),
        },
    };
    match r {
        Ok(v) => Ok(GenResult::Yield(v)),
        Err(Raise::Exc(e))
            if crate::exceptions::exc_matches(e.value, rt().types.stop_iteration) =>
        {
            Ok(GenResult::Return(stop_value(ctx, e.value)?))
        }
        Err(e) => Err(e),
    }
}

/// `await x`: the iterator to delegate to.
pub fn get_awaitable(ctx: &mut Ctx, v: Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Generator(g) if g.kind == GenKind::Coroutine => return Ok(v),
            Kind::Instance(_) if crate::builtins::is_agen_step(o) => return Ok(v),
            Kind::Instance(_) => {
                if let Some(it) = crate::attr::call_dunder(ctx, v, "__await__", &[])? {
                    return check_await_iterator(ctx, it);
                }
            }
            _ => {}
        }
    }
    Err(ctx.type_error(format!(
        "object {} can't be used in 'await' expression",
        crate::rt::class_name(rt().type_of(v))
    )))
}

/// CPython's checks on what `__await__` returned: an iterator, and not a coroutine.
fn check_await_iterator(ctx: &mut Ctx, it: Value) -> PyResult<Value> {
    let ok = match it {
        Value::Obj(o) => match &o.kind {
            Kind::Generator(g) if g.kind == GenKind::Coroutine => {
                return Err(ctx.type_error("__await__() returned a coroutine"));
            }
            Kind::Generator(_) | Kind::Iter(_) => true,
            Kind::Instance(_) => {
                crate::attr::class_lookup(ctx, rt().type_of(it), crate::name!("__next__"))?
                    .is_some()
            }
            _ => false,
        },
        _ => false,
    };
    if ok {
        return Ok(it);
    }
    Err(ctx.type_error(format!(
        "__await__() returned non-iterator of type '{}'",
        crate::rt::class_name(rt().type_of(it))
    )))
}

/// Wraps an exception for a handler slot.
pub fn slot(e: PyException) -> ExcSlot {
    ExcSlot(std::sync::Arc::new(e))
}
