//! Expected strings were produced by CPython 3.11.

use super::*;
use num_bigint::BigInt;

fn f(x: f64, spec: &str) -> String {
    format_spec(FmtValue::Float(x), spec).unwrap_or_else(|e| e.message())
}
fn i(n: i64, spec: &str) -> String {
    format_spec(FmtValue::Int(&BigInt::from(n)), spec).unwrap_or_else(|e| e.message())
}

#[test]
fn float_reprs() {
    for (x, want) in [
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1.5e-7, "1.5e-07"),
        (3.0, "3.0"),
        (-0.0, "-0.0"),
        (123456789012345.6, "123456789012345.6"),
        (1e15, "1000000000000000.0"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (f64::INFINITY, "inf"),
        (2.5, "2.5"),
    ] {
        assert_eq!(float_repr(x), want, "{x}");
    }
}

#[test]
fn format_specs() {
    assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
    assert_eq!(f(2.5, ">10.3f"), "     2.500");
    assert_eq!(i(42, "08d"), "00000042");
    assert_eq!(i(-5, "+d"), "-5");
    assert_eq!(i(5, "+d"), "+5");
    assert_eq!(i(255, "#x"), "0xff");
    assert_eq!(f(0.5, ".0f"), "0");
    assert_eq!(f(2.5, ".0f"), "2");
    assert_eq!(f(1e20, "g"), "1e+20");
    assert_eq!(f(0.0001, "g"), "0.0001");
    assert_eq!(f(12345.678, "e"), "1.234568e+04");
    assert_eq!(f(0.25, "%"), "25.000000%");
    assert_eq!(f(1.0, ""), "1.0");
    assert_eq!(f(1.5, "10"), "       1.5");
    assert_eq!(f(1234.5, ".3"), "1.23e+03");
    assert_eq!(f(1.0, ".3"), "1.0");
    assert_eq!(i(12, "c"), "\u{c}");
    assert_eq!(i(1234567, ","), "1,234,567");
    assert_eq!(i(5, "^5"), "  5  ");
    assert_eq!(format_spec(FmtValue::Bool(true), "d").unwrap(), "1");
    assert_eq!(format_spec(FmtValue::Str("ab"), ">4").unwrap(), "  ab");
    assert_eq!(format_spec(FmtValue::Str("ab"), "4").unwrap(), "ab  ");
    assert_eq!(i(3, ".2f"), "3.00");
    assert_eq!(
        f(1.0, "d"),
        "Unknown format code 'd' for object of type 'float'"
    );
    assert_eq!(f(1.0, "."), "Format specifier missing precision");
}

fn pct(fmt: &str, args: &[PercentArg]) -> String {
    let mut out = String::new();
    let mut k = 0;
    for p in parse_percent(fmt).unwrap() {
        match p {
            PercentPiece::Literal(l) => out.push_str(&l),
            PercentPiece::Spec(s) => {
                let w = match s.width {
                    Some(Count::Fixed(w)) => Some(w),
                    _ => None,
                };
                let pr = match s.precision {
                    Some(Count::Fixed(w)) => Some(w),
                    _ => None,
                };
                let a = match &args[k] {
                    PercentArg::Int(n) => PercentArg::Int(n),
                    PercentArg::Float(x) => PercentArg::Float(*x),
                    PercentArg::Str(s) => PercentArg::Str(s),
                };
                k += 1;
                out.push_str(&format_percent_spec(&s, w, pr, a).unwrap());
            }
        }
    }
    out
}

#[test]
fn percent_formats() {
    let n = BigInt::from(42);
    assert_eq!(pct("%.2f", &[PercentArg::Float(2.675)]), "2.67");
    assert_eq!(
        pct("%5s|%-5s|", &[PercentArg::Str("a"), PercentArg::Str("b")]),
        "    a|b    |"
    );
    assert_eq!(
        pct(
            "%5d|%x|%05d",
            &[
                PercentArg::Int(&n),
                PercentArg::Int(&n),
                PercentArg::Int(&n)
            ]
        ),
        "   42|2a|00042"
    );
    assert_eq!(
        pct(
            "%f %e %g",
            &[
                PercentArg::Float(1.5),
                PercentArg::Float(1.5),
                PercentArg::Float(1.5)
            ]
        ),
        "1.500000 1.500000e+00 1.5"
    );
    assert_eq!(pct("100%%", &[]), "100%");
}

#[test]
fn parsing() {
    assert_eq!(parse_int(" 12_3 ", 10).unwrap(), BigInt::from(123));
    assert_eq!(parse_int("0x1f", 0).unwrap(), BigInt::from(31));
    assert_eq!(
        parse_int("abc", 10).unwrap_err().message(),
        "invalid literal for int() with base 10: 'abc'"
    );
    assert_eq!(parse_float("1e5").unwrap(), 1e5);
    assert!(parse_float("-inf").unwrap().is_infinite());
    assert_eq!(
        parse_float("x").unwrap_err().message(),
        "could not convert string to float: 'x'"
    );
    assert_eq!(round_float(2.675, 2), 2.67);
    assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
}
