//! The `format()` mini-language (PEP 3101):
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, following CPython's
//! `Python/formatter_unicode.c`.

use super::float_repr::{double_to_string, DtoaFlags};
use super::{int_to_decimal, int_to_f64, FormatError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A built-in value to format.
#[derive(Debug, Clone, Copy)]
pub enum FmtValue<'a> {
    /// An int.
    Int(&'a BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'a str),
    /// A bool: its str with an empty spec, an int (type name `bool`) otherwise.
    Bool(bool),
}

/// Thousands separators requested by the spec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    None,
    Comma,
    Underscore,
    /// `_` with `b`/`o`/`x`/`X`: every four digits.
    UnderscoreFour,
}

/// CPython's `InternalFormatSpec`.
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    width: Option<usize>,
    grouping: Grouping,
    precision: Option<usize>,
    /// The presentation type; `None` when omitted.
    ty: Option<char>,
}

/// `get_integer`: ASCII and Unicode decimal digits, `Too many decimal digits` on overflow.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let v = acc
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::Value("Too many decimal digits in format string".into()))?;
        acc = Some(v);
        *pos += 1;
    }
    Ok(acc)
}

fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return c.to_digit(10);
    }
    if (c as u32) < 128 {
        return None;
    }
    let s = super::to_ascii_digits(&c.to_string());
    s.chars()
        .next()
        .filter(char::is_ascii_digit)
        .and_then(|d| d.to_digit(10))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn code_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// `parse_internal_render_format_spec`.
fn parse(
    spec: &str,
    type_name: &str,
    default_align: char,
    default_ty: Option<char>,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_ty,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    s.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        s.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping != Grouping::None {
            return Err(FormatError::Value(
                "Cannot specify both ',' and '_'.".into(),
            ));
        }
        s.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping == Grouping::Underscore {
        return Err(FormatError::Value(
            "Cannot specify both ',' and '_'.".into(),
        ));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        s.precision = get_integer(&chars, &mut pos)?;
        if s.precision.is_none() {
            return Err(FormatError::Value(
                "Format specifier missing precision".into(),
            ));
        }
    }
    if end - pos > 1 {
        return Err(FormatError::Value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        s.ty = Some(chars[pos]);
    }
    if s.grouping != Grouping::None {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if s.grouping == Grouping::Underscore => {
                s.grouping = Grouping::UnderscoreFour
            }
            Some(t) => {
                let sep = if s.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(FormatError::Value(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    code_repr(t)
                )));
            }
        }
    }
    Ok(s)
}

fn unknown(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_repr(ty)
    ))
}

