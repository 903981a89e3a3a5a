//! The import system for the user's own modules and packages, as CPython's path-based finder
//! does it: `sys.path` entries in order, `name/__init__.py` (a package, with `__path__`) before
//! `name.py`; dotted names import each parent first and search the parent's `__path__`;
//! relative names resolve against the importing module's `__package__`. Modules are cached by
//! full name and registered before their code runs, so circular imports see the partial module;
//! a module whose code fails is unregistered again.
//!
//! Imports run in direct mode only (`Ctx::require_direct`): loading a module reads files and
//! runs arbitrary code once, which the speculative steps must not do.

use super::{builtin_module, new_module, run_code};
use crate::ctx::Ctx;
use crate::error::{Abort, PyResult, Raise};
use crate::object::{AttrMap, Kind};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};
use std::path::{Path, PathBuf};

/// `IMPORT_NAME`: imports `name` (relative to `globals`' package when `level > 0`) and returns
/// the module itself when `leaf`, else the top-level package of the dotted name.
pub fn import_name(
    ctx: &mut Ctx,
    globals: ObjRef,
    name: Name,
    level: u32,
    leaf: bool,
) -> PyResult<Value> {
    if let (0, Some(m)) = (level, cached(name.as_str())) {
        if leaf || !name.as_str().contains('.') {
            return Ok(Value::Obj(m));
        }
    }
    ctx.require_direct()?;
    let full = if level > 0 {
        resolve_relative(ctx, globals, name.as_str(), level)?
    } else {
        name.as_str().to_string()
    };
    let module = import_module(ctx, &full)?;
    if leaf || level > 0 {
        return Ok(Value::Obj(module));
    }
    let top = full.split('.').next().unwrap_or_default();
    Ok(Value::Obj(cached(top).unwrap_or(module)))
}

/// `IMPORT_FROM`: attribute `name` of `module`, or its submodule `name` when it is a package.
pub fn import_from(ctx: &mut Ctx, module: Value, name: Name) -> PyResult<Value> {
    let Value::Obj(m) = module else {
        return Err(ctx.type_error("import from a non-module"));
    };
    if let Some(v) = ctx.own_attr(m, name)? {
        return Ok(v);
    }
    let module_name = str_attr(ctx, m, "__name__")?.unwrap_or_default();
    if ctx.own_attr(m, intern("__path__"))?.is_some() {
        ctx.require_direct()?;
        let full = format!("{module_name}.{}", name.as_str());
        match import_module(ctx, &full) {
            Ok(sub) => return Ok(Value::Obj(sub)),
            Err(Raise::Exc(e))
                if crate::exceptions::exc_matches(e.value, rt().types.module_not_found_error) => {}
            Err(e) => return Err(e),
        }
    }
    let location = str_attr(ctx, m, "__file__")?.unwrap_or_else(|| "unknown location".into());
    let msg = format!(
        "cannot import name '{}' from '{module_name}' ({location})",
        name.as_str()
    );
    Err(import_error(
        ctx,
        rt().types.import_error,
        msg,
        &module_name,
    ))
}

/// `from module import *`: binds `__all__`, or every name not starting with `_`, in `globals`.
pub fn import_star(ctx: &mut Ctx, module: Value, globals: ObjRef) -> PyResult<()> {
    let Value::Obj(m) = module else {
        return Ok(());
    };
    let names: Vec<Name> = match ctx.own_attr(m, intern("__all__"))? {
        Some(all) => {
            let mut names = Vec::new();
            for v in crate::iter::collect(ctx, all)? {
                match v.as_str() {
                    Some(s) => names.push(intern(s)),
                    None => return Err(ctx.type_error("Item in module.__all__ must be str")),
                }
            }
            names
        }
        None => match &m.kind {
            Kind::Module(module) => module
                .attrs
                .read()
                .keys()
                .filter(|n| !n.as_str().starts_with('_'))
                .copied()
                .collect(),
            _ => Vec::new(),
        },
    };
    for n in names {
        let Some(v) = ctx.own_attr(m, n)? else {
            let module_name = str_attr(ctx, m, "__name__")?.unwrap_or_default();
            return Err(ctx.error(
                rt().types.attribute_error,
                format!("module '{module_name}' has no attribute '{}'", n.as_str()),
            ));
        };
        ctx.set_own_attr(globals, n, v);
    }
    Ok(())
}

