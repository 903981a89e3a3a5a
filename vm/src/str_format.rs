//! `str.format`: CPython's markup parser (`Objects/stringlib/unicode_format.h`) with its
//! field names (`0`, `name`, automatic numbering, `.attr`, `[key]`), conversions (`!r`, `!s`,
//! `!a`), nested replacement fields inside format specs, and its error messages.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::rt;
use crate::value::{intern, Name, Value};

/// Automatic (`{}`) versus manual (`{0}`) numbering: they may not be mixed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct Formatter<'a> {
    args: &'a [Value],
    kwargs: &'a [(Name, Value)],
    /// `format_map`'s mapping: named fields are its items (and there are no positional ones).
    mapping: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

/// `template.format(*args, **kwargs)`.
pub fn format(
    ctx: &mut Ctx,
    template: &str,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<String> {
    let mut f = Formatter {
        args,
        kwargs,
        mapping: None,
        numbering: Numbering::Unknown,
        next_auto: 0,
    };
    let chars: Vec<char> = template.chars().collect();
    f.render(ctx, &chars, 2)
}

/// `template.format_map(mapping)`: named fields are looked up with `mapping[name]`.
pub fn format_map(ctx: &mut Ctx, template: &str, mapping: Value) -> PyResult<String> {
    let mut f = Formatter {
        args: &[],
        kwargs: &[],
        mapping: Some(mapping),
        numbering: Numbering::Unknown,
        next_auto: 0,
    };
    let chars: Vec<char> = template.chars().collect();
    f.render(ctx, &chars, 2)
}

/// One replacement field, split as CPython's `parse_field` splits it.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_has_fields: bool,
}

impl Formatter<'_> {
    fn render(&mut self, ctx: &mut Ctx, s: &[char], depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(ctx.value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            i += 1;
            match c {
                '{' if s.get(i) == Some(&'{') => {
                    out.push('{');
                    i += 1;
                }
                '}' if s.get(i) == Some(&'}') => {
                    out.push('}');
                    i += 1;
                }
                '}' => return Err(ctx.value_error("Single '}' encountered in format string")),
                '{' if i == s.len() => {
                    return Err(ctx.value_error("Single '{' encountered in format string"))
                }
                '{' => {
                    let field = parse_field(ctx, s, &mut i)?;
                    let text = self.field(ctx, field, depth)?;
                    out.push_str(&text);
                }
                c => out.push(c),
            }
        }
        Ok(out)
    }

    fn field(&mut self, ctx: &mut Ctx, field: Field, depth: u32) -> PyResult<String> {
        let mut v = self.lookup(ctx, &field.name)?;
        v = match field.conversion {
            None => v,
            Some('r') => {
                let s = crate::repr::repr(ctx, v)?;
                ctx.new_str(s)
            }
            Some('s') => {
                let s = crate::repr::str_of(ctx, v)?;
                ctx.new_str(s)
            }
            Some('a') => {
                let s = crate::repr::ascii(ctx, v)?;
                ctx.new_str(s)
            }
            Some(c) => {
                return Err(ctx.value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        let spec = if field.spec_has_fields {
            self.render(ctx, &field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        crate::strformat::format_value(ctx, v, &spec)
    }

    /// The object a field name designates: an argument, then `.attr` and `[key]` accessors.
    fn lookup(&mut self, ctx: &mut Ctx, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut v = if first.is_empty() {
            if self.numbering == Numbering::Manual {
                return Err(ctx.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.numbering = Numbering::Auto;
            self.next_auto += 1;
            self.positional(ctx, self.next_auto - 1)?
        } else if let Some(index) = decimal(first) {
            if self.numbering == Numbering::Auto {
                return Err(ctx.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional(ctx, index)?
        } else {
            if let Some(m) = self.mapping {
                let k = ctx.new_str(first.to_string());
                crate::seqops::getitem(ctx, m, k)?
            } else {
                match self.kwargs.iter().find(|(k, _)| k.as_str() == first) {
                    Some((_, v)) => *v,
                    None => {
                        let k = ctx.new_str(first.to_string());
                        return Err(ctx.key_error(k));
                    }
                }
            }
        };
        while let Some(c) = rest.chars().next() {
            match c {
                '.' => {
                    let end = rest[1..].find(['.', '[']).map_or(rest.len(), |e| e + 1);
                    let attr = &rest[1..end];
                    if attr.is_empty() {
                        return Err(ctx.value_error("Empty attribute in format string"));
                    }
                    v = crate::attr::getattr(ctx, v, intern(attr))?;
                    rest = &rest[end..];
                }
                '[' => {
                    let Some(close) = rest.find(']') else {
                        return Err(ctx.value_error("Missing ']' in format string"));
                    };
                    let key = &rest[1..close];
                    if key.is_empty() {
                        return Err(ctx.value_error("Empty attribute in format string"));
                    }
                    let k = match decimal(key) {
                        Some(i) => Value::Int(i as i64),
                        None => ctx.new_str(key.to_string()),
                    };
                    v = crate::seqops::getitem(ctx, v, k)?;
                    rest = &rest[close + 1..];
                }
                _ => {
                    return Err(
                        ctx.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    )
                }
            }
        }
        Ok(v)
    }

    fn positional(&self, ctx: &Ctx, index: usize) -> PyResult<Value> {
        if self.mapping.is_some() {
            return Err(ctx.value_error("Format string contains positional fields"));
        }
        self.args.get(index).copied().ok_or_else(|| {
            ctx.error(
                rt().types.index_error,
                format!("Replacement index {index} out of range for positional args tuple"),
            )
        })
    }
}

/// A field name part that is a non-negative decimal integer.
fn decimal(s: &str) -> Option<usize> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Parses the field starting after its `{` at `s[*i]`; leaves `*i` after its closing `}`.
fn parse_field(ctx: &Ctx, s: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < s.len() {
        c = s[*i];
        *i += 1;
        match c {
            '{' => return Err(ctx.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < s.len() && s[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let at_end = *i >= s.len() && !matches!(c, '}' | ':' | '!');
    let name_end = if at_end { *i } else { *i - 1 };
    let name: String = s[start..name_end].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
        spec_has_fields: false,
    };
    if at_end || !matches!(c, '!' | ':') {
        if c != '}' || at_end {
            return Err(ctx.value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == '!' {
        if *i >= s.len() {
            return Err(ctx.value_error("end of string while looking for conversion specifier"));
        }
        field.conversion = Some(s[*i]);
        *i += 1;
        if *i < s.len() {
            let next = s[*i];
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(ctx.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < s.len() {
        let ch = s[*i];
        *i += 1;
        match ch {
            '{' => {
                field.spec_has_fields = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = s[spec_start..*i - 1].to_vec();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(ctx.value_error("unmatched '{' in format spec"))
}
