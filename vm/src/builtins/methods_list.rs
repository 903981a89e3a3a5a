//! Methods of `list`, and the stable sort shared with `sorted()`.

use super::{arity, def_methods, kwarg};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::rt::Runtime;
use crate::value::{Name, ObjRef, Value};

pub(super) fn install(rt: &Runtime) {
    def_methods(
        rt.types.list,
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("sort", sort),
            ("clear", clear),
            ("copy", copy),
        ],
    );
}

fn this(recv: Option<Value>) -> ObjRef {
    match recv {
        Some(Value::Obj(o)) => o,
        _ => crate::rt::rt().types.list,
    }
}

fn append(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "list.append", args, 1, 1)?;
    let (list, v) = (this(r), args[0]);
    if !ctx.append_delta(list, v) {
        ctx.list_modify(list, |l| l.push(v))?;
    }
    Ok(Value::None)
}

fn extend(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "list.extend", args, 1, 1)?;
    let items = crate::iter::collect(ctx, args[0])?;
    ctx.list_modify(this(r), |l| l.extend(items))?;
    Ok(Value::None)
}

fn pop(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "pop", args, 0, 1)?;
    let list = this(r);
    let i = match args.first() {
        Some(v) => crate::ops::as_i64(*v)
            .ok_or_else(|| ctx.type_error("'str' object cannot be interpreted as an integer"))?,
        None => -1,
    };
    if i == 0 {
        return match ctx.list_pop_front(list)? {
            Some(v) => Ok(v),
            None => Err(ctx.index_error("pop from empty list")),
        };
    }
    let len = ctx.list_items(list)?.len() as i64;
    if len == 0 {
        return Err(ctx.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(ctx.index_error("pop index out of range"));
    }
    ctx.list_modify(list, |l| l.remove(j as usize))
}

fn insert(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "insert", args, 2, 2)?;
    let list = this(r);
    let len = ctx.list_items(list)?.len() as i64;
    let i = crate::ops::as_i64(args[0])
        .ok_or_else(|| ctx.type_error("'str' object cannot be interpreted as an integer"))?;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let v = args[1];
    ctx.list_modify(list, |l| l.insert(j, v))?;
    Ok(Value::None)
}

fn position(ctx: &mut Ctx, list: ObjRef, v: Value) -> PyResult<Option<usize>> {
    let items = ctx.list_items(list)?;
    for (i, x) in items.iter().enumerate() {
        if x.is(v) || crate::ops::eq(ctx, *x, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "list.remove", args, 1, 1)?;
    let list = this(r);
    match position(ctx, list, args[0])? {
        Some(i) => {
            ctx.list_modify(list, |l| l.remove(i))?;
            Ok(Value::None)
        }
        None => Err(ctx.value_error("list.remove(x): x not in list")),
    }
}

fn index(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "index", args, 1, 3)?;
    match position(ctx, this(r), args[0])? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let s = crate::repr::repr(ctx, args[0])?;
            Err(ctx.value_error(format!("{s} is not in list")))
        }
    }
}

fn count(ctx: &mut Ctx, r: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "count", args, 1, 1)?;
    let items = ctx.list_items(this(r))?;
    let mut n = 0;
    for x in items.iter() {
        if x.is(args[0]) || crate::ops::eq(ctx, *x, args[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    ctx.list_modify(this(r), |l| l.reverse())?;
    Ok(Value::None)
}

fn clear(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    ctx.list_modify(this(r), |l| l.clear())?;
    Ok(Value::None)
}

fn copy(ctx: &mut Ctx, r: Option<Value>, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let items = ctx.list_items(this(r))?.to_vec();
    Ok(ctx.new_list(items))
}

/// Stable merge sort of `items` by `key` (or the items themselves), with Python's `<`.
pub(super) fn sort_values(
    ctx: &mut Ctx,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(k) if !matches!(k, Value::None) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(crate::interp::call::call(ctx, k, &[*it], &[])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut buf = idx.clone();
    merge_sort(ctx, &keys, &mut idx, &mut buf)?;
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i]).collect())
}

fn merge_sort(ctx: &mut Ctx, keys: &[Value], idx: &mut [usize], buf: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(ctx, keys, &mut idx[..mid], &mut buf[..mid])?;
    merge_sort(ctx, keys, &mut idx[mid..], &mut buf[mid..])?;
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        // Take from the right only when strictly smaller: stability.
        if crate::ops::lt(ctx, keys[idx[j]], keys[idx[i]])? {
            buf[k] = idx[j];
            j += 1;
        } else {
            buf[k] = idx[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = idx[i];
        i += 1;
        k += 1;
    }
    while j < n {
        buf[k] = idx[j];
        j += 1;
        k += 1;
    }
    idx.copy_from_slice(&buf[..n]);
    Ok(())
}

fn sort(
    ctx: &mut Ctx,
    r: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "sort", args, 0, 0)?;
    let list = this(r);
    let items = ctx.list_items(list)?.to_vec();
    let reverse = match kwarg(kwargs, "reverse") {
        Some(v) => crate::ops::truthy(ctx, v)?,
        None => false,
    };
    let sorted = sort_values(ctx, items, kwarg(kwargs, "key"), reverse)?;
    ctx.list_modify(list, |l| *l = sorted)?;
    Ok(Value::None)
}
