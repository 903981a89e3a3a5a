//! The integer functions of `math`: gcd, lcm, factorial, comb, perm, isqrt (big ints
//! throughout, results normalised to inline ints when they fit).

use super::args::{to_int, Args, Kwargs};
use crate::builtins::{arity, def, no_kwargs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Adds the integer functions to the `math` module's attributes.
pub(super) fn install(a: &mut AttrMap) {
    def(a, "gcd", gcd);
    def(a, "lcm", lcm);
    def(a, "factorial", factorial);
    def(a, "comb", comb);
    def(a, "perm", perm);
    def(a, "isqrt", isqrt);
}

fn ints(ctx: &mut Ctx, name: &str, args: Args, kwargs: Kwargs) -> PyResult<Vec<BigInt>> {
    no_kwargs(ctx, name, kwargs)?;
    args.iter().map(|&v| to_int(ctx, v)).collect()
}

fn gcd(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let ns = ints(ctx, "gcd", args, kwargs)?;
    let g = ns.iter().fold(BigInt::zero(), |g, n| g.gcd(n));
    Ok(ctx.int_from_big(g))
}

fn lcm(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let ns = ints(ctx, "lcm", args, kwargs)?;
    let mut l = BigInt::one();
    for n in &ns {
        if n.is_zero() || l.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(n);
        }
    }
    Ok(ctx.int_from_big(l.abs()))
}

/// The product `lo * (lo+1) * ... * hi` (1 when empty), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |p, k| p * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// An argument that must fit in a C long for the computation to be attempted.
fn small(ctx: &Ctx, n: &BigInt, msg: &str) -> PyResult<u64> {
    n.to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| ctx.overflow_error(msg.to_string()))
}

fn factorial(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.factorial", kwargs)?;
    arity(ctx, "math.factorial", args, 1, 1)?;
    let n = to_int(ctx, args[0])?;
    if n.is_negative() {
        return Err(ctx.value_error("factorial() not defined for negative values"));
    }
    let n = small(
        ctx,
        &n,
        "factorial() argument should not exceed 9223372036854775807",
    )?;
    Ok(ctx.int_from_big(range_product(1, n)))
}

/// `n` and `k` for comb/perm, with CPython's checks.
fn n_and_k(ctx: &mut Ctx, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_int(ctx, n)?;
    let k = to_int(ctx, k)?;
    if n.is_negative() {
        return Err(ctx.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(ctx.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for a big `n` and a small `k`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut p = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        p *= &f;
        f -= 1;
    }
    p
}

fn comb(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    super::args::exactly(ctx, "comb", args, 2)?;
    no_kwargs(ctx, "comb", kwargs)?;
    let (n, k) = n_and_k(ctx, args[0], args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    let k = small(ctx, &k, "min(n - k, k) must not exceed 9223372036854775807")?;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    let r = match n.to_u64() {
        Some(nn) => range_product(nn - k + 1, nn) / range_product(1, k),
        None => falling(&n, k) / range_product(1, k),
    };
    Ok(ctx.int_from_big(r))
}

fn perm(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "perm", kwargs)?;
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "perm expected at least 1 argument, got 0".to_string()
        } else {
            format!("perm expected at most 2 arguments, got {}", args.len())
        };
        return Err(ctx.type_error(msg));
    }
    let k = match args.get(1) {
        None | Some(Value::None) => {
            return factorial(ctx, None, &args[..1], &[]);
        }
        Some(&k) => k,
    };
    let (n, k) = n_and_k(ctx, args[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small(ctx, &k, "k must not exceed 9223372036854775807")?;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    let r = match n.to_u64() {
        Some(nn) => range_product(nn - k + 1, nn),
        None => falling(&n, k),
    };
    Ok(ctx.int_from_big(r))
}

fn isqrt(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "math.isqrt", kwargs)?;
    arity(ctx, "math.isqrt", args, 1, 1)?;
    let n = to_int(ctx, args[0])?;
    if n.is_negative() {
        return Err(ctx.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(ctx.int_from_big(n.sqrt()))
}

#[cfg(test)]
mod tests {
    use super::range_product;
    use num_bigint::BigInt;

    #[test]
    fn products() {
        assert_eq!(range_product(1, 0), BigInt::from(1));
        assert_eq!(range_product(1, 20), BigInt::from(2432902008176640000u64));
        assert_eq!(range_product(5, 7), BigInt::from(210));
    }
}
