//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 with the
//! error handlers strict, ignore, replace, backslashreplace (and xmlcharrefreplace for
//! encoding), with CPython's `UnicodeEncodeError`/`UnicodeDecodeError` messages.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::rt;

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// The first code point it cannot encode (UTF-8 encodes them all).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

fn codec(ctx: &Ctx, encoding: &str) -> PyResult<Codec> {
    match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Ok(Codec::Latin1),
        other if KNOWN_PREFIXES.iter().any(|p| other.starts_with(p)) => Err(ctx.error(
            rt().types.not_implemented_error,
            format!("specloop: the '{encoding}' codec is not supported"),
        )),
        _ => Err(ctx.error(
            rt().types.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// Name prefixes of CPython codecs specloop lacks: refused with NotImplementedError rather
/// than reported as unknown.
const KNOWN_PREFIXES: &[&str] = &[
    "utf",
    "u16",
    "u32",
    "cp",
    "iso",
    "latin",
    "mac",
    "koi8",
    "euc",
    "shift",
    "sjis",
    "gb",
    "big5",
    "hz",
    "idna",
    "punycode",
    "raw-unicode",
    "unicode",
    "hex",
    "base64",
    "rot",
    "bz2",
    "zlib",
    "quopri",
    "uu",
    "charmap",
    "palmos",
    "ptcp",
    "tis",
    "windows",
    "johab",
    "kz",
    "hp",
    "mbcs",
    "oem",
];

fn check_errors(ctx: &Ctx, errors: &str, encoding: bool) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" => Ok(()),
        "xmlcharrefreplace" if encoding => Ok(()),
        _ => Err(ctx.error(
            rt().types.lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// `s.encode(encoding, errors)`. Error handlers are looked up only when an error happens, as
/// CPython does.
pub fn encode(ctx: &Ctx, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let c = codec(ctx, encoding)?;
    if c == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n < c.limit() {
            out.push(n as u8);
            i += 1;
            continue;
        }
        check_errors(ctx, errors, true)?;
        match errors {
            "strict" => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= c.limit() {
                    end += 1;
                }
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escape(n))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(ctx.error(
                    rt().types.unicode_encode_error,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({})",
                        c.name(),
                        c.limit()
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            _ => out.extend(escape(n).bytes()),
        }
        i += 1;
    }
    Ok(out)
}

fn escape(n: u32) -> String {
    match n {
        0..=0xff => format!("\\x{n:02x}"),
        0x100..=0xffff => format!("\\u{n:04x}"),
        _ => format!("\\U{n:08x}"),
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(ctx: &Ctx, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let c = codec(ctx, encoding)?;
    match c {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                check_errors(ctx, errors, false)?;
                match errors {
                    "strict" => {
                        return Err(ctx.error(
                            rt().types.unicode_decode_error,
                            format!(
                                "'ascii' codec can't decode byte 0x{x:02x} in position {i}: \
                                 ordinal not in range(128)"
                            ),
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => out.push_str(&format!("\\x{x:02x}")),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(ctx, b, errors),
    }
}

fn decode_utf8(ctx: &Ctx, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or_default());
                let at = pos + good;
                let bad = e.error_len().unwrap_or(b.len() - at);
                check_errors(ctx, errors, false)?;
                if errors == "strict" {
                    let first = b[at];
                    let reason = if e.error_len().is_none() {
                        "unexpected end of data"
                    } else if (0xc2..=0xf4).contains(&first) {
                        "invalid continuation byte"
                    } else {
                        "invalid start byte"
                    };
                    let what = if e.error_len().is_none() && bad > 1 {
                        format!("bytes in position {at}-{}", at + bad - 1)
                    } else {
                        format!("byte 0x{first:02x} in position {at}")
                    };
                    return Err(ctx.error(
                        rt().types.unicode_decode_error,
                        format!("'utf-8' codec can't decode {what}: {reason}"),
                    ));
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        for x in &b[at..at + bad] {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                }
                pos = at + bad;
            }
        }
    }
}
