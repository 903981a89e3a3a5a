//! printf-style `%` formatting: parsing the template and formatting one conversion, following
//! CPython's `unicode_format_arg_parse`, `unicode_format_arg_format` and `unicode_format_arg_output`.

use super::float_repr::{double_to_string, DtoaFlags};
use super::{f64_to_int, int_to_decimal, int_to_f64, FormatError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A width or precision: a number in the template, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// A number written in the template.
    Fixed(usize),
    /// `*`: the next argument (a negative width means left-justify; a negative precision means 0).
    FromArgs,
}

/// The `-0+ #` conversion flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `0`: zero-pad numbers.
    pub zero: bool,
    /// `+`: always print a sign.
    pub plus: bool,
    /// ` `: a space before positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The key of `%(key)s` (balanced parentheses allowed inside).
    pub mapping_key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision.
    pub precision: Option<Count>,
    /// The conversion character; `%` for a literal percent (the caller prints `%`).
    pub conversion: char,
}

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is.
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
}

/// An argument for one conversion: `Str` is already `str()`/`repr()`/`ascii()` for `%s %r %a`;
/// for `%c` a 1-character `Str` or an `Int`.
#[derive(Debug, Clone, Copy)]
pub enum PercentArg<'a> {
    /// An int (or bool).
    Int(&'a BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'a str),
}

/// The conversion characters CPython accepts for str (`%` only right after `%`).
const CONVERSIONS: &str = "sraiduoxXeEfFgGc";

/// The conversion characters CPython accepts for bytes (`%b` added).
const BYTES_CONVERSIONS: &str = "sraiduoxXeEfFgGcb";

/// Parses a printf-style template; `%%` yields a `Spec` with conversion `%` (the caller prints `%`).
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    parse_with(fmt, CONVERSIONS)
}

/// Parses a bytes template (decoded as Latin-1, so one char per byte), which also allows `%b`.
pub fn parse_percent_bytes(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    parse_with(fmt, BYTES_CONVERSIONS)
}

fn parse_with(fmt: &str, conversions: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let incomplete = || FormatError::Value("incomplete format".into());
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < n {
        if chars[i] != '%' {
            lit.push(chars[i]);
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            out.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        i += 1;
        let mut spec = PercentSpec {
            mapping_key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conversion: '%',
        };
        if i >= n {
            return Err(incomplete());
        }
        if chars[i] == '%' {
            out.push(PercentPiece::Spec(spec));
            i += 1;
            continue;
        }
        if chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while depth > 0 && i < n {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(FormatError::Value("incomplete format key".into()));
            }
            spec.mapping_key = Some(chars[start..i - 1].iter().collect());
        }
        while i < n {
            match chars[i] {
                '-' => spec.flags.left = true,
                '+' => spec.flags.plus = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alt = true,
                '0' => spec.flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < n && chars[i] == '*' {
            spec.width = Some(Count::FromArgs);
            i += 1;
        } else if let Some(w) = read_number(&chars, &mut i, isize::MAX as usize, "width too big")? {
            spec.width = Some(Count::Fixed(w));
        }
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                spec.precision = Some(Count::FromArgs);
                i += 1;
            } else {
                let p = read_number(&chars, &mut i, i32::MAX as usize, "precision too big")?;
                spec.precision = Some(Count::Fixed(p.unwrap_or(0)));
            }
        }
        if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&c) = chars.get(i) else {
            return Err(incomplete());
        };
        if !conversions.contains(c) {
            let shown = if (31..=126).contains(&(c as u32)) {
                c
            } else {
                '?'
            };
            return Err(FormatError::Value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {i}",
                c as u32
            )));
        }
        spec.conversion = c;
        i += 1;
        out.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Literal(lit));
    }
    Ok(out)
}

/// Reads ASCII digits at `*i`; `None` when there are none; `too_big` past `max`.
fn read_number(
    chars: &[char],
    i: &mut usize,
    max: usize,
    too_big: &str,
) -> Result<Option<usize>, FormatError> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let v = acc
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= max)
            .ok_or_else(|| FormatError::Value(too_big.into()))?;
        acc = Some(v);
        *i += 1;
    }
    Ok(acc)
}

