//! The float distributions of `random.Random`, as CPython 3.11's `random.py` computes them:
//! the same draws in the same order, and Python arithmetic on the caller's arguments (so ints,
//! floats and their errors mix exactly as there).

use super::args::{Args, Kwargs};
use super::math::checked_1 as checked;
use super::random::{bind, draw, receiver, Sig};
use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::NativeFn;
use crate::ops::binary;
use crate::value::Value;

/// The distribution methods, installed on `random.Random` and bound in the module.
pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("gammavariate", super::random_gamma::gammavariate),
    ("betavariate", super::random_gamma::betavariate),
    ("vonmisesvariate", super::random_gamma::vonmisesvariate),
];

fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `mu + z * sigma` in Python arithmetic.
fn affine(ctx: &mut Ctx, mu: Value, z: f64, sigma: Value) -> PyResult<Value> {
    let zs = binary(ctx, BinOp::Mul, Value::Float(z), sigma)?;
    binary(ctx, BinOp::Add, mu, zs)
}

fn uniform(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "uniform", recv, args)?;
    let sig = Sig {
        name: "uniform",
        params: &["a", "b"],
        required: 2,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let (a, b) = (p[0].unwrap_or(Value::None), p[1].unwrap_or(Value::None));
    let width = binary(ctx, BinOp::Sub, b, a)?;
    let r = draw(ctx, g)?;
    let d = binary(ctx, BinOp::Mul, width, Value::Float(r))?;
    binary(ctx, BinOp::Add, a, d)
}

fn triangular(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "triangular", recv, args)?;
    let sig = Sig {
        name: "triangular",
        params: &["low", "high", "mode"],
        required: 0,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let mut low = p[0].unwrap_or(Value::Float(0.0));
    let mut high = p[1].unwrap_or(Value::Float(1.0));
    let mode = p[2].unwrap_or(Value::None);
    let mut u = Value::Float(draw(ctx, g)?);
    let mut c = match mode {
        Value::None => Value::Float(0.5),
        m => {
            let num = binary(ctx, BinOp::Sub, m, low)?;
            let den = binary(ctx, BinOp::Sub, high, low)?;
            match binary(ctx, BinOp::TrueDiv, num, den) {
                Ok(c) => c,
                Err(crate::Raise::Exc(e))
                    if crate::exceptions::exc_matches(
                        e.value,
                        crate::rt::rt().types.zero_division_error,
                    ) =>
                {
                    return Ok(low)
                }
                Err(e) => return Err(e),
            }
        }
    };
    let gt = crate::ops::compare(ctx, CmpOp::Gt, u, c)?;
    if crate::ops::truthy(ctx, gt)? {
        u = binary(ctx, BinOp::Sub, Value::Float(1.0), u)?;
        c = binary(ctx, BinOp::Sub, Value::Float(1.0), c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = binary(ctx, BinOp::Mul, u, c)?;
    let uc = super::args::to_f64(ctx, uc)?;
    let root = checked(ctx, uc, uc.sqrt(), false)?;
    let span = binary(ctx, BinOp::Sub, high, low)?;
    let d = binary(ctx, BinOp::Mul, span, Value::Float(root))?;
    binary(ctx, BinOp::Add, low, d)
}

/// Parameters `mu` and `sigma` (defaults 0.0 and 1.0 unless `required`).
fn mu_sigma(
    ctx: &mut Ctx,
    name: &'static str,
    args: Args,
    kwargs: Kwargs,
    required: usize,
) -> PyResult<(Value, Value)> {
    let sig = Sig {
        name,
        params: &["mu", "sigma"],
        required,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    Ok((
        p[0].unwrap_or(Value::Float(0.0)),
        p[1].unwrap_or(Value::Float(1.0)),
    ))
}

fn gauss(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "gauss", recv, args)?;
    let (mu, sigma) = mu_sigma(ctx, "gauss", args, kwargs, 0)?;
    let z = ctx.random_modify(g, |s| match s.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = s.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - s.random()).ln()).sqrt();
            s.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    })?;
    affine(ctx, mu, z, sigma)
}

/// Kinderman and Monahan's ratio method, as `normalvariate` draws it.
fn standard_normal(ctx: &mut Ctx, g: crate::value::ObjRef) -> PyResult<f64> {
    let magic = nv_magicconst();
    ctx.random_modify(g, |s| loop {
        let u1 = s.random();
        let u2 = 1.0 - s.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    })
}

fn normalvariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "normalvariate", recv, args)?;
    let (mu, sigma) = mu_sigma(ctx, "normalvariate", args, kwargs, 0)?;
    let z = standard_normal(ctx, g)?;
    affine(ctx, mu, z, sigma)
}

fn lognormvariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "lognormvariate", recv, args)?;
    let (mu, sigma) = mu_sigma(ctx, "lognormvariate", args, kwargs, 2)?;
    let z = standard_normal(ctx, g)?;
    let x = affine(ctx, mu, z, sigma)?;
    let x = super::args::to_f64(ctx, x)?;
    Ok(Value::Float(checked(ctx, x, x.exp(), true)?))
}

fn expovariate(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "expovariate", recv, args)?;
    let sig = Sig {
        name: "expovariate",
        params: &["lambd"],
        required: 1,
        kwonly: &[],
    };
    let lambd = bind(ctx, &sig, args, kwargs)?[0].unwrap_or(Value::None);
    let r = draw(ctx, g)?;
    let x = -(1.0 - r).ln();
    binary(ctx, BinOp::TrueDiv, Value::Float(x), lambd)
}

fn paretovariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "paretovariate", recv, args)?;
    let sig = Sig {
        name: "paretovariate",
        params: &["alpha"],
        required: 1,
        kwonly: &[],
    };
    let alpha = bind(ctx, &sig, args, kwargs)?[0].unwrap_or(Value::None);
    let u = 1.0 - draw(ctx, g)?;
    let e = binary(ctx, BinOp::TrueDiv, Value::Float(-1.0), alpha)?;
    binary(ctx, BinOp::Pow, Value::Float(u), e)
}

fn weibullvariate(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "weibullvariate", recv, args)?;
    let sig = Sig {
        name: "weibullvariate",
        params: &["alpha", "beta"],
        required: 2,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let (alpha, beta) = (p[0].unwrap_or(Value::None), p[1].unwrap_or(Value::None));
    let u = 1.0 - draw(ctx, g)?;
    let e = binary(ctx, BinOp::TrueDiv, Value::Float(1.0), beta)?;
    let p = binary(ctx, BinOp::Pow, Value::Float(-u.ln()), e)?;
    binary(ctx, BinOp::Mul, alpha, p)
}
