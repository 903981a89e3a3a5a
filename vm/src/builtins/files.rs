//! `open()` for text and binary files: reading (whole-file buffer; text mode decodes UTF-8
//! with universal newlines), writing and appending (written through to the OS), iteration,
//! `with`, and CPython's errors.
//!
//! Every operation touches the outside world, so each first calls `ctx.require_direct()`: a
//! speculative step that reaches one waits until it is the oldest, then runs directly. A file
//! object is an instance of `_io.TextIOWrapper` (text), `_io.BufferedReader` or
//! `_io.BufferedWriter` (binary) whose `name`, `mode`, `encoding` (text only) and `closed`
//! are ordinary attributes; its OS state lives in `FILES`, keyed by the instance's `_fid`.
//!
//! Invariant: in text mode the read buffer is valid UTF-8 and positions are char boundaries.

use super::{arity, def, kwarg};
use crate::ctx::Ctx;
use crate::error::{PyResult, Raise};
use crate::object::{AttrMap, Instance, Kind, Layout};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::io::Write;
use std::sync::OnceLock;

/// The OS side of an open file.
struct OpenFile {
    /// Binary mode (reads give bytes, writes take bytes-like objects).
    binary: bool,
    /// Reading or writing state.
    io: Io,
}

/// Reading or writing state of an open file.
enum Io {
    /// Read mode: the contents (text mode: decoded, newlines translated, kept as UTF-8) and
    /// the byte position in them.
    Read { data: Vec<u8>, pos: usize },
    /// Write or append mode.
    Write(std::fs::File),
}

static FILES: Mutex<Option<HashMap<i64, OpenFile>>> = Mutex::new(None);
static NEXT_ID: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(1);

fn with_file<R>(id: i64, f: impl FnOnce(&mut OpenFile) -> R) -> Option<R> {
    FILES
        .lock()
        .get_or_insert_with(HashMap::new)
        .get_mut(&id)
        .map(f)
}

pub(super) fn install(m: &mut AttrMap) {
    def(m, "open", open);
}

/// The file classes and `io.UnsupportedOperation`.
struct Classes {
    text: ObjRef,
    reader: ObjRef,
    writer: ObjRef,
    unsupported: ObjRef,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let mut attrs = AttrMap::default();
        for (name, f) in [
            ("read", read as crate::object::NativeFn),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("close", close),
            ("flush", flush),
            ("readable", |c, r, _, _| mode_is(c, r, 'r')),
            ("writable", |c, r, _, _| mode_is(c, r, 'w')),
            ("__iter__", iter_self),
            ("__enter__", iter_self),
            ("__next__", next_line),
            ("__exit__", close),
            ("tell", tell),
            ("seek", seek),
        ] {
            def(&mut attrs, name, f);
        }
        let object = rt().types.object;
        let class = |name: &str| {
            let c = crate::rt::new_class(
                0,
                intern(name),
                vec![object],
                Layout::Builtin,
                attrs.clone(),
                Some(intern("_io")),
            )
            .unwrap_or(object);
            // Held by this static: pinned (their module is not `builtins`, so not pinned yet).
            crate::gc::pin(c)
        };
        let (text, reader, writer) = (
            class("TextIOWrapper"),
            class("BufferedReader"),
            class("BufferedWriter"),
        );
        let t = &rt().types;
        let unsupported = crate::rt::new_class(
            0,
            intern("UnsupportedOperation"),
            vec![t.os_error, t.value_error],
            Layout::Instance,
            AttrMap::default(),
            Some(intern("io")),
        )
        .unwrap_or(t.os_error);
        Classes {
            text,
            reader,
            writer,
            unsupported: crate::gc::pin(unsupported),
        }
    })
}

/// An `OSError` subclass as CPython raises it for a failed system call on `path`.
pub fn os_error(ctx: &Ctx, e: &std::io::Error, path: &str) -> Raise {
    let t = &rt().types;
    let class = match e.raw_os_error() {
        Some(2) => t.file_not_found_error,
        Some(13) | Some(1) => t.permission_error,
        Some(17) => t.file_exists_error,
        Some(20) => t.not_a_directory_error,
        Some(21) => t.is_a_directory_error,
        _ => t.os_error,
    };
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let strerror = match e.raw_os_error() {
        Some(2) => "No such file or directory".to_string(),
        Some(13) => "Permission denied".to_string(),
        Some(17) => "File exists".to_string(),
        Some(21) => "Is a directory".to_string(),
        _ => {
            let text = e.to_string();
            text.split(" (os error").next().unwrap_or(&text).to_string()
        }
    };
    let strerror = ctx.new_str(strerror);
    let exc = ctx.new_exception(class, vec![Value::Int(errno), strerror]);
    if let Kind::Instance(i) = &exc.kind {
        i.attrs.set(intern("errno"), Some(Value::Int(errno)));
        i.attrs.set(intern("strerror"), Some(strerror));
        i.attrs
            .set(intern("filename"), Some(ctx.new_str(path.to_string())));
    }
    Raise::exc(exc)
}

