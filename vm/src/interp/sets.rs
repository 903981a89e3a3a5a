//! Instructions that build sets: displays, comprehensions and `{*it}`.

use super::frame::Frame;
use crate::bytecode::SetBuild;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::set::SetData;
use crate::setops::{entry, new_set, new_set_at, operand, update};

/// `BuildSet`: a set of the top `n` items, built as `how` says. A folded display's items go
/// into a frozenset constant first, which the compiler rebuilds from its own iteration order
/// when merging constants (`merge_consts_recursive`).
pub fn build_set(ctx: &mut Ctx, f: &mut Frame, n: u32, how: SetBuild) -> PyResult<()> {
    let at = f.stack.len() - n as usize;
    let items = f.stack.split_off(at);
    let mut entries = items
        .into_iter()
        .map(|v| entry(ctx, v))
        .collect::<PyResult<Vec<_>>>()?;
    crate::userhash::dedupe(ctx, &mut entries)?;
    let data = SetData::from_entries(&entries);
    if how == SetBuild::Plain {
        let made = new_set_at(ctx, data, Some(f));
        f.stack.push(made);
        return Ok(());
    }
    let rebuilt: Vec<(crate::value::Value, i64)> = data.entries().collect();
    let constant = SetData::from_entries(&rebuilt);
    f.stack.push(match how {
        SetBuild::Constant => new_set(ctx, constant, true),
        _ => new_set(ctx, constant.copied(), false),
    });
    Ok(())
}

/// `SetAdd(n)`: pops an item and adds it to the set `n` slots below the new top.
pub fn set_add(ctx: &mut Ctx, f: &mut Frame, n: u32) -> PyResult<()> {
    let v = f.pop();
    if let Some(o) = f.stack[f.stack.len() - n as usize - 1].obj() {
        let (k, h) = crate::setops::entry_in(ctx, o, v)?;
        ctx.set_modify(o, |d| {
            d.insert(k, h);
        })?;
    }
    Ok(())
}

/// `SetUpdate`: pops an iterable and adds its items to the set below it.
pub fn set_update(ctx: &mut Ctx, f: &mut Frame) -> PyResult<()> {
    let it = f.pop();
    let op = operand(ctx, it)?;
    if let Some(o) = f.top().obj() {
        ctx.set_modify(o, |d| update(d, &op))?;
    }
    Ok(())
}
