//! `except*` (PEP 654): the instructions of a try statement's `except*` clauses, as CPython
//! 3.11's `CHECK_EG_MATCH` and `PREP_RERAISE_STAR`. The matching and the combining are the
//! Python functions `_eg_match` and `_prep_reraise_star` of the frozen `_exceptiongroup`.

use super::frame::{Block, BlockKind, Frame};
use crate::ctx::Ctx;
use crate::error::{PyException, PyResult, Raise};
use crate::object::Kind;
use crate::value::Value;

/// `ExcStarBegin`: `[exc]` → `[exc, [], exc]`.
pub fn begin(ctx: &mut Ctx, f: &mut Frame) {
    let exc = f.top();
    let list = ctx.new_list(Vec::new());
    f.stack.push(list);
    f.stack.push(exc);
}

/// `ExcStarMatch`: `[rest, type]` → `[rest', match]` and true on a match (the match becomes
/// the exception being handled), `[rest']` and false otherwise.
pub fn match_clause(ctx: &mut Ctx, f: &mut Frame) -> PyResult<bool> {
    let n = f.stack.len();
    let (rest, ty) = (f.stack[n - 2], f.stack[n - 1]);
    let r = crate::modules::exception_group_call(ctx, "_eg_match", &[rest, ty])?;
    let items = match r {
        Value::Obj(o) => match &o.kind {
            Kind::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let [m, new_rest, wrapped] = items[..] else {
        return Err(ctx.type_error("bad except* match"));
    };
    f.stack.truncate(n - 2);
    f.stack.push(new_rest);
    let Value::Obj(mo) = m else {
        return Ok(false);
    };
    let traceback = if matches!(wrapped, Value::Bool(true)) {
        // A naked exception wrapped in a new group, which has no traceback of its own.
        crate::exceptions::set_traceback(mo, Vec::new());
        Vec::new()
    } else {
        crate::exceptions::previous_traceback(mo)
    };
    f.stack.push(m);
    let slot = super::gen::slot(PyException {
        value: mo,
        traceback,
        chained: true,
    });
    if matches!(f.blocks.last(), Some(b) if b.kind == BlockKind::StarMatch) {
        // An earlier clause's match is still the exception being handled: replace it.
        f.handling.pop();
    } else {
        f.blocks.push(Block {
            kind: BlockKind::StarMatch,
            handler: 0,
            level: f.stack.len() as u32,
        });
    }
    f.handling.push(slot);
    Ok(true)
}

/// `ExcStarCollect`: `[list, rest, raised]` → `[list, rest]` with `raised` appended to the
/// list; leaves the handler of the raise (the matched group stays the one being handled).
pub fn collect(ctx: &mut Ctx, f: &mut Frame) -> PyResult<()> {
    let n = f.stack.len();
    let (list, raised) = (f.stack[n - 3], f.stack[n - 1]);
    append(ctx, list, raised)?;
    f.stack.truncate(n - 1);
    f.blocks.pop();
    f.handling.pop();
    Ok(())
}

fn append(ctx: &mut Ctx, list: Value, v: Value) -> PyResult<()> {
    let append = crate::attr::getattr(ctx, list, crate::value::intern("append"))?;
    crate::interp::call::call(ctx, append, &[v], &[])?;
    Ok(())
}

/// `ExcStarEnd`: `[orig, list, rest]` → `[]`; raises the combined exception (as a re-raise:
/// it keeps its traceback and context), or returns when nothing is left to raise.
pub fn end(ctx: &mut Ctx, f: &mut Frame) -> PyResult<()> {
    let n = f.stack.len();
    let (orig, list, rest) = (f.stack[n - 3], f.stack[n - 2], f.stack[n - 1]);
    if !matches!(rest, Value::None) {
        append(ctx, list, rest)?;
    }
    let r = crate::modules::exception_group_call(ctx, "_prep_reraise_star", &[orig, list])?;
    f.stack.truncate(n - 3);
    if matches!(f.blocks.last(), Some(b) if b.kind == BlockKind::StarMatch) {
        f.blocks.pop();
        f.handling.pop();
    }
    let Value::Obj(exc) = r else {
        return Ok(());
    };
    f.blocks.pop();
    f.handling.pop();
    f.reraised = true;
    Err(Raise::Exc(Box::new(PyException {
        value: exc,
        traceback: crate::exceptions::previous_traceback(exc),
        chained: true,
    })))
}
