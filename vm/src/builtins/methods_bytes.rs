//! `bytes(...)`, the methods of bytes, `str.encode`, and `bytearray` (refused for now).

use super::{arity, def, def_methods, kwarg};
use crate::bytes::{as_bytes, find};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

pub(super) fn install(runtime: &Runtime, m: &mut AttrMap) {
    def_methods(
        runtime.types.bytes,
        &[
            ("__new__", bytes_new),
            ("decode", decode),
            ("hex", hex),
            ("fromhex", fromhex),
            ("startswith", |c, r, a, _| affix(c, r, a, "startswith")),
            ("endswith", |c, r, a, _| affix(c, r, a, "endswith")),
            ("find", |c, r, a, _| search(c, r, a, false)),
            ("index", |c, r, a, _| search(c, r, a, true)),
            ("count", count),
            ("split", split),
            ("join", join),
            ("strip", |c, r, a, _| strip(c, r, a, true, true)),
            ("lstrip", |c, r, a, _| strip(c, r, a, true, false)),
            ("rstrip", |c, r, a, _| strip(c, r, a, false, true)),
            ("replace", replace),
            ("upper", |c, r, _, _| map(c, r, |b| b.to_ascii_uppercase())),
            ("lower", |c, r, _, _| map(c, r, |b| b.to_ascii_lowercase())),
            ("isdigit", |c, r, _, _| test(c, r, |b| b.is_ascii_digit())),
            ("isalpha", |c, r, _, _| {
                test(c, r, |b| b.is_ascii_alphabetic())
            }),
            ("isspace", |c, r, _, _| {
                test(c, r, |b| b.is_ascii_whitespace())
            }),
        ],
    );
    def_methods(runtime.types.str, &[("encode", encode)]);
    def(m, "bytearray", |ctx, _, _, _| {
        Err(ctx.error(
            rt().types.not_implemented_error,
            "specloop: bytearray is not supported yet",
        ))
    });
}

fn this(ctx: &Ctx, recv: Option<Value>) -> PyResult<&'static [u8]> {
    recv.and_then(as_bytes)
        .ok_or_else(|| ctx.type_error("descriptor requires a 'bytes' object"))
}

fn bytes_arg(ctx: &Ctx, v: Value) -> PyResult<&'static [u8]> {
    as_bytes(v).ok_or_else(|| {
        ctx.type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(rt().type_of(v))
        ))
    })
}

/// The `encoding` and `errors` arguments (positional or keyword) with their defaults.
fn codec_args(
    ctx: &Ctx,
    fname: &str,
    args: Args,
    kw: Kw,
    first: usize,
) -> PyResult<(&'static str, &'static str)> {
    let get = |i: usize, name: &str, default: &'static str| -> PyResult<&'static str> {
        match args.get(first + i).copied().or_else(|| kwarg(kw, name)) {
            None => Ok(default),
            Some(v) => v.as_str().ok_or_else(|| {
                ctx.type_error(format!(
                    "{fname}() argument '{name}' must be str, not {}",
                    class_name(rt().type_of(v))
                ))
            }),
        }
    };
    Ok((get(0, "encoding", "utf-8")?, get(1, "errors", "strict")?))
}

fn bytes_new(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let args = &args[1..];
    let Some(&src) = args.first() else {
        return Ok(ctx.new_bytes(Vec::new()));
    };
    if let Some(s) = src.as_str() {
        if args.len() < 2 && kwarg(kw, "encoding").is_none() {
            return Err(ctx.type_error("string argument without an encoding"));
        }
        let (enc, errors) = codec_args(ctx, "bytes", args, kw, 1)?;
        let b = crate::codecs::encode(ctx, s, enc, errors)?;
        return Ok(ctx.new_bytes(b));
    }
    if args.len() > 1 {
        return Err(ctx.type_error("encoding without a string argument"));
    }
    if let Some(b) = as_bytes(src) {
        return Ok(ctx.new_bytes(b.to_vec()));
    }
    if let Value::Int(n) = src {
        if n < 0 {
            return Err(ctx.value_error("negative count"));
        }
        return Ok(ctx.new_bytes(vec![0; n as usize]));
    }
    let mut out = Vec::new();
    for v in crate::iter::collect(ctx, src)? {
        match crate::ops::as_i64(v) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            Some(_) => return Err(ctx.value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(ctx.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class_name(rt().type_of(v))
                )))
            }
        }
    }
    Ok(ctx.new_bytes(out))
}

fn decode(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let (enc, errors) = codec_args(ctx, "decode", args, kw, 0)?;
    let s = crate::codecs::decode(ctx, b, enc, errors)?;
    Ok(ctx.new_str(s))
}

fn encode(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let s = recv.and_then(|v| v.as_str()).unwrap_or("");
    let (enc, errors) = codec_args(ctx, "encode", args, kw, 0)?;
    let b = crate::codecs::encode(ctx, s, enc, errors)?;
    Ok(ctx.new_bytes(b))
}

