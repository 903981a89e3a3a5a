//! Methods and attributes of `int` and `float` (`bit_length`, `as_integer_ratio`, `real`,
//! `is_integer`, ...), and `tuple.count`/`tuple.index`.

use super::{arity, def_methods};
use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::native_base::unwrap;
use crate::object::{Builtin, Kind, NativeFn, Object};
use crate::rt::{class_name, rt, Runtime};
use crate::value::{intern, Name, ObjRef, Value};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.int,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("as_integer_ratio", int_ratio),
            ("conjugate", identity),
        ],
    );
    def_methods(
        rt.types.float,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", float_ratio),
            ("conjugate", identity),
        ],
    );
    def_methods(
        rt.types.tuple,
        &[("count", tuple_count), ("index", tuple_index)],
    );
    for class in [rt.types.int, rt.types.float] {
        properties(class, &[("real", identity), ("imag", zero)]);
    }
    properties(
        rt.types.int,
        &[("numerator", identity), ("denominator", one)],
    );
}

/// Read-only properties whose getter is a native function of the instance.
fn properties(class: ObjRef, getters: &[(&'static str, NativeFn)]) {
    let Kind::Class(c) = &class.kind else { return };
    let mut attrs = c.attrs.lock();
    for (name, f) in getters {
        let fget = Object::immortal(Kind::Builtin(Box::new(Builtin {
            name,
            f: *f,
            receiver: None,
            keywords: super::Keywords::Own,
        })));
        let d = Descriptor::Property {
            fget: Value::Obj(fget),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        let d = Object::immortal(Kind::Descriptor(Box::new(d)));
        attrs.insert(intern(name), Value::Obj(d));
    }
}

/// The receiver, bound or (for property getters) first positional.
fn this(r: Option<Value>, a: &[Value]) -> Value {
    unwrap(r.or(a.first().copied()).unwrap_or(Value::None))
}

fn big(v: Value) -> BigInt {
    crate::ops::as_big(v).unwrap_or_default()
}

fn identity(_: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(match this(r, a) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

fn zero(_: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(match this(r, a) {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

fn one(_: &mut Ctx, _: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn bit_length(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "bit_length", a, 0, 0)?;
    Ok(Value::Int(big(this(r, a)).abs().bits() as i64))
}

fn bit_count(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "bit_count", a, 0, 0)?;
    let n = big(this(r, a)).abs();
    let ones: u32 = n.to_u64_digits().1.iter().map(|d| d.count_ones()).sum();
    Ok(Value::Int(ones as i64))
}

fn int_ratio(ctx: &mut Ctx, r: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "as_integer_ratio", a, 0, 0)?;
    let n = identity(ctx, r, &[], &[])?;
    Ok(ctx.new_tuple(vec![n, Value::Int(1)]))
}

fn float_of(ctx: &Ctx, r: Option<Value>) -> PyResult<f64> {
    match unwrap(r.unwrap_or(Value::None)) {
        Value::Float(f) => Ok(f),
        v => Err(ctx.type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            class_name(rt().type_of(v))
        ))),
    }
}

fn is_integer(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "is_integer", a, 0, 0)?;
    let f = float_of(ctx, r)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
fn float_ratio(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "as_integer_ratio", a, 0, 0)?;
    let f = float_of(ctx, r)?;
    if f.is_nan() {
        return Err(ctx.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(ctx.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mantissa);
    let mut e = exp - 1075;
    if num.is_zero() {
        return Ok(ctx.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while e < 0 && (&num % 2u32).is_zero() {
        num /= 2u32;
        e += 1;
    }
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let (n, d) = (ctx.int_from_big(num), ctx.int_from_big(den));
    Ok(ctx.new_tuple(vec![n, d]))
}

fn tuple_items(ctx: &Ctx, r: Option<Value>) -> PyResult<&'static [Value]> {
    match unwrap(r.unwrap_or(Value::None)).obj().map(|o| &o.0.kind) {
        Some(Kind::Tuple(t)) => Ok(t),
        _ => Err(ctx.type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_count(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "count", a, 1, 1)?;
    let mut n = 0;
    for x in tuple_items(ctx, r)? {
        if x.is(a[0]) || crate::ops::eq(ctx, *x, a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "index", a, 1, 3)?;
    let items = tuple_items(ctx, r)?;
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| match v.and_then(|v| crate::ops::as_i64(*v)) {
        Some(i) if i < 0 => (i + len).max(0),
        Some(i) => i.min(len),
        None => default,
    };
    let (start, end) = (bound(a.get(1), 0), bound(a.get(2), len));
    for i in start..end {
        let x = items[i as usize];
        if x.is(a[0]) || crate::ops::eq(ctx, x, a[0])? {
            return Ok(Value::Int(i));
        }
    }
    Err(ctx.value_error("tuple.index(x): x not in tuple"))
}
