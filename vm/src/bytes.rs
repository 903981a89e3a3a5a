//! The immutable `bytes` type: repr, comparison, hashing, indexing and slicing, `+` and `*`,
//! membership. Its methods, the constructor and the codecs are in `builtins::methods_bytes`.
//! (`bytearray` is not supported yet: calling it raises NotImplementedError.)

use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::value::Value;

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

impl Ctx {
    /// A new bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(self.alloc(Kind::Bytes(b.into_boxed_slice())))
    }
}

/// `repr(b)`: `b'...'` with CPython's choice of quotes and escapes.
pub fn repr(b: &[u8]) -> String {
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
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The hash of a bytes object (consistent with equality; bytes never equal other types).
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

/// `b + x`, `b * n`; `None` for other operators.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: &[u8], b: Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match as_bytes(b) {
            Some(t) => Ok(Some(ctx.new_bytes([a, t].concat()))),
            None => Err(ctx.type_error(format!(
                "can't concat {} to bytes",
                class_name(rt().type_of(b))
            ))),
        },
        BinOp::Mul => match crate::ops::as_i64(b) {
            Some(n) => Ok(Some(ctx.new_bytes(a.repeat(n.max(0) as usize)))),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `x in b`: an int in range(256) or a bytes sub-sequence.
pub fn contains(ctx: &Ctx, b: &[u8], item: Value) -> PyResult<bool> {
    if let Some(t) = as_bytes(item) {
        return Ok(find(b, t, 0).is_some());
    }
    match crate::ops::as_i64(item) {
        Some(n) if (0..256).contains(&n) => Ok(b.contains(&(n as u8))),
        Some(_) => Err(ctx.value_error("byte must be in range(0, 256)")),
        None => Err(ctx.type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(rt().type_of(item))
        ))),
    }
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
