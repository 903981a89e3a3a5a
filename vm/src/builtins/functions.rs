//! Built-in functions beyond the core: iteration helpers, numeric helpers, conversions.

use super::{arity, def, kwarg};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, IterSource, Kind};
use crate::rt::{class_name, rt, Runtime};
use crate::value::{Name, Value};

pub(super) fn install(_rt: &Runtime, m: &mut AttrMap) {
    def(m, "enumerate", enumerate);
    def(m, "zip", zip);
    def(m, "sum", sum);
    def(m, "min", min);
    def(m, "max", max);
    def(m, "sorted", sorted);
    def(m, "reversed", reversed);
    def(m, "map", map);
    def(m, "filter", filter);
    def(m, "any", any);
    def(m, "all", all);
    def(m, "abs", abs);
    def(m, "round", round);
    def(m, "divmod", divmod);
    def(m, "pow", pow);
    def(m, "chr", chr);
    def(m, "ord", ord);
    def(m, "hex", |c, _, a, _| radix(c, a, 16, "0x"));
    def(m, "oct", |c, _, a, _| radix(c, a, 8, "0o"));
    def(m, "bin", |c, _, a, _| radix(c, a, 2, "0b"));
    def(m, "hash", hash);
    def(m, "delattr", delattr);
    def(m, "id", id);
    def(m, "callable", callable);
    def(m, "format", format);
    def(m, "ascii", |ctx, _, args, _| {
        arity(ctx, "ascii", args, 1, 1)?;
        let s = crate::repr::ascii(ctx, args[0])?;
        Ok(ctx.new_str(s))
    });
}

fn values_iter(ctx: &Ctx, items: Vec<Value>) -> Value {
    crate::iter::new_iter(ctx, IterSource::Values(items.into()))
}

fn enumerate(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "enumerate", args, 1, 2)?;
    let start = match args.get(1).copied().or(kwarg(kw, "start")) {
        None => 0,
        Some(v) => match crate::ops::as_i64(v) {
            Some(n) => n,
            None => {
                return Err(ctx.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class_name(rt().type_of(v))
                )))
            }
        },
    };
    let it = crate::iter::get_iter(ctx, args[0])?;
    Ok(crate::iter::new_iter(ctx, IterSource::Enumerate(it, start)))
}

/// An iterator over each argument.
fn iters_of(ctx: &mut Ctx, args: &[Value]) -> PyResult<Vec<Value>> {
    args.iter()
        .map(|a| crate::iter::get_iter(ctx, *a))
        .collect()
}

fn zip(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let its = iters_of(ctx, args)?;
    Ok(crate::iter::new_iter(ctx, IterSource::Zip(its.into())))
}

