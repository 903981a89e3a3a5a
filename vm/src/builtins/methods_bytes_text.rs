//! The methods bytes and bytearray share (searching, splitting, stripping, replacing, case
//! and padding, character tests). Each reads its receiver through `bytes::bytes_like` and
//! returns new objects of the receiver's type, as CPython does.

use super::{arity, kwarg};
use crate::bytes::{bytes_like, find, need_bytes, Buf};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::NativeFn;
use crate::rt::{class_name, rt};
use crate::value::{Name, ObjRef, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// Installs the shared methods on `class` (bytes or bytearray).
pub(super) fn install(class: ObjRef) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("startswith", |c, r, a, _| affix(c, r, a, "startswith")),
        ("endswith", |c, r, a, _| affix(c, r, a, "endswith")),
        ("find", |c, r, a, _| search(c, r, a, "find")),
        ("rfind", |c, r, a, _| search(c, r, a, "rfind")),
        ("index", |c, r, a, _| search(c, r, a, "index")),
        ("rindex", |c, r, a, _| search(c, r, a, "rindex")),
        ("count", count),
        ("split", |c, r, a, k| split(c, r, a, k, false)),
        ("rsplit", |c, r, a, k| split(c, r, a, k, true)),
        ("splitlines", splitlines),
        ("partition", |c, r, a, _| partition(c, r, a, false)),
        ("rpartition", |c, r, a, _| partition(c, r, a, true)),
        ("join", join),
        ("strip", |c, r, a, _| strip(c, r, a, true, true)),
        ("lstrip", |c, r, a, _| strip(c, r, a, true, false)),
        ("rstrip", |c, r, a, _| strip(c, r, a, false, true)),
        ("removeprefix", |c, r, a, _| remove_affix(c, r, a, true)),
        ("removesuffix", |c, r, a, _| remove_affix(c, r, a, false)),
        ("replace", replace),
        ("upper", |c, r, _, _| {
            map(c, r, |b| b.to_ascii_uppercase().to_vec())
        }),
        ("lower", |c, r, _, _| {
            map(c, r, |b| b.to_ascii_lowercase().to_vec())
        }),
        ("swapcase", |c, r, _, _| map(c, r, swapcase)),
        ("capitalize", |c, r, _, _| map(c, r, capitalize)),
        ("title", |c, r, _, _| map(c, r, title)),
        ("center", |c, r, a, _| justify(c, r, a, "center")),
        ("ljust", |c, r, a, _| justify(c, r, a, "ljust")),
        ("rjust", |c, r, a, _| justify(c, r, a, "rjust")),
        ("zfill", zfill),
        ("isdigit", |c, r, _, _| {
            test(c, r, |b| b.iter().all(u8::is_ascii_digit))
        }),
        ("isalpha", |c, r, _, _| {
            test(c, r, |b| b.iter().all(u8::is_ascii_alphabetic))
        }),
        ("isalnum", |c, r, _, _| {
            test(c, r, |b| b.iter().all(u8::is_ascii_alphanumeric))
        }),
        ("isspace", |c, r, _, _| {
            test(c, r, |b| b.iter().all(|x| WHITESPACE.contains(x)))
        }),
        ("isupper", |c, r, _, _| {
            test(c, r, |b| cased(b, u8::is_ascii_uppercase))
        }),
        ("islower", |c, r, _, _| {
            test(c, r, |b| cased(b, u8::is_ascii_lowercase))
        }),
        ("isascii", |c, r, _, _| {
            let b = this(c, r)?;
            Ok(Value::Bool(b.is_ascii()))
        }),
    ];
    super::def_methods(class, methods);
}

/// The receiver's bytes.
pub(super) fn this(ctx: &mut Ctx, recv: Option<Value>) -> PyResult<Buf> {
    match recv {
        Some(v) => bytes_like(ctx, v)?.ok_or_else(|| need_bytes(ctx, v)),
        None => Err(ctx.type_error("descriptor requires a 'bytes' object")),
    }
}

