//! Argument conversion shared by the native stdlib modules (`math`, `random`, `time`):
//! CPython's coercions to float and to int, with its TypeError messages.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::Value;
use num_bigint::BigInt;

/// The `__name__` of a value's type, for error messages.
pub fn type_name(v: Value) -> &'static str {
    class_name(rt().type_of(v))
}

/// A real number as a float (`PyFloat_AsDouble`): TypeError `must be real number, not T`,
/// OverflowError for ints too large.
pub fn to_f64(ctx: &Ctx, v: Value) -> PyResult<f64> {
    match crate::ops::as_f64(v) {
        Some(Ok(f)) => Ok(f),
        Some(Err(msg)) => Err(ctx.overflow_error(msg)),
        None => Err(ctx.type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

/// An int argument (`__index__`): TypeError `'T' object cannot be interpreted as an integer`.
pub fn to_int(ctx: &Ctx, v: Value) -> PyResult<BigInt> {
    crate::ops::as_big(v).ok_or_else(|| {
        ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// Exactly `n` positional arguments (`_PyArg_CheckPositional` with min == max >= 2).
pub fn exactly(ctx: &Ctx, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(ctx.type_error(format!("{name} expected {n} arguments, got {}", args.len())));
    }
    Ok(())
}

/// A float result as a Python float.
pub fn float(f: f64) -> PyResult<Value> {
    Ok(Value::Float(f))
}
