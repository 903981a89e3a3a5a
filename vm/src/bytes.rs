//! The bytes-like types, `bytes` (immutable) and `bytearray` (mutable): reading either as a
//! byte slice, repr, hashing, comparison, indexing and slicing, `+` and `*`, membership.
//! Mutation of a bytearray is in `bytearray`; the methods, the constructors and the codecs are
//! in `builtins::methods_bytes`.
//!
//! Invariant: a bytearray's contents are one location (`Loc::Contents`), read through
//! [`bytes_like`] and written only through `Ctx::modify_contents`.

use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::value::Value;
use parking_lot::Mutex;
use std::cmp::Ordering;
use std::sync::Arc;

/// The contents of a bytes (borrowed) or bytearray (a shared snapshot) object.
pub enum Buf {
    /// A bytes object's immutable storage.
    Bytes(&'static [u8]),
    /// A bytearray's contents when read.
    Array(Arc<Vec<u8>>),
}

impl std::ops::Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Bytes(b) => b,
            Buf::Array(a) => a,
        }
    }
}

/// The contents of `v` if it is a bytes object.
pub fn as_bytes(v: Value) -> Option<&'static [u8]> {
    match v {
        Value::Obj(o) => match &o.0.kind {
            Kind::Bytes(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a bytearray.
pub fn is_bytearray(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.0.kind), Some(Kind::ByteArray(_)))
}

/// The contents of `v` if it is a bytes or bytearray object.
pub fn bytes_like(ctx: &mut Ctx, v: Value) -> PyResult<Option<Buf>> {
    let Value::Obj(o) = v else {
        return Ok(None);
    };
    Ok(match &o.0.kind {
        Kind::Bytes(b) => Some(Buf::Bytes(b)),
        Kind::ByteArray(_) => Some(Buf::Array(ctx.contents::<Vec<u8>>(o)?)),
        _ => None,
    })
}

/// `TypeError: a bytes-like object is required, not 'T'`.
pub fn need_bytes(ctx: &Ctx, v: Value) -> crate::error::Raise {
    ctx.type_error(format!(
        "a bytes-like object is required, not '{}'",
        class_name(rt().type_of(v))
    ))
}

impl Ctx {
    /// A new bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(self.alloc(Kind::Bytes(b.into_boxed_slice())))
    }
    /// A new bytearray.
    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        Value::Obj(self.alloc(Kind::ByteArray(Mutex::new(Arc::new(b)))))
    }
    /// A new object of the same bytes-like type as `like` (bytearray or bytes).
    pub fn new_bytes_like(&self, like: Value, b: Vec<u8>) -> Value {
        if is_bytearray(like) {
            self.new_bytearray(b)
        } else {
            self.new_bytes(b)
        }
    }
}

/// `repr(b)` of a bytes object: `b'...'` with CPython's choice of quotes and escapes.
pub fn repr(b: &[u8]) -> String {
    repr_quoted(b, false)
}

/// `repr(b)` of a bytearray: `bytearray(b'...')`, where CPython escapes `'` even inside
/// double quotes.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", repr_quoted(b, true))
}

fn repr_quoted(b: &[u8], escape_apostrophe: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote || (escape_apostrophe && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The hash of a bytes object (consistent with equality; bytes never equal other hashables).
pub fn hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The ordering of two bytes-like objects, `None` unless both are bytes-like.
pub fn compare(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<Option<Ordering>> {
    let Some(x) = bytes_like(ctx, a)? else {
        return Ok(None);
    };
    Ok(bytes_like(ctx, b)?.map(|y| (*x).cmp(&*y)))
}

/// How repeating bytes-like `a` past `isize::MAX` bytes fails: bytes and bytearray differ.
pub fn repeat_too_long(a: Value) -> crate::repeat::TooLong {
    let a = crate::native_base::native_of(a).unwrap_or(a);
    match a.obj().map(|o| &o.0.kind) {
        Some(Kind::ByteArray(_)) => crate::repeat::TooLong::Memory,
        _ => crate::repeat::TooLong::Overflow("repeated bytes are too long"),
    }
}

/// `a + x`, `a * n`, `a % args` for a bytes-like `a` (the result has `a`'s type); `None` for other
/// operators.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(x) = bytes_like(ctx, a)? else {
        return Ok(None);
    };
    match op {
        BinOp::Add => match bytes_like(ctx, b)? {
            Some(y) => Ok(Some(ctx.new_bytes_like(a, [&*x, &*y].concat()))),
            None => Err(ctx.type_error(format!(
                "can't concat {} to {}",
                class_name(rt().type_of(b)),
                class_name(rt().type_of(a))
            ))),
        },
        BinOp::Mul => match crate::repeat::count(ctx, b)? {
            Some(n) => {
                let r = crate::repeat::items(ctx, &x, n, repeat_too_long(a))?;
                Ok(Some(ctx.new_bytes_like(a, r)))
            }
            None => Ok(None),
        },
        BinOp::Mod => crate::strformat::percent_bytes(ctx, &x, b, a).map(Some),
        _ => Ok(None),
    }
}

/// A byte value: an int in range(256), with CPython's errors otherwise.
pub fn byte_value(ctx: &Ctx, v: Value) -> PyResult<u8> {
    byte_named(ctx, v, "byte")
}

/// [`byte_value`], with `what` naming the value in the range error.
pub fn byte_named(ctx: &Ctx, v: Value, what: &str) -> PyResult<u8> {
    let out_of_range = || ctx.value_error(format!("{what} must be in range(0, 256)"));
    match crate::ops::as_i64(v) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        Some(_) => Err(out_of_range()),
        None if matches!(v, Value::Obj(o) if matches!(o.kind, Kind::BigInt(_))) => {
            Err(out_of_range())
        }
        None => Err(ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(rt().type_of(v))
        ))),
    }
}

/// `x in b`: an int in range(256) or a bytes-like sub-sequence.
pub fn contains(ctx: &mut Ctx, b: &[u8], item: Value) -> PyResult<bool> {
    if let Some(t) = bytes_like(ctx, item)? {
        return Ok(find(b, &t, 0).is_some());
    }
    if crate::ops::as_i64(item).is_none()
        && !matches!(item, Value::Obj(o) if matches!(o.kind, Kind::BigInt(_)))
    {
        return Err(need_bytes(ctx, item));
    }
    Ok(b.contains(&byte_value(ctx, item)?))
}

/// The first index at or after `from` where `needle` occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// `b[key]` for a bytes-like `b`: an int, or a slice of `b`'s type.
pub fn getitem(ctx: &mut Ctx, b: Value, key: Value) -> PyResult<Value> {
    use crate::seqops::{index, is_slice, slice_indices, slice_positions};
    let data = bytes_like(ctx, b)?.ok_or_else(|| need_bytes(ctx, b))?;
    if let Some(sl) = is_slice(key) {
        let (a, e, st) = slice_indices(ctx, sl, data.len() as i64)?;
        let r = slice_positions(a, e, st).map(|p| data[p]).collect();
        return Ok(ctx.new_bytes_like(b, r));
    }
    let what = if is_bytearray(b) { "bytearray" } else { "byte" };
    let i = index(ctx, key, data.len(), what)?;
    Ok(Value::Int(data[i] as i64))
}