/// A bytes-like argument.
pub(super) fn bytes_arg(ctx: &mut Ctx, v: Value) -> PyResult<Buf> {
    bytes_like(ctx, v)?.ok_or_else(|| need_bytes(ctx, v))
}

fn new_like(ctx: &Ctx, recv: Option<Value>, b: Vec<u8>) -> Value {
    ctx.new_bytes_like(recv.unwrap_or(Value::None), b)
}

/// CPython's `ADJUST_INDICES`: optional start/end arguments clamped to `0..=len` (start may
/// exceed `len`, which callers treat as "no match").
fn bounds(ctx: &Ctx, args: Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(from + i).copied() {
            None | Some(Value::None) => Ok(default),
            Some(v) => crate::ops::as_i64(v).ok_or_else(|| {
                ctx.type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let n = len as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let start = fix(get(0, 0)?);
    let end = fix(get(1, n)?).min(n);
    Ok((start as usize, end as usize))
}

fn affix(ctx: &mut Ctx, recv: Option<Value>, args: Args, name: &str) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, name, args, 1, 3)?;
    let options = match bytes_like(ctx, args[0])? {
        Some(p) => vec![p],
        None => {
            let Some(items) = args[0].obj().and_then(|o| match &o.0.kind {
                crate::object::Kind::Tuple(t) => Some(t.to_vec()),
                _ => None,
            }) else {
                return Err(ctx.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    class_name(rt().type_of(args[0]))
                )));
            };
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push(bytes_arg(ctx, v)?);
            }
            out
        }
    };
    let (start, end) = bounds(ctx, args, 1, b.len())?;
    if start > b.len() || end < start {
        return Ok(Value::Bool(false));
    }
    let window = &b[start..end];
    let hit = options.iter().any(|p| {
        if name == "startswith" {
            window.starts_with(p)
        } else {
            window.ends_with(p)
        }
    });
    Ok(Value::Bool(hit))
}

/// A needle argument: bytes-like, or an int in range(256).
fn needle(ctx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(ctx, v)? {
        return Ok(b.to_vec());
    }
    if crate::ops::as_i64(v).is_none() && crate::ops::as_big(v).is_none() {
        return Err(ctx.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            class_name(rt().type_of(v))
        )));
    }
    Ok(vec![crate::bytes::byte_value(ctx, v)?])
}

