//! Iteration: `iter()`, `next()` and collecting an iterable.
//!
//! A built-in iterator's position is a location, so an iterator created in one step and
//! advanced in a later one is tracked like any other shared state.

use crate::ctx::Ctx;
use crate::error::{PyResult, Raise};
use crate::exceptions::exc_matches;
use crate::interp::gen::{gen_resume, GenResult, Resume};
use crate::object::{DictView, Iter, IterSource, Kind};
use crate::rt::{class_name, rt};
use crate::slot::{Loc, Slot};
use crate::value::{ObjRef, Value};
use std::sync::atomic::{AtomicI64, Ordering};

/// `iter(v)`.
pub fn get_iter(ctx: &mut Ctx, v: Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(not_iterable(ctx, v));
    };
    let source = match &o.kind {
        Kind::List(_) => IterSource::List(o),
        Kind::Tuple(_) => IterSource::Tuple(o),
        Kind::Str(_) => IterSource::Str(o),
        Kind::Bytes(_) | Kind::ByteArray(_) => IterSource::Bytes(o),
        Kind::Range { start, stop, step } => IterSource::Range {
            start: *start,
            step: *step,
            len: crate::seqops::range_len(*start, *stop, *step),
        },
        Kind::Dict(_) => IterSource::Dict(o, DictView::Keys, ctx.with_dict(o, |d| d.len())?),
        Kind::DictView(d, w) => IterSource::Dict(*d, *w, ctx.with_dict(*d, |d| d.len())?),
        Kind::Set(_) => IterSource::Set(o, ctx.with_set(o, crate::set::SetData::len)?),
        Kind::FrozenSet(d) => IterSource::Values(d.keys().collect()),
        Kind::Generator(_) | Kind::Iter(_) => return Ok(v),
        Kind::Instance(_) | Kind::Class(_) => {
            return match crate::attr::call_dunder(ctx, v, "__iter__", &[])? {
                Some(it) => Ok(it),
                None => match crate::native_base::native_of(v) {
                    Some(n) => get_iter(ctx, n),
                    None => getitem_iter(ctx, v),
                },
            }
        }
        _ => return Err(not_iterable(ctx, v)),
    };
    Ok(new_iter(ctx, source))
}

/// `iter(v)` for an instance without `__iter__`: the sequence protocol over `__getitem__`.
fn getitem_iter(ctx: &mut Ctx, v: Value) -> PyResult<Value> {
    let Some(o) = v.obj() else {
        return Err(not_iterable(ctx, v));
    };
    match crate::attr::class_lookup(ctx, rt().type_of(v), crate::name!("__getitem__"))? {
        Some(_) => Ok(new_iter(ctx, IterSource::GetItem(o))),
        None => Err(not_iterable(ctx, v)),
    }
}

/// A new built-in iterator.
pub fn new_iter(ctx: &Ctx, source: IterSource) -> Value {
    Value::Obj(ctx.alloc(Kind::Iter(Box::new(Iter {
        source,
        pos: AtomicI64::new(0),
    }))))
}

fn not_iterable(ctx: &Ctx, v: Value) -> Raise {
    ctx.type_error(format!(
        "'{}' object is not iterable",
        class_name(rt().type_of(v))
    ))
}

