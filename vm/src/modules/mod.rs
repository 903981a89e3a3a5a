//! Modules: importing and running module code. Native modules live in their own files
//! (`sys.rs`, `specloop.rs`, `math.rs`, `random.rs`, `time.rs`); `asyncio` is Python source compiled into the binary.
//!
//! `asyncio` is a Python prelude (the frozen package `stdlib/asyncio/`), a reduced port of
//! CPython's, so its order of callbacks is CPython's by construction; only the loop core is
//! native.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Kind, Module, Object};
use crate::rt::rt;
use crate::value::{intern, ObjRef, Value};
use std::sync::OnceLock;

/// Runs the event loop until `loop.stop()` takes effect (installed by the executor).
pub type LoopDriver = Box<dyn Fn(&mut Ctx) -> PyResult<()> + Send + Sync>;

pub(crate) static DRIVER: OnceLock<LoopDriver> = OnceLock::new();

/// Installs the event loop driver (once, by the binary).
pub fn set_loop_driver(d: LoopDriver) {
    let _ = DRIVER.set(d);
}

mod args;
mod coro_send;
mod frozen;
mod fsum;
mod import;
mod libm;
mod math;
mod math_int;
pub mod mt;
mod objhooks;
mod os;
mod random;
mod random_dist;
mod random_gamma;
mod random_seq;
mod sha512;
mod specloop;
pub use coro_send::is_coro_send;
pub use specloop::callback_error_hook;
mod stdio;
mod structseq;
mod sys;
mod time;
mod time_calendar;
mod time_strftime;

pub use frozen::types_call;
pub use import::{
    builtin_import, import_from, import_module, import_name, import_star, script_dir,
};
pub use stdio::{input, is_std_stream, is_stderr};

