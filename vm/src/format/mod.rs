//! CPython-exact number and string formatting as pure functions: `repr(float)`, the `format()`
//! mini-language, printf-style `%`, `int()`/`float()` parsing, `round()` and float `divmod`.
//!
//! Digits always come from Rust's correctly rounded formatting (`{:e}`, `{:.*}`, `{:.*e}`),
//! which rounds half-to-even on exact ties exactly as CPython's dtoa does; the layout around
//! the digits follows CPython's `format_float_short`, `calc_number_widths` and
//! `unicode_format_arg_output` step by step.

mod arith;
mod float_repr;
mod parse;
mod percent;
mod spec;

pub use arith::{float_divmod, round_float};
pub use float_repr::float_repr;
pub use parse::{parse_float, parse_int};
pub use percent::{
    format_percent_spec, parse_percent, parse_percent_bytes, Count, PercentArg, PercentFlags,
    PercentPiece, PercentSpec,
};
pub use spec::{format_spec, FmtValue};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A formatting or parsing error carrying CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raised as `ValueError`.
    Value(String),
    /// Raised as `TypeError`.
    Type(String),
    /// Raised as `OverflowError` (e.g. `'%c' % 0x110000`, an int too large for a float format).
    Overflow(String),
}

impl FormatError {
    /// The exception message.
    pub fn message(&self) -> String {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m.clone(),
        }
    }

    /// The Python exception class name: `"ValueError"`, `"TypeError"` or `"OverflowError"`.
    pub fn kind(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
        }
    }
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub(crate) const MAX_STR_DIGITS: usize = 4300;

/// `str(n)` in base 10 with CPython's 4300-digit conversion limit.
pub(crate) fn int_to_decimal(n: &BigInt) -> Result<String, FormatError> {
    // A 4300-digit number has at least 14281 bits; anything below that is surely short enough.
    if n.bits() > 14_000 {
        let s = n.abs().to_string();
        if s.len() > MAX_STR_DIGITS {
            return Err(FormatError::Value(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(if n.is_negative() { format!("-{s}") } else { s });
    }
    Ok(n.to_string())
}

/// `float(n)` for an int: correctly rounded, `OverflowError` when too large.
pub(crate) fn int_to_f64(n: &BigInt) -> Result<f64, FormatError> {
    let overflow = || FormatError::Overflow("int too large to convert to float".into());
    if n.bits() > 1024 {
        return Err(overflow());
    }
    // Decimal text of at most 309 digits, parsed with correct rounding.
    let x: f64 = n.to_string().parse().map_err(|_| overflow())?;
    if x.is_finite() {
        Ok(x)
    } else {
        Err(overflow())
    }
}

/// `int(x)` for a float argument of `%d`: truncation, with CPython's errors for nan/inf.
pub(crate) fn f64_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(FormatError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    let t = x.trunc();
    if let Some(i) = t.to_i64() {
        return Ok(BigInt::from(i));
    }
    // |t| >= 2^63: exact integer, parse its exact decimal text.
    let s = format!("{t:.0}");
    Ok(s.parse::<BigInt>().unwrap_or_default())
}

/// `Py_UNICODE_ISSPACE`: `str.isspace()` for one character.
pub(crate) fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// First code points of the non-ASCII Unicode decimal digit runs (each run is 0..=9).
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL` for a non-ASCII character.
fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become ' ', Unicode decimal
/// digits their ASCII digit; any other non-ASCII character ends the text with '?'.
pub(crate) fn to_ascii_digits(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_py_space(c) {
            out.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    out
}

/// Whether `repr()` prints the character as is (an approximation of `str.isprintable()`).
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    !(cp <= 0xa0
        || cp == 0xad
        || (0x600..=0x605).contains(&cp)
        || cp == 0x61c
        || cp == 0x6dd
        || cp == 0x70f
        || cp == 0x1680
        || cp == 0x180e
        || (0x2000..=0x200f).contains(&cp)
        || (0x2028..=0x202f).contains(&cp)
        || (0x205f..=0x2064).contains(&cp)
        || (0x2066..=0x206f).contains(&cp)
        || cp == 0x3000
        || (0xd800..=0xf8ff).contains(&cp)
        || cp == 0xfeff
        || (0xfff0..=0xfffb).contains(&cp)
        || (cp & 0xfffe) == 0xfffe
        || cp == 0x110bd
        || (0x1d173..=0x1d17a).contains(&cp)
        || (0xe0000..=0xe0fff).contains(&cp)
        || cp >= 0xf0000)
}

/// `repr(s)` for a str, as used in error messages.
pub(crate) fn py_repr_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

#[cfg(test)]
mod tests;