/// `(separator, group size)` for the digits, or `None` when ungrouped.
fn grouping_of(g: Grouping) -> Option<(char, usize)> {
    match g {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
        Grouping::UnderscoreFour => Some(('_', 4)),
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` and left-pads them with zeros up to
/// `min_width` characters (separators included), as `format(1234, '09,')` → `0,001,234`.
fn insert_grouping(digits: &[char], min_width: i64, grouping: Option<(char, usize)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut chunks: Vec<String> = Vec::new();
    let mut end = digits.len();
    let mut take = |n_zeros: i64, n_chars: i64, chunks: &mut Vec<String>| {
        let start = end - n_chars as usize;
        let mut chunk: String = "0".repeat(n_zeros as usize);
        chunk.extend(&digits[start..end]);
        end = start;
        chunks.push(chunk);
    };
    let mut broken = false;
    if let Some((_, size)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            take(n_zeros, n_chars, &mut chunks);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        take(n_zeros, n_chars, &mut chunks);
    }
    chunks.reverse();
    let sep = grouping.map_or(String::new(), |(c, _)| c.to_string());
    chunks.join(&sep)
}

/// The parts of a formatted number (`calc_number_widths` + `fill_number`).
struct Number<'a> {
    /// `-` when the value is negative.
    negative: bool,
    /// `0x` etc.
    prefix: &'a str,
    /// The digits to group (integer part).
    digits: &'a [char],
    /// Decimal point present after the digits.
    has_decimal: bool,
    /// Everything after the digits (and decimal point): fraction, exponent, `%`, or `inf`.
    remainder: &'a str,
}

fn fill_number(s: &Spec, n: &Number<'_>, grouping: Option<(char, usize)>, upper: bool) -> String {
    let sign = match (s.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_non_digit = sign.map_or(0, |_| 1)
        + n.prefix.chars().count()
        + usize::from(n.has_decimal)
        + n.remainder.chars().count();
    let width = s.width.map_or(-1, |w| w as i64);
    let min_width = if s.fill == '0' && s.align == '=' {
        width - n_non_digit as i64
    } else {
        0
    };
    let mut grouped = if n.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(n.digits, min_width, grouping)
    };
    if upper {
        grouped = grouped.to_ascii_uppercase();
    }
    let padding = width - (n_non_digit + grouped.chars().count()) as i64;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        let p = padding as usize;
        match s.align {
            '<' => rpad = p,
            '^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            '=' => spad = p,
            _ => lpad = p,
        }
    }
    let mut out = String::new();
    let fill = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(s.fill, k));
    fill(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    fill(&mut out, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, rpad);
    out
}

/// `format_long_internal` (and the int dispatch of `long.__format__`).
fn format_int(n: &BigInt, s: &Spec, type_name: &str) -> Result<String, FormatError> {
    let ty = s.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(int_to_f64(n)?, s),
        other => return Err(unknown(other, type_name)),
    }
    if s.precision.is_some() {
        return Err(FormatError::Value(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if s.no_neg_0 {
        return Err(FormatError::Value(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(FormatError::Value(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if s.alt {
            return Err(FormatError::Value(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let x = n.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".into())
        })?;
        let ch = u32::try_from(x)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".into()))?;
        // Lone surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let text = char::from_u32(ch).unwrap_or('\u{fffd}').to_string();
        let num = Number {
            negative: false,
            prefix: "",
            digits: &[],
            has_decimal: false,
            remainder: &text,
        };
        return Ok(fill_number(s, &num, None, false));
    }
    let abs = n.abs();
    let (digits, prefix) = match ty {
        'b' => (abs.to_str_radix(2), "0b"),
        'o' => (abs.to_str_radix(8), "0o"),
        'x' | 'X' => (abs.to_str_radix(16), "0x"),
        _ => (int_to_decimal(&abs)?, ""),
    };
    let digits: Vec<char> = digits.chars().collect();
    let num = Number {
        negative: n.is_negative(),
        prefix: if s.alt { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let grouping = if ty == 'n' {
        None
    } else {
        grouping_of(s.grouping)
    };
    Ok(fill_number(s, &num, grouping, ty == 'X'))
}

/// `format_float_internal` (and the dispatch of `float.__format__`).
fn format_float(x: f64, s: &Spec) -> Result<String, FormatError> {
    let mut ty = match s.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => t,
        Some('n') => 'g',
        Some(other) => return Err(unknown(other, "float")),
    };
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::Value("precision too big".into()));
    }
    let flags = DtoaFlags {
        sign: false,
        add_dot_0: s.ty.is_none(),
        alt: s.alt,
        no_neg_0: s.no_neg_0,
    };
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None if ty == 'r' => 0,
        None => 6,
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits: Vec<char> = body[..n_int].chars().collect();
    let after = &body[n_int..];
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let num = Number {
        negative,
        prefix: "",
        digits: &digits,
        has_decimal,
        remainder,
    };
    let grouping = if s.ty == Some('n') {
        None
    } else {
        grouping_of(s.grouping)
    };
    Ok(fill_number(s, &num, grouping, false))
}

/// `format_string_internal`.
fn format_str(t: &str, s: &Spec) -> Result<String, FormatError> {
    if let Some(ty) = s.ty.filter(|&c| c != 's') {
        return Err(unknown(ty, "str"));
    }
    match s.sign {
        Some(' ') => {
            return Err(FormatError::Value(
                "Space not allowed in string format specifier".into(),
            ))
        }
        Some(_) => {
            return Err(FormatError::Value(
                "Sign not allowed in string format specifier".into(),
            ))
        }
        None => {}
    }
    if s.no_neg_0 {
        return Err(FormatError::Value(
            "Negative zero coercion (z) not allowed in string format specifier".into(),
        ));
    }
    if s.alt {
        return Err(FormatError::Value(
            "Alternate form (#) not allowed in string format specifier".into(),
        ));
    }
    if s.align == '=' {
        return Err(FormatError::Value(
            "'=' alignment not allowed in string format specifier".into(),
        ));
    }
    let len = t.chars().count();
    let len = s.precision.map_or(len, |p| p.min(len));
    let width = s.width.unwrap_or(0);
    let pad = width.saturating_sub(len);
    let (l, r) = match s.align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(t.len() + pad);
    out.extend(std::iter::repeat_n(s.fill, l));
    out.extend(t.chars().take(len));
    out.extend(std::iter::repeat_n(s.fill, r));
    Ok(out)
}

/// `format(value, spec)`: the full PEP 3101 mini-language
/// `[[fill]align][sign][z][#][0][width][grouping ,_][.precision][type]`, types `b c d o x X n e E f F g G %`.
pub fn format_spec(value: FmtValue<'_>, spec: &str) -> Result<String, FormatError> {
    match value {
        FmtValue::Int(n) => {
            if spec.is_empty() {
                return int_to_decimal(n);
            }
            let s = parse(spec, "int", '>', Some('d'))?;
            format_int(n, &s, "int")
        }
        FmtValue::Bool(b) => {
            if spec.is_empty() {
                return Ok(if b { "True" } else { "False" }.into());
            }
            let s = parse(spec, "bool", '>', Some('d'))?;
            format_int(&BigInt::from(u8::from(b)), &s, "bool")
        }
        FmtValue::Float(x) => {
            if spec.is_empty() {
                return Ok(super::float_repr(x));
            }
            let s = parse(spec, "float", '>', None)?;
            format_float(x, &s)
        }
        FmtValue::Str(t) => {
            if spec.is_empty() {
                return Ok(t.to_string());
            }
            let s = parse(spec, "str", '<', Some('s'))?;
            format_str(t, &s)
        }
    }
}
