//! The `math` module: CPython 3.11's float functions with its error rules (`math_1`,
//! `math_2`, `loghelper`, `m_atan2`, `vector_norm`, ...). Integer functions live in
//! `math_int.rs`, exact summation in `fsum.rs`.

use super::args::{exactly, float, to_f64, type_name, Args, Kwargs};
use super::fsum::{fsum, FsumError};
use super::libm::{fd_acosh, fd_asinh, fd_atanh, frexp_f64, ldexp_f64, next_after};
use super::new_module;
use crate::builtins::{arity, def, kwarg, no_kwargs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::value::{intern, ObjRef, Value};
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive};

fn domain(ctx: &Ctx) -> crate::error::Raise {
    ctx.value_error("math domain error")
}

fn range(ctx: &Ctx) -> crate::error::Raise {
    ctx.overflow_error("math range error")
}

/// CPython's `math_1`: one float in, one float out; a nan from a non-nan, or an infinity from
/// a finite input, is an error.
fn math_1(
    ctx: &mut Ctx,
    name: &str,
    args: Args,
    kwargs: Kwargs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    no_kwargs(ctx, name, kwargs)?;
    arity(ctx, name, args, 1, 1)?;
    let x = to_f64(ctx, args[0])?;
    float(checked_1(ctx, x, f(x), can_overflow)?)
}

/// `math_1`'s error rule for a result `r` computed from `x` (shared with `random`'s
/// distributions, which call `math.sqrt`/`math.exp` on their intermediate values).
pub(super) fn checked_1(ctx: &Ctx, x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(ctx));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range(ctx)
        } else {
            domain(ctx)
        });
    }
    Ok(r)
}

/// CPython's `math_2`: two floats in; nan from non-nans is a domain error, infinity from
/// finite inputs a range error.
fn math_2(ctx: &mut Ctx, name: &str, args: Args, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    exactly(ctx, name, args, 2)?;
    let x = to_f64(ctx, args[0])?;
    let y = to_f64(ctx, args[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(ctx));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(ctx));
    }
    float(r)
}

macro_rules! unary {
    ($fname:ident, $pyname:literal, $f:expr, $overflow:expr) => {
        fn $fname(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
            math_1(ctx, $pyname, args, kwargs, $f, $overflow)
        }
    };
}

unary!(sqrt, "math.sqrt", f64::sqrt, false);
unary!(exp, "math.exp", f64::exp, true);
unary!(exp2, "math.exp2", f64::exp2, true);
unary!(expm1, "math.expm1", f64::exp_m1, true);
unary!(log1p, "math.log1p", f64::ln_1p, false);
unary!(fabs, "math.fabs", f64::abs, false);
unary!(sin, "math.sin", f64::sin, false);
unary!(cos, "math.cos", f64::cos, false);
unary!(tan, "math.tan", f64::tan, false);
unary!(asin, "math.asin", f64::asin, false);
unary!(acos, "math.acos", f64::acos, false);
unary!(atan, "math.atan", f64::atan, false);
unary!(sinh, "math.sinh", f64::sinh, true);
unary!(cosh, "math.cosh", f64::cosh, true);
unary!(tanh, "math.tanh", f64::tanh, false);
unary!(
    degrees,
    "math.degrees",
    |x| x * (180.0 / std::f64::consts::PI),
    true
);
unary!(
    radians,
    "math.radians",
    |x| x * (std::f64::consts::PI / 180.0),
    true
);

unary!(asinh, "math.asinh", fd_asinh, false);
unary!(acosh, "math.acosh", fd_acosh, false);
unary!(atanh, "math.atanh", fd_atanh, false);

/// Functions of CPython's `math` whose libm results specloop cannot reproduce bit for bit
/// yet: refused with a clear error rather than returning different floats.
macro_rules! unsupported {
    ($($fname:ident: $pyname:literal),* $(,)?) => {
        $(
            fn $fname(ctx: &mut Ctx, _: Option<Value>, _: Args, _: Kwargs) -> PyResult<Value> {
                Err(ctx.error(
                    crate::rt::rt().types.not_implemented_error,
                    concat!("specloop: math.", $pyname, " is not supported yet"),
                ))
            }
        )*
    };
}

unsupported!(cbrt: "cbrt", erf: "erf", erfc: "erfc", gamma: "gamma", lgamma: "lgamma");

/// CPython's `loghelper`: ints are converted exactly, huge ones through frexp.
fn loghelper(ctx: &mut Ctx, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = crate::ops::as_big(v) {
        if !n.is_positive() {
            return Err(domain(ctx));
        }
        return Ok(match n.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let bits = n.bits();
                let top = (&n >> (bits - 64)).to_u64().unwrap_or(u64::MAX);
                let m = top as f64 / 18446744073709551616.0;
                f(m) + f(2.0) * bits as f64
            }
        });
    }
    let x = to_f64(ctx, v)?;
    checked_1(ctx, x, f(x), false)
}