/// `_PyUnicode_FormatLong`: sign, optional `0x`/`0o` prefix, digits zero-filled to `prec`.
fn format_long(
    n: &BigInt,
    conv: char,
    alt: bool,
    prec: Option<usize>,
) -> Result<String, FormatError> {
    let abs = n.abs();
    let (digits, prefix) = match conv {
        'o' => (abs.to_str_radix(8), "0o"),
        'x' => (abs.to_str_radix(16), "0x"),
        'X' => (abs.to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (int_to_decimal(&abs)?, ""),
    };
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if let Some(p) = prec {
        out.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    out.push_str(&digits);
    Ok(out)
}

/// `formatchar`: the character for `%c`.
fn format_char(arg: PercentArg<'_>) -> Result<char, FormatError> {
    let wrong = || FormatError::Type("%c requires int or char".into());
    match arg {
        PercentArg::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(wrong()),
            }
        }
        PercentArg::Int(n) => {
            let cp = n
                .to_u32()
                .filter(|&v| v <= 0x10ffff)
                .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".into()))?;
            // Lone surrogates cannot live in a Rust string; U+FFFD stands in for them.
            Ok(char::from_u32(cp).unwrap_or('\u{fffd}'))
        }
        PercentArg::Float(_) => Err(wrong()),
    }
}

/// `unicode_format_arg_output`: truncation, sign, zero/space padding and `0x` placement.
fn output(
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    text: &str,
    numeric: bool,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p as i64);
        }
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if flags.plus => signchar = '+',
            _ if flags.space => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width.map_or(-1, |w| w as i64).max(len);
    let mut out = String::with_capacity(width.max(0) as usize + 1);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    let len = len.max(0) as usize;
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len as i64 {
        out.extend(std::iter::repeat_n(' ', (width - len as i64) as usize));
    }
    out
}

/// Formats one `%d %i %u %x %X %o %e %E %f %F %g %G %c %s %r %a` conversion (or `%%` → `%`)
/// with flags, width and precision already resolved.
pub fn format_percent_spec(
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    arg: PercentArg<'_>,
) -> Result<String, FormatError> {
    let f = &spec.flags;
    let conv = spec.conversion;
    match conv {
        '%' => Ok("%".into()),
        's' | 'r' | 'a' => {
            let text = match arg {
                PercentArg::Str(s) => s.to_string(),
                PercentArg::Int(n) => int_to_decimal(n)?,
                PercentArg::Float(x) => super::float_repr(x),
            };
            Ok(output(conv, f, width, precision, &text, false))
        }
        'c' => {
            let c = format_char(arg)?;
            Ok(output(conv, f, width, precision, &c.to_string(), false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = match arg {
                PercentArg::Int(n) => n.clone(),
                PercentArg::Float(x) if matches!(conv, 'd' | 'i' | 'u') => f64_to_int(x)?,
                PercentArg::Float(_) => {
                    return Err(FormatError::Type(format!(
                        "%{conv} format: an integer is required, not float"
                    )))
                }
                PercentArg::Str(_) => {
                    let what = if matches!(conv, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(FormatError::Type(format!(
                        "%{conv} format: {what} is required, not str"
                    )));
                }
            };
            let text = format_long(&n, conv, f.alt, precision)?;
            Ok(output(conv, f, width, precision, &text, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(n) => int_to_f64(n)?,
                PercentArg::Str(_) => {
                    return Err(FormatError::Type("must be real number, not str".into()))
                }
            };
            let flags = DtoaFlags {
                alt: f.alt,
                ..DtoaFlags::default()
            };
            let text = double_to_string(x, conv, precision.unwrap_or(6), flags);
            Ok(output(conv, f, width, precision, &text, true))
        }
        other => {
            let shown = if (31..=126).contains(&(other as u32)) {
                other
            } else {
                '?'
            };
            Err(FormatError::Value(format!(
                "unsupported format character '{shown}' (0x{:x})",
                other as u32
            )))
        }
    }
}