fn sum(ctx: &mut Ctx, _: Option<Value>, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .copied()
        .or(kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(ctx.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = crate::iter::get_iter(ctx, args[0])?;
    while let Some(v) = crate::iter::next(ctx, it)? {
        ctx.tick()?;
        acc = crate::ops::binary(ctx, crate::bytecode::BinOp::Add, acc, v)?;
    }
    Ok(acc)
}

fn extreme(
    ctx: &mut Ctx,
    name: &str,
    args: &[Value],
    kw: &[(Name, Value)],
    want_max: bool,
) -> PyResult<Value> {
    if args.is_empty() {
        return Err(ctx.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if args.len() == 1 {
        crate::iter::collect(ctx, args[0])?
    } else {
        args.to_vec()
    };
    let key = kwarg(kw, "key").filter(|k| !matches!(k, Value::None));
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match key {
            Some(f) => crate::interp::call::call(ctx, f, &[v], &[])?,
            None => v,
        };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let better = if want_max {
                    crate::ops::lt(ctx, bk, k)?
                } else {
                    crate::ops::lt(ctx, k, bk)?
                };
                if better {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match kwarg(kw, "default") {
            Some(d) => Ok(d),
            None => Err(ctx.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(ctx: &mut Ctx, _: Option<Value>, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    extreme(ctx, "min", args, kw, false)
}
fn max(ctx: &mut Ctx, _: Option<Value>, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    extreme(ctx, "max", args, kw, true)
}

fn sorted(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kw: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "sorted", args, 1, 1)?;
    let items = crate::iter::collect(ctx, args[0])?;
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => crate::ops::truthy(ctx, v)?,
        None => false,
    };
    let out = super::methods_list::sort_values(ctx, items, kwarg(kw, "key"), reverse)?;
    Ok(ctx.new_list(out))
}

fn reversed(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "reversed", args, 1, 1)?;
    let mut items = crate::iter::collect(ctx, args[0])?;
    items.reverse();
    Ok(values_iter(ctx, items))
}

fn map(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(ctx.type_error("map() must have at least two arguments."));
    }
    let mut parts = vec![args[0]];
    parts.extend(iters_of(ctx, &args[1..])?);
    Ok(crate::iter::new_iter(ctx, IterSource::Map(parts.into())))
}

fn filter(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "filter", args, 2, 2)?;
    let it = crate::iter::get_iter(ctx, args[1])?;
    Ok(crate::iter::new_iter(ctx, IterSource::Filter(args[0], it)))
}

fn any(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "any", args, 1, 1)?;
    let it = crate::iter::get_iter(ctx, args[0])?;
    while let Some(v) = crate::iter::next(ctx, it)? {
        if crate::ops::truthy(ctx, v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "all", args, 1, 1)?;
    let it = crate::iter::get_iter(ctx, args[0])?;
    while let Some(v) = crate::iter::next(ctx, it)? {
        if !crate::ops::truthy(ctx, v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn abs(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "abs", args, 1, 1)?;
    match args[0] {
        Value::Int(i) if i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => {
            if let Some(b) = crate::ops::as_big(v) {
                return Ok(ctx.int_from_big(num_traits::Signed::abs(&b)));
            }
            match crate::attr::call_dunder(ctx, v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None if crate::native_base::native_of(v).is_some() => {
                    abs(ctx, None, &[crate::native_base::unwrap(v)], &[])
                }
                None => Err(ctx.type_error(format!(
                    "bad operand type for abs(): '{}'",
                    class_name(rt().type_of(v))
                ))),
            }
        }
    }
}

fn round(ctx: &mut Ctx, _: Option<Value>, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "round", args, 1, 2)?;
    let nd = args
        .get(1)
        .copied()
        .or(kwarg(kw, "ndigits"))
        .filter(|v| !matches!(v, Value::None));
    match (args[0], nd) {
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    ctx.value_error("cannot convert float NaN to integer")
                } else {
                    ctx.overflow_error("cannot convert float infinity to integer")
                });
            }
            let r = crate::format::round_float(f, 0);
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                let b: num_bigint::BigInt =
                    num_traits::FromPrimitive::from_f64(r).unwrap_or_default();
                Ok(ctx.int_from_big(b))
            }
        }
        (Value::Float(f), Some(n)) => {
            let n = crate::ops::as_i64(n).ok_or_else(|| {
                ctx.type_error("'float' object cannot be interpreted as an integer")
            })?;
            Ok(Value::Float(crate::format::round_float(f, n)))
        }
        (v, None) if crate::ops::as_big(v).is_some() => Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            _ => v,
        }),
        (v, Some(n)) if crate::ops::as_big(v).is_some() => {
            let n = crate::ops::as_i64(n).unwrap_or(0);
            if n >= 0 {
                return Ok(v);
            }
            let p = num_traits::Pow::pow(num_bigint::BigInt::from(10), (-n) as u32);
            let x = crate::ops::as_big(v).unwrap_or_default();
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(ctx.int_from_big(q * p))
        }
        (v, _) => match crate::attr::call_dunder(ctx, v, "__round__", &[])? {
            Some(r) => Ok(r),
            None if crate::native_base::native_of(v).is_some() => {
                let mut plain = args.to_vec();
                plain[0] = crate::native_base::unwrap(v);
                round(ctx, None, &plain, kw)
            }
            None => Err(ctx.type_error(format!(
                "type {} doesn't define __round__ method",
                class_name(rt().type_of(v))
            ))),
        },
    }
}

