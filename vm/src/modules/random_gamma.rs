//! The rejection-sampled distributions of `random.Random` (`gammavariate`, `betavariate`,
//! `vonmisesvariate`), ported from CPython 3.11's `random.py`: the same draws in the same
//! order and the same float operations, so a seeded generator yields the same values bit for
//! bit. Each rejection loop ticks once per try, so it can be interrupted and never spins
//! unchecked in a speculative step.

use super::args::{to_f64, Args, Kwargs};
use super::random::{bind, draw, receiver, Sig};
use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::ops::binary;
use crate::value::{ObjRef, Value};
use std::f64::consts::{E, PI, TAU};

/// Binds the two required parameters `names` of method `name`.
fn two_params(
    ctx: &Ctx,
    name: &'static str,
    names: &'static [&'static str],
    args: Args,
    kwargs: Kwargs,
) -> PyResult<(Value, Value)> {
    let sig = Sig {
        name,
        params: names,
        required: 2,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    Ok((p[0].unwrap_or(Value::None), p[1].unwrap_or(Value::None)))
}

/// `a <= b` in Python semantics (so unorderable arguments raise CPython's `TypeError`).
fn le(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    let r = crate::ops::compare(ctx, CmpOp::Le, a, b)?;
    crate::ops::truthy(ctx, r)
}

/// A standard gamma variate with shape `alpha` (already checked to be > 0), before scaling.
fn standard_gamma(ctx: &mut Ctx, g: ObjRef, alpha: f64) -> PyResult<f64> {
    if alpha > 1.0 {
        // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
        // parameters", Applied Statistics (1977), 26, No. 1, p71-74.
        let log4 = 4.0f64.ln();
        let sg_magicconst = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            ctx.tick()?;
            let u1 = draw(ctx, g)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - draw(ctx, g)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - draw(ctx, g)?).ln());
    }
    // 0 < alpha < 1: algorithm GS of Kennedy & Gentle, "Statistical Computing".
    loop {
        ctx.tick()?;
        let u = draw(ctx, g)?;
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = draw(ctx, g)?;
        let accept = if p > 1.0 {
            u1 <= x.powf(alpha - 1.0)
        } else {
            u1 <= (-x).exp()
        };
        if accept {
            return Ok(x);
        }
    }
}

/// `gammavariate(alpha, beta)` with the arguments bound: CPython's check, then the draw
/// scaled by `beta` in Python arithmetic.
fn gamma(ctx: &mut Ctx, g: ObjRef, alpha: Value, beta: Value) -> PyResult<Value> {
    if le(ctx, alpha, Value::Float(0.0))? || le(ctx, beta, Value::Float(0.0))? {
        return Err(ctx.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let a = to_f64(ctx, alpha)?;
    let x = standard_gamma(ctx, g, a)?;
    binary(ctx, BinOp::Mul, Value::Float(x), beta)
}

/// `Random.gammavariate(alpha, beta)`.
pub(super) fn gammavariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "gammavariate", recv, args)?;
    let (alpha, beta) = two_params(ctx, "gammavariate", &["alpha", "beta"], args, kwargs)?;
    gamma(ctx, g, alpha, beta)
}

/// `Random.betavariate(alpha, beta)`: Janne Sinkkonen's method, two gamma variates.
pub(super) fn betavariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "betavariate", recv, args)?;
    let (alpha, beta) = two_params(ctx, "betavariate", &["alpha", "beta"], args, kwargs)?;
    let y = gamma(ctx, g, alpha, Value::Float(1.0))?;
    let y = to_f64(ctx, y)?;
    if y == 0.0 {
        return Ok(Value::Float(0.0));
    }
    let z = gamma(ctx, g, beta, Value::Float(1.0))?;
    let z = to_f64(ctx, z)?;
    Ok(Value::Float(y / (y + z)))
}

/// `Random.vonmisesvariate(mu, kappa)`: Fisher, "Statistical Analysis of Circular Data"
/// (1993), as CPython draws it.
pub(super) fn vonmisesvariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "vonmisesvariate", recv, args)?;
    let (mu, kappa) = two_params(ctx, "vonmisesvariate", &["mu", "kappa"], args, kwargs)?;
    if le(ctx, kappa, Value::Float(1e-6))? {
        return Ok(Value::Float(TAU * draw(ctx, g)?));
    }
    let s = 0.5 / to_f64(ctx, kappa)?;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        ctx.tick()?;
        let u1 = draw(ctx, g)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = draw(ctx, g)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = draw(ctx, g)?;
    let op = if u3 > 0.5 { BinOp::Add } else { BinOp::Sub };
    let theta = binary(ctx, op, mu, Value::Float(f.acos()))?;
    binary(ctx, BinOp::Mod, theta, Value::Float(TAU))
}
