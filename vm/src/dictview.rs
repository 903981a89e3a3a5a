//! Dict views: `d.keys()`, `d.values()` and `d.items()` (`dict_keys`, `dict_values`,
//! `dict_items`), live projections of their dict: length, membership, iteration and repr
//! always reflect the dict's current contents. Keys and items views are set-like: they
//! combine with any iterable through `& | - ^` (giving sets) and compare with sets and other
//! set-like views.
//!
//! Invariants:
//! - A view object holds only its dict and which projection it is; it never changes.
//! - Every read of the contents goes through the dict (`Ctx::dict_items`, `with_dict`), so
//!   speculation tracks it like any read of the dict.
//! - The three classes are built once, pinned, and never change.

use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, DictView, Kind, Layout};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

/// A new view of `dict`.
pub fn new(ctx: &Ctx, dict: ObjRef, which: DictView) -> Value {
    Value::Obj(ctx.alloc(Kind::DictView(dict, which)))
}

/// The class of views of kind `which`.
pub fn class_of(which: DictView) -> ObjRef {
    static CLASSES: OnceLock<[ObjRef; 3]> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let make = |name: &str| {
            let class = crate::rt::new_class(
                crate::object::DIRECT_TOKEN,
                intern(name),
                vec![rt().types.object],
                Layout::Builtin,
                AttrMap::default(),
                Some(intern("builtins")),
            )
            .map(crate::gc::pin)
            .unwrap_or(rt().types.object);
            // Frozen after these methods: built-in classes never change.
            if name != "dict_values" {
                crate::builtins::def_methods(class, &[("isdisjoint", isdisjoint)]);
            }
            class
        };
        [make("dict_keys"), make("dict_values"), make("dict_items")]
    });
    classes[which as usize]
}

/// The dict and projection of a view value.
fn parts(v: Value) -> Option<(ObjRef, DictView)> {
    match v.obj().map(|o| &o.0.kind) {
        Some(Kind::DictView(d, w)) => Some((*d, *w)),
        _ => None,
    }
}

/// A keys or items view (the set-like ones).
fn set_like(v: Value) -> bool {
    parts(v).is_some_and(|(_, w)| w != DictView::Values)
}

/// The view's items now: keys, values or `(key, value)` tuples, in dict order.
fn items(ctx: &mut Ctx, dict: ObjRef, which: DictView) -> PyResult<Vec<Value>> {
    let d = ctx.dict_items(dict)?;
    Ok(match which {
        DictView::Keys => d.keys().map(|k| k.0).collect(),
        DictView::Values => d.values().copied().collect(),
        DictView::Items => d
            .iter()
            .map(|(k, v)| ctx.new_tuple(vec![k.0, *v]))
            .collect(),
    })
}

/// `len(view)`.
pub fn len(ctx: &mut Ctx, dict: ObjRef) -> PyResult<usize> {
    ctx.dict_len(dict)
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub fn repr(ctx: &mut Ctx, dict: ObjRef, which: DictView) -> PyResult<String> {
    let mut out = format!("{}([", crate::rt::class_name(class_of(which)));
    for (i, v) in items(ctx, dict, which)?.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&crate::repr::repr(ctx, v)?);
    }
    out.push_str("])");
    Ok(out)
}

/// `item in view`.
pub fn contains(ctx: &mut Ctx, dict: ObjRef, which: DictView, item: Value) -> PyResult<bool> {
    match which {
        DictView::Keys => crate::ops::contains(ctx, Value::Obj(dict), item),
        DictView::Values => {
            for v in items(ctx, dict, which)? {
                if v.is(item) || crate::ops::eq(ctx, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictView::Items => {
            let pair = match item.obj().map(|o| &o.0.kind) {
                Some(Kind::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            };
            let key = crate::userhash::dict_hkey(ctx, dict, pair.0)?;
            match ctx.dict_get(dict, key)? {
                Some(v) => Ok(v.is(pair.1) || crate::ops::eq(ctx, v, pair.1)?),
                None => Ok(false),
            }
        }
    }
}

/// A set of `v`'s elements (any iterable), as the set operators of views build it.
fn to_set(ctx: &mut Ctx, v: Value) -> PyResult<Value> {
    let op = crate::setops::operand(ctx, v)?;
    let data = op.data().into_owned();
    Ok(crate::setops::new_set(ctx, data, false))
}

/// `a op b` where either is a keys or items view: a set, as `set(a) op b`; `None` when
/// neither is one or `op` is not a set operator.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
        || !(set_like(a) || set_like(b))
    {
        return Ok(None);
    }
    let (x, y) = (to_set(ctx, a)?, to_set(ctx, b)?);
    crate::setops::binary(ctx, op, x, y)
}

/// `a op b` (an equality or ordering) between a keys or items view and a set, frozenset or
/// such view: compared as sets. `None` when that is not the case (other views compare by
/// identity).
pub fn compare(ctx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let setish = |v: Value| set_like(v) || crate::setops::is_anyset(v);
    if !(set_like(a) || set_like(b)) || !setish(a) || !setish(b) {
        return Ok(None);
    }
    let (x, y) = (to_set(ctx, a)?, to_set(ctx, b)?);
    crate::setops::compare(ctx, op, x, y).map(Some)
}

/// Whether `v` is a keys or items view (unhashable, as CPython's are).
pub fn unhashable(v: Value) -> bool {
    set_like(v)
}

/// `view.isdisjoint(iterable)`.
fn isdisjoint(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    crate::builtins::arity(ctx, "isdisjoint", args, 1, 1)?;
    let Some((dict, which)) = recv.and_then(parts) else {
        return Err(ctx.type_error("isdisjoint() needs a dict view"));
    };
    for item in crate::iter::collect(ctx, args[0])? {
        if contains(ctx, dict, which, item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
