//! `int(s, base)` and `float(s)` for strs, following CPython's `PyLong_FromUnicodeObject` /
//! `PyLong_FromString` and `PyFloat_FromString` / `_Py_string_to_number_with_underscores`.

use super::{py_repr_str, to_ascii_digits, FormatError, MAX_STR_DIGITS};
use num_bigint::BigInt;

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` with CPython's rules: surrounding whitespace, a sign, `_` between digits,
/// `0x`/`0o`/`0b` prefixes (base 0 or the matching base), Unicode digits, the 4300-digit
/// limit, and the message `invalid literal for int() with base 10: 'abc'`.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let invalid = || {
        let r: String = py_repr_str(s).chars().take(200).collect();
        FormatError::Value(format!("invalid literal for int() with base {base}: {r}"))
    };
    let text = to_ascii_digits(s);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    match b.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let at = |k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut radix = base;
    let mut old_octal = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                old_octal = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((radix, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut clean = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < radix || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            clean.push(b[i]);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && clean.len() > MAX_STR_DIGITS {
        return Err(FormatError::Value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    if i == start || (old_octal && clean.iter().any(|&d| d != b'0')) {
        return Err(invalid());
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    let n = BigInt::parse_bytes(&clean, radix).ok_or_else(invalid)?;
    Ok(if negative { -n } else { n })
}

/// `_Py_parse_inf_or_nan` on a whole (sign-free) string.
fn inf_or_nan(body: &str) -> Option<f64> {
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    }
}

/// Whether `t` is `digits[.digits][e[sign]digits]` with at least one mantissa digit (`_Py_dg_strtod`).
fn is_decimal_literal(t: &[u8]) -> bool {
    let mut i = 0;
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < t.len() && t[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - st
    };
    let mut mant = digits(&mut i);
    if i < t.len() && t[i] == b'.' {
        i += 1;
        mant += digits(&mut i);
    }
    if mant == 0 {
        return false;
    }
    if i < t.len() && matches!(t[i], b'e' | b'E') {
        i += 1;
        if i < t.len() && matches!(t[i], b'+' | b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == t.len()
}

/// `float(s)` with CPython's rules: surrounding whitespace, a sign, `_` between digits,
/// `inf`/`infinity`/`nan` in any case, Unicode digits, and the message
/// `could not convert string to float: 'abc'`.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let invalid = || {
        FormatError::Value(format!(
            "could not convert string to float: {}",
            py_repr_str(s)
        ))
    };
    let text = to_ascii_digits(s);
    let t = text.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    // Underscores only between two digits.
    let tb = t.as_bytes();
    let mut clean = String::with_capacity(t.len());
    for (k, &c) in tb.iter().enumerate() {
        if c == b'_' {
            let before = k > 0 && tb[k - 1].is_ascii_digit();
            let after = tb.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return Err(invalid());
            }
        } else {
            clean.push(char::from(c));
        }
    }
    let (negative, body) = match clean.as_bytes().first() {
        Some(b'-') => (true, &clean[1..]),
        Some(b'+') => (false, &clean[1..]),
        _ => (false, clean.as_str()),
    };
    let v = if is_decimal_literal(body.as_bytes()) {
        body.parse::<f64>().map_err(|_| invalid())?
    } else {
        inf_or_nan(body).ok_or_else(invalid)?
    };
    Ok(if negative { -v } else { v })
}