fn new_module(name: &str, attrs: AttrMap) -> ObjRef {
    let mut attrs = attrs;
    attrs.insert(intern("__name__"), intern(name).value());
    Object::immortal(Kind::Module(Box::new(Module {
        name: intern(name),
        attrs: crate::attr_table::AttrTable::new(attrs),
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
    register(ctx, name, module)?;
    run_code(ctx, code, module)?;
    Ok(module)
}

/// Runs the program's main module (entered from the binary, which holds no values, so its
/// frame is transparent to the collector) with memory reclamation on.
pub fn run_main(ctx: &mut Ctx, code: ObjRef, module: ObjRef) -> PyResult<()> {
    crate::gc::enable();
    ctx.gc.enter_transparently();
    run_code(ctx, code, module)
}

/// Runs compiled module code with `module` as its globals.
pub fn run_code(ctx: &mut Ctx, code: ObjRef, module: ObjRef) -> PyResult<()> {
    let Some(c) = crate::compiler::code_of(code) else {
        return Ok(());
    };
    let mut frame = crate::interp::frame::Frame::new(c, module);
    crate::interp::call::run_guarded(ctx, &mut frame).map(|_| ())
}

/// The built-in or frozen module `name`, created and registered on first use; `None` when
/// `name` is not one (then `sys.path` is searched).
fn builtin_module(ctx: &mut Ctx, name: &str) -> PyResult<Option<ObjRef>> {
    let m = match name {
        "_specloop" => specloop::specloop_module(),
        "math" => math::math_module(),
        "random" => random::random_module(ctx)?,
        "sys" => sys::sys_module(ctx)?,
        "time" => time::time_module(),
        "os" => {
            // `import os.path` finds the submodule in the module cache.
            register(ctx, "os.path", os::path_module())?;
            os::os_module()
        }
        "tempfile" => os::tempfile_module(),
        "builtins" => rt().builtins,
        _ => return frozen::load(ctx, name),
    };
    register(ctx, name, m)?;
    Ok(Some(m))
}

/// A built-in written in Python (`complex`, from the frozen `_complex`; `aiter` and `anext`,
/// from `_aiter`), installed into
/// `builtins` on first use so that programs that never use it do not pay for loading it;
/// `None` for any other name. Loading it imports, so it needs a direct step.
pub fn lazy_builtin(ctx: &mut Ctx, name: crate::value::Name) -> PyResult<Option<Value>> {
    if matches!(name.as_str(), "BaseExceptionGroup" | "ExceptionGroup") {
        let module = exception_group_module(ctx)?;
        return crate::attr::getattr(ctx, Value::Obj(module), name).map(Some);
    }
    let module = match name.as_str() {
        "complex" => "_complex",
        "aiter" | "anext" => "_aiter",
        _ => return Ok(None),
    };
    let module = import::import_module(ctx, module)?;
    let class = crate::attr::getattr(ctx, Value::Obj(module), name)?;
    ctx.set_own_attr(rt().builtins, name, class);
    Ok(Some(class))
}

static EXCEPTION_GROUP: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

/// The frozen `_exceptiongroup` module (imported on first use), whose `BaseExceptionGroup`
/// and `ExceptionGroup` are installed into `builtins` when it is first loaded.
pub fn exception_group_module(ctx: &mut Ctx) -> PyResult<ObjRef> {
    if let Some(m) = EXCEPTION_GROUP.get() {
        return Ok(*m);
    }
    let module = import::import_module(ctx, "_exceptiongroup")?;
    for n in ["BaseExceptionGroup", "ExceptionGroup"] {
        let n = intern(n);
        let class = crate::attr::getattr(ctx, Value::Obj(module), n)?;
        ctx.set_own_attr(rt().builtins, n, class);
    }
    let base = crate::attr::getattr(ctx, Value::Obj(module), intern("BaseExceptionGroup"))?;
    if let Value::Obj(b) = base {
        let _ = BASE_EXCEPTION_GROUP.set(b);
    }
    let _ = EXCEPTION_GROUP.set(module);
    Ok(module)
}

static BASE_EXCEPTION_GROUP: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

/// Whether `exc` is an exception group (false while no group class was ever loaded).
pub fn is_exception_group(exc: ObjRef) -> bool {
    match BASE_EXCEPTION_GROUP.get() {
        Some(b) => crate::rt::is_subclass(crate::exceptions::exc_class(exc), *b),
        None => false,
    }
}

/// Calls the function `name` of the `_exceptiongroup` module with `args`.
pub fn exception_group_call(ctx: &mut Ctx, name: &str, args: &[Value]) -> PyResult<Value> {
    let module = exception_group_module(ctx)?;
    let f = crate::attr::getattr(ctx, Value::Obj(module), intern(name))?;
    crate::interp::call::call(ctx, f, args, &[])
}

/// Registers `module` as the imported module `name`: in the import cache and, once `sys`
/// exists, in `sys.modules` (a dict mirroring the cache, written through the tracked path).
/// Only a direct step registers (the cache is not tracked): a speculative first import waits
/// until it is the oldest step.
fn register(ctx: &mut Ctx, name: &str, module: ObjRef) -> PyResult<()> {
    ctx.require_direct()?;
    rt().modules.lock().insert(intern(name), module);
    sys::mirror_module(ctx, name, Some(module))
}

/// Forgets the module `name` whose code failed, in the cache and in `sys.modules`.
fn unregister(ctx: &mut Ctx, name: &str) -> PyResult<()> {
    rt().modules.lock().remove(&intern(name));
    sys::mirror_module(ctx, name, None)
}

/// The `__main__` module, registered so the program can find itself; `file` is the script's
/// absolute path (none for `-c`).
pub fn main_module(file: Option<&str>) -> ObjRef {
    let mut attrs = AttrMap::default();
    if let Some(f) = file {
        attrs.insert(intern("__file__"), intern(f).value());
    }
    attrs.insert(intern("__package__"), Value::None);
    let m = new_module("__main__", attrs);
    rt().modules.lock().insert(intern("__main__"), m);
    m
}
