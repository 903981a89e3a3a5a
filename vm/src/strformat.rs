//! Glue between values and the pure formatting library: f-string fields (`format()`), and
//! printf-style `%` formatting of strs and of bytes (a bytes template is handled as Latin-1
//! text, one char per byte, and encoded back).

use crate::ctx::Ctx;
use crate::error::{PyResult, Raise};
use crate::format::{self, Count, FmtValue, FormatError, PercentArg, PercentPiece};
use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::value::Value;

fn fmt_error(ctx: &Ctx, e: FormatError) -> Raise {
    match e.kind() {
        "TypeError" => ctx.type_error(e.message()),
        "OverflowError" => ctx.overflow_error(e.message()),
        _ => ctx.value_error(e.message()),
    }
}

/// `format(v, spec)`.
pub fn format_value(ctx: &mut Ctx, v: Value, spec: &str) -> PyResult<String> {
    let big;
    let fv = match v {
        Value::Bool(b) if !spec.is_empty() => FmtValue::Bool(b),
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(i.to_string());
            }
            big = num_bigint::BigInt::from(i);
            FmtValue::Int(&big)
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(format::float_repr(f));
            }
            FmtValue::Float(f)
        }
        Value::Obj(o) => match &o.0.kind {
            Kind::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.s.to_string());
                }
                FmtValue::Str(&s.s)
            }
            Kind::BigInt(b) => FmtValue::Int(b),
            Kind::Instance(_) => {
                let spec_v = ctx.new_str(spec.to_string());
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__format__", &[spec_v])? {
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(ctx.type_error(format!(
                            "__format__ must return a str, not {}",
                            class_name(rt().type_of(r))
                        ))),
                    };
                }
                if let Some(n) = crate::native_base::native_of(v) {
                    if !spec.is_empty() {
                        return format_value(ctx, n, spec);
                    }
                }
                if spec.is_empty() {
                    return crate::repr::str_of(ctx, v);
                }
                return Err(ctx.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    class_name(rt().type_of(v))
                )));
            }
            _ => {
                if spec.is_empty() {
                    return crate::repr::str_of(ctx, v);
                }
                return Err(ctx.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    class_name(rt().type_of(v))
                )));
            }
        },
        _ => {
            if spec.is_empty() {
                return crate::repr::str_of(ctx, v);
            }
            return Err(ctx.type_error(format!(
                "unsupported format string passed to {}.__format__",
                class_name(rt().type_of(v))
            )));
        }
    };
    format::format_spec(fv, spec).map_err(|e| fmt_error(ctx, e))
}

/// `fmt % args` for a str template.
pub fn percent(ctx: &mut Ctx, fmt: &str, args: Value) -> PyResult<Value> {
    let s = percent_text(ctx, fmt, args, false)?;
    Ok(ctx.new_str(s))
}

/// `fmt % args` for a bytes-like template: the result has the type of `like`.
pub fn percent_bytes(ctx: &mut Ctx, fmt: &[u8], args: Value, like: Value) -> PyResult<Value> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let s = percent_text(ctx, &text, args, true)?;
    // Every char is below U+0100: template bytes, inserted bytes, ASCII reprs and numbers.
    let out = s.chars().map(|c| c as u32 as u8).collect();
    Ok(ctx.new_bytes_like(like, out))
}

/// Bytes as Latin-1 text (one char per byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The text `%s`/`%b` inserts into a bytes template: a bytes-like object's bytes (CPython's
/// error names `%b` for both).
fn bytes_field(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    match crate::bytes::bytes_like(ctx, v)? {
        Some(b) => Ok(latin1(&b)),
        None => Err(ctx.type_error(format!(
            "%b requires a bytes-like object, or an object that implements \
             __bytes__, not '{}'",
            class_name(rt().type_of(v))
        ))),
    }
}

/// The byte `%c` inserts into a bytes template.
fn bytes_char(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    if let Some(b) = crate::bytes::bytes_like(ctx, v)?.filter(|b| b.len() == 1) {
        return Ok(latin1(&b));
    }
    match crate::ops::as_big(v) {
        Some(n) => match u8::try_from(&n) {
            Ok(c) => Ok(latin1(&[c])),
            Err(_) => Err(ctx.overflow_error("%c arg not in range(256)")),
        },
        None => Err(ctx.type_error("%c requires an integer in range(256) or a single byte")),
    }
}

