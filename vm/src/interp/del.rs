//! `del` of names and attributes (subscript deletion lives with the container ops).

use super::frame::Frame;
use crate::bytecode::Code;
use crate::ctx::Ctx;
use crate::dict::HKey;
use crate::error::PyResult;
use crate::rt::rt;
use crate::slot::{Loc, Slot};
use crate::value::Value;

/// CPython's UnboundLocalError text for a local read or deleted before assignment.
pub fn unbound_local(ctx: &Ctx, name: &str) -> crate::error::Raise {
    ctx.error(
        rt().types.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `del` of a cell variable: empties cell `i`.
pub fn delete_deref(ctx: &mut Ctx, f: &mut Frame, i: u32) -> PyResult<()> {
    let code = f.code;
    let cell = f.cells[i as usize];
    if let Slot::Value(_) = ctx.read(Loc::Contents(cell))? {
        ctx.write(Loc::Contents(cell), Slot::Absent);
        return Ok(());
    }
    Err(unbound_deref(ctx, code, i))
}

/// The error for reading or deleting an empty cell: UnboundLocalError for the frame's own
/// cell variables, NameError for free variables.
pub fn unbound_deref(ctx: &Ctx, code: &Code, i: u32) -> crate::error::Raise {
    let ncell = code.cellvars.len();
    let i = i as usize;
    if i < ncell {
        return unbound_local(ctx, code.cellvars[i].as_str());
    }
    let n = code.freevars.get(i - ncell).map_or("?", |n| n.as_str());
    ctx.error(
        rt().types.name_error,
        format!(
            "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
        ),
    )
}

/// `del` of a module global.
pub fn delete_global(ctx: &mut Ctx, f: &mut Frame, i: u32) -> PyResult<()> {
    let name = f.code.names[i as usize];
    if ctx.del_own_attr(f.globals, name)? {
        Ok(())
    } else {
        Err(ctx.name_error(name.as_str()))
    }
}

/// `del` of a name in a class body (its namespace, else the globals).
pub fn delete_name(ctx: &mut Ctx, f: &mut Frame, i: u32) -> PyResult<()> {
    let Some(ns) = f.namespace else {
        return delete_global(ctx, f, i);
    };
    let name = f.code.names[i as usize];
    let key = HKey(name.value());
    if ctx.dict_modify(ns, |d| d.shift_remove(&key))?.is_some() {
        Ok(())
    } else {
        Err(ctx.name_error(name.as_str()))
    }
}

/// `del obj.name` (pops `obj`).
pub fn delete_attr(ctx: &mut Ctx, f: &mut Frame, i: u32) -> PyResult<()> {
    let obj: Value = f.pop();
    crate::attr::delattr(ctx, obj, f.code.names[i as usize])
}
