//! The constructors `bytes(...)` and `bytearray(...)`, `decode`, `hex`/`fromhex`, and
//! `str.encode`; installs the shared methods (`methods_bytes_text`), bytearray's mutators
//! (`methods_bytearray`) and `int.to_bytes`/`int.from_bytes` (`methods_int_bytes`).

use super::methods_bytes_text::this;
use super::{def_methods, kwarg};
use crate::bytes::bytes_like;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::NativeFn;
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

pub(super) fn install(runtime: &Runtime) {
    let t = &runtime.types;
    let common: &[(&'static str, NativeFn)] = &[("decode", decode), ("hex", hex)];
    def_methods(
        t.bytes,
        &[("__new__", |c, _, a, k| {
            let b = source(c, a, k, "bytes")?;
            Ok(c.new_bytes(b))
        })],
    );
    super::def_classmethod(t.bytes, "fromhex", |c, _, a, _| {
        let b = fromhex(c, a.get(1..).unwrap_or_default())?;
        Ok(c.new_bytes(b))
    });
    def_methods(
        t.bytearray,
        &[("__new__", |c, _, a, k| {
            let b = source(c, a, k, "bytearray")?;
            Ok(c.new_bytearray(b))
        })],
    );
    super::def_classmethod(t.bytearray, "fromhex", |c, _, a, _| {
        let b = fromhex(c, a.get(1..).unwrap_or_default())?;
        Ok(c.new_bytearray(b))
    });
    for class in [t.bytes, t.bytearray] {
        def_methods(class, common);
        super::methods_bytes_text::install(class);
    }
    super::methods_bytearray::install(t.bytearray);
    super::methods_int_bytes::install(t.int);
    def_methods(t.str, &[("encode", encode)]);
}

/// The `encoding` and `errors` arguments (positional from `first`, or keyword) with their
/// defaults.
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

/// The initial contents `bytes(...)` / `bytearray(...)` (named by `what`) build from their
/// arguments (after the class).
fn source(ctx: &mut Ctx, args: Args, kw: Kw, what: &str) -> PyResult<Vec<u8>> {
    let args = args.get(1..).unwrap_or_default();
    let Some(src) = args.first().copied().or_else(|| kwarg(kw, "source")) else {
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        if args.len() < 2 && kwarg(kw, "encoding").is_none() {
            return Err(ctx.type_error("string argument without an encoding"));
        }
        let (enc, errors) = codec_args(ctx, what, args, kw, 1)?;
        return crate::codecs::encode(ctx, s, enc, errors);
    }
    if args.len() > 1 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some() {
        return Err(ctx.type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_like(ctx, src)? {
        return Ok(b.to_vec());
    }
    if let Some(n) = crate::ops::as_i64(src) {
        if n < 0 {
            return Err(ctx.value_error("negative count"));
        }
        if n > 1 << 32 {
            return Err(ctx.error(
                rt().types.not_implemented_error,
                format!("specloop: {what}(n) with n > 2**32 is not supported"),
            ));
        }
        return Ok(vec![0; n as usize]);
    }
    if crate::iter::get_iter(ctx, src).is_err() {
        return Err(ctx.type_error(format!(
            "cannot convert '{}' object to {what}",
            class_name(rt().type_of(src))
        )));
    }
    crate::bytearray::from_ints(ctx, src, if what == "bytes" { "bytes" } else { "byte" })
}

fn decode(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let (enc, errors) = codec_args(ctx, "decode", args, kw, 0)?;
    let s = crate::codecs::decode(ctx, &b, enc, errors)?;
    Ok(ctx.new_str(s))
}

fn encode(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let s = recv.and_then(|v| v.as_str()).unwrap_or("");
    let (enc, errors) = codec_args(ctx, "encode", args, kw, 0)?;
    let b = crate::codecs::encode(ctx, s, enc, errors)?;
    Ok(ctx.new_bytes(b))
}

/// `b.hex(sep="", bytes_per_sep=1)`: groups counted from the right, or from the left when
/// `bytes_per_sep` is negative.
fn hex(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let digits = |x: &[u8]| x.iter().map(|c| format!("{c:02x}")).collect::<String>();
    let Some(sep) = args.first().copied().or_else(|| kwarg(kw, "sep")) else {
        return Ok(ctx.new_str(digits(&b)));
    };
    let sep: String = match (sep.as_str(), bytes_like(ctx, sep)?) {
        (Some(s), _) => s.to_string(),
        (None, Some(s)) => s.iter().map(|&c| c as char).collect(),
        _ => {
            return Err(ctx.type_error(format!(
                "object of type '{}' has no len()",
                class_name(rt().type_of(sep))
            )))
        }
    };
    if sep.chars().count() != 1 {
        return Err(ctx.value_error("sep must be length 1."));
    }
    let per = match args.get(1).copied().or_else(|| kwarg(kw, "bytes_per_sep")) {
        Some(v) => crate::ops::as_i64(v).ok_or_else(|| {
            ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(rt().type_of(v))
            ))
        })?,
        None => 1,
    };
    if per == 0 || b.is_empty() {
        return Ok(ctx.new_str(digits(&b)));
    }
    let n = per.unsigned_abs().min(b.len() as u64) as usize;
    let groups: Vec<String> = if per > 0 {
        let head = b.len() % n;
        let mut g = Vec::new();
        if head > 0 {
            g.push(digits(&b[..head]));
        }
        g.extend(b[head..].chunks(n).map(digits));
        g
    } else {
        b.chunks(n).map(digits).collect()
    };
    Ok(ctx.new_str(groups.join(&sep)))
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
fn fromhex(ctx: &mut Ctx, args: Args) -> PyResult<Vec<u8>> {
    let s = match args.last() {
        Some(v) if v.as_str().is_some() => v.as_str().unwrap_or_default(),
        Some(v) => {
            return Err(ctx.type_error(format!(
                "fromhex() argument must be str, not {}",
                class_name(rt().type_of(*v))
            )))
        }
        None => return Err(ctx.type_error("fromhex() takes exactly one argument (0 given)")),
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
    Ok(out)
}