/// The last index in `hay[..end]` at or after `start` where `needle` occurs.
fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if needle.len() > end.saturating_sub(start) {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn search(ctx: &mut Ctx, recv: Option<Value>, args: Args, name: &str) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, name, args, 1, 3)?;
    let n = needle(ctx, args[0])?;
    let (start, end) = bounds(ctx, args, 1, b.len())?;
    let found = if start > end {
        None
    } else if name.starts_with('r') {
        rfind_in(&b, &n, start, end)
    } else {
        find(&b[..end], &n, start)
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if name.ends_with("index") => Err(ctx.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, "count", args, 1, 3)?;
    let n = needle(ctx, args[0])?;
    let (start, end) = bounds(ctx, args, 1, b.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let (mut c, mut at) = (0, start);
    while let Some(i) = find(&b[..end], &n, at) {
        c += 1;
        at = i + n.len();
    }
    Ok(Value::Int(c))
}

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn split_args(ctx: &mut Ctx, args: Args, kw: Kw) -> PyResult<(Option<Buf>, i64)> {
    let sep = match args.first().copied().or_else(|| kwarg(kw, "sep")) {
        None | Some(Value::None) => None,
        Some(s) => {
            let s = bytes_arg(ctx, s)?;
            if s.is_empty() {
                return Err(ctx.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match args.get(1).copied().or_else(|| kwarg(kw, "maxsplit")) {
        None => -1,
        Some(v) => crate::ops::as_i64(v).ok_or_else(|| {
            ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(rt().type_of(v))
            ))
        })?,
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn split(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw, right: bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let (sep, max) = split_args(ctx, args, kw)?;
    let mut parts = match &sep {
        Some(sep) => split_sep(&b, sep, max, right),
        None => split_ws(&b, max, right),
    };
    if right {
        parts.reverse();
    }
    let items = parts
        .into_iter()
        .map(|p| new_like(ctx, recv, p.to_vec()))
        .collect();
    Ok(ctx.new_list(items))
}

/// Splits on `sep` at most `max` times, from the left or (reversed order) the right.
fn split_sep<'a>(b: &'a [u8], sep: &[u8], max: i64, right: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0, b.len());
    let mut n = 0;
    while n < max {
        let at = if right {
            rfind_in(b, sep, lo, hi)
        } else {
            find(&b[..hi], sep, lo)
        };
        let Some(i) = at else { break };
        if right {
            out.push(&b[i + sep.len()..hi]);
            hi = i;
        } else {
            out.push(&b[lo..i]);
            lo = i + sep.len();
        }
        n += 1;
    }
    out.push(&b[lo..hi]);
    out
}

/// Splits on runs of ASCII whitespace at most `max` times (the rest keeps its inner
/// whitespace), from the left or (reversed order) the right.
fn split_ws(b: &[u8], max: i64, right: bool) -> Vec<&[u8]> {
    let ws = |c: &u8| WHITESPACE.contains(c);
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0, b.len());
    let mut n = 0;
    loop {
        if right {
            while hi > lo && ws(&b[hi - 1]) {
                hi -= 1;
            }
        } else {
            while lo < hi && ws(&b[lo]) {
                lo += 1;
            }
        }
        if lo == hi {
            break;
        }
        if n == max {
            out.push(&b[lo..hi]);
            break;
        }
        if right {
            let mut i = hi;
            while i > lo && !ws(&b[i - 1]) {
                i -= 1;
            }
            out.push(&b[i..hi]);
            hi = i;
        } else {
            let mut i = lo;
            while i < hi && !ws(&b[i]) {
                i += 1;
            }
            out.push(&b[lo..i]);
            lo = i;
        }
        n += 1;
    }
    out
}

fn splitlines(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let keep = match args.first().copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => crate::ops::truthy(ctx, v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut lo = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        out.push(new_like(ctx, recv, b[lo..end].to_vec()));
        i += eol;
        lo = i;
    }
    if lo < b.len() {
        out.push(new_like(ctx, recv, b[lo..].to_vec()));
    }
    Ok(ctx.new_list(out))
}

fn partition(ctx: &mut Ctx, recv: Option<Value>, args: Args, right: bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(
        ctx,
        if right { "rpartition" } else { "partition" },
        args,
        1,
        1,
    )?;
    let sep = bytes_arg(ctx, args[0])?;
    if sep.is_empty() {
        return Err(ctx.value_error("empty separator"));
    }
    let at = if right {
        rfind_in(&b, &sep, 0, b.len())
    } else {
        find(&b, &sep, 0)
    };
    let (x, y, z) = match at {
        Some(i) => (&b[..i], &sep[..], &b[i + sep.len()..]),
        None if right => (&b[..0], &b[..0], &b[..]),
        None => (&b[..], &b[..0], &b[..0]),
    };
    let parts = [x, y, z].map(|p| new_like(ctx, recv, p.to_vec()));
    Ok(ctx.new_tuple(parts.to_vec()))
}

fn join(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let sep = this(ctx, recv)?;
    arity(ctx, "join", args, 1, 1)?;
    let mut out = Vec::new();
    for (i, v) in crate::iter::collect(ctx, args[0])?.into_iter().enumerate() {
        let Some(p) = bytes_like(ctx, v)? else {
            return Err(ctx.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                class_name(rt().type_of(v))
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&p);
    }
    Ok(new_like(ctx, recv, out))
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
        None | Some(Value::None) => WHITESPACE.to_vec(),
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
    Ok(new_like(ctx, recv, b[s..e].to_vec()))
}

fn remove_affix(ctx: &mut Ctx, recv: Option<Value>, args: Args, prefix: bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(
        ctx,
        if prefix {
            "removeprefix"
        } else {
            "removesuffix"
        },
        args,
        1,
        1,
    )?;
    let p = bytes_arg(ctx, args[0])?;
    let r = match prefix {
        true => b.strip_prefix(&*p),
        false => b.strip_suffix(&*p),
    };
    Ok(new_like(ctx, recv, r.unwrap_or(&b).to_vec()))
}

fn replace(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, "replace", args, 2, 3)?;
    let old = bytes_arg(ctx, args[0])?;
    let new = bytes_arg(ctx, args[1])?;
    let mut limit = match args.get(2) {
        Some(v) => crate::ops::as_i64(*v).ok_or_else(|| {
            ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(rt().type_of(*v))
            ))
        })?,
        None => -1,
    };
    let mut out = Vec::new();
    if old.is_empty() {
        for c in b.iter() {
            if limit != 0 {
                out.extend_from_slice(&new);
                limit -= 1;
            }
            out.push(*c);
        }
        if limit != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(ctx, recv, out));
    }
    let mut at = 0;
    while limit != 0 {
        let Some(i) = find(&b, &old, at) else { break };
        out.extend_from_slice(&b[at..i]);
        out.extend_from_slice(&new);
        at = i + old.len();
        limit -= 1;
    }
    out.extend_from_slice(&b[at..]);
    Ok(new_like(ctx, recv, out))
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|c| match c {
            b'a'..=b'z' => c.to_ascii_uppercase(),
            b'A'..=b'Z' => c.to_ascii_lowercase(),
            _ => *c,
        })
        .collect()
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(c) = out.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    out
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn map(ctx: &mut Ctx, recv: Option<Value>, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    let r = f(&b);
    Ok(new_like(ctx, recv, r))
}

