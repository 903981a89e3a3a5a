//! Methods of `str`.

use super::{arity, def_methods, no_kwargs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.str,
        &[
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("upper", upper),
            ("lower", lower),
            ("capitalize", capitalize),
            ("title", title),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("count", count),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("zfill", zfill),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("splitlines", splitlines),
            ("partition", partition),
            ("rindex", rindex),
            ("format", format),
            ("format_map", format_map),
        ],
    );
}

fn s(recv: Option<Value>) -> &'static str {
    recv.and_then(|v| v.as_str()).unwrap_or("")
}

fn arg_str(ctx: &Ctx, v: Value, what: &str) -> PyResult<&'static str> {
    v.as_str().ok_or_else(|| {
        ctx.type_error(format!(
            "{what} must be str, not {}",
            class_name(rt().type_of(v))
        ))
    })
}

fn join(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "join", args, 1, 1)?;
    let items = crate::iter::collect(ctx, args[0])?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(t) => parts.push(t),
            None => {
                return Err(ctx.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    class_name(rt().type_of(*it))
                )))
            }
        }
    }
    Ok(ctx.new_str(parts.join(s(r))))
}

fn split_impl(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
    right: bool,
) -> PyResult<Value> {
    let text = s(r);
    let sep = args
        .first()
        .copied()
        .or(super::kwarg(kwargs, "sep"))
        .filter(|v| !matches!(v, Value::None));
    let maxsplit = args
        .get(1)
        .copied()
        .or(super::kwarg(kwargs, "maxsplit"))
        .and_then(crate::ops::as_i64)
        .unwrap_or(-1);
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = text.split_whitespace().collect();
            if maxsplit < 0 || words.len() as i64 <= maxsplit {
                words.into_iter().map(str::to_string).collect()
            } else if !right {
                let mut out = Vec::new();
                let mut rest = text.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest = text.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sepv) => {
            let sep = arg_str(ctx, sepv, "sep")?;
            if sep.is_empty() {
                return Err(ctx.value_error("empty separator"));
            }
            if maxsplit < 0 {
                text.split(sep).map(str::to_string).collect()
            } else if right {
                let mut v: Vec<String> = text
                    .rsplitn(maxsplit as usize + 1, sep)
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            } else {
                text.splitn(maxsplit as usize + 1, sep)
                    .map(str::to_string)
                    .collect()
            }
        }
    };
    let vals = parts.into_iter().map(|p| ctx.new_str(p)).collect();
    Ok(ctx.new_list(vals))
}

fn split(ctx: &mut Ctx, r: Option<Value>, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(ctx, r, args, kw, false)
}
fn rsplit(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    split_impl(ctx, r, args, kw, true)
}