fn divmod(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "divmod", args, 2, 2)?;
    let q = crate::ops::binary(ctx, crate::bytecode::BinOp::FloorDiv, args[0], args[1])?;
    let r = crate::ops::binary(ctx, crate::bytecode::BinOp::Mod, args[0], args[1])?;
    Ok(ctx.new_tuple(vec![q, r]))
}

fn pow(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "pow", args, 2, 3)?;
    if let Some(m) = args.get(2) {
        let (Some(b), Some(e), Some(m)) = (
            crate::ops::as_big(args[0]),
            crate::ops::as_big(args[1]),
            crate::ops::as_big(*m),
        ) else {
            // A class of the user's (or `complex`) takes the modulus in its own `__pow__`.
            if let Some(Kind::Instance(_)) = args[0].obj().map(|o| &o.0.kind) {
                if let Some(r) = crate::attr::call_dunder(ctx, args[0], "__pow__", &[args[1], *m])?
                {
                    if !crate::ops::is_not_implemented(r) {
                        return Ok(r);
                    }
                }
            }
            return Err(
                ctx.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if num_traits::Zero::is_zero(&m) {
            return Err(ctx.value_error("pow() 3rd argument cannot be 0"));
        }
        let r = b.modpow(&e, &m);
        let r = if num_traits::Signed::is_negative(&m) && !num_traits::Zero::is_zero(&r) {
            r + m
        } else {
            r
        };
        return Ok(ctx.int_from_big(r));
    }
    crate::ops::binary(ctx, crate::bytecode::BinOp::Pow, args[0], args[1])
}

fn chr(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "chr", args, 1, 1)?;
    let c = crate::ops::as_i64(args[0])
        .and_then(|i| u32::try_from(i).ok())
        .and_then(char::from_u32)
        .ok_or_else(|| ctx.value_error("chr() arg not in range(0x110000)"))?;
    Ok(ctx.new_str(c.to_string()))
}

fn ord(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "ord", args, 1, 1)?;
    let s = args[0].as_str().ok_or_else(|| {
        ctx.type_error(format!(
            "ord() expected string of length 1, but {} found",
            class_name(rt().type_of(args[0]))
        ))
    })?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(ctx.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn radix(ctx: &mut Ctx, args: &[Value], base: u32, prefix: &str) -> PyResult<Value> {
    arity(ctx, "hex", args, 1, 1)?;
    let v = crate::seqops::index_value(ctx, args[0])?;
    let b = crate::ops::as_big(v).ok_or_else(|| {
        ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(rt().type_of(args[0]))
        ))
    })?;
    let sign = if num_traits::Signed::is_negative(&b) {
        "-"
    } else {
        ""
    };
    let digits = num_traits::Signed::abs(&b).to_str_radix(base);
    Ok(ctx.new_str(format!("{sign}{prefix}{digits}")))
}

fn hash(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "hash", args, 1, 1)?;
    Ok(Value::Int(crate::userhash::hash(ctx, args[0])?))
}

fn delattr(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "delattr", args, 2, 2)?;
    let Some(name) = args[1].as_str() else {
        return Err(ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(rt().type_of(args[1]))
        )));
    };
    crate::attr::delattr(ctx, args[0], crate::value::intern(name))?;
    Ok(Value::None)
}

fn id(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(o) => o.addr() as i64,
        Value::Int(i) => i,
        other => crate::dict::hash_value(other) as i64,
    }))
}

fn callable(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "callable", args, 1, 1)?;
    Ok(Value::Bool(match args[0].obj().map(|o| &o.0.kind) {
        Some(Kind::Function(_) | Kind::Builtin(_) | Kind::BoundMethod { .. } | Kind::Class(_)) => {
            true
        }
        Some(Kind::Instance(i)) => {
            crate::attr::class_lookup(ctx, i.class, crate::name!("__call__"))?.is_some()
        }
        _ => false,
    }))
}

fn format(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "format", args, 1, 2)?;
    let spec = args.get(1).and_then(|v| v.as_str()).unwrap_or("");
    let s = crate::strformat::format_value(ctx, args[0], spec)?;
    Ok(ctx.new_str(s))
}
