//! `locals()` (and `vars()`) inside a function or class body: a new dict of the frame's bound
//! names, in CPython's order (fast locals, then cell and free variables); a class body's
//! namespace dict itself.

use super::frame::Frame;
use crate::ctx::Ctx;
use crate::dict::{DictData, HKey};
use crate::error::PyResult;
use crate::slot::{Loc, Slot};
use crate::value::Value;

/// The `locals()` dict of frame `f`.
pub fn build(ctx: &mut Ctx, f: &Frame) -> PyResult<Value> {
    if let Some(ns) = f.namespace {
        return Ok(Value::Obj(ns));
    }
    let code = f.code;
    let mut d = DictData::default();
    for (name, v) in code.varnames.iter().zip(&f.locals) {
        if code.cellvars.contains(name) {
            continue;
        }
        if let Some(v) = v {
            d.insert(HKey(name.value()), *v);
        }
    }
    let cell_names = code.cellvars.iter().chain(&code.freevars);
    for (name, cell) in cell_names.zip(&f.cells) {
        if let Slot::Value(v) = ctx.read(Loc::Contents(*cell))? {
            d.insert(HKey(name.value()), v);
        }
    }
    Ok(ctx.new_dict(d))
}