fn strip_impl(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let text = s(r);
    let chars: Option<Vec<char>> = match args.first() {
        Some(Value::None) | None => None,
        Some(v) => Some(arg_str(ctx, *v, "strip arg")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(ctx.new_str(t.to_string()))
}

fn strip(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(ctx, r, a, true, true)
}
fn lstrip(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(ctx, r, a, true, false)
}
fn rstrip(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(ctx, r, a, false, true)
}
fn upper(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(ctx.new_str(s(r).to_uppercase()))
}
fn lower(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(ctx.new_str(s(r).to_lowercase()))
}
fn capitalize(
    ctx: &mut Ctx,
    r: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let mut cs = s(r).chars();
    let out = match cs.next() {
        Some(c) => c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(ctx.new_str(out))
}
fn title(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s(r).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(ctx.new_str(out))
}
fn replace(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "replace", args, 2, 3)?;
    let old = arg_str(ctx, args[0], "replace() argument 1")?;
    let new = arg_str(ctx, args[1], "replace() argument 2")?;
    let count = args
        .get(2)
        .and_then(|v| crate::ops::as_i64(*v))
        .unwrap_or(-1);
    let out = if count < 0 {
        s(r).replace(old, new)
    } else {
        s(r).replacen(old, new, count as usize)
    };
    Ok(ctx.new_str(out))
}

fn affix(ctx: &mut Ctx, r: Option<Value>, args: &[Value], start: bool) -> PyResult<Value> {
    arity(
        ctx,
        if start { "startswith" } else { "endswith" },
        args,
        1,
        3,
    )?;
    let Some((_, text)) = window(s(r), &args[1..]) else {
        return Ok(Value::Bool(false));
    };
    let options: Vec<Value> = match args[0].obj().map(|o| &o.0.kind) {
        Some(crate::object::Kind::Tuple(t)) => t.to_vec(),
        _ => vec![args[0]],
    };
    for o in options {
        let p = arg_str(ctx, o, "startswith first arg")?;
        if (start && text.starts_with(p)) || (!start && text.ends_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
fn startswith(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    affix(ctx, r, a, true)
}
fn endswith(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    affix(ctx, r, a, false)
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn find_impl(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    right: bool,
) -> PyResult<Option<i64>> {
    arity(ctx, "find", args, 1, 3)?;
    let sub = arg_str(ctx, args[0], "must be str")?;
    let Some((start, window)) = window(s(r), &args[1..]) else {
        return Ok(None);
    };
    let found = if right {
        window.rfind(sub)
    } else {
        window.find(sub)
    };
    Ok(found.map(|b| start + char_index(window, b)))
}
/// The part of `text` between the optional `start` and `end` arguments (char indices, clamped
/// as slices are), with its start; `None` when start is past the end of `text` or past `end`,
/// as CPython's `find`, `count` and `startswith` see it.
fn window<'t>(text: &'t str, bounds: &[Value]) -> Option<(i64, &'t str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> i64 {
        match v.and_then(|v| crate::ops::as_i64(*v)) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i,
            None => default,
        }
    };
    let (start, end) = (bound(bounds.first(), 0), bound(bounds.get(1), n).min(n));
    if start > n || start > end {
        return None;
    }
    let byte = |ci: i64| chars.get(ci as usize).map_or(text.len(), |c| c.0);
    Some((start, &text[byte(start)..byte(end)]))
}
fn find(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(ctx, r, a, false)?.unwrap_or(-1)))
}
fn rfind(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(ctx, r, a, true)?.unwrap_or(-1)))
}
fn index(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(ctx, r, a, false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(ctx.value_error("substring not found")),
    }
}
fn rindex(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(ctx, r, a, true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(ctx.value_error("substring not found")),
    }
}
fn count(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "count", args, 1, 3)?;
    let sub = arg_str(ctx, args[0], "must be str")?;
    let Some((_, text)) = window(s(r), &args[1..]) else {
        return Ok(Value::Int(0));
    };
    let n = if sub.is_empty() {
        text.chars().count() + 1
    } else {
        text.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn all_chars(r: Option<Value>, f: impl Fn(char) -> bool) -> Value {
    let t = s(r);
    Value::Bool(!t.is_empty() && t.chars().all(f))
}
fn isdigit(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(all_chars(r, |c| c.is_ascii_digit()))
}
fn isalpha(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(all_chars(r, char::is_alphabetic))
}
fn isalnum(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(all_chars(r, char::is_alphanumeric))
}
fn isspace(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(all_chars(r, char::is_whitespace))
}
fn isupper(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let t = s(r);
    Ok(Value::Bool(
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
    ))
}
fn islower(_: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let t = s(r);
    Ok(Value::Bool(
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
    ))
}

fn padding(ctx: &Ctx, args: &[Value]) -> PyResult<(usize, char)> {
    let w = args
        .first()
        .and_then(|v| crate::ops::as_i64(*v))
        .ok_or_else(|| ctx.type_error("width must be an integer"))?;
    let fill = match args.get(1) {
        Some(v) => {
            let mut chars = v.as_str().unwrap_or("").chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        ctx.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    Ok((w.max(0) as usize, fill))
}
fn zfill(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let (w, _) = padding(ctx, a)?;
    let t = s(r);
    let n = t.chars().count();
    if n >= w {
        return Ok(ctx.new_str(t.to_string()));
    }
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), t),
    };
    Ok(ctx.new_str(format!("{sign}{}{rest}", "0".repeat(w - n))))
}
fn justify(ctx: &mut Ctx, r: Option<Value>, a: &[Value], mode: char) -> PyResult<Value> {
    let (w, fill) = padding(ctx, a)?;
    let t = s(r);
    let n = t.chars().count();
    if n >= w {
        return Ok(ctx.new_str(t.to_string()));
    }
    let total = w - n;
    let f = |k: usize| fill.to_string().repeat(k);
    let out = match mode {
        '<' => format!("{t}{}", f(total)),
        '>' => format!("{}{t}", f(total)),
        _ => {
            let left = total / 2 + (total & w & 1);
            format!("{}{t}{}", f(left), f(total - left))
        }
    };
    Ok(ctx.new_str(out))
}
fn center(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    justify(ctx, r, a, '^')
}
fn ljust(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    justify(ctx, r, a, '<')
}
fn rjust(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    justify(ctx, r, a, '>')
}
/// `str.splitlines(keepends=False)`: splits at `\n`, `\r`, `\r\n` and the other Unicode
/// line boundaries CPython recognises.
fn splitlines(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "splitlines", a, 0, 1)?;
    let keep = match a.first().copied().or(super::kwarg(kw, "keepends")) {
        Some(v) => crate::ops::truthy(ctx, v)?,
        None => false,
    };
    let text = s(r);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        parts.push(&text[start..if keep { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    let parts: Vec<Value> = parts
        .into_iter()
        .map(|p| ctx.new_str(p.to_string()))
        .collect();
    Ok(ctx.new_list(parts))
}
fn partition(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "partition", args, 1, 1)?;
    let sep = arg_str(ctx, args[0], "sep")?;
    let t = s(r);
    let (a, b, c) = match t.find(sep) {
        Some(i) => (&t[..i], sep, &t[i + sep.len()..]),
        None => (t, "", ""),
    };
    let v = vec![
        ctx.new_str(a.into()),
        ctx.new_str(b.into()),
        ctx.new_str(c.into()),
    ];
    Ok(ctx.new_tuple(v))
}

/// `str.format(*args, **kwargs)`.
fn format(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let out = crate::str_format::format(ctx, s(r), args, kwargs)?;
    Ok(ctx.new_str(out))
}

fn format_map(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    no_kwargs(ctx, "str.format_map", kwargs)?;
    arity(ctx, "str.format_map", args, 1, 1)?;
    let out = crate::str_format::format_map(ctx, s(r), args[0])?;
    Ok(ctx.new_str(out))
}
