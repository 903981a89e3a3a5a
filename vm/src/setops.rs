//! Sets and frozensets as Python values: element hashing, operands, the operators `| & - ^`
//! (and their in-place forms on sets), comparisons, `in`, `len`, `repr` and construction.
//!
//! A set's contents are read and written only through `Ctx` (`with_set`, `set_modify`,
//! `contents`), so a step's accesses to a shared set are tracked like a list's or dict's.
//! A frozenset is immutable and shared freely.

use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::dict::HKey;
use crate::error::PyResult;
use crate::object::Kind;
use crate::set::SetData;
use crate::value::{ObjRef, Value};
use parking_lot::Mutex;
use std::borrow::Cow;
use std::sync::Arc;

/// The contents of a set (a shared snapshot) or of a frozenset (borrowed).
pub enum SetView {
    /// A set's contents as this step sees them.
    Shared(Arc<SetData>),
    /// A frozenset's contents.
    Frozen(&'static SetData),
}

impl std::ops::Deref for SetView {
    type Target = SetData;
    fn deref(&self) -> &SetData {
        match self {
            SetView::Shared(a) => a,
            SetView::Frozen(d) => d,
        }
    }
}

/// True for sets and frozensets.
pub fn is_anyset(v: Value) -> bool {
    matches!(
        v.obj().map(|o| &o.0.kind),
        Some(Kind::Set(_) | Kind::FrozenSet(_))
    )
}

/// True for frozensets.
pub fn is_frozen(v: Value) -> bool {
    matches!(v.obj().map(|o| &o.0.kind), Some(Kind::FrozenSet(_)))
}

/// The contents of a set or frozenset value; `None` for anything else.
pub fn view(ctx: &mut Ctx, v: Value) -> PyResult<Option<SetView>> {
    let Value::Obj(o) = v else { return Ok(None) };
    let obj: &'static crate::object::Object = o.0;
    Ok(match &obj.kind {
        Kind::Set(_) => Some(SetView::Shared(ctx.contents::<SetData>(o)?)),
        Kind::FrozenSet(d) => Some(SetView::Frozen(d)),
        _ => None,
    })
}

/// Allocates a set (or frozenset) holding `data`.
pub fn new_set(ctx: &Ctx, data: SetData, frozen: bool) -> Value {
    if frozen {
        return Value::Obj(ctx.alloc(Kind::FrozenSet(Box::new(data))));
    }
    new_set_at(ctx, data, None)
}

/// A new (mutable) set; `made_by` as for `Ctx::new_list_at`.
pub fn new_set_at(
    ctx: &Ctx,
    data: SetData,
    made_by: Option<&crate::interp::frame::Frame>,
) -> Value {
    let made = Value::Obj(ctx.alloc(Kind::Set(Mutex::new(Arc::new(data)))));
    crate::sites::note(ctx, made, made_by);
    made
}

/// An element and its hash; `TypeError: unhashable type` for lists, dicts and sets.
pub fn entry(ctx: &mut Ctx, v: Value) -> PyResult<(Value, i64)> {
    crate::userhash::prepare(ctx, v)?;
    HKey::new(v).map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))?;
    Ok((v, crate::hash::py_hash(v)))
}

/// `entry` for an element of the set or frozenset `s`: an equal element already in `s`
/// (user `__eq__`) stands for `v`.
pub fn entry_in(ctx: &mut Ctx, s: ObjRef, v: Value) -> PyResult<(Value, i64)> {
    let (k, h) = entry(ctx, v)?;
    Ok((canonical_in(ctx, s, k, h)?, h))
}

/// The element of `s` equal to the hashed key `k` by a user `__eq__`, else `k`.
pub fn canonical_in(ctx: &mut Ctx, s: ObjRef, k: Value, h: i64) -> PyResult<Value> {
    if !matches!(k.obj().map(|o| &o.0.kind), Some(Kind::Instance(_))) {
        return Ok(k);
    }
    match &s.0.kind {
        Kind::FrozenSet(d) => crate::userhash::set_key(ctx, d, k, h),
        // Only an element with a user `__eq__` needs the set's elements (`keyed`).
        _ if !crate::userhash::has_user_eq(ctx, k)? => Ok(k),
        _ => {
            let d = ctx.contents::<SetData>(s)?;
            crate::userhash::set_key(ctx, &d, k, h)
        }
    }
}

/// A key to look up: a set is looked up as the equal frozenset, as CPython's
/// `set.__contains__`, `remove` and `discard` do.
pub fn lookup_entry(ctx: &mut Ctx, v: Value) -> PyResult<(Value, i64)> {
    if let Some(o) = v.obj().filter(|o| matches!(o.kind, Kind::Set(_))) {
        let data = ctx.contents::<SetData>(o)?;
        let frozen = new_set(ctx, (*data).clone(), true);
        return entry(ctx, frozen);
    }
    entry(ctx, v)
}