fn log(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.log", kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return Err(ctx.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(ctx, args[0], f64::ln)?;
    match args.get(1) {
        None => float(num),
        Some(&b) => {
            let den = loghelper(ctx, b, f64::ln)?;
            if den == 0.0 {
                return Err(ctx.zero_division("float division by zero"));
            }
            float(num / den)
        }
    }
}

fn log2(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.log2", kwargs)?;
    arity(ctx, "math.log2", args, 1, 1)?;
    float(loghelper(ctx, args[0], f64::log2)?)
}

fn log10(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.log10", kwargs)?;
    arity(ctx, "math.log10", args, 1, 1)?;
    float(loghelper(ctx, args[0], f64::log10)?)
}

fn pow(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    exactly(ctx, "pow", args, 2)?;
    let x = to_f64(ctx, args[0])?;
    let y = to_f64(ctx, args[1])?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return float(r);
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain(ctx));
    }
    if r.is_infinite() {
        return Err(range(ctx));
    }
    float(r)
}

/// CPython's `m_atan2`: special cases fixed before libm sees them.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn atan2(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    math_2(ctx, "atan2", args, m_atan2)
}

fn copysign(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    math_2(ctx, "copysign", args, f64::copysign)
}

fn fmod(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    exactly(ctx, "fmod", args, 2)?;
    let x = to_f64(ctx, args[0])?;
    let y = to_f64(ctx, args[1])?;
    if y.is_infinite() && x.is_finite() {
        return float(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(ctx));
    }
    float(r)
}

/// CPython's `m_remainder`: IEEE 754 remainder, `x - n*y` with `n` the nearest integer to
/// `x/y` (ties to even), computed exactly.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn remainder(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    math_2(ctx, "remainder", args, m_remainder)
}

fn nextafter(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    exactly(ctx, "nextafter", args, 2)?;
    let x = to_f64(ctx, args[0])?;
    let y = to_f64(ctx, args[1])?;
    float(next_after(x, y))
}

fn ulp(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.ulp", kwargs)?;
    arity(ctx, "math.ulp", args, 1, 1)?;
    let x = to_f64(ctx, args[0])?;
    if x.is_nan() {
        return float(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return float(x);
    }
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        return float(x - next_after(x, f64::NEG_INFINITY));
    }
    float(up - x)
}

/// A float's integral value as a Python int (inf and nan refused as `int()` refuses them).
fn float_to_int(ctx: &Ctx, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(ctx.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(ctx.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(ctx.int_from_big(BigInt::from_f64(f).unwrap_or_default()))
}

/// `floor`, `ceil` and `trunc`: ints pass through, floats are rounded by `round`, instances
/// use their `dunder` (`__floor__`, ...); without one, floor and ceil fall back to the value as
/// a float (`__float__`/`__index__`) while trunc refuses.
fn rounding(
    ctx: &mut Ctx,
    name: &str,
    args: Args,
    kwargs: Kwargs,
    round: fn(f64) -> f64,
    dunder: &str,
) -> PyResult<Value> {
    no_kwargs(ctx, name, kwargs)?;
    arity(ctx, name, args, 1, 1)?;
    let v = args[0];
    if crate::ops::as_big(v).is_some() {
        return Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            _ => v,
        });
    }
    if let Value::Float(f) = v {
        return float_to_int(ctx, round(f));
    }
    if let Some(r) = crate::attr::call_dunder(ctx, v, dunder, &[])? {
        return Ok(r);
    }
    if dunder == "__trunc__" {
        return Err(ctx.type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        )));
    }
    let f = to_f64(ctx, v)?;
    float_to_int(ctx, round(f))
}

fn floor(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    rounding(ctx, "math.floor", args, kwargs, f64::floor, "__floor__")
}

fn ceil(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    rounding(ctx, "math.ceil", args, kwargs, f64::ceil, "__ceil__")
}

fn trunc(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    rounding(ctx, "math.trunc", args, kwargs, f64::trunc, "__trunc__")
}

fn predicate(ctx: &mut Ctx, name: &str, args: Args, p: fn(f64) -> bool) -> PyResult<Value> {
    arity(ctx, name, args, 1, 1)?;
    Ok(Value::Bool(p(to_f64(ctx, args[0])?)))
}

fn isfinite(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(ctx, "math.isfinite", args, f64::is_finite)
}

fn isinf(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(ctx, "math.isinf", args, f64::is_infinite)
}

fn isnan(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(ctx, "math.isnan", args, f64::is_nan)
}

