//! The methods only `bytearray` has: append, extend, insert, pop, remove, clear, reverse,
//! copy. Each change goes through `bytearray::modify`.

use super::{arity, def_methods};
use crate::bytearray::{from_ints, modify};
use crate::bytes::{byte_value, bytes_like};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::{class_name, rt};
use crate::value::{Name, ObjRef, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

/// Installs the mutators on the bytearray class.
pub(super) fn install(class: ObjRef) {
    def_methods(
        class,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("clear", |c, r, a, _| {
                arity(c, "clear", a, 0, 0)?;
                modify(c, this(c, r)?, Vec::clear)?;
                Ok(Value::None)
            }),
            ("reverse", |c, r, a, _| {
                arity(c, "reverse", a, 0, 0)?;
                modify(c, this(c, r)?, |v| v.reverse())?;
                Ok(Value::None)
            }),
            ("copy", |c, r, a, _| {
                arity(c, "copy", a, 0, 0)?;
                let b = c.contents::<Vec<u8>>(this(c, r)?)?;
                Ok(c.new_bytearray(b.to_vec()))
            }),
        ],
    );
}

fn this(ctx: &Ctx, recv: Option<Value>) -> PyResult<ObjRef> {
    recv.and_then(crate::bytearray::as_bytearray)
        .ok_or_else(|| ctx.type_error("descriptor requires a 'bytearray' object"))
}

/// An index argument (`'T' object cannot be interpreted as an integer` otherwise).
fn int_arg(ctx: &Ctx, v: Value) -> PyResult<i64> {
    crate::ops::as_i64(v).ok_or_else(|| {
        ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(rt().type_of(v))
        ))
    })
}

fn append(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let ba = this(ctx, recv)?;
    arity(ctx, "append", args, 1, 1)?;
    let b = byte_value(ctx, args[0])?;
    modify(ctx, ba, |v| v.push(b))?;
    Ok(Value::None)
}

fn extend(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let ba = this(ctx, recv)?;
    arity(ctx, "extend", args, 1, 1)?;
    let extra = match bytes_like(ctx, args[0])? {
        Some(b) => b.to_vec(),
        None if args[0].as_str().is_some() || crate::iter::get_iter(ctx, args[0]).is_ok() => {
            from_ints(ctx, args[0], "byte")?
        }
        None => {
            return Err(ctx.type_error(format!(
                "can't extend bytearray with {}",
                class_name(rt().type_of(args[0]))
            )))
        }
    };
    modify(ctx, ba, |v| v.extend_from_slice(&extra))?;
    Ok(Value::None)
}

fn insert(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let ba = this(ctx, recv)?;
    if args.len() != 2 {
        return Err(ctx.type_error(format!("insert expected 2 arguments, got {}", args.len())));
    }
    let i = int_arg(ctx, args[0])?;
    let b = byte_value(ctx, args[1])?;
    modify(ctx, ba, |v| {
        let n = v.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(at as usize, b);
    })?;
    Ok(Value::None)
}

fn pop(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let ba = this(ctx, recv)?;
    arity(ctx, "pop", args, 0, 1)?;
    let len = ctx.contents::<Vec<u8>>(ba)?.len() as i64;
    if len == 0 {
        return Err(ctx.index_error("pop from empty bytearray"));
    }
    let i = match args.first() {
        Some(v) => int_arg(ctx, *v)?,
        None => -1,
    };
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(ctx.index_error("pop index out of range"));
    }
    let b = modify(ctx, ba, |v| v.remove(at as usize))?;
    Ok(Value::Int(b as i64))
}

fn remove(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kw) -> PyResult<Value> {
    let ba = this(ctx, recv)?;
    arity(ctx, "remove", args, 1, 1)?;
    let b = byte_value(ctx, args[0])?;
    let at = ctx.contents::<Vec<u8>>(ba)?.iter().position(|&c| c == b);
    match at {
        Some(i) => {
            modify(ctx, ba, |v| v.remove(i))?;
            Ok(Value::None)
        }
        None => Err(ctx.value_error("value not found in bytearray")),
    }
}
