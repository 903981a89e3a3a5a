//! Mutating a `bytearray`: item and slice assignment and deletion, `+=` and `*=`, and the
//! byte sources its constructor and methods accept.
//!
//! Invariant: every change goes through `Ctx::modify_contents` on the object's contents
//! location, so speculative tasks sharing a bytearray conflict as they would on a list.

use crate::bytecode::BinOp;
use crate::bytes::{byte_named, byte_value, bytes_like};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::repeat::{self, TooLong};
use crate::seqops::{index, is_slice, slice_indices, slice_positions};
use crate::value::{ObjRef, Value};

/// `v` if it is a bytearray object.
pub fn as_bytearray(v: Value) -> Option<ObjRef> {
    v.obj().filter(|o| matches!(o.kind, Kind::ByteArray(_)))
}

/// Changes a bytearray's contents.
pub fn modify<R>(ctx: &mut Ctx, ba: ObjRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    ctx.modify_contents(ba, f)
}

/// The bytes of an iterable of ints in range(256); `what` names the result in the range
/// error ("byte" for bytearray, "bytes" for bytes, as CPython's messages do).
pub fn from_ints(ctx: &mut Ctx, src: Value, what: &str) -> PyResult<Vec<u8>> {
    crate::iter::collect(ctx, src)?
        .into_iter()
        .map(|v| byte_named(ctx, v, what))
        .collect()
}

/// The bytes assigned to a bytearray slice: bytes-like, or an iterable of ints.
fn assigned(ctx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(ctx, v)? {
        return Ok(b.to_vec());
    }
    let iterable = crate::iter::get_iter(ctx, v).is_ok() && v.as_str().is_none();
    if !iterable {
        return Err(
            ctx.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    from_ints(ctx, v, "byte")
}

/// `ba[key] = value`.
pub fn setitem(ctx: &mut Ctx, ba: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let len = ctx.contents::<Vec<u8>>(ba)?.len();
    if let Some(sl) = is_slice(key) {
        let new = assigned(ctx, value)?;
        let (s, e, st) = slice_indices(ctx, sl, len as i64)?;
        if st == 1 {
            let e = e.max(s);
            return modify(ctx, ba, |v| {
                v.splice(s as usize..e as usize, new);
            });
        }
        let at: Vec<usize> = slice_positions(s, e, st).collect();
        if at.len() != new.len() {
            return Err(ctx.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                at.len()
            )));
        }
        return modify(ctx, ba, |v| {
            for (p, b) in at.into_iter().zip(new) {
                v[p] = b;
            }
        });
    }
    let i = index(ctx, key, len, "bytearray")?;
    let b = byte_value(ctx, value)?;
    modify(ctx, ba, |v| v[i] = b)
}

/// `del ba[key]`.
pub fn delitem(ctx: &mut Ctx, ba: ObjRef, key: Value) -> PyResult<()> {
    let len = ctx.contents::<Vec<u8>>(ba)?.len();
    if let Some(sl) = is_slice(key) {
        let (s, e, st) = slice_indices(ctx, sl, len as i64)?;
        let mut gone = vec![false; len];
        for p in slice_positions(s, e, st) {
            gone[p] = true;
        }
        return modify(ctx, ba, |v| {
            let mut k = 0;
            v.retain(|_| {
                k += 1;
                !gone[k - 1]
            });
        });
    }
    let i = index(ctx, key, len, "bytearray")?;
    modify(ctx, ba, |v| {
        v.remove(i);
    })
}

/// `ba += x` (extends in place) and `ba *= n` (repeats in place); `None` when `a` is not a
/// bytearray or the operator has no in-place form.
pub fn inplace(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(ba) = as_bytearray(a) else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(extra) = bytes_like(ctx, b)? else {
                return Ok(None);
            };
            let extra = extra.to_vec();
            modify(ctx, ba, |v| v.extend_from_slice(&extra))?;
        }
        BinOp::Mul => {
            let Some(n) = repeat::count(ctx, b)? else {
                return Ok(None);
            };
            let cur = ctx.contents::<Vec<u8>>(ba)?;
            let r = repeat::items(ctx, &cur, n, TooLong::Memory)?;
            drop(cur);
            modify(ctx, ba, |v| *v = r)?;
        }
        _ => return Ok(None),
    }
    Ok(Some(a))
}