fn open(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "open", args, 1, 2)?;
    let Some(path) = args[0].as_str() else {
        return Err(ctx.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            class_name(rt().type_of(args[0]))
        )));
    };
    let mode_v = args
        .get(1)
        .copied()
        .or(kwarg(kwargs, "mode"))
        .unwrap_or(intern("r").value());
    let Some(mode) = mode_v.as_str() else {
        return Err(ctx.type_error("open() argument 'mode' must be str"));
    };
    check_mode(ctx, mode)?;
    let binary = mode.contains('b');
    if mode.contains('+') {
        return Err(ctx.error(
            rt().types.not_implemented_error,
            format!("specloop: open() mode '{mode}' is not supported yet (r, w, a, x only)"),
        ));
    }
    if binary && kwarg(kwargs, "encoding").is_some_and(|e| !matches!(e, Value::None)) {
        return Err(ctx.value_error("binary mode doesn't take an encoding argument"));
    }
    if let Some(enc) = kwarg(kwargs, "encoding").and_then(|e| e.as_str()) {
        if !matches!(
            enc.to_ascii_lowercase().replace('_', "-").as_str(),
            "utf-8" | "utf8"
        ) {
            return Err(ctx.error(
                rt().types.not_implemented_error,
                format!("specloop: open() encoding '{enc}' is not supported yet (utf-8 only)"),
            ));
        }
    }
    ctx.require_direct()?;
    let io = if mode.contains('r') {
        let bytes = std::fs::read(path).map_err(|e| os_error(ctx, &e, path))?;
        if binary {
            return Ok(new_file(
                ctx,
                args[0],
                mode_v,
                binary,
                Io::Read {
                    data: bytes,
                    pos: 0,
                },
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            ctx.error(
                rt().types.unicode_error,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    e.as_bytes()[e.utf8_error().valid_up_to()],
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        Io::Read {
            data: text.into_bytes(),
            pos: 0,
        }
    } else {
        let mut o = std::fs::OpenOptions::new();
        match mode.chars().find(|c| "wax".contains(*c)) {
            Some('w') => o.write(true).create(true).truncate(true),
            Some('a') => o.append(true).create(true),
            _ => o.write(true).create_new(true),
        };
        Io::Write(o.open(path).map_err(|e| os_error(ctx, &e, path))?)
    };
    Ok(new_file(ctx, args[0], mode_v, binary, io))
}

/// Registers an open file and returns its file object.
fn new_file(ctx: &Ctx, name: Value, mode: Value, binary: bool, io: Io) -> Value {
    let class = match (&io, binary) {
        (_, false) => classes().text,
        (Io::Read { .. }, true) => classes().reader,
        (Io::Write(_), true) => classes().writer,
    };
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    FILES
        .lock()
        .get_or_insert_with(HashMap::new)
        .insert(id, OpenFile { binary, io });
    let mut attrs = vec![
        (intern("_fid"), Value::Int(id)),
        (intern("name"), name),
        (intern("mode"), mode),
    ];
    if !binary {
        attrs.push((intern("encoding"), intern("UTF-8").value()));
    }
    attrs.push((intern("closed"), Value::Bool(false)));
    Value::Obj(ctx.alloc(Kind::Instance(Instance {
        class,
        attrs: crate::instance_attrs::InstanceAttrs::from_pairs(attrs),
        native: None,
    })))
}

/// `open()`'s checks of `mode`, with CPython's messages.
fn check_mode(ctx: &Ctx, mode: &str) -> PyResult<()> {
    let valid = mode
        .chars()
        .all(|c| "rwaxbt+".contains(c) && mode.matches(c).count() == 1);
    if !valid {
        return Err(ctx.value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('t') && mode.contains('b') {
        return Err(ctx.value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "rwax".contains(*c)).count() {
        0 => Err(ctx.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )),
        1 => Ok(()),
        _ => Err(ctx.value_error("must have exactly one of create/read/write/append mode")),
    }
}

/// The file table id of an open file object (ValueError if closed).
fn open_id(ctx: &mut Ctx, recv: Option<Value>) -> PyResult<(ObjRef, i64)> {
    let Some(Value::Obj(o)) = recv else {
        return Err(ctx.type_error("expected a file object"));
    };
    ctx.require_direct()?;
    if let Some(Value::Bool(true)) = ctx.own_attr(o, intern("closed"))? {
        return Err(ctx.value_error("I/O operation on closed file."));
    }
    match ctx.own_attr(o, intern("_fid"))? {
        Some(Value::Int(id)) => Ok((o, id)),
        _ => Err(ctx.type_error("expected a file object")),
    }
}

/// `io.UnsupportedOperation(what)`, as CPython raises it for an operation the stream lacks.
pub fn unsupported(ctx: &Ctx, what: &str) -> Raise {
    let msg = ctx.new_str(what.to_string());
    Raise::exc(ctx.new_exception(classes().unsupported, vec![msg]))
}

/// Runs `f` on the contents, position and binary flag of a file open for reading.
fn reading<R>(
    ctx: &mut Ctx,
    recv: Option<Value>,
    f: impl FnOnce(&[u8], &mut usize, bool) -> R,
) -> PyResult<R> {
    let (_, id) = open_id(ctx, recv)?;
    let r = with_file(id, |st| match &mut st.io {
        Io::Read { data, pos } => Ok(f(data, pos, st.binary)),
        Io::Write(_) => Err(st.binary),
    });
    match r {
        Some(Ok(v)) => Ok(v),
        // CPython's binary files name the operation; text files say "not readable".
        Some(Err(true)) => Err(unsupported(ctx, "read")),
        _ => Err(unsupported(ctx, "not readable")),
    }
}

fn size_arg(ctx: &Ctx, args: &[Value]) -> PyResult<Option<usize>> {
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) if *n < 0 => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n as usize)),
        Some(v) => Err(ctx.type_error(format!(
            "argument should be integer or None, not '{}'",
            class_name(rt().type_of(*v))
        ))),
    }
}

/// The byte length of the first `n` units of `rest`: bytes in binary mode, chars in text
/// mode (all of it if shorter).
fn units_len(rest: &[u8], n: usize, binary: bool) -> usize {
    if binary {
        return n.min(rest.len());
    }
    let s = std::str::from_utf8(rest).unwrap_or_default();
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// A piece of a read buffer as the file's mode returns it: bytes, or str (text mode
/// buffers are UTF-8 cut at char boundaries).
fn piece(ctx: &Ctx, (bytes, binary): (Vec<u8>, bool)) -> Value {
    if binary {
        ctx.new_bytes(bytes)
    } else {
        ctx.new_str(String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn read(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let size = size_arg(ctx, args)?;
    let p = reading(ctx, recv, |data, pos, binary| {
        let rest = &data[(*pos).min(data.len())..];
        let n = size.map_or(rest.len(), |n| units_len(rest, n, binary));
        *pos += n;
        (rest[..n].to_vec(), binary)
    })?;
    Ok(piece(ctx, p))
}

/// The next line (at most `limit` units) and the binary flag.
fn line_at(data: &[u8], pos: &mut usize, limit: Option<usize>, binary: bool) -> (Vec<u8>, bool) {
    let rest = &data[(*pos).min(data.len())..];
    let mut n = rest
        .iter()
        .position(|&c| c == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if let Some(l) = limit {
        n = n.min(units_len(rest, l, binary));
    }
    *pos += n;
    (rest[..n].to_vec(), binary)
}

fn readline(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let size = size_arg(ctx, args)?;
    let p = reading(ctx, recv, |data, pos, binary| {
        line_at(data, pos, size, binary)
    })?;
    Ok(piece(ctx, p))
}

fn readlines(
    ctx: &mut Ctx,
    recv: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let lines = reading(ctx, recv, |data, pos, binary| {
        let mut out = Vec::new();
        while *pos < data.len() {
            out.push(line_at(data, pos, None, binary));
        }
        out
    })?;
    let items = lines.into_iter().map(|l| piece(ctx, l)).collect();
    Ok(ctx.new_list(items))
}

fn next_line(
    ctx: &mut Ctx,
    recv: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let line = reading(ctx, recv, |data, pos, binary| {
        (*pos < data.len()).then(|| line_at(data, pos, None, binary))
    })?;
    match line {
        Some(l) => Ok(piece(ctx, l)),
        None => Err(ctx.stop_iteration(Value::None)),
    }
}

/// The bytes `write()` puts out for `v`: a str in text mode, a bytes-like object in binary
/// mode, with CPython's TypeErrors.
fn to_write(ctx: &mut Ctx, v: Value, binary: bool) -> PyResult<(Vec<u8>, i64)> {
    if binary {
        let b =
            crate::bytes::bytes_like(ctx, v)?.ok_or_else(|| crate::bytes::need_bytes(ctx, v))?;
        return Ok((b.to_vec(), b.len() as i64));
    }
    match v.as_str() {
        Some(s) => Ok((s.as_bytes().to_vec(), s.chars().count() as i64)),
        None => Err(ctx.type_error(format!(
            "write() argument must be str, not {}",
            class_name(rt().type_of(v))
        ))),
    }
}

/// Writes each of `items` to a file open for writing (nothing to write never fails, as in
/// CPython); returns the last item's length.
fn write_all(ctx: &mut Ctx, recv: Option<Value>, items: Vec<Value>) -> PyResult<i64> {
    let (_, id) = open_id(ctx, recv)?;
    if items.is_empty() {
        return Ok(0);
    }
    let (writable, binary) =
        with_file(id, |st| (matches!(st.io, Io::Write(_)), st.binary)).unwrap_or_default();
    if !writable {
        return Err(unsupported(
            ctx,
            if binary { "write" } else { "not writable" },
        ));
    }
    let mut n = 0;
    for v in items {
        let (bytes, len) = to_write(ctx, v, binary)?;
        let r = with_file(id, |st| match &mut st.io {
            Io::Write(f) => f.write_all(&bytes),
            Io::Read { .. } => Ok(()),
        });
        if let Some(Err(e)) = r {
            return Err(os_error(ctx, &e, ""));
        }
        n = len;
    }
    Ok(n)
}

fn write(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "write", args, 1, 1)?;
    Ok(Value::Int(write_all(ctx, recv, vec![args[0]])?))
}

fn writelines(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "writelines", args, 1, 1)?;
    let items = crate::iter::collect(ctx, args[0])?;
    write_all(ctx, recv, items)?;
    Ok(Value::None)
}

fn close(ctx: &mut Ctx, recv: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(o)) = recv else {
        return Err(ctx.type_error("expected a file object"));
    };
    ctx.require_direct()?;
    if let Some(Value::Int(id)) = ctx.own_attr(o, intern("_fid"))? {
        FILES.lock().get_or_insert_with(HashMap::new).remove(&id);
    }
    ctx.set_own_attr(o, intern("closed"), Value::Bool(true));
    Ok(Value::None)
}

fn flush(ctx: &mut Ctx, recv: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let (_, id) = open_id(ctx, recv)?;
    with_file(id, |st| {
        if let Io::Write(f) = &mut st.io {
            let _ = f.flush();
        }
    });
    Ok(Value::None)
}

fn mode_is(ctx: &mut Ctx, recv: Option<Value>, reading: char) -> PyResult<Value> {
    let (_, id) = open_id(ctx, recv)?;
    let is_read = with_file(id, |st| matches!(st.io, Io::Read { .. })).unwrap_or(false);
    Ok(Value::Bool(is_read == (reading == 'r')))
}

fn iter_self(
    ctx: &mut Ctx,
    recv: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let (o, _) = open_id(ctx, recv)?;
    Ok(Value::Obj(o))
}

fn tell(ctx: &mut Ctx, recv: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let p = reading(ctx, recv, |_, pos, _| *pos)?;
    Ok(Value::Int(p as i64))
}

fn seek(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "seek", args, 1, 1)?;
    let Value::Int(target) = args[0] else {
        return Err(ctx.type_error("an integer is required"));
    };
    let ok = reading(ctx, recv, |data, pos, binary| {
        let t = target.max(0) as usize;
        let boundary = |t: usize| std::str::from_utf8(data).is_ok_and(|s| s.is_char_boundary(t));
        if binary || (t <= data.len() && boundary(t)) {
            *pos = t;
            true
        } else {
            false
        }
    })?;
    if !ok {
        return Err(ctx.error(
            rt().types.not_implemented_error,
            "specloop: seek() only to a position tell() returned",
        ));
    }
    Ok(Value::Int(target))
}
