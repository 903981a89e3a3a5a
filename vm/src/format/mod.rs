//! CPython-exact number and string formatting as pure functions: `repr(float)`, the `format()`
//! mini-language, printf-style `%`, and `int()`/`float()` parsing.
//!
//! Digits always come from Rust's correctly rounded formatting (`{:e}`, `{:.*}`, `{:.*e}`),
//! which rounds half-to-even on exact ties as CPython's dtoa does.

mod percent;
mod spec;

pub use percent::{
    format_percent_spec, parse_percent, Count, PercentArg, PercentFlags, PercentPiece, PercentSpec,
};
pub use spec::{format_spec, FmtValue};

use num_bigint::BigInt;

/// A formatting or parsing error with CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raised as `ValueError`.
    Value(String),
    /// Raised as `TypeError`.
    Type(String),
}

impl FormatError {
    /// The message.
    pub fn message(&self) -> String {
        match self {
            FormatError::Value(m) | FormatError::Type(m) => m.clone(),
        }
    }
    /// The Python exception type name.
    pub fn kind(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
        }
    }
}

/// Shortest round-trip digits and decimal exponent of a finite, non-zero |x|: x = 0.d1d2... × 10^(exp+1).
fn shortest(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    (mant.replace('.', ""), exp.parse().unwrap_or(0))
}

/// Places `digits` (first digit at 10^exp) in fixed or exponent notation as repr does.
fn place(digits: &str, exp: i32, neg: bool) -> String {
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(digits);
                out.push_str(&"0".repeat(e + 1 - digits.len()));
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest(x);
    place(&digits, exp, x < 0.0)
}

/// `int(s, base)`.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FormatError> {
    let err = || {
        FormatError::Value(format!(
            "invalid literal for int() with base {base}: {}",
            quote(s)
        ))
    };
    if base == 1 || base > 36 {
        return Err(FormatError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (mut radix, mut body) = (if base == 0 { 10 } else { base }, t);
    for (p, r) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == 0 || base == r) {
            radix = r;
            body = &t[2..];
            body = body.strip_prefix('_').unwrap_or(body);
        }
    }
    if base == 0
        && radix == 10
        && body.len() > 1
        && body.starts_with('0')
        && body.chars().any(|c| c != '0' && c != '_')
    {
        return Err(err());
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(err());
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    let n = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(err)?;
    Ok(if neg { -n } else { n })
}

/// `float(s)`.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let err = || FormatError::Value(format!("could not convert string to float: {}", quote(s)));
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let l = body.to_ascii_lowercase();
    let v = match l.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
            {
                return Err(err());
            }
            let ok_chars = body
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'));
            if !ok_chars {
                return Err(err());
            }
            body.replace('_', "").parse::<f64>().map_err(|_| err())?
        }
    };
    Ok(if neg { -v } else { v })
}

fn quote(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    format!("{q}{}{q}", s.replace('\\', "\\\\"))
}

/// `round(x, ndigits)` for floats.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > 308 {
        return x;
    }
    if ndigits >= 0 {
        return format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x);
    }
    let p = 10f64.powi((-ndigits) as i32);
    let y = x / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 {
        2.0 * (y / 2.0).round()
    } else {
        r
    };
    r * p
}

/// Python's `divmod` for floats (`b != 0`).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Inserts a separator every `every` digits from the right of an ASCII digit string.
pub(crate) fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Exponent notation with CPython's at-least-two-digit exponent: `1.50e+03`.
pub(crate) fn exp_notation(x: f64, precision: usize, upper: bool) -> String {
    let s = format!("{:.*e}", precision, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g` / `{:g}`: `precision` significant digits, trailing zeros stripped unless `alt`.
pub(crate) fn general(x: f64, precision: usize, upper: bool, alt: bool) -> String {
    let p = precision.max(1);
    if x == 0.0 || !x.is_finite() {
        if !x.is_finite() {
            return nonfinite(x, upper);
        }
        let mut s = if x.is_sign_negative() {
            "-0".to_string()
        } else {
            "0".to_string()
        };
        if alt {
            s.push('.');
            s.push_str(&"0".repeat(p - 1));
        }
        return s;
    }
    let sci = format!("{:.*e}", p - 1, x);
    let exp: i32 = sci
        .split_once('e')
        .map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let mut s = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        exp_notation(x, p - 1, upper)
    };
    if !alt {
        s = strip_zeros(&s);
    } else if !s.contains('.') {
        match s.find(['e', 'E']) {
            Some(i) => s.insert(i, '.'),
            None => s.push('.'),
        }
    }
    s
}

fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let m = if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    };
    format!("{m}{e}")
}

/// `inf`/`nan` spellings.
pub(crate) fn nonfinite(x: f64, upper: bool) -> String {
    let s = if x.is_nan() {
        "nan"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    if upper {
        s.to_uppercase()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests;
