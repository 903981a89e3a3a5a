//! `repr()` and `str()` of values, as CPython prints them.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::value::Value;

/// CPython's repr of a str: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..0xa0).contains(&n)
        || n == 0xad
        || (0xd800..0xe000).contains(&n)
        || n == 0x2028
        || n == 0x2029
}

/// `repr(v)`.
pub fn repr(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    let Some(o) = v.obj().filter(|o| is_container(&o.kind)) else {
        return repr_value(ctx, v);
    };
    if ctx.repr_active.contains(&o) {
        return Ok(match o.kind {
            Kind::List(_) => "[...]",
            Kind::Dict(_) => "{...}",
            _ => "...",
        }
        .to_string());
    }
    ctx.repr_active.push(o);
    let r = crate::interp::recursion::nested(ctx, " while getting the repr of an object", |ctx| {
        repr_value(ctx, v)
    });
    ctx.repr_active.pop();
    r
}

/// Kinds whose repr shows other values' reprs.
fn is_container(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::List(_) | Kind::Dict(_) | Kind::Tuple(_) | Kind::Set(_) | Kind::FrozenSet(_)
    )
}

/// `repr(v)` without the recursion guard.
fn repr_value(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::format::float_repr(f),
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => str_repr(&s.s),
            Kind::Bytes(b) => crate::bytes::repr(b),
            Kind::ByteArray(_) => {
                let b = ctx.contents::<Vec<u8>>(o)?;
                crate::bytes::bytearray_repr(&b)
            }
            Kind::BigInt(b) => b.to_string(),
            Kind::Tuple(t) => {
                let parts = t
                    .iter()
                    .map(|x| repr(ctx, *x))
                    .collect::<PyResult<Vec<_>>>()?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Kind::List(_) => {
                let items = ctx.list_items(o)?;
                let parts = items
                    .iter()
                    .map(|x| repr(ctx, *x))
                    .collect::<PyResult<Vec<_>>>()?;
                format!("[{}]", parts.join(", "))
            }
            Kind::Dict(_) => {
                let items = ctx.dict_items(o)?;
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in items.iter() {
                    parts.push(format!("{}: {}", repr(ctx, k.0)?, repr(ctx, *val)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Kind::Set(_) | Kind::FrozenSet(_) => crate::setops::repr(ctx, o)?,
            Kind::DictView(d, w) => crate::dictview::repr(ctx, *d, *w)?,
            Kind::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Kind::Slice { start, stop, step } => {
                format!(
                    "slice({}, {}, {})",
                    repr(ctx, *start)?,
                    repr(ctx, *stop)?,
                    repr(ctx, *step)?
                )
            }
            Kind::Class(c) => {
                // A metaclass's __repr__ (`<enum 'Color'>`) is called by call_dunder.
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__repr__", &[])? {
                    return str_of(ctx, r);
                }
                match c.module.map(|m| m.as_str()) {
                    Some("builtins") | None => format!("<class '{}'>", c.name.as_str()),
                    Some(m) => format!("<class '{}.{}'>", m, c.name.as_str()),
                }
            }
            Kind::Function(_) => format!(
                "<function {} at {:#x}>",
                crate::attr::function_qualname(ctx, o)?,
                o.addr()
            ),
            Kind::Builtin(b) => match b.receiver {
                Some(r) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    class_name(rt().type_of(r)),
                    r.obj().map_or(0, |x| x.addr())
                ),
                None => format!("<built-in function {}>", b.name),
            },
            Kind::BoundMethod { func, receiver } => {
                if let Some(r) = crate::unbound::repr(*func, *receiver) {
                    return Ok(r);
                }
                let fname = match func.obj() {
                    Some(f) if matches!(f.kind, Kind::Function(_)) => {
                        crate::attr::function_qualname(ctx, f)?
                    }
                    _ => "?".to_string(),
                };
                format!("<bound method {} of {}>", fname, repr(ctx, *receiver)?)
            }
            Kind::Module(m) => format!("<module '{}'>", m.name.as_str()),
            Kind::Descriptor(d) => match &**d {
                crate::descriptors::Descriptor::Property { .. } => {
                    format!("<property object at {:#x}>", o.addr())
                }
                crate::descriptors::Descriptor::StaticMethod(f) => {
                    format!("<staticmethod({})>", repr(ctx, *f)?)
                }
                crate::descriptors::Descriptor::ClassMethod(f) => {
                    format!("<classmethod({})>", repr(ctx, *f)?)
                }
                crate::descriptors::Descriptor::Member { name, owner } => {
                    format!(
                        "<member '{}' of '{}' objects>",
                        name.as_str(),
                        owner.as_str()
                    )
                }
            },
            Kind::Generator(g) => {
                let kind = match g.kind {
                    crate::object::GenKind::Generator => "generator",
                    crate::object::GenKind::Coroutine => "coroutine",
                    crate::object::GenKind::AsyncGenerator => "async_generator",
                };
                format!(
                    "<{} object {} at {:#x}>",
                    kind,
                    g.qualname.as_str(),
                    o.addr()
                )
            }
            Kind::Instance(_) if o == crate::builtins::ellipsis() => "Ellipsis".into(),
            Kind::Instance(i) => {
                if crate::ops::is_not_implemented(v) {
                    return Ok("NotImplemented".to_string());
                }
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__repr__", &[])? {
                    return str_of(ctx, r);
                }
                if let Some(n) = i.native.as_deref() {
                    return repr(ctx, *n);
                }
                if crate::rt::is_subclass(i.class, rt().types.base_exception) {
                    let args = crate::exceptions::exc_args(ctx, o)?;
                    let name = class_name(i.class);
                    let inner = if args.len() == 1 {
                        repr(ctx, args[0])?
                    } else {
                        let t = ctx.new_tuple(args);
                        let r = repr(ctx, t)?;
                        r[1..r.len() - 1].trim_end_matches(',').to_string()
                    };
                    return Ok(format!("{name}({inner})"));
                }
                let module = match &i.class.kind {
                    Kind::Class(c) => c.module.map(|m| m.as_str()).unwrap_or("__main__"),
                    _ => "__main__",
                };
                format!(
                    "<{}.{} object at {:#x}>",
                    module,
                    class_name(i.class),
                    o.addr()
                )
            }
            Kind::Code(c) => format!("<code object {} at {:#x}>", c.name.as_str(), o.addr()),
            Kind::Cell(_) => format!("<cell at {:#x}>", o.addr()),
            Kind::Iter(_) => format!("<iterator object at {:#x}>", o.addr()),
            Kind::Random(_) => format!("<random.Random object at {:#x}>", o.addr()),
        },
    })
}

/// `ascii(v)`: the repr with non-ASCII characters escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    let r = repr(ctx, v)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    Ok(out)
}

/// `str(v)`.
pub fn str_of(ctx: &mut Ctx, v: Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => Ok(s.s.to_string()),
            Kind::Instance(i) => {
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__str__", &[])? {
                    return str_of(ctx, r);
                }
                if crate::attr::call_dunder(ctx, v, "__repr__", &[])?.is_none() {
                    if let Some(n) = i.native.as_deref() {
                        return str_of(ctx, *n);
                    }
                }
                if crate::rt::is_subclass(i.class, rt().types.base_exception) {
                    return crate::exceptions::exc_str(ctx, o);
                }
                repr(ctx, v)
            }
            _ => repr(ctx, v),
        },
        _ => repr(ctx, v),
    }
}
