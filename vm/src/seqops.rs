//! Sequence operations: concatenation and repetition, indexing and slicing of str, list,
//! tuple and range, and item assignment/deletion.

use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::repeat::{self, TooLong};
use crate::rt::{class_name, rt};
use crate::value::{ObjRef, Value};

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// Range equality (same sequence of values).
pub fn range_eq(a: ObjRef, b: ObjRef) -> bool {
    match (&a.kind, &b.kind) {
        (
            Kind::Range {
                start: s1,
                stop: e1,
                step: t1,
            },
            Kind::Range {
                start: s2,
                stop: e2,
                step: t2,
            },
        ) => {
            let (l1, l2) = (range_len(*s1, *e1, *t1), range_len(*s2, *e2, *t2));
            l1 == l2 && (l1 == 0 || (s1 == s2 && (l1 == 1 || t1 == t2)))
        }
        _ => false,
    }
}

/// Sequence forms of binary operators; `None` when the operands are not sequences.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    // As CPython, whose concatenation comes after the operands' `__add__`/`__radd__`: a right
    // operand of a class with `__radd__` (`[1] + UserList(...)`) gets its turn first.
    if op == BinOp::Add && has_radd(ctx, b)? {
        return Ok(None);
    }
    // A built-in sequence's operators accept instances of its subclasses.
    let b = crate::native_base::unwrap(b);
    let (Value::Obj(x), _) = (a, b) else {
        if let (Some(n), Value::Obj(_)) = (crate::ops::as_i64(a), b) {
            if op == BinOp::Mul {
                return binary(ctx, op, b, Value::Int(n));
            }
        }
        return Ok(None);
    };
    if op == BinOp::Mul && matches!(x.kind, Kind::BigInt(_)) && matches!(b, Value::Obj(_)) {
        // `huge * seq`: the sequence decides (an OverflowError for a sequence).
        return binary(ctx, op, b, a);
    }
    match (&x.kind, op) {
        (Kind::Bytes(_) | Kind::ByteArray(_), _) => crate::bytes::binary(ctx, op, a, b),
        (Kind::Str(s), BinOp::Add) => match b.as_str() {
            Some(t) => {
                let mut r = String::with_capacity(s.s.len() + t.len());
                r.push_str(&s.s);
                r.push_str(t);
                Ok(Some(ctx.new_str(r)))
            }
            None => Err(concat_error(ctx, "str", b)),
        },
        (Kind::Str(s), BinOp::Mul) => match repeat::count(ctx, b)? {
            Some(n) => {
                let r = repeat::text(ctx, &s.s, s.char_len(), n)?;
                Ok(Some(ctx.new_str(r)))
            }
            None => Ok(None),
        },
        (Kind::Str(s), BinOp::Mod) => Ok(Some(crate::strformat::percent(ctx, &s.s, b)?)),
        (Kind::List(_), BinOp::Add) => match b {
            Value::Obj(y) if matches!(y.kind, Kind::List(_)) => {
                let mut v = ctx.list_items(x)?.to_vec();
                v.extend(ctx.list_items(y)?.iter().copied());
                Ok(Some(ctx.new_list(v)))
            }
            _ => Err(concat_error(ctx, "list", b)),
        },
        (Kind::List(_), BinOp::Mul) => match repeat::count(ctx, b)? {
            Some(n) => {
                let items = ctx.list_items(x)?;
                let v = repeat::items(ctx, &items, n, TooLong::Memory)?;
                Ok(Some(ctx.new_list(v)))
            }
            None => Ok(None),
        },
        (Kind::Tuple(t), BinOp::Add) => match b {
            Value::Obj(y) => match &y.kind {
                Kind::Tuple(u) => {
                    let v: Vec<Value> = t.iter().chain(u.iter()).copied().collect();
                    Ok(Some(ctx.new_tuple(v)))
                }
                _ => Err(concat_error(ctx, "tuple", b)),
            },
            _ => Err(concat_error(ctx, "tuple", b)),
        },
        (Kind::Tuple(t), BinOp::Mul) => match repeat::count(ctx, b)? {
            Some(n) => {
                let v = repeat::items(ctx, t, n, TooLong::Memory)?;
                Ok(Some(ctx.new_tuple(v)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// CPython's TypeError for concatenating `b` to a `kind` (str, list or tuple).
fn concat_error(ctx: &Ctx, kind: &str, b: Value) -> crate::error::Raise {
    ctx.type_error(format!(
        "can only concatenate {kind} (not \"{}\") to {kind}",
        class_name(rt().type_of(b))
    ))
}

/// The concatenation TypeError for `a + b` when `a` is a str, list or tuple whose
/// concatenation `b`'s `__radd__` declined (`None` for other `a`).
pub fn concat_declined(ctx: &Ctx, a: Value, b: Value) -> Option<crate::error::Raise> {
    let kind = match a.obj().map(|o| &o.0.kind) {
        Some(Kind::Str(_)) => "str",
        Some(Kind::List(_)) => "list",
        Some(Kind::Tuple(_)) => "tuple",
        _ => return None,
    };
    Some(concat_error(ctx, kind, b))
}

/// Whether `v` is an instance of a user class that defines `__radd__`.
fn has_radd(ctx: &mut Ctx, v: Value) -> PyResult<bool> {
    match v.obj().map(|o| &o.0.kind) {
        Some(Kind::Instance(i)) if crate::native_base::native_of(v).is_none() => {
            Ok(crate::attr::class_lookup(ctx, i.class, crate::name!("__radd__"))?.is_some())
        }
        _ => Ok(false),
    }
}

/// Resolved slice bounds for a sequence of length `len`: (start, stop, step), CPython's
/// `PySlice_AdjustIndices`.
pub fn slice_indices(ctx: &mut Ctx, sl: ObjRef, len: i64) -> PyResult<(i64, i64, i64)> {
    let Kind::Slice { start, stop, step } = &sl.kind else {
        return Err(ctx.type_error("expected slice"));
    };
    let get = |ctx: &mut Ctx, v: Value| -> PyResult<Option<i64>> {
        let v = index_value(ctx, v)?;
        match v {
            Value::None => Ok(None),
            _ => match crate::ops::as_i64(v) {
                Some(i) => Ok(Some(i)),
                None => match crate::ops::as_big(v) {
                    Some(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    })),
                    None => Err(ctx.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            },
        }
    };
    let step = get(ctx, *step)?.unwrap_or(1);
    if step == 0 {
        return Err(ctx.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adj = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let s = adj(get(ctx, *start)?, if step < 0 { upper } else { lower });
    let e = adj(get(ctx, *stop)?, if step < 0 { lower } else { upper });
    Ok((s, e, step))
}

/// The positions a resolved slice selects, in order.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let n = range_len(start, stop, step);
    (0..n).map(move |k| (start + k * step) as usize)
}

/// `v` as an integer for indexing: `v` itself, or what an instance's `__index__` returns
/// (which must be an int).
pub fn index_value(ctx: &mut Ctx, v: Value) -> PyResult<Value> {
    if !matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Instance(_))) {
        return Ok(v);
    }
    match crate::attr::call_dunder(ctx, v, "__index__", &[])? {
        Some(r) if crate::ops::as_big(r).is_some() => Ok(r),
        Some(r) => Err(ctx.type_error(format!(
            "__index__ returned non-int (type {})",
            class_name(rt().type_of(r))
        ))),
        None => Ok(v),
    }
}

/// The position `key` designates in a sequence of length `len` (`what` names it in errors).
pub fn index(ctx: &mut Ctx, key: Value, len: usize, what: &str) -> PyResult<usize> {
    let key = index_value(ctx, key)?;
    let Some(i) = crate::ops::as_i64(key) else {
        if crate::ops::as_big(key).is_some() {
            return Err(ctx.index_error("cannot fit 'int' into an index-sized integer"));
        }
        return Err(ctx.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            class_name(rt().type_of(key))
        )));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(ctx.index_error(match what {
            "str" => "string index out of range".to_string(),
            "byte" => "index out of range".to_string(),
            w => format!("{w} index out of range"),
        }));
    }
    Ok(j as usize)
}

/// `v` if it is a slice object.
pub fn is_slice(v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.kind, Kind::Slice { .. }) => Some(o),
        _ => None,
    }
}

