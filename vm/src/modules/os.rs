//! Minimal `os`, `os.path` and `tempfile` modules: what programs need to manage the files they
//! open (create a scratch directory, list it, remove files). Every call that touches the file
//! system first calls `ctx.require_direct()`; path string functions are pure.

use super::new_module;
use crate::builtins::os_error;
use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};
use std::path::Path;
use std::sync::OnceLock;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

fn path_arg<'a>(ctx: &Ctx, args: Args<'a>, i: usize) -> PyResult<&'a str> {
    match args.get(i) {
        Some(v) => v.as_str().ok_or_else(|| {
            ctx.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                class_name(rt().type_of(*v))
            ))
        }),
        None => Err(ctx.type_error("missing path argument")),
    }
}

fn fs<T>(ctx: &Ctx, path: &str, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(ctx, &e, path))
}

fn remove(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "remove", args, 1, 1)?;
    let p = path_arg(ctx, args, 0)?;
    ctx.require_direct()?;
    fs(ctx, p, std::fs::remove_file(p))?;
    Ok(Value::None)
}

fn mkdir(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "mkdir", args, 1, 2)?;
    let p = path_arg(ctx, args, 0)?;
    ctx.require_direct()?;
    fs(ctx, p, std::fs::create_dir(p))?;
    Ok(Value::None)
}

fn rmdir(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "rmdir", args, 1, 1)?;
    let p = path_arg(ctx, args, 0)?;
    ctx.require_direct()?;
    fs(ctx, p, std::fs::remove_dir(p))?;
    Ok(Value::None)
}

fn listdir(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "listdir", args, 0, 1)?;
    let p = if args.is_empty() {
        "."
    } else {
        path_arg(ctx, args, 0)?
    };
    ctx.require_direct()?;
    let mut names = Vec::new();
    for entry in fs(ctx, p, std::fs::read_dir(p))? {
        let entry = fs(ctx, p, entry)?;
        names.push(ctx.new_str(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(ctx.new_list(names))
}

fn getcwd(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "getcwd", args, 0, 0)?;
    ctx.require_direct()?;
    let cwd = fs(ctx, ".", std::env::current_dir())?;
    Ok(ctx.new_str(cwd.to_string_lossy().into_owned()))
}

fn getpid(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "getpid", args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn probe(ctx: &mut Ctx, args: Args, name: &str, f: fn(&Path) -> bool) -> PyResult<Value> {
    arity(ctx, name, args, 1, 1)?;
    let p = path_arg(ctx, args, 0)?;
    ctx.require_direct()?;
    Ok(Value::Bool(f(Path::new(p))))
}

fn getsize(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "getsize", args, 1, 1)?;
    let p = path_arg(ctx, args, 0)?;
    ctx.require_direct()?;
    let m = fs(ctx, p, std::fs::metadata(p))?;
    Ok(Value::Int(m.len() as i64))
}

/// `os.path.join`, as posixpath joins.
fn join(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let mut out = path_arg(ctx, args, 0)?.to_string();
    for i in 1..args.len() {
        let part = path_arg(ctx, args, i)?;
        if part.starts_with('/') {
            out = part.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(part);
        } else {
            out.push('/');
            out.push_str(part);
        }
    }
    Ok(ctx.new_str(out))
}

/// `os.path.split` parts: (head, tail) as posixpath splits.
fn split_parts(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn basename(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "basename", args, 1, 1)?;
    let (_, tail) = split_parts(path_arg(ctx, args, 0)?);
    Ok(ctx.new_str(tail))
}

fn dirname(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    arity(ctx, "dirname", args, 1, 1)?;
    let (head, _) = split_parts(path_arg(ctx, args, 0)?);
    Ok(ctx.new_str(head))
}

pub(super) fn path_module() -> ObjRef {
    static M: OnceLock<ObjRef> = OnceLock::new();
    *M.get_or_init(|| {
        let mut m = AttrMap::default();
        def(&mut m, "join", join);
        def(&mut m, "basename", basename);
        def(&mut m, "dirname", dirname);
        def(&mut m, "getsize", getsize);
        def(&mut m, "exists", |c, _, a, _| {
            probe(c, a, "exists", Path::exists)
        });
        def(&mut m, "isfile", |c, _, a, _| {
            probe(c, a, "isfile", Path::is_file)
        });
        def(&mut m, "isdir", |c, _, a, _| {
            probe(c, a, "isdir", Path::is_dir)
        });
        m.insert(intern("sep"), intern("/").value());
        new_module("posixpath", m)
    })
}

/// The `os` module.
pub fn os_module() -> ObjRef {
    let mut m = AttrMap::default();
    def(&mut m, "remove", remove);
    def(&mut m, "unlink", remove);
    def(&mut m, "mkdir", mkdir);
    def(&mut m, "rmdir", rmdir);
    def(&mut m, "listdir", listdir);
    def(&mut m, "getcwd", getcwd);
    def(&mut m, "getpid", getpid);
    m.insert(intern("sep"), intern("/").value());
    m.insert(intern("linesep"), intern("\n").value());
    m.insert(intern("name"), intern("posix").value());
    m.insert(intern("path"), Value::Obj(path_module()));
    new_module("os", m)
}

/// `tempfile.mkdtemp(suffix="", prefix="tmp", dir=None)`: a new private directory.
fn mkdtemp(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    arity(ctx, "mkdtemp", args, 0, 3)?;
    let get = |i: usize, name: &str| {
        args.get(i)
            .copied()
            .or_else(|| crate::builtins::kwarg(kw, name))
            .and_then(|v| v.as_str())
    };
    let suffix = get(0, "suffix").unwrap_or("");
    let prefix = get(1, "prefix").unwrap_or("tmp");
    let dir = get(2, "dir")
        .map(str::to_string)
        .unwrap_or_else(|| std::env::temp_dir().to_string_lossy().into_owned());
    ctx.require_direct()?;
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    for _ in 0..100 {
        let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "{dir}/{prefix}{:x}{:x}{n:x}{suffix}",
            std::process::id(),
            nanos
        );
        match std::fs::create_dir(&name) {
            Ok(()) => return Ok(ctx.new_str(name)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(os_error(ctx, &e, &name)),
        }
    }
    Err(ctx.error(
        rt().types.os_error,
        "No usable temporary directory name found",
    ))
}

/// The `tempfile` module (only `mkdtemp` and `gettempdir`).
pub fn tempfile_module() -> ObjRef {
    let mut m = AttrMap::default();
    def(&mut m, "mkdtemp", mkdtemp);
    def(&mut m, "gettempdir", |ctx, _, _, _| {
        Ok(ctx.new_str(std::env::temp_dir().to_string_lossy().into_owned()))
    });
    new_module("tempfile", m)
}