fn cached(name: &str) -> Option<ObjRef> {
    rt().modules.lock().get(&intern(name)).copied()
}

/// A string attribute of a module, if set.
fn str_attr(ctx: &mut Ctx, m: ObjRef, name: &str) -> PyResult<Option<String>> {
    Ok(ctx
        .own_attr(m, intern(name))?
        .and_then(|v| v.as_str().map(str::to_string)))
}

/// The absolute module name of a relative import, from the importer's `__package__` (or its
/// `__name__`, minus the last part unless it is a package).
fn resolve_relative(ctx: &mut Ctx, globals: ObjRef, name: &str, level: u32) -> PyResult<String> {
    let package = match str_attr(ctx, globals, "__package__")? {
        Some(p) => p,
        None => {
            let own = str_attr(ctx, globals, "__name__")?.unwrap_or_default();
            if ctx.own_attr(globals, intern("__path__"))?.is_some() {
                own
            } else {
                own.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(ctx.error(
            rt().types.import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((up, _)) => base = up,
            None => {
                return Err(ctx.error(
                    rt().types.import_error,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// Imports the module `full` (a dotted absolute name), loading parents first.
pub fn import_module(ctx: &mut Ctx, full: &str) -> PyResult<ObjRef> {
    if let Some(m) = cached(full) {
        return Ok(m);
    }
    let (parent, child) = match full.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, full),
    };
    let search = match parent {
        Some(p) => {
            let pm = import_module(ctx, p)?;
            if let Some(m) = cached(full) {
                return Ok(m);
            }
            if let Some(m) = super::frozen::load(ctx, full)? {
                ctx.set_own_attr(pm, intern(child), Value::Obj(m));
                return Ok(m);
            }
            match ctx.own_attr(pm, intern("__path__"))? {
                Some(path) => strings(ctx, path)?,
                None => {
                    let msg = format!("No module named '{full}'; '{p}' is not a package");
                    return Err(import_error(
                        ctx,
                        rt().types.module_not_found_error,
                        msg,
                        full,
                    ));
                }
            }
        }
        None => {
            if let Some(m) = builtin_module(ctx, full)? {
                return Ok(m);
            }
            let sys = import_module(ctx, "sys")?;
            match ctx.own_attr(sys, intern("path"))? {
                Some(path) => strings(ctx, path)?,
                None => Vec::new(),
            }
        }
    };
    let Some(found) = find(&search, child) else {
        let msg = format!("No module named '{full}'");
        return Err(import_error(
            ctx,
            rt().types.module_not_found_error,
            msg,
            full,
        ));
    };
    let module = load(ctx, full, &found)?;
    if let Some(p) = parent.and_then(cached) {
        ctx.set_own_attr(p, intern(child), Value::Obj(module));
    }
    Ok(module)
}

/// The `str` items of a list or tuple (non-strings are skipped, as the path finder does).
fn strings(ctx: &mut Ctx, seq: Value) -> PyResult<Vec<String>> {
    Ok(crate::iter::collect(ctx, seq)?
        .into_iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect())
}

/// A module's source file, found on a search path.
struct Found {
    /// The `.py` file.
    file: PathBuf,
    /// The package directory, for `__init__.py`.
    package_dir: Option<PathBuf>,
}

/// Searches `dirs` for package `name/__init__.py`, then module `name.py`.
fn find(dirs: &[String], name: &str) -> Option<Found> {
    for dir in dirs {
        let base = if dir.is_empty() {
            std::env::current_dir().ok()?
        } else {
            PathBuf::from(dir)
        };
        let package_dir = base.join(name);
        let init = package_dir.join("__init__.py");
        if init.is_file() {
            return Some(Found {
                file: init,
                package_dir: Some(package_dir),
            });
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found {
                file,
                package_dir: None,
            });
        }
    }
    None
}

/// Reads, compiles and runs a module's file as module `full`.
fn load(ctx: &mut Ctx, full: &str, found: &Found) -> PyResult<ObjRef> {
    let filename = leak(found.file.display().to_string());
    let source = match std::fs::read_to_string(&found.file) {
        Ok(s) => leak(s),
        Err(e) => return Err(ctx.error(rt().types.os_error, e.to_string())),
    };
    let code = compile(ctx, source, filename)?;
    crate::exceptions::register_source(filename, source);
    let mut attrs = AttrMap::default();
    attrs.insert(intern("__file__"), intern(filename).value());
    let package = match &found.package_dir {
        Some(dir) => {
            let path = ctx.new_list(vec![intern(&dir.display().to_string()).value()]);
            attrs.insert(intern("__path__"), path);
            full
        }
        None => full.rsplit_once('.').map_or("", |(p, _)| p),
    };
    attrs.insert(intern("__package__"), intern(package).value());
    let module = new_module(full, attrs);
    super::register(ctx, full, module)?;
    if let Err(e) = run_code(ctx, code, module) {
        super::unregister(ctx, full)?;
        return Err(e);
    }
    Ok(module)
}

/// Compiles a module's source: a SyntaxError, or the unsupported-feature refusal.
pub(super) fn compile(ctx: &Ctx, source: &str, filename: &'static str) -> PyResult<ObjRef> {
    match crate::compiler::compile_module(source, filename) {
        Ok(c) => Ok(c),
        Err(crate::compiler::CompileError::Syntax { msg, .. }) => {
            Err(ctx.error(rt().types.syntax_error, msg))
        }
        Err(crate::compiler::CompileError::Unsupported { what, line }) => {
            let msg = format!("{what} at {filename}:{line}");
            Err(Raise::Abort(Abort::Unsupported(leak(msg))))
        }
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// An `ImportError` (or subclass) with its `name` attribute set, as CPython's.
fn import_error(ctx: &mut Ctx, class: ObjRef, msg: String, name: &str) -> Raise {
    let exc = ctx.new_exception(class, vec![ctx.new_str(msg)]);
    ctx.set_own_attr(exc, intern("name"), intern(name).value());
    Raise::exc(exc)
}

/// The directory of a script, absolute, as `sys.path[0]` holds it.
pub fn script_dir(file: &Path) -> String {
    let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    abs.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: absolute imports
/// only (a relative level is refused as unsupported). Returns the top-level package of a dotted
/// name unless `fromlist` is non-empty, as CPython's.
pub fn builtin_import(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if args.len() > PARAMS.len() {
        return Err(ctx.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let mut p: [Option<Value>; 5] = [None; 5];
    for (slot, v) in p.iter_mut().zip(args) {
        *slot = Some(*v);
    }
    for (k, v) in kwargs {
        match PARAMS.iter().position(|n| *n == k.as_str()) {
            Some(i) if p[i].is_none() => p[i] = Some(*v),
            Some(i) => {
                return Err(ctx.type_error(format!(
                    "argument for __import__() given by name ('{}') and position ({})",
                    PARAMS[i],
                    i + 1
                )))
            }
            None => {
                return Err(ctx.type_error(format!(
                    "'{}' is an invalid keyword argument for __import__()",
                    k.as_str()
                )))
            }
        }
    }
    let Some(name) = p[0] else {
        return Err(ctx.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(ctx.type_error("module name must be a string"));
    };
    let level = match p[4].unwrap_or(Value::Int(0)) {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b),
        v => {
            return Err(ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::rt::class_name(rt().type_of(v))
            )))
        }
    };
    if level < 0 {
        return Err(ctx.value_error("level must be >= 0"));
    }
    if level > 0 {
        return Err(ctx.unsupported("__import__ with a relative level"));
    }
    if name.is_empty() {
        return Err(ctx.value_error("Empty module name"));
    }
    let fromlist = match p[3] {
        Some(v) => crate::ops::truthy(ctx, v)?,
        None => false,
    };
    if cached(&name).is_none() {
        ctx.require_direct()?;
    }
    let module = import_module(ctx, &name)?;
    if fromlist {
        return Ok(Value::Obj(module));
    }
    let top = name.split('.').next().unwrap_or_default();
    Ok(Value::Obj(cached(top).unwrap_or(module)))
}