/// `container[key]`.
pub fn getitem(ctx: &mut Ctx, container: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(o) = container else {
        return Err(not_subscriptable(ctx, container));
    };
    match &o.kind {
        Kind::List(_) => {
            if let Value::Int(i) = key {
                let item = match usize::try_from(i) {
                    Ok(at) => ctx.list_get(o, at)?,
                    Err(_) => ctx.with_list(o, |items| {
                        usize::try_from(i + items.len() as i64)
                            .ok()
                            .and_then(|at| items.get(at).copied())
                    })?,
                };
                if let Some(item) = item {
                    return Ok(item);
                }
            }
            let items = ctx.list_items(o)?;
            if let Some(sl) = is_slice(key) {
                let (s, e, st) = slice_indices(ctx, sl, items.len() as i64)?;
                let v = slice_positions(s, e, st).map(|p| items[p]).collect();
                return Ok(ctx.new_list(v));
            }
            let i = index(ctx, key, items.len(), "list")?;
            Ok(items[i])
        }
        Kind::Tuple(t) => {
            if let Some(sl) = is_slice(key) {
                let (s, e, st) = slice_indices(ctx, sl, t.len() as i64)?;
                let v = slice_positions(s, e, st).map(|p| t[p]).collect();
                return Ok(ctx.new_tuple(v));
            }
            let i = index(ctx, key, t.len(), "tuple")?;
            Ok(t[i])
        }
        Kind::Bytes(_) | Kind::ByteArray(_) => crate::bytes::getitem(ctx, container, key),
        Kind::Str(s) => {
            if let Some(sl) = is_slice(key) {
                let chars: Vec<char> = s.s.chars().collect();
                let (a, e, st) = slice_indices(ctx, sl, chars.len() as i64)?;
                let r: String = slice_positions(a, e, st).map(|p| chars[p]).collect();
                return Ok(ctx.new_str(r));
            }
            let i = index(ctx, key, s.char_len(), "str")?;
            let c = if s.ascii {
                s.s[i..i + 1].to_string()
            } else {
                s.s.chars().nth(i).map(String::from).unwrap_or_default()
            };
            Ok(ctx.new_str(c))
        }
        Kind::Dict(_) => {
            let k = crate::userhash::dict_hkey(ctx, o, key)?;
            match ctx.dict_get(o, k)? {
                Some(v) => Ok(v),
                None => Err(ctx.key_error(key)),
            }
        }
        Kind::Range { start, stop, step } => {
            let len = range_len(*start, *stop, *step);
            if let Some(sl) = is_slice(key) {
                let (a, e, st) = slice_indices(ctx, sl, len)?;
                let (ns, ne, nst) = (start + a * step, start + e * step, step * st);
                return Ok(Value::Obj(ctx.alloc(Kind::Range {
                    start: ns,
                    stop: ne,
                    step: nst,
                })));
            }
            let i = index(ctx, key, len as usize, "range object")?;
            Ok(Value::Int(start + i as i64 * step))
        }
        Kind::Class(_) => class_getitem(ctx, o, key),
        Kind::Instance(_) => {
            match crate::attr::call_dunder(ctx, container, "__getitem__", &[key])? {
                Some(v) => Ok(v),
                None if crate::native_base::native_of(container).is_some() => {
                    crate::builtins::native_getitem(ctx, container, key)
                }
                None => Err(not_subscriptable(ctx, container)),
            }
        }
        _ => Err(not_subscriptable(ctx, container)),
    }
}

