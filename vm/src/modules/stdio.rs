//! The standard streams `sys.stdin`, `sys.stdout` and `sys.stderr`, and the `input()` built-in.
//!
//! Writes are effects, emitted at commit in step order. Reading stdin consumes the outside
//! world, so every read first calls `ctx.require_direct()`: a speculative step that reaches one
//! waits until it is the oldest, then reads directly. Stdin is decoded as UTF-8 with line endings
//! kept as they are (CPython's stdin on POSIX does not translate them); what a read leaves
//! over stays in `PENDING` for the next one.

use crate::builtins::{arity, def, unsupported};
use crate::ctx::Ctx;
use crate::effects::Effect;
use crate::error::{PyResult, Raise};
use crate::object::{AttrMap, Instance, Kind, Layout, NativeFn, Object};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;
use std::io::BufRead;
use std::sync::OnceLock;

/// The decoded stdin text read from the OS but not yet consumed, and whether stdin has ended.
struct Pending {
    text: String,
    eof: bool,
}

static PENDING: Mutex<Pending> = Mutex::new(Pending {
    text: String::new(),
    eof: false,
});

fn text_io_class() -> ObjRef {
    static C: OnceLock<ObjRef> = OnceLock::new();
    *C.get_or_init(|| {
        let mut attrs = AttrMap::default();
        let methods: &[(&'static str, NativeFn)] = &[
            ("write", textio_write),
            ("flush", textio_flush),
            ("readline", textio_readline),
            ("read", textio_read),
            ("readlines", textio_readlines),
            ("__iter__", textio_iter),
            ("__next__", textio_next),
        ];
        for (name, f) in methods {
            def(&mut attrs, name, *f);
        }
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

/// The stream object for file descriptor `fd` (0, 1 or 2; anything else is stdout).
pub(super) fn std_stream(fd: u8) -> ObjRef {
    static STREAMS: [OnceLock<ObjRef>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    *STREAMS[usize::from(fd.min(2))].get_or_init(|| {
        Object::immortal(Kind::Instance(Instance {
            class: text_io_class(),
            attrs: Default::default(),
            native: None,
        }))
    })
}

/// Whether `v` is `sys.stdout` or `sys.stderr`.
pub fn is_std_stream(v: Value) -> bool {
    is_stderr(v) || v.is(Value::Obj(std_stream(1)))
}

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(v: Value) -> bool {
    v.is(Value::Obj(std_stream(2)))
}

fn is_stdin(v: Option<Value>) -> bool {
    v.is_some_and(|v| v.is(Value::Obj(std_stream(0))))
}

fn textio_write(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "write", args, 1, 1)?;
    if is_stdin(recv) {
        return Err(unsupported(ctx, "not writable"));
    }
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
    ctx: &mut Ctx,
    _: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    ctx.emit(Effect::Flush);
    Ok(Value::None)
}

/// Reads one more line of stdin into `p` (nothing once stdin has ended).
fn fill_line(ctx: &Ctx, p: &mut Pending) -> PyResult<()> {
    if p.eof {
        return Ok(());
    }
    let mut raw = Vec::new();
    if let Err(e) = std::io::stdin().lock().read_until(b'\n', &mut raw) {
        return Err(crate::builtins::os_error(ctx, &e, "<stdin>"));
    }
    if raw.is_empty() {
        p.eof = true;
        return Ok(());
    }
    p.text
        .push_str(&crate::codecs::decode(ctx, &raw, "utf-8", "strict")?);
    Ok(())
}

/// Takes the first `chars` characters of the pending text (all of it when fewer).
fn take_chars(p: &mut Pending, chars: usize) -> String {
    let end = p
        .text
        .char_indices()
        .nth(chars)
        .map_or(p.text.len(), |(i, _)| i);
    p.text.drain(..end).collect()
}

/// The next line of stdin with its newline, at most `limit` characters; "" at the end.
pub(super) fn read_line(ctx: &mut Ctx, limit: Option<usize>) -> PyResult<String> {
    ctx.require_direct()?;
    let mut p = PENDING.lock();
    loop {
        let have = p.text.chars().count();
        if p.text.contains('\n') || p.eof || limit.is_some_and(|n| have >= n) {
            break;
        }
        fill_line(ctx, &mut p)?;
    }
    let line_len = p.text.find('\n').map_or(p.text.len(), |i| i + 1);
    let line_chars = p.text[..line_len].chars().count();
    Ok(take_chars(
        &mut p,
        limit.map_or(line_chars, |n| n.min(line_chars)),
    ))
}

/// The rest of stdin, or at most `limit` characters of it.
fn read_rest(ctx: &mut Ctx, limit: Option<usize>) -> PyResult<String> {
    ctx.require_direct()?;
    let mut p = PENDING.lock();
    while !p.eof && limit.is_none_or(|n| p.text.chars().count() < n) {
        fill_line(ctx, &mut p)?;
    }
    Ok(take_chars(&mut p, limit.unwrap_or(usize::MAX)))
}

/// The receiver must be stdin; `size` (optional, `None` or negative for no limit) must be an
/// integer, as CPython checks them.
fn stdin_size(
    ctx: &Ctx,
    recv: Option<Value>,
    name: &str,
    args: &[Value],
) -> PyResult<Option<usize>> {
    arity(ctx, name, args, 0, 1)?;
    if !is_stdin(recv) {
        return Err(unsupported(ctx, "not readable"));
    }
    match args.first().copied() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(n).ok()),
        // CPython's messages differ by method.
        Some(v) if name == "readline" => Err(ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::rt::class_name(rt().type_of(v))
        ))),
        Some(v) => Err(ctx.type_error(format!(
            "argument should be integer or None, not '{}'",
            crate::rt::class_name(rt().type_of(v))
        ))),
    }
}