/// `next(it)`: `None` when exhausted.
pub fn next(ctx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = it else {
        return Err(ctx.type_error(format!(
            "'{}' object is not an iterator",
            class_name(rt().type_of(it))
        )));
    };
    match &o.kind {
        Kind::Iter(iter) => iter_next(ctx, o, iter),
        Kind::Generator(_) => match gen_resume(ctx, o, Resume::Send(Value::None))? {
            GenResult::Yield(v) => Ok(Some(v)),
            GenResult::Return(_) => Ok(None),
        },
        Kind::Instance(_) => match crate::attr::call_dunder(ctx, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(ctx.type_error(format!(
                "'{}' object is not an iterator",
                class_name(rt().type_of(it))
            ))),
            Err(Raise::Exc(e)) if exc_matches(e.value, rt().types.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
        _ => Err(ctx.type_error(format!(
            "'{}' object is not an iterator",
            class_name(rt().type_of(it))
        ))),
    }
}

/// `next(it)` for the commonest `for` loops, without tracking or calls: a private iterator
/// over a range, list or tuple. `None` when `it` is anything else (use `next`).
#[inline]
pub fn next_simple(ctx: &Ctx, it: Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else { return None };
    let Kind::Iter(iter) = &o.kind else {
        return None;
    };
    if !ctx.is_private(o) {
        return None;
    }
    let pos = iter.pos.load(Ordering::Relaxed);
    let item = match &iter.source {
        IterSource::Range { start, step, len } => {
            (pos < *len).then(|| Value::Int(start + pos * step))
        }
        IterSource::List(l) if ctx.is_private(*l) => match &l.kind {
            Kind::List(items) => items.lock().get(pos as usize).copied(),
            _ => None,
        },
        IterSource::Tuple(t) => match &t.kind {
            Kind::Tuple(items) => items.get(pos as usize).copied(),
            _ => None,
        },
        _ => return None,
    };
    if item.is_some() {
        iter.pos.store(pos + 1, Ordering::Relaxed);
    }
    Some(item)
}

fn iter_next(ctx: &mut Ctx, o: ObjRef, iter: &Iter) -> PyResult<Option<Value>> {
    let private = ctx.is_private(o);
    let pos = if private {
        iter.pos.load(Ordering::Relaxed)
    } else {
        match ctx.read(Loc::Contents(o))? {
            Slot::Value(Value::Int(p)) => p,
            _ => 0,
        }
    };
    let mut next_pos = pos + 1;
    let item = match &iter.source {
        IterSource::Range { start, step, len } => {
            (pos < *len).then(|| Value::Int(start + pos * step))
        }
        IterSource::List(l) => ctx.with_list(*l, |items| items.get(pos as usize).copied())?,
        IterSource::Tuple(t) => match &t.kind {
            Kind::Tuple(items) => items.get(pos as usize).copied(),
            _ => None,
        },
        IterSource::Values(items) => items.get(pos as usize).copied(),
        IterSource::GetItem(seq) => {
            match crate::seqops::getitem(ctx, Value::Obj(*seq), Value::Int(pos)) {
                Ok(v) => Some(v),
                Err(crate::error::Raise::Exc(e))
                    if crate::exceptions::exc_matches(e.value, rt().types.index_error)
                        || crate::exceptions::exc_matches(e.value, rt().types.stop_iteration) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        }
        IterSource::Map(parts) => {
            let mut row = Vec::with_capacity(parts.len() - 1);
            for it in &parts[1..] {
                match next(ctx, *it)? {
                    Some(v) => row.push(v),
                    None => return Ok(None),
                }
            }
            Some(crate::interp::call::call(ctx, parts[0], &row, &[])?)
        }
        IterSource::Filter(func, it) => loop {
            let Some(v) = next(ctx, *it)? else {
                break None;
            };
            let keep = match func {
                Value::None => v,
                f => crate::interp::call::call(ctx, *f, &[v], &[])?,
            };
            if crate::ops::truthy(ctx, keep)? {
                break Some(v);
            }
            ctx.tick()?;
        },
        IterSource::Zip(its) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut row = Vec::with_capacity(its.len());
            for it in its.iter() {
                match next(ctx, *it)? {
                    Some(v) => row.push(v),
                    None => return Ok(None),
                }
            }
            Some(ctx.new_tuple(row))
        }
        IterSource::Enumerate(it, start) => match next(ctx, *it)? {
            Some(v) => {
                let i = match start.checked_add(pos) {
                    Some(n) => Value::Int(n),
                    None => ctx.int_from_big(num_bigint::BigInt::from(*start) + pos),
                };
                Some(ctx.new_tuple(vec![i, v]))
            }
            None => None,
        },
        IterSource::Bytes(b) => crate::bytes::bytes_like(ctx, Value::Obj(*b))?
            .and_then(|d| d.get(pos as usize).map(|c| Value::Int(*c as i64))),
        IterSource::Str(s) => match &s.kind {
            Kind::Str(st) => {
                let c = if st.ascii {
                    st.s.get(pos as usize..pos as usize + 1).map(str::to_string)
                } else {
                    st.s.chars().nth(pos as usize).map(String::from)
                };
                c.map(|c| ctx.new_str(c))
            }
            _ => None,
        },
        IterSource::Set(s, size) => {
            let (len, found) = ctx.with_set(*s, |d| (d.len(), d.next_from(pos as usize)))?;
            if len != *size {
                return Err(ctx.runtime_error("Set changed size during iteration"));
            }
            found.map(|(v, next)| {
                next_pos = next as i64;
                v
            })
        }
        IterSource::Dict(d, view, size) => {
            let (len, entry) = ctx.with_dict(*d, |items| {
                let entry = items.get_index(pos as usize).map(|(k, v)| (k.0, *v));
                (items.len(), entry)
            })?;
            if len != *size {
                return Err(ctx.runtime_error("dictionary changed size during iteration"));
            }
            entry.map(|(k, v)| match view {
                DictView::Keys => k,
                DictView::Values => v,
                DictView::Items => ctx.new_tuple(vec![k, v]),
            })
        }
    };
    if item.is_some() {
        if private {
            iter.pos.store(next_pos, Ordering::Relaxed);
        } else {
            ctx.write(Loc::Contents(o), Slot::Value(Value::Int(next_pos)));
        }
    }
    Ok(item)
}

/// All items of an iterable.
pub fn collect(ctx: &mut Ctx, v: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::List(_) => return Ok(ctx.list_items(o)?.to_vec()),
            Kind::Tuple(t) => return Ok(t.to_vec()),
            Kind::Range { start, stop, step } => {
                let n = crate::seqops::range_len(*start, *stop, *step);
                return Ok((0..n).map(|i| Value::Int(start + i * step)).collect());
            }
            Kind::Dict(_) => return Ok(ctx.dict_items(o)?.keys().map(|k| k.0).collect()),
            Kind::Set(_) | Kind::FrozenSet(_) => return crate::setops::elements(ctx, o),
            _ => {}
        }
    }
    let certified = ctx.gc.take_certified();
    let it = get_iter(ctx, v)?;
    if certified {
        return collect_held(ctx, it);
    }
    let mut out = Vec::new();
    while let Some(x) = next(ctx, it)? {
        ctx.tick()?;
        out.push(x);
    }
    Ok(out)
}

/// `collect` for a certified collector (`gc::roots`): the iterator and the items so far are
/// held as roots, so a generator's frame may collect while it runs.
fn collect_held(ctx: &mut Ctx, it: Value) -> PyResult<Vec<Value>> {
    let mark = ctx.gc.held();
    ctx.gc.hold(it);
    let r = loop {
        ctx.gc.resume_transparently(it);
        let x = next(ctx, it);
        ctx.gc.after_call();
        match x {
            Ok(Some(x)) => ctx.gc.hold(x),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
        if let Err(e) = ctx.tick() {
            break Err(e);
        }
    };
    let mut held = ctx.gc.release_roots(mark);
    r.map(|()| held.split_off(1))
}