fn isclose(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(ctx.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let (a, b) = match (
        args.first().copied().or(kwarg(kwargs, "a")),
        args.get(1).copied().or(kwarg(kwargs, "b")),
    ) {
        (Some(a), Some(b)) => (a, b),
        (None, _) => return Err(ctx.type_error("isclose() missing required argument 'a' (pos 1)")),
        (_, None) => return Err(ctx.type_error("isclose() missing required argument 'b' (pos 2)")),
    };
    crate::builtins::Keywords::Only("isclose", &["a", "b", "rel_tol", "abs_tol"])
        .check(ctx, kwargs)?;
    let a = to_f64(ctx, a)?;
    let b = to_f64(ctx, b)?;
    let rel_tol = match kwarg(kwargs, "rel_tol") {
        Some(v) => to_f64(ctx, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(kwargs, "abs_tol") {
        Some(v) => to_f64(ctx, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(ctx.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn modf(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.modf", kwargs)?;
    arity(ctx, "math.modf", args, 1, 1)?;
    let x = to_f64(ctx, args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(ctx.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.frexp", kwargs)?;
    arity(ctx, "math.frexp", args, 1, 1)?;
    let (m, e) = frexp_f64(to_f64(ctx, args[0])?);
    Ok(ctx.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    exactly(ctx, "ldexp", args, 2)?;
    let x = to_f64(ctx, args[0])?;
    let Some(n) = crate::ops::as_big(args[1]) else {
        return Err(ctx.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return float(x);
    }
    let r = match n.to_i64() {
        Some(n) => ldexp_f64(x, n),
        None if n.sign() == Sign::Minus => 0.0f64.copysign(x),
        None => f64::INFINITY,
    };
    if r.is_infinite() {
        return Err(range(ctx));
    }
    float(r)
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite `vec` (largest `max`),
/// with lossless scaling and a differential correction.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_f64(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s_hi, s_lo) = dl_fast_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s_hi, s_lo) = dl_fast_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

fn dl_split(x: f64) -> (f64, f64) {
    let t = x * 134217729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let (xh, xl) = dl_split(x);
    let (yh, yl) = dl_split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}

/// The norm of `coords` (absolute values taken here), as `hypot` and `dist` compute it.
fn norm(mut coords: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in coords.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut coords, max, found_nan)
}

fn hypot(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "hypot", kwargs)?;
    let coords = args
        .iter()
        .map(|&v| to_f64(ctx, v))
        .collect::<PyResult<Vec<_>>>()?;
    float(norm(coords))
}

fn dist(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    exactly(ctx, "dist", args, 2)?;
    let p = crate::iter::collect(ctx, args[0])?;
    let q = crate::iter::collect(ctx, args[1])?;
    if p.len() != q.len() {
        return Err(ctx.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        diffs.push(to_f64(ctx, a)? - to_f64(ctx, b)?);
    }
    float(norm(diffs))
}

fn fsum_fn(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    arity(ctx, "math.fsum", args, 1, 1)?;
    let items = crate::iter::collect(ctx, args[0])?;
    let floats = items
        .into_iter()
        .map(|v| to_f64(ctx, v))
        .collect::<PyResult<Vec<_>>>()?;
    match fsum(floats) {
        Ok(s) => float(s),
        Err(FsumError::Overflow) => Err(ctx.overflow_error("intermediate overflow in fsum")),
        Err(FsumError::InfMinusInf) => Err(ctx.value_error("-inf + inf in fsum")),
    }
}

fn prod(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    arity(ctx, "prod", args, 1, 1)?;
    crate::builtins::Keywords::Only("prod", &["start"]).check(ctx, kwargs)?;
    let mut acc = kwarg(kwargs, "start").unwrap_or(Value::Int(1));
    for v in crate::iter::collect(ctx, args[0])? {
        acc = crate::ops::binary(ctx, crate::bytecode::BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}

/// A new `math` module object.
pub(super) fn math_module() -> ObjRef {
    let mut a = AttrMap::default();
    use std::f64::consts;
    for (name, v) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        a.insert(intern(name), Value::Float(v));
    }
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log1p", log1p),
        ("fabs", fabs),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("degrees", degrees),
        ("radians", radians),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("hypot", hypot),
        ("dist", dist),
        ("fsum", fsum_fn),
        ("prod", prod),
    ];
    for (name, f) in fns {
        def(&mut a, name, *f);
    }
    super::math_int::install(&mut a);
    // As CPython's: no function takes keywords but isclose and prod, and log's refusal does
    // not name the module.
    crate::builtins::refuse_in_module(&mut a, "math", &["isclose", "prod"]);
    crate::builtins::set_rule(&mut a, "log", crate::builtins::Keywords::Refused("log"));
    new_module("math", a)
}
