//! Float to text: an emulation of CPython's `_Py_dg_dtoa` digit modes on top of Rust's
//! correctly rounded formatting, and `PyOS_double_to_string`/`format_float_short` around it.

/// The digits of a finite float as dtoa returns them: `0.DIGITS × 10^decpt`, no trailing zeros.
struct Digits {
    /// ASCII digits; empty when a fixed-point rounding produced zero.
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    decpt: i64,
}

/// dtoa's digit-generation modes.
#[derive(Clone, Copy)]
enum Mode {
    /// Mode 0: shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// Splits Rust's `{:e}` output `d.ddde-7` into digits and the decimal exponent.
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// `_Py_dg_dtoa(|x|, mode, ndigits)` for a finite `x`.
fn dtoa(x: f64, mode: Mode) -> Digits {
    let a = x.abs();
    if a == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let (mut digits, decpt) = match mode {
        Mode::Shortest => {
            let (d, e) = split_exp(&format!("{a:e}"));
            // Rust breaks exact ties between two shortest candidates upwards; dtoa takes the
            // closest one, half-to-even: the correctly rounded value of the same length,
            // whenever it still reads back as `a`.
            let alt = format!("{:.*e}", d.len() - 1, a);
            if alt.parse::<f64>().is_ok_and(|v| v == a) {
                let (d, e) = split_exp(&alt);
                (d, e + 1)
            } else {
                (d, e + 1)
            }
        }
        Mode::Significant(n) => {
            let (d, e) = split_exp(&format!("{:.*e}", n.max(1) - 1, a));
            (d, e + 1)
        }
        Mode::Fixed(n) => {
            let s = format!("{a:.n$}");
            let int_len = s.find('.').unwrap_or(s.len()) as i64;
            let all: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            if lead == all.len() {
                return Digits {
                    digits: Vec::new(),
                    decpt: -(n as i64),
                };
            }
            (all[lead..].to_vec(), int_len - lead as i64)
        }
    };
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// Options of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `.0` after integral values in fixed notation.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep trailing zeros / the decimal point.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a negative value that rounds to zero prints unsigned.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of `eEfFgGr`.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let neg = x.is_sign_negative();
    if x.is_nan() || x.is_infinite() {
        let mut out = String::new();
        if x.is_infinite() && neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let d = dtoa(x, mode);
    let mut sign = neg;
    if flags.no_neg_0 && sign && (d.digits.is_empty() || d.digits == b"0") {
        sign = false;
    }
    format_float_short(&d, code, precision as i64, sign, flags, upper)
}

/// The layout half of CPython's `format_float_short`.
fn format_float_short(
    d: &Digits,
    code: char,
    precision: i64,
    sign: bool,
    flags: DtoaFlags,
    upper: bool,
) -> String {
    let digits = &d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, from: i64, to: i64| {
        for &b in &digits[from.max(0) as usize..to.clamp(0, digits_len) as usize] {
            out.push(char::from(b));
        }
    };
    let mut out = String::new();
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, 0, decpt);
        out.push('.');
        push_digits(&mut out, decpt, digits_len);
    } else {
        push_digits(&mut out, 0, digits_len);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// CPython `repr(float)`: shortest round-trip digits; exponent form when exp < -4 or >= 16
/// (`1e+16`, `1.5e-07`), `.0` after integral values otherwise (`3.0`, `-0.0`), `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}
