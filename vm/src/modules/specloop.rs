//! `_specloop`: the native hooks under the asyncio prelude (ready queue, timers, loop driver,
//! current task, task registry). Scheduling hooks emit effects, applied at commit.

use super::{new_module, DRIVER};
use crate::builtins::def;
use crate::effects::{next_timer_id, Effect, Handle};
use crate::object::{AttrMap, Kind};
use crate::value::{ObjRef, Value};

/// asyncio's report of an exception raised by a callback (`set_callback_error_hook`).
static CALLBACK_ERROR_HOOK: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

/// The hook that reports an exception a loop callback raised, once asyncio has installed it.
pub fn callback_error_hook() -> Option<Value> {
    CALLBACK_ERROR_HOOK.get().map(|o| Value::Obj(*o))
}

/// A new `_specloop` module object.
pub(super) fn specloop_module() -> ObjRef {
    let mut a = AttrMap::default();
    super::coro_send::install(&mut a);
    def(&mut a, "call_soon", |ctx, _, args, _| {
        let Some((&callback, rest)) = args.split_first() else {
            return Err(ctx.type_error("call_soon needs a callback"));
        };
        ctx.emit(Effect::CallSoon(Handle {
            callback,
            args: rest.to_vec(),
        }));
        Ok(Value::None)
    });
    def(&mut a, "call_later", |ctx, _, args, _| {
        if args.len() < 2 {
            return Err(ctx.type_error("call_later needs a delay and a callback"));
        }
        let delay = match crate::ops::as_f64(args[0]) {
            Some(Ok(d)) => d,
            _ => return Err(ctx.type_error("delay must be a number")),
        };
        let id = next_timer_id();
        let when = ctx.clock() + delay;
        ctx.emit(Effect::CallAt {
            when,
            handle: Handle {
                callback: args[1],
                args: args[2..].to_vec(),
            },
            id,
        });
        Ok(Value::Int(id as i64))
    });
    def(&mut a, "call_at", |ctx, _, args, _| {
        if args.len() < 2 {
            return Err(ctx.type_error("call_at needs a time and a callback"));
        }
        let when = match crate::ops::as_f64(args[0]) {
            Some(Ok(w)) => w,
            _ => return Err(ctx.type_error("when must be a number")),
        };
        let id = next_timer_id();
        ctx.emit(Effect::CallAt {
            when,
            handle: Handle {
                callback: args[1],
                args: args[2..].to_vec(),
            },
            id,
        });
        Ok(Value::Int(id as i64))
    });
    def(&mut a, "cancel_timer", |ctx, _, args, _| {
        if let Some(Value::Int(id)) = args.first() {
            ctx.emit(Effect::CancelTimer(*id as u64));
        }
        Ok(Value::None)
    });
    // A clock read: validated at commit (`ctx.clock`), so the times committed steps read
    // never go backwards.
    def(&mut a, "time", |ctx, _, _, _| Ok(Value::Float(ctx.clock())));
    def(&mut a, "stop", |ctx, _, _, _| {
        ctx.emit(Effect::Stop);
        Ok(Value::None)
    });
    def(&mut a, "run_forever", |ctx, _, _, _| {
        ctx.require_direct()?;
        match DRIVER.get() {
            Some(d) => d(ctx).map(|_| Value::None),
            None => Err(ctx.runtime_error("no event loop driver installed")),
        }
    });
    def(&mut a, "enter_task", |ctx, _, args, _| {
        ctx.current_task = args.first().and_then(|v| v.obj());
        Ok(Value::None)
    });
    def(&mut a, "leave_task", |ctx, _, _, _| {
        ctx.current_task = None;
        Ok(Value::None)
    });
    def(&mut a, "register_task", |ctx, _, args, _| {
        if let Some(t) = args.first() {
            ctx.emit(Effect::RegisterTask(*t));
        }
        Ok(Value::None)
    });
    def(&mut a, "registered_tasks", |ctx, _, _, _| {
        ctx.require_direct()?;
        let mut tasks = crate::effects::loop_state().lock().tasks.clone();
        // Tasks this step registered, not applied yet (a committer's re-execution buffers
        // its effects): CPython's registry has them at once.
        tasks.extend(ctx.effects.iter().filter_map(|e| match e {
            Effect::RegisterTask(t) => Some(*t),
            _ => None,
        }));
        Ok(ctx.new_list(tasks))
    });
    // `take_asyncgens()`: the unfinished async generators registered since the last call
    // (for `shutdown_asyncgens`), and forgets them.
    def(&mut a, "take_asyncgens", |ctx, _, _, _| {
        ctx.require_direct()?;
        let gens = std::mem::take(&mut crate::effects::loop_state().lock().asyncgens);
        let live = gens
            .into_iter()
            .filter(|g| {
                g.obj()
                    .is_some_and(|o| !crate::interp::gen::gen_is_finished(o))
            })
            .collect();
        Ok(ctx.new_list(live))
    });
    // `coro_repr(coro, done)`: coroutines._format_coroutine, for Task.__repr__: 'f() done,
    // defined at FILE:LINE' when `done` (the task's state, which speculation tracks; the
    // coroutine's own state changes in place as its task steps, speculatively too), else
    // 'f() running at FILE:LINE', the line of its await (its def line before it starts or
    // while it runs; a suspension another task's speculative step is resuming may show a
    // later line).
    def(&mut a, "coro_repr", |ctx, _, args, _| {
        let Some(Value::Obj(o)) = args.first() else {
            return Ok(Value::None);
        };
        let Kind::Generator(g) = &o.kind else {
            return Ok(Value::None);
        };
        let done = args.get(1).is_some_and(|v| matches!(v, Value::Bool(true)));
        let inner = g.inner.lock();
        let file = g.code.filename;
        let text = match (done, &inner.state, &inner.frame) {
            (true, _, _) => format!(
                "{}() done, defined at {}:{}",
                g.qualname.as_str(),
                file,
                g.code.first_line
            ),
            (false, crate::object::GenState::Suspended, Some(f)) => {
                format!("{}() running at {}:{}", g.qualname.as_str(), file, f.line())
            }
            _ => format!(
                "{}() running at {}:{}",
                g.qualname.as_str(),
                file,
                g.code.first_line
            ),
        };
        drop(inner);
        Ok(ctx.new_str(text))
    });
    def(&mut a, "current_task", |ctx, _, _, _| {
        Ok(ctx.current_task.map_or(Value::None, Value::Obj))
    });
    def(&mut a, "set_coro_driver", |_, _, args, _| {
        if let (Some(Value::Obj(c)), Some(Value::Obj(t))) = (args.first(), args.get(1)) {
            if let Kind::Generator(g) = &c.kind {
                *g.driver_task.lock() = Some(*t);
            }
        }
        Ok(Value::None)
    });
    // `unsupported(what)`: the prelude meets a feature specloop does not support; the run
    // ends with `specloop: unsupported: <what> at <file>:<line>` (exit 2).
    def(&mut a, "unsupported", |_, _, args, _| {
        let what = args.first().and_then(|v| v.as_str()).unwrap_or("?");
        let what: &'static str = Box::leak(what.to_string().into_boxed_str());
        Err(crate::error::Raise::Abort(
            crate::error::Abort::UnsupportedCall(what),
        ))
    });
    // `set_callback_error_hook(f)`: `f(callback, args, exc)` reports an exception raised by a
    // callback the loop ran without a Python `Handle` (asyncio's `_callback_error`).
    def(&mut a, "set_callback_error_hook", |_, _, args, _| {
        if let Some(&Value::Obj(f)) = args.first() {
            let _ = CALLBACK_ERROR_HOOK.set(crate::gc::pin(f));
        }
        Ok(Value::None)
    });
    // `function_source(f)`: `(filename, first line)` of a Python function, else None (asyncio's
    // `format_helpers._get_function_source` reads `__code__`, which functions lack).
    def(&mut a, "function_source", |ctx, _, args, _| {
        match args.first().and_then(|v| v.obj()).map(|o| &o.0.kind) {
            Some(Kind::Function(f)) => {
                let file = ctx.new_str(f.code.filename.to_string());
                Ok(ctx.new_tuple(vec![file, Value::Int(f.code.first_line as i64)]))
            }
            _ => Ok(Value::None),
        }
    });
    // `format_exception(exc)`: the traceback text CPython would print for `exc` (as last
    // caught), for asyncio's reports of errors nobody retrieved.
    def(&mut a, "format_exception", |ctx, _, args, _| {
        let Some(Value::Obj(exc)) = args.first() else {
            return Ok(Value::None);
        };
        let mut traceback = crate::exceptions::previous_traceback(*exc);
        traceback.reverse();
        let e = crate::error::PyException {
            value: *exc,
            traceback,
            chained: false,
        };
        let text = crate::exceptions::format_traceback(ctx, &e);
        Ok(ctx.new_str(text))
    });
    // `copy_traceback(src, dst)`: gives `dst` the traceback recorded for `src` (an exception
    // group's `split` copies `__traceback__` to the groups it derives).
    def(&mut a, "copy_traceback", |_, _, args, _| {
        if let [Value::Obj(src), Value::Obj(dst)] = args {
            crate::exceptions::copy_traceback(*src, *dst);
        }
        Ok(Value::None)
    });
    // `same_traceback(a, b)`: whether two exceptions carry the same recorded traceback (how
    // `except*` tells a re-raised part of the caught group from a newly raised exception).
    def(&mut a, "same_traceback", |_, _, args, _| {
        Ok(Value::Bool(match args {
            [Value::Obj(x), Value::Obj(y)] => crate::exceptions::same_traceback(*x, *y),
            _ => false,
        }))
    });
    super::objhooks::install(&mut a);
    new_module("_specloop", a)
}
