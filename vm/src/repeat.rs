//! Sequence repetition `seq * n`: CPython's count rules, and building the result so that a
//! size that cannot be allocated is an exception (MemoryError, or the OverflowError some types
//! raise first) instead of an aborted process.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::value::Value;

/// What a sequence type raises when its repetition would hold more than `isize::MAX` items
/// (CPython's check before allocating; a smaller result that cannot be allocated is a
/// MemoryError for every type).
#[derive(Clone, Copy)]
pub enum TooLong {
    /// `MemoryError` (list, tuple, bytearray).
    Memory,
    /// `OverflowError(msg)` (str: "repeated string is too long", bytes: "repeated bytes are
    /// too long").
    Overflow(&'static str),
}

/// The count of `seq * n`, negative counts meaning 0; `None` when `n` is not an int. An int
/// beyond the index range is CPython's OverflowError.
pub fn count(ctx: &Ctx, n: Value) -> PyResult<Option<usize>> {
    if let Some(i) = crate::ops::as_i64(n) {
        // Non-negative i64 fits usize on the 64-bit targets this runs on.
        return Ok(Some(usize::try_from(i.max(0)).unwrap_or(usize::MAX)));
    }
    let n = crate::native_base::native_of(n).unwrap_or(n);
    if matches!(n, Value::Obj(o) if matches!(o.kind, Kind::BigInt(_))) {
        return Err(ctx.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(None)
}

/// `seq * x` or `x * seq` once the operands' `__mul__`/`__rmul__` declined (CPython's
/// `sq_repeat`, the left operand's first): `x` an object with `__index__` repeats the
/// sequence, anything else is the TypeError "can't multiply sequence by non-int". `None`
/// when neither operand is a str, list, tuple, bytes or bytearray.
pub fn sequence_repeat(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<Option<Value>> {
    // A subclass instance repeats as its built-in value (the result has the built-in type).
    let native = |v: Value| crate::native_base::native_of(v).unwrap_or(v);
    let is_seq = |v: Value| {
        matches!(
            native(v).obj().map(|o| &o.0.kind),
            Some(
                Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_)
            )
        )
    };
    let (seq, n) = match (is_seq(a), is_seq(b)) {
        (true, _) => (a, b),
        (false, true) => (b, a),
        (false, false) => return Ok(None),
    };
    let i = crate::seqops::index_value(ctx, n)?;
    if crate::ops::as_big(i).is_some() {
        if let Some(r) = crate::seqops::binary(ctx, crate::bytecode::BinOp::Mul, native(seq), i)? {
            return Ok(Some(r));
        }
    }
    Err(ctx.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        crate::rt::class_name(crate::rt::rt().type_of(n))
    )))
}

/// The number of items of `len` items repeated `n` times, or `too_long`'s error past
/// `isize::MAX`.
fn total(ctx: &Ctx, len: usize, n: usize, too_long: TooLong) -> PyResult<usize> {
    match len.checked_mul(n) {
        Some(t) if t <= isize::MAX as usize => Ok(t),
        _ => Err(match too_long {
            TooLong::Memory => ctx.memory_error(),
            TooLong::Overflow(msg) => ctx.overflow_error(msg),
        }),
    }
}

/// `items` repeated `n` times.
pub fn items<T: Copy>(ctx: &Ctx, items: &[T], n: usize, too_long: TooLong) -> PyResult<Vec<T>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total(ctx, items.len(), n, too_long)?)
        .map_err(|_| ctx.memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `s` (of `chars` characters) repeated `n` times.
pub fn text(ctx: &Ctx, s: &str, chars: usize, n: usize) -> PyResult<String> {
    if s.is_empty() || n == 0 {
        return Ok(String::new());
    }
    total(
        ctx,
        chars,
        n,
        TooLong::Overflow("repeated string is too long"),
    )?;
    let mut out = String::new();
    s.len()
        .checked_mul(n)
        .and_then(|bytes| out.try_reserve_exact(bytes).ok())
        .ok_or_else(|| ctx.memory_error())?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_counts_past_isize_are_the_types_error_not_an_abort() {
        crate::rt::init(Vec::new(), Vec::new());
        let ctx = Ctx::direct();
        let big = 1usize << 62;
        assert!(items(&ctx, &[1u64, 2], big, TooLong::Memory).is_err());
        assert!(items(&ctx, &[1u8, 2], big, TooLong::Overflow("x")).is_err());
        assert!(text(&ctx, "ab", 2, big).is_err());
        // Within isize but far beyond any address space: the allocation fails, no abort.
        assert!(items(&ctx, &[0u64], 1 << 60, TooLong::Memory).is_err());
        assert!(text(&ctx, "a", 1, usize::MAX >> 1).is_err());
        // Empty sequences and zero counts never allocate, however large the other side.
        assert_eq!(
            items::<u64>(&ctx, &[], big, TooLong::Memory).ok(),
            Some(vec![])
        );
        assert_eq!(text(&ctx, "", 0, big).ok(), Some(String::new()));
        assert_eq!(
            items(&ctx, &[1u8, 2], 3, TooLong::Memory).ok(),
            Some(vec![1, 2, 1, 2, 1, 2])
        );
        assert_eq!(text(&ctx, "é", 1, 3).ok(), Some("ééé".to_string()));
    }
}