/// The other operand of a set method: a set, or the hashed elements of another iterable.
pub enum Operand {
    /// A set or frozenset.
    Set(SetView),
    /// Elements of another iterable, in its order; `true` when it was a dict (its keys).
    Items(Vec<(Value, i64)>, bool),
}

/// Reads a method argument as an operand (TypeError if not iterable or not hashable).
pub fn operand(ctx: &mut Ctx, v: Value) -> PyResult<Operand> {
    if let Some(s) = view(ctx, v)? {
        return Ok(Operand::Set(s));
    }
    if let Some(o) = v.obj().filter(|o| matches!(o.kind, Kind::Dict(_))) {
        let keys: Vec<Value> = ctx.with_dict(o, |d| d.keys().map(|k| k.0).collect())?;
        let items = keys
            .into_iter()
            .map(|k| (k, crate::hash::py_hash(k)))
            .collect();
        return Ok(Operand::Items(items, true));
    }
    let items = crate::iter::collect(ctx, v)?;
    let mut items = items
        .into_iter()
        .map(|x| entry(ctx, x))
        .collect::<PyResult<Vec<_>>>()?;
    crate::userhash::dedupe(ctx, &mut items)?;
    Ok(Operand::Items(items, false))
}

/// `operand`, with each element equal (by a user `__eq__`) to an element of `base` replaced
/// by that element, so that the identity-keyed tables see the two as one.
pub fn operand_for(ctx: &mut Ctx, base: &SetData, v: Value) -> PyResult<Operand> {
    Ok(match operand(ctx, v)? {
        Operand::Set(s) => match aligned(ctx, base, &s)? {
            Some(d) => Operand::Items(d.entries().collect(), false),
            None => Operand::Set(s),
        },
        Operand::Items(mut items, dict) => {
            for (k, h) in items.iter_mut() {
                *k = crate::userhash::set_key(ctx, base, *k, *h)?;
            }
            Operand::Items(items, dict)
        }
    })
}

/// `y` re-keyed against `x` (see `operand_for`); `None` when no element of `y` is an instance
/// (then nothing can change).
fn aligned(ctx: &mut Ctx, x: &SetData, y: &SetData) -> PyResult<Option<SetData>> {
    let is_instance = |k: Value| matches!(k.obj().map(|o| &o.0.kind), Some(Kind::Instance(_)));
    if !y.entries().any(|(k, _)| is_instance(k)) {
        return Ok(None);
    }
    let mut out = SetData::default();
    for (k, h) in y.entries() {
        out.insert(crate::userhash::set_key(ctx, x, k, h)?, h);
    }
    Ok(Some(out))
}

/// The contents of sets `a` and `b`, `b`'s re-keyed against `a`'s.
fn both(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<Option<(SetView, SetView)>> {
    let (Some(x), Some(y)) = (view(ctx, a)?, view(ctx, b)?) else {
        return Ok(None);
    };
    let y = match aligned(ctx, &x, &y)? {
        Some(d) => SetView::Shared(Arc::new(d)),
        None => y,
    };
    Ok(Some((x, y)))
}

impl Operand {
    /// The operand as set contents (a temporary set for other iterables, built as CPython's
    /// `set(iterable)` builds it).
    pub fn data(&self) -> Cow<'_, SetData> {
        match self {
            Operand::Set(s) => Cow::Borrowed(&**s),
            Operand::Items(..) => {
                let mut d = SetData::default();
                update(&mut d, self);
                Cow::Owned(d)
            }
        }
    }
}

/// `d |= op` (`set_update_internal`).
pub fn update(d: &mut SetData, op: &Operand) {
    match op {
        Operand::Set(s) => d.merge(s),
        Operand::Items(items, true) => d.extend_from_dict(items),
        Operand::Items(items, false) => d.extend(items),
    }
}

/// `a & op`.
pub fn intersection(a: &SetData, op: &Operand) -> SetData {
    match op {
        Operand::Set(s) => SetData::intersection(a, s),
        Operand::Items(items, _) => SetData::intersection_items(a, items),
    }
}

/// `a - op`.
pub fn difference(a: &SetData, op: &Operand) -> SetData {
    match op {
        Operand::Set(s) => SetData::difference(a, s),
        Operand::Items(_, true) => SetData::difference(a, &op.data()),
        Operand::Items(items, false) => {
            let mut r = a.copied();
            r.difference_update_items(items);
            r
        }
    }
}

/// `d -= op`.
pub fn difference_update(d: &mut SetData, op: &Operand) {
    match op {
        Operand::Set(s) => d.difference_update(s),
        Operand::Items(items, _) => d.difference_update_items(items),
    }
}

