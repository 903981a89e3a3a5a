//! The `format()` mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::{exp_notation, general, group, nonfinite, FormatError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A built-in value to format.
pub enum FmtValue<'a> {
    /// An int.
    Int(&'a BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'a str),
    /// A bool (formats as an int with a type, as its str without).
    Bool(bool),
}

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = chars[i];
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(FormatError::Value(
                "Format specifier missing precision".into(),
            ));
        }
        s.precision = chars[st..i].iter().collect::<String>().parse().ok();
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(FormatError::Value("Invalid format specifier".into()));
    }
    if s.zero && s.align.is_none() {
        s.fill = '0';
        s.align = Some('=');
    }
    Ok(s)
}

fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let fill = |k: usize| s.fill.to_string().repeat(k);
    match s.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{}", fill(n)),
        '^' => format!("{}{sign}{body}{}", fill(n / 2), fill(n - n / 2)),
        '=' => format!("{sign}{}{body}", fill(n)),
        _ => format!("{}{sign}{body}", fill(n)),
    }
}

fn sign_str(s: &Spec, neg: bool) -> &'static str {
    match (neg, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

fn unknown(ty: char, what: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{ty}' for object of type '{what}'"
    ))
}

fn format_int(n: &BigInt, s: &Spec, what: &str) -> Result<String, FormatError> {
    let ty = s.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(n.to_f64().unwrap_or(f64::INFINITY), s);
    }
    if s.precision.is_some() && ty != 'c' {
        return Err(FormatError::Value(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    let abs = n.abs();
    let (digits, prefix, every) = match ty {
        'd' | 'n' => (abs.to_string(), "", 3),
        'x' => (abs.to_str_radix(16), "0x", 4),
        'X' => (abs.to_str_radix(16).to_uppercase(), "0X", 4),
        'o' => (abs.to_str_radix(8), "0o", 4),
        'b' => (abs.to_str_radix(2), "0b", 4),
        'c' => {
            let c = n
                .to_u32()
                .and_then(char::from_u32)
                .ok_or_else(|| FormatError::Value("%c arg not in range(0x110000)".into()))?;
            return Ok(pad(s, "", &c.to_string(), '>'));
        }
        other => return Err(unknown(other, what)),
    };
    let digits = match s.grouping {
        Some(g) => group(&digits, g, every),
        None => digits,
    };
    let pre = if s.alt { prefix } else { "" };
    let sign = format!("{}{pre}", sign_str(s, n.is_negative()));
    Ok(pad(s, &sign, &digits, '>'))
}

fn format_float(x: f64, s: &Spec) -> Result<String, FormatError> {
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        nonfinite(a, upper)
    } else {
        match s.ty {
            Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('e' | 'E') => exp_notation(a, s.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(a, s.precision.unwrap_or(6), upper, s.alt),
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            Some('n') => general(a, s.precision.unwrap_or(6), false, s.alt),
            None => match s.precision {
                None => super::float_repr(a),
                Some(p) => {
                    let g = general(a, p, false, s.alt);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
            },
            Some(other) => return Err(unknown(other, "float")),
        }
    };
    if let Some(g) = s.grouping {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        body = format!("{}{}", group(&body[..end], g, 3), &body[end..]);
    }
    Ok(pad(s, sign_str(s, neg), &body, '>'))
}

/// `format(value, spec)`.
pub fn format_spec(value: FmtValue<'_>, spec: &str) -> Result<String, FormatError> {
    let s = parse(spec)?;
    match value {
        FmtValue::Int(n) => format_int(n, &s, "int"),
        FmtValue::Bool(b) => match s.ty {
            None => Ok(pad(&s, "", if b { "True" } else { "False" }, '<')),
            Some(_) => format_int(&BigInt::from(b as i64), &s, "bool"),
        },
        FmtValue::Float(x) => format_float(x, &s),
        FmtValue::Str(t) => {
            if let Some(ty) = s.ty.filter(|t| *t != 's') {
                return Err(unknown(ty, "str"));
            }
            if s.sign != '-' {
                return Err(FormatError::Value(
                    "Sign not allowed in string format specifier".into(),
                ));
            }
            if s.align == Some('=') {
                return Err(FormatError::Value(
                    "'=' alignment not allowed in string format specifier".into(),
                ));
            }
            let body: String = match s.precision {
                Some(p) => t.chars().take(p).collect(),
                None => t.to_string(),
            };
            Ok(pad(&s, "", &body, '<'))
        }
    }
}
