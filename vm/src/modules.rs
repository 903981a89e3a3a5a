//! Modules: importing, running module code, the `sys` module, and `_specloop`, the native
//! hooks under the asyncio prelude (ready queue, timers, loop driver, current task).
//!
//! `asyncio` is a Python prelude (`stdlib/asyncio.py`), a reduced port of CPython's, so its
//! order of callbacks is CPython's by construction; only the loop core is native.

use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::effects::{next_timer_id, Effect, Handle};
use crate::error::{PyResult, Raise};
use crate::object::{AttrMap, Instance, Kind, Layout, Module, Object};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;
use std::sync::OnceLock;

/// Runs the event loop until `loop.stop()` takes effect (installed by the executor).
pub type LoopDriver = Box<dyn Fn(&mut Ctx) -> PyResult<()> + Send + Sync>;

static DRIVER: OnceLock<LoopDriver> = OnceLock::new();

/// Installs the event loop driver (once, by the binary).
pub fn set_loop_driver(d: LoopDriver) {
    let _ = DRIVER.set(d);
}

const ASYNCIO_SRC: &str = include_str!("stdlib/asyncio.py");

fn new_module(name: &str, attrs: AttrMap) -> ObjRef {
    let mut attrs = attrs;
    attrs.insert(intern("__name__"), intern(name).value());
    Object::immortal(Kind::Module(Box::new(Module {
        name: intern(name),
        attrs: Mutex::new(attrs),
    })))
}

/// Compiles and runs `source` as module `name`; registers it before running (as CPython).
pub fn exec_module(
    ctx: &mut Ctx,
    name: &str,
    filename: &'static str,
    source: &'static str,
) -> PyResult<ObjRef> {
    let code = match crate::compiler::compile_module(source, filename) {
        Ok(c) => c,
        Err(e) => return Err(ctx.runtime_error(format!("cannot compile {filename}: {e:?}"))),
    };
    crate::exceptions::register_source(filename, source);
    let module = new_module(name, AttrMap::default());
    rt().modules.lock().insert(intern(name), module);
    run_code(ctx, code, module)?;
    Ok(module)
}

/// Runs compiled module code with `module` as its globals.
pub fn run_code(ctx: &mut Ctx, code: ObjRef, module: ObjRef) -> PyResult<()> {
    let Some(c) = crate::compiler::code_of(code) else {
        return Ok(());
    };
    let mut frame = crate::interp::frame::Frame::new(c, module);
    crate::interp::call::run_guarded(ctx, &mut frame).map(|_| ())
}

/// `import name`.
pub fn import(ctx: &mut Ctx, name: Name) -> PyResult<Value> {
    if let Some(m) = rt().modules.lock().get(&name) {
        return Ok(Value::Obj(*m));
    }
    ctx.require_direct()?;
    let m = match name.as_str() {
        "asyncio" => exec_module(ctx, "asyncio", "<frozen asyncio>", ASYNCIO_SRC)?,
        "_specloop" => {
            let m = specloop_module();
            rt().modules.lock().insert(name, m);
            m
        }
        "sys" => {
            let m = sys_module(ctx);
            rt().modules.lock().insert(name, m);
            m
        }
        other => {
            return Err(ctx.error(
                rt().types.module_not_found_error,
                format!("No module named '{other}'"),
            ));
        }
    };
    Ok(Value::Obj(m))
}

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
    _: &mut Ctx,
    _: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    Ok(Value::None)
}

fn sys_module(ctx: &Ctx) -> ObjRef {
    let mut attrs = AttrMap::default();
    let argv: Vec<Value> = rt()
        .argv
        .iter()
        .map(|a| {
            Value::Obj(Object::immortal(Kind::Str(crate::object::PyStr::new(
                a.clone().into_boxed_str(),
            ))))
        })
        .collect();
    let _ = ctx;
    attrs.insert(
        intern("argv"),
        Value::Obj(Object::immortal(Kind::List(Mutex::new(
            std::sync::Arc::new(argv),
        )))),
    );
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

fn specloop_module() -> ObjRef {
    let mut a = AttrMap::default();
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
    def(&mut a, "time", |_, _, _, _| {
        Ok(Value::Float(crate::effects::loop_time()))
    });
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
        let tasks = crate::effects::loop_state().lock().tasks.clone();
        Ok(ctx.new_list(tasks))
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
    new_module("_specloop", a)
}

/// The `__main__` module, registered so the program can find itself.
pub fn main_module() -> ObjRef {
    let m = new_module("__main__", AttrMap::default());
    rt().modules.lock().insert(intern("__main__"), m);
    m
}