/// `d ^= op`.
pub fn symmetric_difference_update(d: &mut SetData, op: &Operand) {
    match op {
        Operand::Set(s) => d.symmetric_difference_update(s),
        Operand::Items(items, true) => {
            for (k, h) in items {
                if !d.remove(*k, *h) {
                    d.insert(*k, *h);
                }
            }
        }
        Operand::Items(..) => d.symmetric_difference_update(&op.data()),
    }
}

/// `a ^ op`: a new set of `op`'s elements, updated with `a`.
pub fn symmetric_difference(a: &SetData, op: &Operand) -> SetData {
    let mut r = op.data().copied();
    r.symmetric_difference_update(a);
    r
}

/// `a op b` when both are sets or frozensets (the result has `a`'s type); `None` otherwise.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    let Some((x, y)) = both(ctx, a, b)? else {
        return Ok(None);
    };
    let same = a.is(b);
    let r = match op {
        BinOp::Or => {
            let mut r = x.copied();
            if !same {
                r.merge(&y);
            }
            r
        }
        BinOp::And if same => x.copied(),
        BinOp::And => SetData::intersection(&x, &y),
        BinOp::Sub => SetData::difference(&x, &y),
        _ => SetData::symmetric_difference(&x, &y),
    };
    Ok(Some(new_set(ctx, r, is_frozen(a))))
}

/// `a op= b` on a set: mutates `a` in place. `None` when `a` is not a set (a frozenset's
/// in-place operators fall back to the binary ones).
pub fn inplace(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(set) = a.obj().filter(|o| matches!(o.kind, Kind::Set(_))) else {
        return Ok(None);
    };
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    // Not a set: fall back to `a op b`, whose error names the augmented operator.
    let Some((_, y)) = both(ctx, a, b)? else {
        return Ok(None);
    };
    let same = a.is(b);
    match op {
        BinOp::Or if same => {}
        BinOp::Or => ctx.set_modify(set, |d| d.merge(&y))?,
        BinOp::And => {
            let r = if same {
                y.copied()
            } else {
                let x = ctx.contents::<SetData>(set)?;
                SetData::intersection(&x, &y)
            };
            ctx.set_modify(set, |d| d.replace_with(r))?
        }
        _ if same => ctx.set_modify(set, SetData::clear)?,
        BinOp::Sub => ctx.set_modify(set, |d| d.difference_update(&y))?,
        _ => ctx.set_modify(set, |d| d.symmetric_difference_update(&y))?,
    }
    Ok(Some(a))
}

/// Rich comparison of two sets or frozensets (subset order).
pub fn compare(ctx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let Some((x, y)) = both(ctx, a, b)? else {
        return Ok(false);
    };
    Ok(match op {
        CmpOp::Eq => SetData::equal(&x, &y),
        CmpOp::Ne => !SetData::equal(&x, &y),
        CmpOp::Le => SetData::is_subset(&x, &y),
        CmpOp::Lt => x.len() < y.len() && SetData::is_subset(&x, &y),
        CmpOp::Ge => SetData::is_subset(&y, &x),
        CmpOp::Gt => x.len() > y.len() && SetData::is_subset(&y, &x),
        _ => false,
    })
}

/// `item in s` for a set or frozenset `s`.
pub fn contains(ctx: &mut Ctx, s: ObjRef, item: Value) -> PyResult<bool> {
    let (k, h) = lookup_entry(ctx, item)?;
    let k = canonical_in(ctx, s, k, h)?;
    match &s.0.kind {
        Kind::FrozenSet(d) => Ok(d.contains(k, h)),
        _ => ctx.set_contains(s, k, h),
    }
}

/// `len(s)` for a set or frozenset `s`.
pub fn len(ctx: &mut Ctx, s: ObjRef) -> PyResult<usize> {
    match &s.0.kind {
        Kind::FrozenSet(d) => Ok(d.len()),
        _ => ctx.set_len(s),
    }
}

/// The elements of a set or frozenset, in iteration order.
pub fn elements(ctx: &mut Ctx, s: ObjRef) -> PyResult<Vec<Value>> {
    match &s.0.kind {
        Kind::FrozenSet(d) => Ok(d.keys().collect()),
        _ => ctx.with_set(s, |d| d.keys().collect()),
    }
}

/// `repr(s)`: `set()`, `{1, 2}`, `frozenset()`, `frozenset({1, 2})`.
pub fn repr(ctx: &mut Ctx, s: ObjRef) -> PyResult<String> {
    let frozen = matches!(s.kind, Kind::FrozenSet(_));
    let items = elements(ctx, s)?;
    let name = if frozen { "frozenset" } else { "set" };
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let parts = items
        .into_iter()
        .map(|x| crate::repr::repr(ctx, x))
        .collect::<PyResult<Vec<_>>>()?;
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if frozen {
        format!("frozenset({body})")
    } else {
        body
    })
}
