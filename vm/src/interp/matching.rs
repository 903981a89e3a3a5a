//! The runtime tests of `match` patterns (`Instr::Match`), as CPython 3.11's `MATCH_*`
//! instructions do them: which values are sequences and mappings, key lookup with `get`,
//! and class patterns with `__match_args__`.

use super::frame::Frame;
use crate::bytecode::MatchOp;
use crate::ctx::Ctx;
use crate::dict::HKey;
use crate::error::{PyResult, Raise};
use crate::object::{Kind, Object};
use crate::rt::{class_name, is_subclass, rt};
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

/// Runs one pattern test on frame `f`.
pub fn execute(ctx: &mut Ctx, f: &mut Frame, op: MatchOp) -> PyResult<()> {
    match op {
        MatchOp::IsSequence => {
            let t = &rt().types;
            let class = rt().type_of(f.top());
            let seq = [t.list, t.tuple, t.range]
                .iter()
                .any(|b| is_subclass(class, *b));
            f.stack.push(Value::Bool(seq));
        }
        MatchOp::IsMapping => {
            let class = rt().type_of(f.top());
            f.stack
                .push(Value::Bool(is_subclass(class, rt().types.dict)));
        }
        MatchOp::Len => {
            let n = crate::builtins::len_of(ctx, f.top())?;
            f.stack.push(Value::Int(n));
        }
        MatchOp::Keys { rest } => {
            let keys = f.pop();
            let subject = f.pop();
            let keys = crate::iter::collect(ctx, keys)?;
            match match_keys(ctx, subject, &keys)? {
                Some(values) => {
                    if rest {
                        let r = rest_dict(ctx, subject, &keys)?;
                        f.stack.push(r);
                    }
                    let t = ctx.new_tuple(values);
                    f.stack.push(t);
                }
                None => {
                    if rest {
                        f.stack.push(Value::None);
                    }
                    f.stack.push(Value::None);
                }
            }
        }
        MatchOp::Class { nargs } => {
            let names = f.pop();
            let class = f.pop();
            let subject = f.pop();
            let names = crate::iter::collect(ctx, names)?;
            let r = match match_class(ctx, subject, class, nargs as usize, &names)? {
                Some(attrs) => ctx.new_tuple(attrs),
                None => Value::None,
            };
            f.stack.push(r);
        }
    }
    Ok(())
}

/// A value no mapping holds: `get(key, MISSING)` returning it means the key is absent.
fn missing() -> ObjRef {
    static M: OnceLock<ObjRef> = OnceLock::new();
    *M.get_or_init(|| Object::immortal(Kind::Tuple(Box::new([]))))
}

/// The values of `keys` in `subject` (through its `get`), or `None` if one is missing.
fn match_keys(ctx: &mut Ctx, subject: Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let get = crate::attr::getattr(ctx, subject, intern("get"))?;
    let mut values = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        for earlier in &keys[..i] {
            if crate::ops::eq(ctx, *earlier, *k)? {
                let r = crate::repr::repr(ctx, *k)?;
                return Err(ctx.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        let v = super::call::call(ctx, get, &[*k, Value::Obj(missing())], &[])?;
        if v.is(Value::Obj(missing())) {
            return Ok(None);
        }
        values.push(v);
    }
    Ok(Some(values))
}

/// `dict(subject)` without `keys` (the `**rest` of a mapping pattern).
fn rest_dict(ctx: &mut Ctx, subject: Value, keys: &[Value]) -> PyResult<Value> {
    let copy = super::call::call(ctx, Value::Obj(rt().types.dict), &[subject], &[])?;
    if let Value::Obj(d) = copy {
        let hkeys: Vec<HKey> = keys.iter().filter_map(|k| HKey::new(*k).ok()).collect();
        ctx.dict_modify(d, |data| {
            for k in &hkeys {
                data.shift_remove(k);
            }
        })?;
    }
    Ok(copy)
}

/// Built-in types whose class pattern's one positional sub-pattern matches the subject itself.
fn matches_self(class: ObjRef) -> bool {
    let t = &rt().types;
    [
        t.bool,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str,
        t.tuple,
    ]
    .contains(&class)
        || crate::rt::class_name(class) == "bytes"
        || crate::rt::class_name(class) == "bytearray"
}

/// A class pattern's attributes: positional ones through `__match_args__`, then keywords.
fn match_class(
    ctx: &mut Ctx,
    subject: Value,
    class: Value,
    nargs: usize,
    kwnames: &[Value],
) -> PyResult<Option<Vec<Value>>> {
    let cls = match class {
        Value::Obj(o) if matches!(o.kind, Kind::Class(_)) => o,
        _ => return Err(ctx.type_error("called match pattern must be a type")),
    };
    if !is_subclass(rt().type_of(subject), cls) {
        return Ok(None);
    }
    let mut seen: Vec<Name> = Vec::new();
    let mut attrs = Vec::with_capacity(nargs + kwnames.len());
    if nargs > 0 {
        let match_args = crate::attr::class_lookup(ctx, cls, intern("__match_args__"))?;
        let (names, self_match) = match match_args {
            Some(Value::Obj(t)) if matches!(t.kind, Kind::Tuple(_)) => {
                (crate::iter::collect(ctx, Value::Obj(t))?, false)
            }
            Some(other) => {
                return Err(ctx.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    class_name(cls),
                    class_name(rt().type_of(other))
                )))
            }
            None => (Vec::new(), matches_self(cls)),
        };
        let allowed = if self_match { 1 } else { names.len() };
        if allowed < nargs {
            return Err(ctx.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                class_name(cls),
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if self_match {
            attrs.push(subject);
        } else {
            for n in &names[..nargs] {
                let Some(s) = n.as_str() else {
                    return Err(ctx.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        class_name(rt().type_of(*n))
                    )));
                };
                match class_attr(ctx, subject, cls, intern(s), &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for n in kwnames {
        let name = intern(n.as_str().unwrap_or_default());
        match class_attr(ctx, subject, cls, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(attrs))
}

/// `subject.name` for a class pattern; `None` (no match) on AttributeError.
fn class_attr(
    ctx: &mut Ctx,
    subject: Value,
    cls: ObjRef,
    name: Name,
    seen: &mut Vec<Name>,
) -> PyResult<Option<Value>> {
    if seen.contains(&name) {
        return Err(ctx.type_error(format!(
            "{}() got multiple sub-patterns for attribute '{}'",
            class_name(cls),
            name.as_str()
        )));
    }
    seen.push(name);
    match crate::attr::getattr(ctx, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(Raise::Exc(e))
            if crate::exceptions::exc_matches(e.value, rt().types.attribute_error) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
