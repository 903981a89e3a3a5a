//! Which keyword arguments the builtins accept, as CPython's signatures say, checked once at
//! the call so that no native function silently ignores a keyword it does not know
//! (`print(1, foo=2)` is a TypeError, as in CPython).
//!
//! Natives are defined without a keyword rule ([`Keywords::Own`]); [`install`] then gives the
//! builtin functions listed here, and every plain method of the core built-in types, the rule
//! CPython has.

use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::object::{AttrMap, Builtin, Kind, Object};
use crate::rt::{class_name, Runtime};
use crate::value::{intern, Name, ObjRef, Value};

/// The keyword arguments a native function accepts.
#[derive(Clone, Copy, Debug)]
pub enum Keywords {
    /// The function reads and checks its keyword arguments itself.
    Own,
    /// None: `{shown}() takes no keyword arguments`.
    Refused(&'static str),
    /// Only these names: `'{name}' is an invalid keyword argument for {shown}()`.
    Only(&'static str, &'static [&'static str]),
}

impl Keywords {
    /// The TypeError CPython raises for `kwargs`, if any of them is not accepted.
    pub fn check(self, ctx: &Ctx, kwargs: &[(Name, Value)]) -> PyResult<()> {
        match (self, kwargs.first()) {
            (Keywords::Own, _) | (_, None) => Ok(()),
            (Keywords::Refused(shown), Some(_)) => {
                Err(ctx.type_error(format!("{shown}() takes no keyword arguments")))
            }
            (Keywords::Only(shown, allowed), Some(_)) => {
                match kwargs.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
                    Some((k, _)) => Err(ctx.type_error(format!(
                        "'{}' is an invalid keyword argument for {shown}()",
                        k.as_str()
                    ))),
                    None => Ok(()),
                }
            }
        }
    }
}

/// Functions of the `builtins` module: name, then its rule (the shown name is CPython's, which
/// for `sorted` is `sort`).
const FUNCTIONS: &[(&str, Keywords)] = &[
    (
        "enumerate",
        Keywords::Only("enumerate", &["iterable", "start"]),
    ),
    ("zip", Keywords::Only("zip", &["strict"])),
    ("map", Keywords::Refused("map")),
    ("filter", Keywords::Refused("filter")),
    ("reversed", Keywords::Refused("reversed")),
    (
        "print",
        Keywords::Only("print", &["sep", "end", "file", "flush"]),
    ),
    ("sorted", Keywords::Only("sort", &["key", "reverse"])),
    ("min", Keywords::Only("min", &["key", "default"])),
    ("max", Keywords::Only("max", &["key", "default"])),
    ("sum", Keywords::Only("sum", &["start"])),
    ("round", Keywords::Only("round", &["number", "ndigits"])),
    ("pow", Keywords::Only("pow", &["base", "exp", "mod"])),
    (
        "open",
        Keywords::Only(
            "open",
            &[
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
        ),
    ),
    ("len", Keywords::Refused("len")),
    ("repr", Keywords::Refused("repr")),
    ("ascii", Keywords::Refused("ascii")),
    ("isinstance", Keywords::Refused("isinstance")),
    ("issubclass", Keywords::Refused("issubclass")),
    ("iter", Keywords::Refused("iter")),
    ("next", Keywords::Refused("next")),
    ("getattr", Keywords::Refused("getattr")),
    ("hasattr", Keywords::Refused("hasattr")),
    ("setattr", Keywords::Refused("setattr")),
    ("delattr", Keywords::Refused("delattr")),
    ("abs", Keywords::Refused("abs")),
    ("any", Keywords::Refused("any")),
    ("all", Keywords::Refused("all")),
    ("hash", Keywords::Refused("hash")),
    ("id", Keywords::Refused("id")),
    ("divmod", Keywords::Refused("divmod")),
    ("chr", Keywords::Refused("chr")),
    ("ord", Keywords::Refused("ord")),
    ("bin", Keywords::Refused("bin")),
    ("oct", Keywords::Refused("oct")),
    ("hex", Keywords::Refused("hex")),
    ("format", Keywords::Refused("format")),
    ("callable", Keywords::Refused("callable")),
    ("vars", Keywords::Refused("vars")),
    ("dir", Keywords::Refused("dir")),
    ("input", Keywords::Refused("input")),
    ("aiter", Keywords::Refused("aiter")),
    ("anext", Keywords::Refused("anext")),
];

/// Methods of the core built-in types that accept keywords (every other plain method of those
/// types accepts none): method name, accepted names.
const METHOD_KEYWORDS: &[(&str, &[&str])] = &[
    ("split", &["sep", "maxsplit"]),
    ("rsplit", &["sep", "maxsplit"]),
    ("splitlines", &["keepends"]),
    ("expandtabs", &["tabsize"]),
    ("encode", &["encoding", "errors"]),
    ("decode", &["encoding", "errors"]),
    ("translate", &["delete"]),
    ("hex", &["sep", "bytes_per_sep"]),
    ("sort", &["key", "reverse"]),
    ("from_bytes", &["bytes", "byteorder", "signed"]),
    ("to_bytes", &["length", "byteorder", "signed"]),
];

/// Methods that take arbitrary keywords and check them themselves.
const METHODS_OWN: &[&str] = &["format", "update"];

/// Gives the builtins above their rules; call after every native is defined. `str.translate`
/// takes no keywords (only `bytes.translate` does), hence the per-type exception.
pub fn install(rt: &Runtime, builtins: &mut AttrMap) {
    for (name, rule) in FUNCTIONS {
        with_rule(builtins, intern(name), *rule);
    }
    let t = &rt.types;
    for (class, name, allowed) in [
        (t.int, "__new__", &["base"][..]),
        (t.str, "__new__", &["object", "encoding", "errors"]),
        (t.bytes, "__new__", &["source", "encoding", "errors"]),
    ] {
        if let Kind::Class(c) = &class.kind {
            with_rule(
                &mut c.attrs.lock(),
                intern(name),
                Keywords::Only(class_name(class), allowed),
            );
        }
    }
    // Not subclassable, so the rule holds for every call (a subclass of `list` or `float` with
    // its own `__init__` may take keywords, which the constructor then ignores).
    for class in [t.range, t.bool] {
        if let Kind::Class(c) = &class.kind {
            with_rule(
                &mut c.attrs.lock(),
                intern("__new__"),
                Keywords::Refused(class_name(class)),
            );
        }
    }
    for class in [
        t.str,
        t.bytes,
        t.bytearray,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.int,
        t.float,
    ] {
        methods_of(class, t.str);
    }
    crate::attr_cache::invalidate();
}

/// Gives every native function of module `module`'s namespace `attrs` the rule "no keywords"
/// (`{module}.{name}() takes no keyword arguments`), except those named in `own`, which check
/// their keywords themselves.
pub fn refuse_in_module(attrs: &mut AttrMap, module: &str, own: &[&str]) {
    let names: Vec<Name> = attrs
        .keys()
        .copied()
        .filter(|n| !own.contains(&n.as_str()))
        .collect();
    for name in names {
        let shown = intern(&format!("{module}.{}", name.as_str())).as_str();
        with_rule(attrs, name, Keywords::Refused(shown));
    }
}

/// Gives native function `name` of namespace `attrs` `rule`.
pub fn set_rule(attrs: &mut AttrMap, name: &str, rule: Keywords) {
    with_rule(attrs, intern(name), rule);
}

/// The rule of every plain (non-dunder) native method of `class`.
fn methods_of(class: ObjRef, str_class: ObjRef) {
    let Kind::Class(c) = &class.kind else { return };
    let mut attrs = c.attrs.lock();
    let names: Vec<Name> = attrs
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !k.as_str().starts_with("__") && !METHODS_OWN.contains(&k.as_str()))
        .collect();
    for name in names {
        let n = name.as_str();
        let rule = match METHOD_KEYWORDS.iter().find(|(m, _)| *m == n) {
            Some((_, allowed)) if !(n == "translate" && class == str_class) => {
                Keywords::Only(n, allowed)
            }
            _ => Keywords::Refused(intern(&format!("{}.{n}", class_name(class))).as_str()),
        };
        with_rule(&mut attrs, name, rule);
    }
}

/// Replaces the unbound native function `name` of `attrs`, or the one a class or static method
/// `name` wraps, with one that has `rule`; anything else under that name is left alone.
fn with_rule(attrs: &mut AttrMap, name: Name, rule: Keywords) {
    let Some(Value::Obj(o)) = attrs.get(&name).copied() else {
        return;
    };
    let new = match &o.kind {
        Kind::Builtin(b) => ruled(b, rule),
        Kind::Descriptor(d) => match &**d {
            Descriptor::ClassMethod(Value::Obj(f)) => match &f.kind {
                Kind::Builtin(b) => ruled(b, rule).map(Descriptor::ClassMethod),
                _ => None,
            },
            Descriptor::StaticMethod(Value::Obj(f)) => match &f.kind {
                Kind::Builtin(b) => ruled(b, rule).map(Descriptor::StaticMethod),
                _ => None,
            },
            _ => None,
        }
        .map(|d| Value::Obj(Object::immortal(Kind::Descriptor(Box::new(d))))),
        _ => None,
    };
    if let Some(v) = new {
        attrs.insert(name, v);
    }
}

/// An unbound copy of `b` with `rule`; `None` for a bound one.
fn ruled(b: &Builtin, rule: Keywords) -> Option<Value> {
    b.receiver.is_none().then(|| {
        Value::Obj(Object::immortal(Kind::Builtin(Box::new(Builtin {
            name: b.name,
            f: b.f,
            receiver: None,
            keywords: rule,
        }))))
    })
}