fn textio_readline(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let limit = stdin_size(ctx, recv, "readline", args)?;
    let line = read_line(ctx, limit)?;
    Ok(ctx.new_str(line))
}

fn textio_read(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let limit = stdin_size(ctx, recv, "read", args)?;
    let text = read_rest(ctx, limit)?;
    Ok(ctx.new_str(text))
}

fn textio_readlines(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    stdin_size(ctx, recv, "readlines", args)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(ctx, None)?;
        if line.is_empty() {
            break;
        }
        lines.push(ctx.new_str(line));
    }
    Ok(ctx.new_list(lines))
}

fn textio_iter(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "__iter__", args, 0, 0)?;
    Ok(recv.unwrap_or(Value::None))
}

fn textio_next(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    stdin_size(ctx, recv, "__next__", args)?;
    let line = read_line(ctx, None)?;
    if line.is_empty() {
        return Err(ctx.stop_iteration(Value::None));
    }
    Ok(ctx.new_str(line))
}

/// The `input([prompt])` built-in: writes the prompt to stdout, then reads a line of stdin
/// without its newline; `EOFError` at the end of stdin.
pub fn input(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    crate::builtins::no_kwargs(ctx, "input", kwargs)?;
    if args.len() > 1 {
        return Err(ctx.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    ctx.require_direct()?;
    if let Some(&prompt) = args.first() {
        let text = crate::repr::str_of(ctx, prompt)?;
        ctx.emit(Effect::Write { fd: 1, text });
    }
    ctx.emit(Effect::Flush);
    let mut line = read_line(ctx, None)?;
    if line.is_empty() {
        let msg = ctx.new_str("EOF when reading a line".to_string());
        return Err(Raise::exc(
            ctx.new_exception(rt().types.eof_error, vec![msg]),
        ));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(ctx.new_str(line))
}

#[cfg(test)]
mod tests {
    use super::{take_chars, Pending};

    #[test]
    fn take_chars_counts_characters_not_bytes() {
        let mut p = Pending {
            text: "héllo\nwörld".to_string(),
            eof: false,
        };
        assert_eq!(take_chars(&mut p, 2), "hé");
        assert_eq!(take_chars(&mut p, 4), "llo\n");
        assert_eq!(take_chars(&mut p, 99), "wörld");
        assert!(p.text.is_empty());
    }
}