/// `cls[key]`: the metaclass's `__getitem__` (`Color['RED']`), else
/// `cls.__class_getitem__(key)`, which is a class method even when defined without the
/// decorator (as CPython makes it).
fn class_getitem(ctx: &mut Ctx, class: crate::value::ObjRef, key: Value) -> PyResult<Value> {
    if let Some(v) = crate::attr::call_dunder(ctx, Value::Obj(class), "__getitem__", &[key])? {
        return Ok(v);
    }
    let name = crate::value::intern("__class_getitem__");
    match crate::attr::class_lookup(ctx, class, name)? {
        Some(f @ Value::Obj(fo)) if matches!(fo.kind, Kind::Function(_)) => {
            crate::interp::call::call(ctx, f, &[Value::Obj(class), key], &[])
        }
        Some(_) => {
            let bound = crate::attr::getattr(ctx, Value::Obj(class), name)?;
            crate::interp::call::call(ctx, bound, &[key], &[])
        }
        None if generic_builtin(class) => {
            crate::modules::types_call(ctx, "GenericAlias", &[Value::Obj(class), key])
        }
        None => Err(ctx.type_error(format!("type '{}' is not subscriptable", class_name(class)))),
    }
}

/// The built-in classes that subscript to a `types.GenericAlias` (`list[int]`).
fn generic_builtin(class: crate::value::ObjRef) -> bool {
    let t = &rt().types;
    [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_].contains(&class)
}