fn percent_text(ctx: &mut Ctx, fmt: &str, args: Value, bytes: bool) -> PyResult<String> {
    let pieces = if bytes {
        format::parse_percent_bytes(fmt)
    } else {
        format::parse_percent(fmt)
    }
    .map_err(|e| fmt_error(ctx, e))?;
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Obj(o) => match &o.kind {
            Kind::Tuple(t) => (t.to_vec(), None),
            Kind::Dict(_) => (vec![args], Some(args)),
            _ => (vec![args], None),
        },
        _ => (vec![args], None),
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut take = |ctx: &mut Ctx| -> PyResult<Value> {
        let v = items.get(next).copied();
        next += 1;
        v.ok_or_else(|| ctx.type_error("not enough arguments for format string"))
    };
    for piece in pieces {
        match piece {
            PercentPiece::Literal(l) => out.push_str(&l),
            PercentPiece::Spec(mut spec) => {
                let width = match spec.width {
                    Some(Count::FromArgs) => {
                        // A negative `*` width left-justifies, as in C.
                        crate::ops::as_i64(take(ctx)?).map(|w| {
                            if w < 0 {
                                spec.flags.left = true;
                            }
                            w.unsigned_abs() as usize
                        })
                    }
                    Some(Count::Fixed(w)) => Some(w),
                    None => None,
                };
                let precision = match spec.precision {
                    Some(Count::FromArgs) => {
                        crate::ops::as_i64(take(ctx)?).map(|w| w.max(0) as usize)
                    }
                    Some(Count::Fixed(w)) => Some(w),
                    None => None,
                };
                if spec.conversion == '%' {
                    out.push('%');
                    continue;
                }
                let v = match (&spec.mapping_key, mapping) {
                    (Some(k), Some(m)) => {
                        let key = if bytes {
                            ctx.new_bytes(k.chars().map(|c| c as u32 as u8).collect())
                        } else {
                            ctx.new_str(k.clone())
                        };
                        crate::seqops::getitem(ctx, m, key)?
                    }
                    (Some(_), None) => return Err(ctx.type_error("format requires a mapping")),
                    _ => take(ctx)?,
                };
                let text;
                let big;
                let arg = match spec.conversion {
                    's' | 'b' if bytes => {
                        text = bytes_field(ctx, v)?;
                        spec.conversion = 's';
                        PercentArg::Str(&text)
                    }
                    'r' | 'a' if bytes => {
                        text = crate::repr::ascii(ctx, v)?;
                        PercentArg::Str(&text)
                    }
                    'c' if bytes => {
                        text = bytes_char(ctx, v)?;
                        spec.conversion = 's';
                        PercentArg::Str(&text)
                    }
                    's' => {
                        text = crate::repr::str_of(ctx, v)?;
                        PercentArg::Str(&text)
                    }
                    'r' | 'a' => {
                        text = crate::repr::repr(ctx, v)?;
                        PercentArg::Str(&text)
                    }
                    'c' => match v.as_str() {
                        Some(s) => {
                            text = s.to_string();
                            PercentArg::Str(&text)
                        }
                        None => {
                            big = crate::ops::as_big(v)
                                .ok_or_else(|| ctx.type_error("%c requires int or char"))?;
                            PercentArg::Int(&big)
                        }
                    },
                    _ => match v {
                        Value::Float(f) => PercentArg::Float(f),
                        _ => match crate::ops::as_big(v) {
                            Some(b) => {
                                big = b;
                                PercentArg::Int(&big)
                            }
                            None => {
                                let what =
                                    if matches!(spec.conversion, 'd' | 'i' | 'u' | 'x' | 'X' | 'o')
                                    {
                                        "a real number is required, not"
                                    } else {
                                        "must be real number, not"
                                    };
                                return Err(ctx.type_error(format!(
                                    "%{} format: {} {}",
                                    spec.conversion,
                                    what,
                                    class_name(rt().type_of(v))
                                )));
                            }
                        },
                    },
                };
                let s = format::format_percent_spec(&spec, width, precision, arg)
                    .map_err(|e| fmt_error(ctx, e))?;
                out.push_str(&s);
            }
        }
    }
    if mapping.is_none() && next < items.len() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(ctx.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}
