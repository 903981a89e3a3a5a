//! Standard modules written in Python (`vm/src/stdlib/`), compiled into the binary and run on
//! first import like CPython's frozen modules. Their objects are ordinary Python objects, so
//! everything they store (a deque's items, a cache's entries) is tracked like any list or dict.
//!
//! `SPECLOOP_STDLIB=DIR` reads the sources from `DIR` instead (for working on them without a
//! rebuild); tracebacks then name the real files.

use super::{new_module, run_code};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::rt::rt;
use crate::value::{intern, ObjRef};

/// One frozen module: its dotted name, its path under `stdlib/`, and its source.
struct Frozen {
    name: &'static str,
    path: &'static str,
    source: &'static str,
}

macro_rules! frozen {
    ($($name:literal => $path:literal),* $(,)?) => {
        &[$(Frozen { name: $name, path: $path, source: include_str!(concat!("../stdlib/", $path)) }),*]
    };
}

const FROZEN: &[Frozen] = frozen! {
    "__future__" => "__future__.py",
    "_aiter" => "_aiter.py",
    "_complex" => "_complex.py",
    "_exceptiongroup" => "_exceptiongroup.py",
    "array" => "array.py",
    "asyncio" => "asyncio/__init__.py",
    "asyncio.locks" => "asyncio/locks.py",
    "asyncio.queues" => "asyncio/queues.py",
    "asyncio.taskgroups" => "asyncio/taskgroups.py",
    "asyncio.tasks" => "asyncio/tasks.py",
    "asyncio.timeouts" => "asyncio/timeouts.py",
    "bisect" => "bisect.py",
    "collections" => "collections/__init__.py",
    "collections._chainmap" => "collections/_chainmap.py",
    "collections._deque" => "collections/_deque.py",
    "collections._dicts" => "collections/_dicts.py",
    "collections._namedtuple" => "collections/_namedtuple.py",
    "collections._repr" => "collections/_repr.py",
    "collections._user" => "collections/_user.py",
    "collections.abc" => "collections/abc.py",
    "contextvars" => "contextvars.py",
    "copy" => "copy.py",
    "dataclasses" => "dataclasses.py",
    "enum" => "enum.py",
    "functools" => "functools.py",
    "heapq" => "heapq.py",
    "io" => "io.py",
    "itertools" => "itertools.py",
    "operator" => "operator.py",
    "reprlib" => "reprlib.py",
    "string" => "string.py",
    "types" => "types.py",
    "typing" => "typing.py",
};

/// Runs the frozen module `name` (registered first, as any import), or `None` if there is none.
pub(super) fn load(ctx: &mut Ctx, name: &str) -> PyResult<Option<ObjRef>> {
    let Some(f) = FROZEN.iter().find(|f| f.name == name) else {
        return Ok(None);
    };
    let package = f.path.ends_with("/__init__.py");
    let (filename, source): (&'static str, &'static str) = match std::env::var_os("SPECLOOP_STDLIB")
    {
        Some(dir) => {
            let file = std::path::Path::new(&dir).join(f.path);
            match std::fs::read_to_string(&file) {
                Ok(s) => (leak(file.display().to_string()), leak(s)),
                Err(e) => return Err(ctx.error(rt().types.os_error, e.to_string())),
            }
        }
        None => (leak(format!("<frozen {name}>")), f.source),
    };
    let code = super::import::compile(ctx, source, filename)?;
    crate::exceptions::register_source(filename, source);
    let mut attrs = AttrMap::default();
    let parent = if package {
        attrs.insert(intern("__path__"), ctx.new_list(Vec::new()));
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    attrs.insert(intern("__package__"), intern(parent).value());
    let module = new_module(name, attrs);
    super::register(ctx, name, module)?;
    if let Err(e) = run_code(ctx, code, module) {
        super::unregister(ctx, name)?;
        return Err(e);
    }
    Ok(Some(module))
}

/// Calls `types.<name>(*args)` (`GenericAlias`, `UnionType`): how the VM builds `list[int]`
/// and `int | None`. Importing `types` the first time needs the step to be the oldest.
pub fn types_call(
    ctx: &mut Ctx,
    name: &str,
    args: &[crate::value::Value],
) -> PyResult<crate::value::Value> {
    let module = super::import_module(ctx, "types")?;
    let f = crate::attr::getattr(ctx, crate::value::Value::Obj(module), intern(name))?;
    crate::interp::call::call(ctx, f, args, &[])
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}