fn not_subscriptable(ctx: &Ctx, v: Value) -> crate::error::Raise {
    ctx.type_error(format!(
        "'{}' object is not subscriptable",
        class_name(rt().type_of(v))
    ))
}

/// `container[key] = value`.
pub fn setitem(ctx: &mut Ctx, container: Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(o) = container else {
        return Err(ctx.type_error(format!(
            "'{}' object does not support item assignment",
            class_name(rt().type_of(container))
        )));
    };
    match &o.kind {
        Kind::ByteArray(_) => crate::bytearray::setitem(ctx, o, key, value),
        Kind::List(_) => {
            if let Some(sl) = is_slice(key) {
                let new = crate::iter::collect(ctx, value)?;
                let len = ctx.list_items(o)?.len() as i64;
                let (s, e, st) = slice_indices(ctx, sl, len)?;
                if st != 1 {
                    let at: Vec<usize> = slice_positions(s, e, st).collect();
                    if at.len() != new.len() {
                        return Err(ctx.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            at.len()
                        )));
                    }
                    return ctx.list_modify(o, |v| {
                        for (i, x) in at.into_iter().zip(new) {
                            v[i] = x;
                        }
                    });
                }
                let e = e.max(s);
                return ctx.list_modify(o, |v| {
                    v.splice(s as usize..e as usize, new);
                });
            }
            let len = ctx.with_list(o, <[Value]>::len)?;
            let i = index(ctx, key, len, "list")
                .map_err(|_| ctx.index_error("list assignment index out of range"))?;
            ctx.list_modify(o, |v| v[i] = value)
        }
        Kind::Dict(_) => {
            let k = crate::userhash::dict_hkey(ctx, o, key)?;
            ctx.dict_set(o, k, value)
        }
        Kind::Instance(_) => {
            match crate::attr::call_dunder(ctx, container, "__setitem__", &[key, value])? {
                Some(_) => Ok(()),
                None if crate::native_base::native_of(container).is_some() => {
                    setitem(ctx, crate::native_base::unwrap(container), key, value)
                }
                None => Err(ctx.type_error(format!(
                    "'{}' object does not support item assignment",
                    class_name(rt().type_of(container))
                ))),
            }
        }
        _ => Err(ctx.type_error(format!(
            "'{}' object does not support item assignment",
            class_name(rt().type_of(container))
        ))),
    }
}

/// `del container[key]`.
pub fn delitem(ctx: &mut Ctx, container: Value, key: Value) -> PyResult<()> {
    let Value::Obj(o) = container else {
        return Err(ctx.type_error(format!(
            "'{}' object does not support item deletion",
            class_name(rt().type_of(container))
        )));
    };
    match &o.kind {
        Kind::ByteArray(_) => crate::bytearray::delitem(ctx, o, key),
        Kind::List(_) => {
            let len = ctx.list_items(o)?.len();
            if let Some(sl) = is_slice(key) {
                let (s, e, st) = slice_indices(ctx, sl, len as i64)?;
                let mut drop: Vec<usize> = slice_positions(s, e, st).collect();
                drop.sort_unstable();
                return ctx.list_modify(o, |v| {
                    for p in drop.into_iter().rev() {
                        v.remove(p);
                    }
                });
            }
            let i = index(ctx, key, len, "list")
                .map_err(|_| ctx.index_error("list assignment index out of range"))?;
            ctx.list_modify(o, |v| {
                v.remove(i);
            })
        }
        Kind::Dict(_) => {
            let k = crate::userhash::dict_hkey(ctx, o, key)?;
            let removed = ctx.dict_modify(o, |d| d.shift_remove(&k))?;
            match removed {
                Some(_) => Ok(()),
                None => Err(ctx.key_error(key)),
            }
        }
        Kind::Instance(_) => match crate::attr::call_dunder(ctx, container, "__delitem__", &[key])?
        {
            Some(_) => Ok(()),
            None if crate::native_base::native_of(container).is_some() => {
                delitem(ctx, crate::native_base::unwrap(container), key)
            }
            None => Err(ctx.type_error(format!(
                "'{}' object does not support item deletion",
                class_name(rt().type_of(container))
            ))),
        },
        _ => Err(ctx.type_error(format!(
            "'{}' object doesn't support item deletion",
            class_name(rt().type_of(container))
        ))),
    }
}
