//! Unit tests; every expected string was produced by running CPython 3.11.

use super::*;
use num_bigint::BigInt;

fn fmt(v: FmtValue<'_>, spec: &str) -> String {
    format_spec(v, spec).unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap_or_default()
}

/// An argument for the `%` test driver.
#[derive(Clone, Copy)]
enum A {
    I(i64),
    F(f64),
    S(&'static str),
}

/// Drives `parse_percent` + `format_percent_spec` the way the interpreter does.
fn pct(fmt: &str, args: &[A]) -> String {
    let run = || -> Result<String, FormatError> {
        let mut out = String::new();
        let mut it = args.iter();
        let mut next = || {
            it.next()
                .copied()
                .ok_or_else(|| FormatError::Type("not enough arguments for format string".into()))
        };
        for piece in parse_percent(fmt)? {
            match piece {
                PercentPiece::Literal(l) => out.push_str(&l),
                PercentPiece::Spec(mut spec) => {
                    let width = match spec.width {
                        Some(Count::FromArgs) => match next()? {
                            A::I(w) => {
                                if w < 0 {
                                    spec.flags.left = true;
                                }
                                Some(w.unsigned_abs() as usize)
                            }
                            _ => return Err(FormatError::Type("* wants int".into())),
                        },
                        Some(Count::Fixed(w)) => Some(w),
                        None => None,
                    };
                    let precision = match spec.precision {
                        Some(Count::FromArgs) => match next()? {
                            A::I(p) => Some(p.max(0) as usize),
                            _ => return Err(FormatError::Type("* wants int".into())),
                        },
                        Some(Count::Fixed(p)) => Some(p),
                        None => None,
                    };
                    if spec.conversion == '%' {
                        out.push_str(&format_percent_spec(
                            &spec,
                            width,
                            precision,
                            PercentArg::Str(""),
                        )?);
                        continue;
                    }
                    let b;
                    let arg = match next()? {
                        A::I(i) => {
                            b = BigInt::from(i);
                            PercentArg::Int(&b)
                        }
                        A::F(x) => PercentArg::Float(x),
                        A::S(s) => PercentArg::Str(s),
                    };
                    out.push_str(&format_percent_spec(&spec, width, precision, arg)?);
                }
            }
        }
        Ok(out)
    };
    run().unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
}

fn parsed_int(s: &str, base: u32) -> String {
    parse_int(s, base)
        .map(|n| n.to_string())
        .unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
}

fn parsed_float(s: &str) -> String {
    parse_float(s)
        .map(float_repr)
        .unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
}

#[test]
fn float_reprs() {
    for (x, want) in [
        (0.30000000000000004, "0.30000000000000004"),
        (1e+16, "1e+16"),
        (1.5e-07, "1.5e-07"),
        (3.0, "3.0"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (123456789012345.6, "123456789012345.6"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (2.5, "2.5"),
        (0.3333333333333333, "0.3333333333333333"),
        (-0.3333333333333333, "-0.3333333333333333"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.6457513110645907, "2.6457513110645907"),
        (1e+22, "1e+22"),
        (1e-05, "1e-05"),
        (123.456, "123.456"),
        (f64::INFINITY, "inf"),
        (-f64::INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (100.0, "100.0"),
        (1e+100, "1e+100"),
        (2.000000000000001e+16, "2.000000000000001e+16"),
        (0.1, "0.1"),
        (-1.25e-09, "-1.25e-09"),
        (4.35, "4.35"),
        (-94267252779608.12, "-94267252779608.12"),
        (-2101331630017622.2, "-2101331630017622.2"),
    ] {
        assert_eq!(float_repr(x), want, "repr {x:?}");
    }
}

#[test]
fn float_specs() {
    for (x, spec, want) in [
        (1234567.891, ",.2f", "1,234,567.89"),
        (3.14259, ">10.3f", "     3.143"),
        (0.5, ".0f", "0"),
        (2.5, ".0f", "2"),
        (1.5, ".0f", "2"),
        (1e+20, "g", "1e+20"),
        (0.0001, "g", "0.0001"),
        (1e-05, "g", "1e-05"),
        (123456.789, "e", "1.234568e+05"),
        (123456.789, "E", "1.234568E+05"),
        (0.25, "%", "25.000000%"),
        (0.125, ".1%", "12.5%"),
        (2.675, ".2f", "2.67"),
        (1.0, "", "1.0"),
        (1e+20, "#", "1.e+20"),
        (123.0, ".3", "1.23e+02"),
        (1e+20, ".3", "1e+20"),
        (1.0, ".3", "1.0"),
        (0.1, ".17", "0.10000000000000001"),
        (1234.5, "010.2f", "0001234.50"),
        (-1234.5, "010,.1f", "-001,234.5"),
        (1234567.0, ",", "1,234,567.0"),
        (1e+20, ",", "1e+20"),
        (1234567.891, "_.3f", "1_234_567.891"),
        (-0.0, "f", "-0.000000"),
        (-0.0, "z.1f", "0.0"),
        (-1e-05, "z.2f", "0.00"),
        (-1e-05, ".2f", "-0.00"),
        (-1e-300, "z.2e", "-1.00e-300"),
        (f64::INFINITY, "010", "0000000inf"),
        (f64::INFINITY, "F", "INF"),
        (f64::NAN, "+", "+nan"),
        (f64::NAN, "E", "NAN"),
        (-f64::INFINITY, "^10", "   -inf   "),
        (3.5, "*^11.2f", "***3.50****"),
        (3.5, "+", "+3.5"),
        (3.5, " .1f", " 3.5"),
        (-3.5, "=+10.2f", "-     3.50"),
        (123.456, "#.0f", "123."),
        (1.0, "#g", "1.00000"),
        (0.0, "#.3g", "0.00"),
        (0.0001, "#.3g", "0.000100"),
        (100.0, "g", "100"),
        (1000000.0, "g", "1e+06"),
        (1e+16, ".16g", "1e+16"),
        (123456789.0, "n", "1.23457e+08"),
        (12345.678, "G", "12345.7"),
        (1e-10, "G", "1E-10"),
        (0.5, ".0e", "5e-01"),
        (9.999, ".2e", "1.00e+01"),
        (9.999, ".2g", "10"),
        (1e+300, ".3e", "1.000e+300"),
        (5e-324, ".3g", "4.94e-324"),
        (1.0, "<8", "1.0     "),
        (1.0, "08", "000001.0"),
        (-1.0, "08", "-00001.0"),
        (1e+301, "08.2f", "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863713750804478640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900593689532349707999450811190389676408800746527427801424945792587888200568428381156694721963868654594005401600.00"),
        (12345678.9, "015,.2f", "0,012,345,678.90"),
        (1234.5678, "0=15_.3f", "000_001_234.568"),
        (1.23456789e-05, ".4%", "0.0012%"),
        (0.07, "%", "7.000000%"),
        (-5.0, "z", "-5.0"),
        (42.0, ".2", "4.2e+01"),
        (0.000123, ".2", "0.00012"),
        (1.5, "0<8.1f", "1.500000"),
        (1.5, "x<8", "1.5xxxxx"),
        (9007199254740992.0, "", "9007199254740992.0"),
        (1234.5, ".0e", "1e+03"),
        (1e-07, "f", "0.000000"),
        (1e+22, "f", "10000000000000000000000.000000"),
        (1234567.0, ",g", "1.23457e+06"),
        (0.1, ".30f", "0.100000000000000005551115123126"),
        (123.456, "10.2%", " 12345.60%"),
        (-1e-320, "e", "-9.999889e-321"),
        (5.0, ".0", "5e+00"),
        (0.5, ".0", "0.5"),
        (1e-100, "#.0", "1.e-100"),
        (f64::NAN, "010.2%", "000000nan%"),
        (-0.0001, "z.1%", "0.0%"),
    ] {
        assert_eq!(fmt(FmtValue::Float(x), spec), want, "format({x:?}, {spec:?})");
    }
}

#[test]
fn int_specs() {
    for (n, spec, want) in [
        ("5", "08d", "00000005"),
        ("-5", "+d", "-5"),
        ("255", "#x", "0xff"),
        ("255", "#X", "0XFF"),
        ("255", "#o", "0o377"),
        ("255", "#b", "0b11111111"),
        ("42", "08d", "00000042"),
        ("-42", "08d", "-0000042"),
        ("1234567", ",", "1,234,567"),
        ("1234567", "_", "1_234_567"),
        ("3735928559", "_x", "dead_beef"),
        ("255", "_b", "1111_1111"),
        ("1234", "09,", "0,001,234"),
        ("1234", "08,", "0,001,234"),
        ("1234", "010,", "00,001,234"),
        ("-1234", "010,", "-0,001,234"),
        ("5", "<05", "50000"),
        ("5", "*^7", "***5***"),
        ("-5", "*=6", "-****5"),
        ("5", " d", " 5"),
        ("-5", " d", "-5"),
        ("12", "c", "\u{c}"),
        ("128512", "c", "\u{1f600}"),
        ("65", ">3c", "  A"),
        ("255", "#010x", "0x000000ff"),
        ("-255", "#010x", "-0x00000ff"),
        ("255", "x<#8x", "0xffxxxx"),
        ("10", "e", "1.000000e+01"),
        ("10", ".2f", "10.00"),
        ("10", "%", "1000.000000%"),
        ("123456789", "n", "123456789"),
        ("7", "", "7"),
        ("0", "#x", "0x0"),
        (
            "1180591620717411303424",
            ",",
            "1,180,591,620,717,411,303,424",
        ),
        ("-1180591620717411303424", "#x", "-0x400000000000000000"),
        ("5", "=+5", "+   5"),
        ("5", "^6", "  5   "),
        ("99", "#08b", "0b1100011"),
        ("1000", ">+10,", "    +1,000"),
        ("3", ".1%", "300.0%"),
    ] {
        assert_eq!(
            fmt(FmtValue::Int(&big(n)), spec),
            want,
            "format({n}, {spec:?})"
        );
    }
}

#[test]
fn str_specs() {
    for (t, spec, want) in [
        ("abc", ">10", "       abc"),
        ("abc", "<10", "abc       "),
        ("abc", "^10", "   abc    "),
        ("abc", "*^9", "***abc***"),
        ("abcdef", ".2", "ab"),
        ("abcdef", "8.3", "abc     "),
        ("ab", "05", "ab000"),
        ("ab", "0>5", "000ab"),
        ("h\u{e9}llo", "^9", "  h\u{e9}llo  "),
        ("abc", "s", "abc"),
        ("abc", "", "abc"),
    ] {
        assert_eq!(fmt(FmtValue::Str(t), spec), want, "format({t:?}, {spec:?})");
    }
}

#[test]
fn bool_specs() {
    for (b, spec, want) in [
        (true, "d", "1"),
        (true, "", "True"),
        (false, "", "False"),
        (true, ">5", "    1"),
        (false, "<6", "0     "),
        (true, ".2f", "1.00"),
        (
            true,
            "s",
            "ValueError: Unknown format code 's' for object of type 'bool'",
        ),
        (true, "x", "1"),
        (false, "^7", "   0   "),
    ] {
        assert_eq!(fmt(FmtValue::Bool(b), spec), want, "format({b}, {spec:?})");
    }
}

#[test]
fn spec_errors() {
    for (v, spec, want) in [
        (FmtValue::Float(1.5), "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (FmtValue::Float(1.5), ".f", "ValueError: Format specifier missing precision"),
        (FmtValue::Float(1.5), "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (FmtValue::Float(1.5), "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (FmtValue::Float(1.5), ",_", "ValueError: Cannot specify both ',' and '_'."),
        (FmtValue::Float(1.5), "_,", "ValueError: Cannot specify both ',' and '_'."),
        (FmtValue::Float(1.5), "#c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (FmtValue::Float(1.5), "n,", "ValueError: Invalid format specifier 'n,' for object of type 'float'"),
        (FmtValue::Int(&big("5")), ".2d", "ValueError: Precision not allowed in integer format specifier"),
        (FmtValue::Int(&big("5")), "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        (FmtValue::Int(&big("5")), "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        (FmtValue::Int(&big("5")), "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        (FmtValue::Int(&big("5")), ",x", "ValueError: Cannot specify ',' with 'x'."),
        (FmtValue::Int(&big("5")), "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        (FmtValue::Int(&big("5")), "\u{e9}", "ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        (FmtValue::Int(&big("-1")), "c", "OverflowError: %c arg not in range(0x110000)"),
        (FmtValue::Int(&big("1114112")), "c", "OverflowError: %c arg not in range(0x110000)"),
        (FmtValue::Int(&big("5")), ",c", "ValueError: Cannot specify ',' with 'c'."),
        (FmtValue::Str("a"), "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        (FmtValue::Str("a"), "+", "ValueError: Sign not allowed in string format specifier"),
        (FmtValue::Str("a"), " ", "ValueError: Space not allowed in string format specifier"),
        (FmtValue::Str("a"), "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        (FmtValue::Str("a"), "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        (FmtValue::Str("a"), "=", "ValueError: '=' alignment not allowed in string format specifier"),
        (FmtValue::Str("a"), ",", "ValueError: Cannot specify ',' with 's'."),
        (FmtValue::Str("a"), "x<", "a"),
        (FmtValue::Int(&big("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")), "f", "OverflowError: int too large to convert to float"),
        (FmtValue::Int(&big("5")), "99999999999999999999", "ValueError: Too many decimal digits in format string"),
        (FmtValue::Float(1.5), ".3000000000f", "ValueError: precision too big"),
    ] {
        assert_eq!(fmt(v, spec), want, "spec {spec:?}");
    }
}

#[test]
fn percent_formats() {
    let cases: &[(&str, &[A], &str)] = &[
        ("%.2f", &[A::F(2.675)], "2.67"),
        ("%5s|%-5s|", &[A::S("a"), A::S("b")], "    a|b    |"),
        ("%d", &[A::I(42)], "42"),
        ("%5d|%-5d|%05d", &[A::I(42), A::I(42), A::I(42)], "   42|42   |00042"),
        ("%+d % d", &[A::I(5), A::I(5)], "+5  5"),
        ("%x %X %o", &[A::I(255), A::I(255), A::I(8)], "ff FF 10"),
        ("%#x %#X %#o", &[A::I(255), A::I(255), A::I(8)], "0xff 0XFF 0o10"),
        ("%#08o", &[A::I(8)], "0o000010"),
        ("%#08x", &[A::I(255)], "0x0000ff"),
        ("%#8x", &[A::I(255)], "    0xff"),
        ("%-#8x|", &[A::I(255)], "0xff    |"),
        ("%08.3f", &[A::F(-3.14259)], "-003.143"),
        ("%e", &[A::F(12345.678)], "1.234568e+04"),
        ("%.3E", &[A::F(0.000123)], "1.230E-04"),
        ("%g %g %g", &[A::F(1e+20), A::F(0.0001), A::F(123456789.0)], "1e+20 0.0001 1.23457e+08"),
        ("%G", &[A::F(1e-10)], "1E-10"),
        ("%#g", &[A::F(1.0)], "1.00000"),
        ("%10.4s|", &[A::S("abcdefgh")], "      abcd|"),
        ("%.0f %.0f", &[A::F(0.5), A::F(1.5)], "0 2"),
        ("%c%c", &[A::I(65), A::S("z")], "Az"),
        ("%5c|", &[A::S("x")], "    x|"),
        ("%%", &[], "%"),
        ("100%% %s", &[A::S("done")], "100% done"),
        ("%5%", &[A::I(1)], "ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%-5%|", &[A::I(1)], "ValueError: unsupported format character '%' (0x25) at index 3"),
        ("%*d|%-*d", &[A::I(5), A::I(1), A::I(5), A::I(2)], "    1|2    "),
        ("%*d", &[A::I(-5), A::I(1)], "1    "),
        ("%.*f", &[A::I(2), A::F(3.14259)], "3.14"),
        ("%.3d", &[A::I(7)], "007"),
        ("%+.3d", &[A::I(-7)], "-007"),
        ("%010.3d", &[A::I(7)], "0000000007"),
        ("%d", &[A::F(3.99)], "3"),
        ("%d", &[A::F(-3.99)], "-3"),
        ("%f", &[A::F(f64::INFINITY)], "inf"),
        ("%010f", &[A::F(f64::INFINITY)], "0000000inf"),
        ("%+f", &[A::F(f64::NAN)], "+nan"),
        ("%-010.1f|", &[A::F(2.5)], "2.5       |"),
        ("%i %u", &[A::I(3), A::I(4)], "3 4"),
        ("%ld %hd", &[A::I(1), A::I(2)], "1 2"),
        ("%s", &[A::I(12)], "12"),
        ("%.1s", &[A::I(12)], "1"),
        ("%x", &[A::F(2.5)], "TypeError: %x format: an integer is required, not float"),
        ("%d", &[A::S("a")], "TypeError: %d format: a real number is required, not str"),
        ("%f", &[A::S("a")], "TypeError: must be real number, not str"),
        ("%c", &[A::I(1114112)], "OverflowError: %c arg not in range(0x110000)"),
        ("%c", &[A::S("ab")], "TypeError: %c requires int or char"),
        ("%c", &[A::F(1.5)], "TypeError: %c requires int or char"),
        ("%z", &[A::I(1)], "ValueError: unsupported format character 'z' (0x7a) at index 1"),
        ("%", &[], "ValueError: incomplete format"),
        ("%5", &[A::I(1)], "ValueError: incomplete format"),
        ("%\u{e9}", &[A::I(1)], "ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("ab %y cd", &[A::I(1)], "ValueError: unsupported format character 'y' (0x79) at index 4"),
        ("%.100f", &[A::F(0.1)], "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"),
        ("%05s|", &[A::S("ab")], "   ab|"),
        ("%- 5d|", &[A::I(7)], " 7   |"),
        ("% 05d", &[A::I(7)], " 0007"),
        ("%+05d", &[A::I(-7)], "-0007"),
        ("%#.3x", &[A::I(-255)], "-0x0ff"),
        ("%#X", &[A::I(0)], "0X0"),
        ("%.2e", &[A::F(-0.0)], "-0.00e+00"),
        ("%3.1f%%", &[A::F(99.5)], "99.5%"),
        ("%F", &[A::F(-f64::INFINITY)], "-INF"),
        ("%#5o|", &[A::I(8)], " 0o10|"),
        ("%+#010x", &[A::I(255)], "+0x00000ff"),
        ("%-#6X|", &[A::I(255)], "0XFF  |"),
    ];
    for &(f, args, want) in cases {
        assert_eq!(pct(f, args), want, "{f:?}");
    }
}

#[test]
fn percent_parsing() {
    let pieces = parse_percent("a%(x(y))-5.2fb%%").unwrap_or_default();
    assert_eq!(pieces.len(), 4);
    let PercentPiece::Spec(s) = &pieces[1] else {
        panic!("not a spec")
    };
    assert_eq!(s.mapping_key.as_deref(), Some("x(y)"));
    assert!(s.flags.left && !s.flags.zero);
    assert_eq!(
        (s.width, s.precision, s.conversion),
        (Some(Count::Fixed(5)), Some(Count::Fixed(2)), 'f')
    );
    assert_eq!(pieces[2], PercentPiece::Literal("b".into()));
    let PercentPiece::Spec(p) = &pieces[3] else {
        panic!("not a spec")
    };
    assert_eq!(p.conversion, '%');
    assert_eq!(
        parse_percent("%(a)s %(b")
            .map(|_| ())
            .map_err(|e| e.message()),
        Err("incomplete format key".into())
    );
}

#[test]
fn int_parsing() {
    for (s, base, want) in [
        ("42", 10, "42"),
        (" -42 ", 10, "-42"),
        ("+7", 10, "7"),
        ("1_000", 10, "1000"),
        ("0x_ff", 0, "255"),
        ("0xff", 16, "255"),
        ("ff", 16, "255"),
        ("0o17", 0, "15"),
        ("0b101", 0, "5"),
        ("0B11", 2, "3"),
        ("010", 0, "ValueError: invalid literal for int() with base 0: '010'"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("0x", 0, "ValueError: invalid literal for int() with base 0: '0x'"),
        ("abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"),
        ("", 10, "ValueError: invalid literal for int() with base 10: ''"),
        ("1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"),
        ("_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("12", 2, "ValueError: invalid literal for int() with base 2: '12'"),
        ("\u{661}\u{662}", 10, "12"),
        ("\u{a0}12\u{2003}", 10, "12"),
        ("1 2", 10, "ValueError: invalid literal for int() with base 10: '1 2'"),
        ("\u{1c}1", 10, "ValueError: invalid literal for int() with base 10: '\\x1c1'"),
        ("\u{e9}", 10, "ValueError: invalid literal for int() with base 10: '\u{e9}'"),
        ("it's", 10, "ValueError: invalid literal for int() with base 10: \"it's\""),
        ("0x10", 10, "ValueError: invalid literal for int() with base 10: '0x10'"),
        ("999999999999999999999999999999", 10, "999999999999999999999999999999"),
        ("1", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("-0b1_0", 0, "-2"),
        ("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("\t\n 5\n", 0, "5"),
    ] {
        assert_eq!(parsed_int(s, base), want, "int({s:?}, {base})");
    }
}

#[test]
fn float_parsing() {
    for (s, want) in [
        ("3.14", "3.14"),
        (" -2.5 ", "-2.5"),
        ("1e5", "100000.0"),
        ("1E-5", "1e-05"),
        (".5", "0.5"),
        ("5.", "5.0"),
        ("1_000.000_1", "1000.0001"),
        ("inf", "inf"),
        ("-Infinity", "-inf"),
        ("nAn", "nan"),
        ("+nan", "nan"),
        (
            "infinit",
            "ValueError: could not convert string to float: 'infinit'",
        ),
        (
            "abc",
            "ValueError: could not convert string to float: 'abc'",
        ),
        ("", "ValueError: could not convert string to float: ''"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        (".", "ValueError: could not convert string to float: '.'"),
        (
            "1__0",
            "ValueError: could not convert string to float: '1__0'",
        ),
        (
            "1_.5",
            "ValueError: could not convert string to float: '1_.5'",
        ),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1e1_0", "10000000000.0"),
        (
            "0x1p3",
            "ValueError: could not convert string to float: '0x1p3'",
        ),
        ("\u{661}.\u{665}", "1.5"),
        ("1.7976931348623159e308", "inf"),
        ("1e-400", "0.0"),
        ("  12  ", "12.0"),
        (
            "--1",
            "ValueError: could not convert string to float: '--1'",
        ),
        ("+1.5e+3", "1500.0"),
        (
            "1.5e+3.0",
            "ValueError: could not convert string to float: '1.5e+3.0'",
        ),
        (
            "\u{1c}1",
            "ValueError: could not convert string to float: '\\x1c1'",
        ),
        (
            "it's",
            "ValueError: could not convert string to float: \"it's\"",
        ),
    ] {
        assert_eq!(parsed_float(s), want, "float({s:?})");
    }
}

#[test]
fn rounding() {
    for (x, n, want) in [
        (2.675, 2, "2.67"),
        (2.5, 0, "2.0"),
        (3.5, 0, "4.0"),
        (-2.5, 0, "-2.0"),
        (0.5, 0, "0.0"),
        (-0.4, 0, "-0.0"),
        (1.15, 1, "1.1"),
        (1.25, 1, "1.2"),
        (25.0, -1, "20.0"),
        (35.0, -1, "40.0"),
        (15.5, -1, "20.0"),
        (-25.0, -1, "-20.0"),
        (-4.0, -1, "-0.0"),
        (123456.789, -3, "123000.0"),
        (1e+300, -300, "1e+300"),
        (5e-324, 323, "0.0"),
        (1.5, 400, "1.5"),
        (1.5, -400, "0.0"),
        (0.125, 2, "0.12"),
        (0.375, 2, "0.38"),
        (1234.5678, 3, "1234.568"),
        (f64::INFINITY, 2, "inf"),
        (-0.0, 1, "-0.0"),
        (99.5, -2, "100.0"),
        (49.9, -2, "0.0"),
        (1.0000000000000002e+16, -1, "1e+16"),
    ] {
        assert_eq!(float_repr(round_float(x, n)), want, "round({x:?}, {n})");
    }
}

#[test]
fn divmods() {
    for (a, b, q, r) in [
        (7.0, 2.0, "3.0", "1.0"),
        (-7.0, 2.0, "-4.0", "1.0"),
        (7.0, -2.0, "-4.0", "-1.0"),
        (-7.0, -2.0, "3.0", "-1.0"),
        (0.0, -3.0, "-0.0", "-0.0"),
        (-0.0, 3.0, "-0.0", "0.0"),
        (5.5, 1.5, "3.0", "1.0"),
        (1e+300, 1e-300, "inf", "4.891554850853602e-301"),
        (0.1, 0.01, "10.0", "3.469446951953614e-18"),
        (-1e-20, 1.0, "-1.0", "1.0"),
        (f64::INFINITY, 2.0, "nan", "nan"),
        (3.0, f64::INFINITY, "0.0", "3.0"),
        (-3.0, f64::INFINITY, "-1.0", "inf"),
    ] {
        let (gq, gr) = float_divmod(a, b);
        assert_eq!(
            (float_repr(gq), float_repr(gr)),
            (q.to_string(), r.to_string()),
            "divmod({a:?}, {b:?})"
        );
    }
}

#[test]
fn big_ints() {
    let n = BigInt::from(10u8).pow(4300);
    assert_eq!(fmt(FmtValue::Int(&n), "d"), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    assert_eq!(fmt(FmtValue::Int(&n), "x").len(), 3572);
    let m = -BigInt::from(10u8).pow(4299);
    assert_eq!(fmt(FmtValue::Int(&m), "").len(), 4301);
    assert_eq!(
        fmt(FmtValue::Int(&m), ".3e"),
        "OverflowError: int too large to convert to float"
    );
}

#[test]
fn error_kinds() {
    let e = format_spec(FmtValue::Float(1.5), "d").unwrap_err();
    assert_eq!(
        (e.kind(), e.message().as_str()),
        (
            "ValueError",
            "Unknown format code 'd' for object of type 'float'"
        )
    );
    let e = format_spec(FmtValue::Float(1.5), ".f").unwrap_err();
    assert_eq!(e.message(), "Format specifier missing precision");
    let e = parse_float("abc").unwrap_err();
    assert_eq!(
        (e.kind(), e.message().as_str()),
        ("ValueError", "could not convert string to float: 'abc'")
    );
    let e = parse_int("abc", 10).unwrap_err();
    assert_eq!(e.message(), "invalid literal for int() with base 10: 'abc'");
}
