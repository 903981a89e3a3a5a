//! Argument conversion shared by the native stdlib modules (`math`, `random`, `time`):
//! CPython's coercions to float and to int, with its TypeError messages.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::Value;
use num_bigint::BigInt;

/// Positional arguments of a native function.
pub type Args<'a> = &'a [Value];
/// Keyword arguments of a native function.
pub type Kwargs<'a> = &'a [(crate::value::Name, Value)];

/// The `__name__` of a value's type, for error messages.
pub fn type_name(v: Value) -> &'static str {
    class_name(rt().type_of(v))
}

/// A real number as a float (`PyFloat_AsDouble`): ints and floats, or an instance with
/// `__float__` or `__index__`; TypeError `must be real number, not T`, OverflowError for ints
/// too large.
pub fn to_f64(ctx: &mut Ctx, v: Value) -> PyResult<f64> {
    match crate::ops::as_f64(v) {
        Some(Ok(f)) => Ok(f),
        Some(Err(msg)) => Err(ctx.overflow_error(msg)),
        None => {
            if let Some(r) = crate::attr::call_dunder(ctx, v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(ctx.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(r)
                    ))),
                };
            }
            if let Some(n) = index_dunder(ctx, v)? {
                return to_f64(ctx, n);
            }
            Err(ctx.type_error(format!("must be real number, not {}", type_name(v))))
        }
    }
}

/// `v.__index__()` for an instance that defines it (checked to return an int).
fn index_dunder(ctx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    match crate::attr::call_dunder(ctx, v, "__index__", &[])? {
        Some(r) if crate::ops::as_big(r).is_some() => Ok(Some(r)),
        Some(r) => Err(ctx.type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(r)
        ))),
        None => Ok(None),
    }
}

/// An int argument (`operator.index`): ints, or an instance with `__index__`; TypeError
/// `'T' object cannot be interpreted as an integer`.
pub fn to_int(ctx: &mut Ctx, v: Value) -> PyResult<BigInt> {
    if let Some(n) = crate::ops::as_big(v) {
        return Ok(n);
    }
    if let Some(n) = index_dunder(ctx, v)?.and_then(crate::ops::as_big) {
        return Ok(n);
    }
    Err(ctx.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
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
