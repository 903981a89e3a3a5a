//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with CPython's errors.

use super::{def_methods, kwarg};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::{Name, ObjRef, Value};
use num_bigint::{BigInt, Sign};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

/// Installs both methods on the int class.
pub(super) fn install(int: ObjRef) {
    def_methods(int, &[("to_bytes", to_bytes)]);
    super::def_classmethod(int, "from_bytes", |c, _, a, k| {
        from_bytes(c, None, a.get(1..).unwrap_or_default(), k)
    });
}

/// Positional-or-keyword argument `i`/`name`, after checking there are at most 2 positional.
fn arg(args: Args, kw: Kw, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(kw, name))
}

fn at_most_two(ctx: &Ctx, fname: &str, args: Args) -> PyResult<()> {
    if args.len() > 2 {
        return Err(ctx.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Whether the byte order is little-endian (`byteorder` defaults to 'big').
fn little(ctx: &mut Ctx, fname: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(ctx.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(ctx.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            class_name(rt().type_of(v))
        ))),
    }
}

fn signed(ctx: &mut Ctx, kw: Kw) -> PyResult<bool> {
    match kwarg(kw, "signed") {
        Some(v) => crate::ops::truthy(ctx, v),
        None => Ok(false),
    }
}

fn to_bytes(ctx: &mut Ctx, recv: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, args) = match recv {
        Some(v) => (v, args),
        None => (
            args.first().copied().unwrap_or(Value::None),
            args.get(1..).unwrap_or_default(),
        ),
    };
    at_most_two(ctx, "to_bytes", args)?;
    let Some(n) = crate::ops::as_big(this) else {
        return Err(ctx.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let length = match arg(args, kw, 0, "length") {
        None => 1,
        Some(v) => crate::ops::as_i64(v).ok_or_else(|| {
            ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(rt().type_of(v))
            ))
        })?,
    };
    let little = little(ctx, "to_bytes", arg(args, kw, 1, "byteorder"))?;
    let signed = signed(ctx, kw)?;
    if length < 0 {
        return Err(ctx.value_error("length argument must be non-negative"));
    }
    if !signed && n.sign() == Sign::Minus {
        return Err(ctx.overflow_error("can't convert negative int to unsigned"));
    }
    let mut digits = match (n.sign(), signed) {
        (Sign::NoSign, _) => Vec::new(),
        (_, true) => n.to_signed_bytes_be(),
        (_, false) => n.to_bytes_be().1,
    };
    if digits.len() as i64 > length {
        return Err(ctx.overflow_error("int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - digits.len()];
    out.append(&mut digits);
    if little {
        out.reverse();
    }
    Ok(ctx.new_bytes(out))
}

fn from_bytes(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kw) -> PyResult<Value> {
    at_most_two(ctx, "from_bytes", args)?;
    let Some(src) = arg(args, kw, 0, "bytes") else {
        return Err(ctx.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match crate::bytes::bytes_like(ctx, src)? {
        Some(b) => b.to_vec(),
        None if src.as_str().is_none() && crate::iter::get_iter(ctx, src).is_ok() => {
            crate::bytearray::from_ints(ctx, src, "bytes")?
        }
        None => {
            return Err(ctx.type_error(format!(
                "cannot convert '{}' object to bytes",
                class_name(rt().type_of(src))
            )))
        }
    };
    let little = little(ctx, "from_bytes", arg(args, kw, 1, "byteorder"))?;
    let signed = signed(ctx, kw)?;
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    Ok(ctx.int_from_big(n))
}