fn hex(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let sep = match args.first() {
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| ctx.type_error("sep must be str or bytes."))?,
        ),
        None => None,
    };
    let parts: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(ctx.new_str(parts.join(sep.unwrap_or(""))))
}

fn fromhex(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let Some(s) = args.last().and_then(|v| v.as_str()) else {
        return Err(ctx.type_error("fromhex() argument must be str"));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_some() { i + 1 } else { i };
                return Err(ctx.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
        }
        i += 2;
    }
    Ok(ctx.new_bytes(out))
}

fn affix(ctx: &mut Ctx, recv: Option<Value>, args: Args, name: &str) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, name, args, 1, 1)?;
    let options = match as_bytes(args[0]) {
        Some(p) => vec![p],
        None => {
            let items = crate::iter::collect(ctx, args[0]).map_err(|_| {
                ctx.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    class_name(rt().type_of(args[0]))
                ))
            })?;
            items
                .into_iter()
                .map(|v| bytes_arg(ctx, v))
                .collect::<PyResult<Vec<_>>>()?
        }
    };
    let hit = options.iter().any(|p| {
        if name == "startswith" {
            b.starts_with(p)
        } else {
            b.ends_with(p)
        }
    });
    Ok(Value::Bool(hit))
}

/// A needle argument: bytes, or an int in range(256).
fn needle(ctx: &Ctx, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    match crate::ops::as_i64(v) {
        Some(n) if (0..256).contains(&n) => Ok(vec![n as u8]),
        Some(_) => Err(ctx.value_error("byte must be in range(0, 256)")),
        None => Err(ctx.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            class_name(rt().type_of(v))
        ))),
    }
}

fn search(ctx: &mut Ctx, recv: Option<Value>, args: Args, raise: bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, if raise { "index" } else { "find" }, args, 1, 1)?;
    let n = needle(ctx, args[0])?;
    match find(b, &n, 0) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(ctx.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, "count", args, 1, 1)?;
    let n = needle(ctx, args[0])?;
    if n.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let (mut c, mut at) = (0, 0);
    while let Some(i) = find(b, &n, at) {
        c += 1;
        at = i + n.len();
    }
    Ok(Value::Int(c))
}

fn split(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let sep = args.first().copied().or_else(|| kwarg(kw, "sep"));
    let parts: Vec<Vec<u8>> = match sep {
        None | Some(Value::None) => b
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(<[u8]>::to_vec)
            .collect(),
        Some(s) => {
            let sep = bytes_arg(ctx, s)?;
            if sep.is_empty() {
                return Err(ctx.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut at = 0;
            while let Some(i) = find(b, sep, at) {
                out.push(b[at..i].to_vec());
                at = i + sep.len();
            }
            out.push(b[at..].to_vec());
            out
        }
    };
    let items = parts.into_iter().map(|p| ctx.new_bytes(p)).collect();
    Ok(ctx.new_list(items))
}

fn join(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let sep = this(ctx, recv)?;
    arity(ctx, "join", args, 1, 1)?;
    let mut out = Vec::new();
    for (i, v) in crate::iter::collect(ctx, args[0])?.into_iter().enumerate() {
        let Some(p) = as_bytes(v) else {
            return Err(ctx.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                class_name(rt().type_of(v))
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
    Ok(ctx.new_bytes(out))
}

fn strip(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let chars: Vec<u8> = match args.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => bytes_arg(ctx, *v)?.to_vec(),
    };
    let mut s = 0;
    let mut e = b.len();
    while left && s < e && chars.contains(&b[s]) {
        s += 1;
    }
    while right && e > s && chars.contains(&b[e - 1]) {
        e -= 1;
    }
    Ok(ctx.new_bytes(b[s..e].to_vec()))
}

fn replace(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, "replace", args, 2, 3)?;
    let old = bytes_arg(ctx, args[0])?;
    let new = bytes_arg(ctx, args[1])?;
    let mut limit = args
        .get(2)
        .and_then(|v| crate::ops::as_i64(*v))
        .unwrap_or(-1);
    let mut out = Vec::new();
    let mut at = 0;
    if old.is_empty() {
        for (i, c) in b.iter().enumerate() {
            if limit != 0 {
                out.extend_from_slice(new);
                limit -= 1;
            }
            out.push(*c);
            at = i + 1;
        }
        if limit != 0 {
            out.extend_from_slice(new);
        }
        out.extend_from_slice(&b[at..]);
        return Ok(ctx.new_bytes(out));
    }
    while limit != 0 {
        let Some(i) = find(b, old, at) else { break };
        out.extend_from_slice(&b[at..i]);
        out.extend_from_slice(new);
        at = i + old.len();
        limit -= 1;
    }
    out.extend_from_slice(&b[at..]);
    Ok(ctx.new_bytes(out))
}

fn map(ctx: &mut Ctx, recv: Option<Value>, f: fn(&u8) -> u8) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    Ok(ctx.new_bytes(b.iter().map(f).collect()))
}

fn test(ctx: &mut Ctx, recv: Option<Value>, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}