/// Whether `b` has a cased byte and all its cased bytes satisfy `f`.
fn cased(b: &[u8], f: fn(&u8) -> bool) -> bool {
    b.iter().any(u8::is_ascii_alphabetic) && b.iter().filter(|c| c.is_ascii_alphabetic()).all(f)
}

fn test(ctx: &mut Ctx, recv: Option<Value>, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    Ok(Value::Bool(!b.is_empty() && f(&b)))
}

fn width_arg(ctx: &Ctx, name: &str, args: Args) -> PyResult<usize> {
    let w = args.first().copied().unwrap_or(Value::None);
    crate::ops::as_i64(w)
        .map(|n| n.max(0) as usize)
        .ok_or_else(|| {
            ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(rt().type_of(w))
            ))
        })
        .and_then(|n| {
            if n > isize::MAX as usize / 2 {
                Err(ctx.overflow_error(format!("{name}() width too large")))
            } else {
                Ok(n)
            }
        })
}

fn justify(ctx: &mut Ctx, recv: Option<Value>, args: Args, name: &str) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, name, args, 1, 2)?;
    let width = width_arg(ctx, name, args)?;
    let fill = match args.get(1) {
        None => b' ',
        Some(v) => match bytes_like(ctx, *v)? {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(ctx.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    class_name(rt().type_of(*v))
                )))
            }
        },
    };
    let pad = width.saturating_sub(b.len());
    let left = match name {
        "ljust" => 0,
        "rjust" => pad,
        // CPython centres with the odd byte on the left when both pad and width are odd.
        _ => pad / 2 + (pad & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(b.len() + pad, fill);
    Ok(new_like(ctx, recv, out))
}

fn zfill(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let b = this(ctx, recv)?;
    arity(ctx, "zfill", args, 1, 1)?;
    let width = width_arg(ctx, "zfill", args)?;
    let pad = width.saturating_sub(b.len());
    let sign = matches!(b.first(), Some(b'+' | b'-')) as usize;
    let mut out = b[..sign].to_vec();
    out.resize(sign + pad, b'0');
    out.extend_from_slice(&b[sign..]);
    Ok(new_like(ctx, recv, out))
}
