//! printf-style `%` formatting: parsing the template and formatting one conversion.

use super::{exp_notation, general, nonfinite, FormatError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A width or precision: fixed, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// A number in the template.
    Fixed(usize),
    /// `*`.
    FromArgs,
}

/// The `-+ #0` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-align.
    pub left: bool,
    /// `0`: zero-pad numbers.
    pub zero: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`.
    pub mapping_key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision.
    pub precision: Option<Count>,
    /// The conversion character (`%` for a literal percent).
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

/// An argument for one conversion (str/repr already applied for `%s`/`%r`/`%a`).
pub enum PercentArg<'a> {
    /// An int.
    Int(&'a BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'a str),
}

/// Parses a `%` template.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let incomplete = || FormatError::Value("incomplete format".into());
    while i < chars.len() {
        if chars[i] != '%' {
            lit.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(incomplete());
        }
        if !lit.is_empty() {
            out.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        let mut spec = PercentSpec {
            mapping_key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conversion: '%',
        };
        if chars[i] == '(' {
            let end = chars[i..]
                .iter()
                .position(|c| *c == ')')
                .ok_or_else(|| FormatError::Value("incomplete format key".into()))?;
            spec.mapping_key = Some(chars[i + 1..i + end].iter().collect());
            i += end + 1;
        }
        while i < chars.len() {
            match chars[i] {
                '-' => spec.flags.left = true,
                '0' => spec.flags.zero = true,
                '+' => spec.flags.plus = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alt = true,
                _ => break,
            }
            i += 1;
        }
        let count = |i: &mut usize| -> Option<Count> {
            if *i < chars.len() && chars[*i] == '*' {
                *i += 1;
                return Some(Count::FromArgs);
            }
            let st = *i;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                *i += 1;
            }
            (*i > st).then(|| {
                Count::Fixed(
                    chars[st..*i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                )
            })
        };
        spec.width = count(&mut i);
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            spec.precision = Some(count(&mut i).unwrap_or(Count::Fixed(0)));
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&c) = chars.get(i) else {
            return Err(incomplete());
        };
        if !"diouxXeEfFgGcrsa%".contains(c) {
            return Err(FormatError::Value(format!(
                "unsupported format character '{c}' (0x{:x}) at index {}",
                c as u32, i
            )));
        }
        spec.conversion = c;
        i += 1;
        if c == '%' && spec.mapping_key.is_none() && spec.width.is_none() {
            lit.push('%');
            continue;
        }
        out.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Literal(lit));
    }
    Ok(out)
}

fn pad(
    flags: &PercentFlags,
    width: Option<usize>,
    sign: &str,
    body: &str,
    numeric: bool,
) -> String {
    let w = width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= w {
        return format!("{sign}{body}");
    }
    let n = w - len;
    if flags.left {
        format!("{sign}{body}{}", " ".repeat(n))
    } else if flags.zero && numeric {
        format!("{sign}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{body}", " ".repeat(n))
    }
}

fn sign(flags: &PercentFlags, neg: bool) -> &'static str {
    if neg {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// Formats one conversion.
pub fn format_percent_spec(
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    arg: PercentArg<'_>,
) -> Result<String, FormatError> {
    let f = &spec.flags;
    match spec.conversion {
        's' | 'r' | 'a' => {
            let PercentArg::Str(s) = arg else {
                return Err(FormatError::Type("expected str".into()));
            };
            let body: String = match precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            Ok(pad(f, width, "", &body, false))
        }
        'c' => {
            let c = match arg {
                PercentArg::Str(s) if s.chars().count() == 1 => s.to_string(),
                PercentArg::Int(n) => n
                    .to_u32()
                    .and_then(char::from_u32)
                    .map(String::from)
                    .ok_or_else(|| FormatError::Value("%c arg not in range(0x110000)".into()))?,
                _ => return Err(FormatError::Type("%c requires int or char".into())),
            };
            Ok(pad(f, width, "", &c, false))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = match arg {
                PercentArg::Int(n) => n.clone(),
                PercentArg::Float(x) => {
                    if !x.is_finite() {
                        return Err(FormatError::Value(
                            "cannot convert float infinity to integer".into(),
                        ));
                    }
                    num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default()
                }
                PercentArg::Str(_) => {
                    return Err(FormatError::Type(format!(
                        "%{} format: a real number is required, not str",
                        spec.conversion
                    )))
                }
            };
            let abs = n.abs();
            let (mut digits, prefix) = match spec.conversion {
                'x' => (abs.to_str_radix(16), "0x"),
                'X' => (abs.to_str_radix(16).to_uppercase(), "0X"),
                'o' => (abs.to_str_radix(8), "0o"),
                _ => (abs.to_string(), ""),
            };
            if let Some(p) = precision {
                if digits.len() < p {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
            }
            let s = format!(
                "{}{}",
                sign(f, n.is_negative()),
                if f.alt { prefix } else { "" }
            );
            Ok(pad(f, width, &s, &digits, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(n) => n.to_f64().unwrap_or(f64::INFINITY),
                PercentArg::Str(_) => {
                    return Err(FormatError::Type("must be real number, not str".into()))
                }
            };
            let p = precision.unwrap_or(6);
            let upper = spec.conversion.is_ascii_uppercase();
            let a = x.abs();
            let body = if !a.is_finite() {
                nonfinite(a, upper)
            } else {
                match spec.conversion {
                    'e' | 'E' => exp_notation(a, p, upper),
                    'f' | 'F' => format!("{:.*}", p, a),
                    _ => general(a, p, upper, f.alt),
                }
            };
            let neg = x.is_sign_negative() && !x.is_nan();
            Ok(pad(f, width, sign(f, neg), &body, a.is_finite()))
        }
        other => Err(FormatError::Value(format!(
            "unsupported format character '{other}'"
        ))),
    }
}
