//! The less common methods of `str`: case and character-class tests and conversions,
//! prefix/suffix removal, `rpartition`, `expandtabs`, `maketrans`/`translate`.

use super::{arity, def_methods};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.str,
        &[
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("isascii", isascii),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("istitle", istitle),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("rpartition", rpartition),
            ("expandtabs", expandtabs),
            ("translate", translate),
        ],
    );
    super::def_staticmethod(rt.types.str, "maketrans", maketrans);
}

fn s(recv: Option<Value>) -> &'static str {
    recv.and_then(|v| v.as_str()).unwrap_or("")
}

fn arg_str(ctx: &Ctx, v: Value) -> PyResult<&'static str> {
    v.as_str()
        .ok_or_else(|| ctx.type_error(format!("must be str, not {}", class_name(rt().type_of(v)))))
}

fn text(ctx: &Ctx, t: String) -> Value {
    ctx.new_str(t)
}

fn swapcase(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "swapcase", a, 0, 0)?;
    let chars: Vec<char> = s(r).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == 'Σ' {
            // Final sigma: after a cased letter and not before one (CPython's rule).
            let before = chars[..i]
                .iter()
                .rev()
                .find(|c| !c.is_alphabetic() || c.is_uppercase() || c.is_lowercase());
            let after = chars[i + 1..]
                .iter()
                .find(|c| !c.is_alphabetic() || c.is_uppercase() || c.is_lowercase());
            let cased = |c: Option<&char>| c.is_some_and(|c| c.is_uppercase() || c.is_lowercase());
            out.push(if cased(before) && !cased(after) {
                'ς'
            } else {
                'σ'
            });
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(text(ctx, out))
}

fn casefold(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "casefold", a, 0, 0)?;
    let out: String = s(r)
        .chars()
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .replace('ß', "ss");
    Ok(text(ctx, out))
}

fn test(r: Option<Value>, empty: bool, f: impl Fn(char) -> bool) -> Value {
    let t = s(r);
    Value::Bool(if t.is_empty() {
        empty
    } else {
        t.chars().all(f)
    })
}

fn isascii(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "isascii", a, 0, 0)?;
    Ok(test(r, true, |c| c.is_ascii()))
}

fn isdecimal(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "isdecimal", a, 0, 0)?;
    Ok(test(r, false, |c| c.is_ascii_digit()))
}

fn isnumeric(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "isnumeric", a, 0, 0)?;
    Ok(test(r, false, char::is_numeric))
}

fn isprintable(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "isprintable", a, 0, 0)?;
    Ok(test(r, true, |c| !c.is_control()))
}

fn isidentifier(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "isidentifier", a, 0, 0)?;
    let t = s(r);
    let mut chars = t.chars();
    let ok = match chars.next() {
        Some(c) => {
            (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn istitle(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "istitle", a, 0, 0)?;
    let (mut prev_cased, mut any) = (false, false);
    for c in s(r).chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn removeprefix(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "removeprefix", a, 1, 1)?;
    let p = arg_str(ctx, a[0])?;
    let t = s(r);
    Ok(text(ctx, t.strip_prefix(p).unwrap_or(t).to_string()))
}

fn removesuffix(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "removesuffix", a, 1, 1)?;
    let p = arg_str(ctx, a[0])?;
    let t = s(r);
    Ok(text(ctx, t.strip_suffix(p).unwrap_or(t).to_string()))
}

fn rpartition(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "rpartition", a, 1, 1)?;
    let sep = arg_str(ctx, a[0])?;
    if sep.is_empty() {
        return Err(ctx.value_error("empty separator"));
    }
    let t = s(r);
    let (x, y, z) = match t.rfind(sep) {
        Some(i) => (&t[..i], sep, &t[i + sep.len()..]),
        None => ("", "", t),
    };
    let parts = [x, y, z].map(|p| ctx.new_str(p.to_string()));
    Ok(ctx.new_tuple(parts.to_vec()))
}

fn expandtabs(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "expandtabs", a, 0, 1)?;
    let size = a
        .first()
        .copied()
        .or(super::kwarg(kw, "tabsize"))
        .and_then(crate::ops::as_i64)
        .unwrap_or(8);
    let mut out = String::new();
    let mut col = 0i64;
    for c in s(r).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(text(ctx, out))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn maketrans(ctx: &mut Ctx, _: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "maketrans", a, 1, 3)?;
    let mut d = crate::dict::DictData::default();
    let ord = |c: char| Value::Int(c as i64);
    if a.len() == 1 {
        let Some(src) = a[0].obj().filter(|o| matches!(o.kind, Kind::Dict(_))) else {
            return Err(
                ctx.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in ctx.dict_items(src)?.iter() {
            let key = match k.0.as_str() {
                Some(t) if t.chars().count() == 1 => ord(t.chars().next().unwrap_or('\0')),
                Some(_) => {
                    return Err(
                        ctx.value_error("string keys in translate table must be of length 1")
                    )
                }
                None => k.0,
            };
            d.insert(crate::dict::HKey(key), *v);
        }
        return Ok(ctx.new_dict(d));
    }
    let (x, y) = (arg_str(ctx, a[0])?, arg_str(ctx, a[1])?);
    if x.chars().count() != y.chars().count() {
        return Err(ctx.value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in x.chars().zip(y.chars()) {
        d.insert(crate::dict::HKey(ord(p)), ord(q));
    }
    if let Some(z) = a.get(2) {
        for c in arg_str(ctx, *z)?.chars() {
            d.insert(crate::dict::HKey(ord(c)), Value::None);
        }
    }
    Ok(ctx.new_dict(d))
}

/// `str.translate(table)`: maps each code point through `table[ord(c)]`.
fn translate(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "translate", a, 1, 1)?;
    let mut out = String::new();
    for c in s(r).chars() {
        let key = Value::Int(c as i64);
        match crate::seqops::getitem(ctx, a[0], key) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(ctx.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match v.as_str() {
                Some(t) => out.push_str(t),
                None => {
                    return Err(ctx.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(crate::error::Raise::Exc(e))
                if crate::exceptions::exc_matches(e.value, rt().types.lookup_error) =>
            {
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(text(ctx, out))
}
