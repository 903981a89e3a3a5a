//! Instruction dispatch: the hot loop.

use super::frame::{Block, BlockKind, Frame};
use super::gen::{self, GenResult, Resume};
use super::FrameResult;
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::ctx::Ctx;
use crate::dict::HKey;
use crate::error::{PyResult, Raise};
use crate::object::{Function, Kind, Object};
use crate::rt::{class_name, rt};
use crate::slot::{Loc, Slot};
use crate::value::{intern, Name, ObjRef, Value};
use std::sync::OnceLock;

/// The marker `LoadMethod` pushes when the callable needs no receiver.
fn null_marker() -> ObjRef {
    static M: OnceLock<ObjRef> = OnceLock::new();
    *M.get_or_init(|| Object::immortal(Kind::Tuple(Box::new([]))))
}

pub(super) fn load_global(ctx: &mut Ctx, globals: ObjRef, name: Name) -> PyResult<Value> {
    if matches!(globals.kind, Kind::Module(_)) && cells_readable(ctx, globals, name) {
        if let Some(v) = load_global_direct(ctx, globals, name) {
            return Ok(v);
        }
        return missing_global(ctx, name);
    }
    if let Slot::Value(v) = ctx.read(Loc::Attr(globals, name))? {
        return Ok(v);
    }
    if let Slot::Value(v) = ctx.read(Loc::Attr(rt().builtins, name))? {
        return Ok(v);
    }
    missing_global(ctx, name)
}

/// A name found in neither the globals nor the builtins: a lazily installed built-in, or
/// `NameError`.
#[cold]
fn missing_global(ctx: &mut Ctx, name: Name) -> PyResult<Value> {
    match crate::modules::lazy_builtin(ctx, name)? {
        Some(v) => Ok(v),
        None => Err(ctx.name_error(name.as_str())),
    }
}

/// Whether `load_global` may read the committed cells of `globals` and the builtins: in
/// direct mode, and in a speculative execution while both tables are frozen and it wrote
/// none itself (the untracked read of `thaw`).
#[inline]
fn cells_readable(ctx: &mut Ctx, globals: ObjRef, name: Name) -> bool {
    let Some(spec) = &mut ctx.spec else {
        return true;
    };
    let frozen_bit = |m: ObjRef| match &m.kind {
        Kind::Module(m) if m.attrs.is_frozen() => Some(m.attrs.thaw_bit(name)),
        _ => None,
    };
    if !spec.reads_frozen_tables() {
        return false;
    }
    match (frozen_bit(globals), frozen_bit(rt().builtins)) {
        (Some(g), Some(b)) => {
            spec.frozen_read.insert(g);
            spec.frozen_read.insert(b);
            true
        }
        _ => false,
    }
}

/// `load_global` from the module's and then the builtins' cells, cached in the context, read
/// without locks.
fn load_global_direct(ctx: &mut Ctx, globals: ObjRef, name: Name) -> Option<Value> {
    let cache = ctx.cell_cache.get_or_insert_with(Default::default);
    for module in [globals, rt().builtins] {
        if let Kind::Module(m) = &module.kind {
            if let Some(v) = cache.cell(module, &m.attrs, name).load() {
                return Some(v);
            }
        }
    }
    None
}

/// `a op b` for two small ints or floats when it needs no call and no allocation.
#[inline(always)]
fn arith_fast(op: BinOp, a: Value, b: Value) -> Option<Value> {
    Some(match (op, a, b) {
        (BinOp::Add, Value::Int(x), Value::Int(y)) => Value::Int(x.checked_add(y)?),
        (BinOp::Sub, Value::Int(x), Value::Int(y)) => Value::Int(x.checked_sub(y)?),
        (BinOp::Add, Value::Float(x), Value::Float(y)) => Value::Float(x + y),
        (BinOp::Mul, Value::Float(x), Value::Float(y)) => Value::Float(x * y),
        _ => return None,
    })
}

/// `a op= b`: the fast numeric cases, `list += iterable` in place, else `ops::inplace`.
#[inline]
pub(super) fn inplace(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = arith_fast(op, a, b) {
        return Ok(r);
    }
    match (op, a) {
        (BinOp::Add, Value::Obj(l)) if matches!(l.kind, Kind::List(_)) => {
            let items = crate::iter::collect(ctx, b)?;
            ctx.list_modify(l, |v| v.extend(items))?;
            Ok(a)
        }
        _ => crate::ops::inplace(ctx, op, a, b),
    }
}

fn str_key(ctx: &Ctx, name: Name) -> HKey {
    let _ = ctx;
    HKey(name.value())
}

fn kwargs_from_dict(ctx: &mut Ctx, d: Value) -> PyResult<Vec<(Name, Value)>> {
    let Value::Obj(o) = crate::native_base::unwrap(d) else {
        return Ok(Vec::new());
    };
    let items = ctx.dict_items(o)?;
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items.iter() {
        match k.0.as_str() {
            Some(s) => out.push((intern(s), *v)),
            None => return Err(ctx.type_error("keywords must be strings")),
        }
    }
    Ok(out)
}

/// Unpacking a tuple or list: pushes its `n` items in reverse straight onto `stack` (when it
/// has exactly `n`) and returns its length; `None` for other iterables.
fn unpack_sequence_fast(
    ctx: &mut Ctx,
    v: Value,
    n: usize,
    stack: &mut Vec<Value>,
) -> PyResult<Option<usize>> {
    let push = |items: &[Value], stack: &mut Vec<Value>| {
        if items.len() == n {
            stack.extend(items.iter().rev());
        }
        items.len()
    };
    match v.obj().map(|o| (o, &o.0.kind)) {
        Some((_, Kind::Tuple(t))) => Ok(Some(push(t, stack))),
        Some((o, Kind::List(_))) => ctx.with_list(o, |items| push(items, stack)).map(Some),
        _ => Ok(None),
    }
}

fn unpack(ctx: &mut Ctx, v: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if let Kind::Tuple(t) = &o.kind {
            return Ok(t.to_vec());
        }
    }
    if let Value::Obj(o) = v {
        if !matches!(
            o.kind,
            Kind::List(_)
                | Kind::Tuple(_)
                | Kind::Str(_)
                | Kind::Bytes(_)
                | Kind::ByteArray(_)
                | Kind::Range { .. }
                | Kind::Dict(_)
                | Kind::Set(_)
                | Kind::FrozenSet(_)
                | Kind::Generator(_)
                | Kind::Iter(_)
                | Kind::Instance(_)
        ) {
            return Err(ctx.type_error(format!(
                "cannot unpack non-iterable {} object",
                class_name(rt().type_of(v))
            )));
        }
    } else {
        return Err(ctx.type_error(format!(
            "cannot unpack non-iterable {} object",
            class_name(rt().type_of(v))
        )));
    }
    crate::iter::collect(ctx, v)
}

fn make_exception(ctx: &mut Ctx, v: Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        match &o.kind {
            Kind::Class(_) if crate::rt::is_subclass(o, rt().types.base_exception) => {
                if let Value::Obj(inst) = super::call::call(ctx, v, &[], &[])? {
                    return Ok(inst);
                }
            }
            Kind::Instance(i) if crate::rt::is_subclass(i.class, rt().types.base_exception) => {
                return Ok(o)
            }
            _ => {}
        }
    }
    Err(ctx.type_error("exceptions must derive from BaseException"))
}

fn exc_match(ctx: &mut Ctx, exc: Value, ty: Value) -> PyResult<bool> {
    let Value::Obj(e) = exc else { return Ok(false) };
    let Value::Obj(t) = ty else {
        return Err(ctx
            .type_error("catching classes that do not inherit from BaseException is not allowed"));
    };
    match &t.kind {
        Kind::Tuple(items) => {
            for it in items.iter() {
                if exc_match(ctx, exc, *it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Class(_) if crate::rt::is_subclass(t, rt().types.base_exception) => {
            Ok(crate::exceptions::exc_matches(e, t))
        }
        _ => Err(ctx
            .type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// A backward jump or a return: counts a tick (Ctrl-C, speculative validation) and now and
/// then offers the collector a safe point. Returns too, so that recursion without loops
/// collects.
#[inline]
fn checkpoint(ctx: &mut Ctx, f: &Frame) -> PyResult<()> {
    ctx.tick()?;
    if ctx.gc.poll() {
        crate::gc::safepoint(ctx, f);
    }
    Ok(())
}

/// Runs instructions until the frame returns or yields; errors go back to `run_frame`.
pub fn execute(ctx: &mut Ctx, f: &mut Frame) -> PyResult<FrameResult> {
    let code = f.code;
    loop {
        let instr = code.instrs[f.ip];
        f.ip += 1;
        match instr {
            Instr::LoadConst(i) => f.stack.push(code.consts[i as usize]),
            Instr::LoadFast(i) => match f.locals[i as usize] {
                Some(v) => f.stack.push(v),
                None => {
                    return Err(super::del::unbound_local(
                        ctx,
                        code.varnames[i as usize].as_str(),
                    ))
                }
            },
            Instr::StoreFast(i) => f.locals[i as usize] = Some(f.pop()),
            Instr::DeleteFast(i) => {
                if f.locals[i as usize].take().is_none() {
                    return Err(super::del::unbound_local(
                        ctx,
                        code.varnames[i as usize].as_str(),
                    ));
                }
            }
            Instr::DeleteDeref(i) => super::del::delete_deref(ctx, f, i)?,
            Instr::DeleteGlobal(i) => super::del::delete_global(ctx, f, i)?,
            Instr::DeleteName(i) => super::del::delete_name(ctx, f, i)?,
            Instr::DeleteAttr(i) => super::del::delete_attr(ctx, f, i)?,
            Instr::LoadDeref(i) => {
                let cell = f.cells[i as usize];
                match ctx.read(Loc::Contents(cell))? {
                    Slot::Value(v) => f.stack.push(v),
                    _ => return Err(super::del::unbound_deref(ctx, code, i)),
                }
            }
            Instr::StoreDeref(i) => {
                let v = f.pop();
                ctx.write(Loc::Contents(f.cells[i as usize]), Slot::Value(v));
            }
            Instr::LoadClosure(i) => f.stack.push(Value::Obj(f.cells[i as usize])),
            Instr::LoadGlobal(i) => {
                let v = load_global(ctx, f.globals, code.names[i as usize])?;
                f.stack.push(v);
            }
            Instr::StoreGlobal(i) => {
                let v = f.pop();
                ctx.write(Loc::Attr(f.globals, code.names[i as usize]), Slot::Value(v));
            }
            Instr::LoadName(i) => {
                let name = code.names[i as usize];
                let found = match f.namespace {
                    Some(ns) => ctx.dict_items(ns)?.get(&str_key(ctx, name)).copied(),
                    None => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => load_global(ctx, f.globals, name)?,
                };
                f.stack.push(v);
            }
            Instr::StoreName(i) => {
                let name = code.names[i as usize];
                let v = f.pop();
                match f.namespace {
                    Some(ns) => {
                        let k = str_key(ctx, name);
                        ctx.dict_modify(ns, |d| {
                            d.insert(k, v);
                        })?
                    }
                    None => ctx.write(Loc::Attr(f.globals, name), Slot::Value(v)),
                }
            }
            Instr::LoadAttr(i) => {
                let v = f.pop();
                let name = code.names[i as usize];
                let r = match crate::attr::own_instance_attr(ctx, v, name) {
                    Some(r) => r,
                    None => crate::attr::getattr(ctx, v, name)?,
                };
                f.stack.push(r);
            }
            Instr::StoreAttr(i) => {
                let obj = f.pop();
                let v = f.pop();
                crate::attr::setattr(ctx, obj, code.names[i as usize], v)?;
            }
            Instr::LoadMethod(i) => {
                let v = f.pop();
                let (m, recv) = crate::attr::load_method(ctx, v, code.names[i as usize])?;
                f.stack.push(m);
                f.stack.push(recv.unwrap_or(Value::Obj(null_marker())));
            }
            Instr::CallMethod(argc) => {
                let at = f.stack.len() - argc as usize - 1;
                let recv = f.stack[at];
                let m = f.stack[at - 1];
                ctx.gc.before_call(f, m, true);
                let r = if recv.is(Value::Obj(null_marker())) {
                    super::call::call(ctx, m, &f.stack[at + 1..], &[])
                } else if let Some(Kind::Builtin(b)) = m.obj().map(|o| &o.0.kind) {
                    (b.f)(ctx, Some(recv), &f.stack[at + 1..], &[])
                } else {
                    super::call::call(ctx, m, &f.stack[at..], &[])
                };
                ctx.gc.after_call();
                let r = r?;
                f.stack.truncate(at - 1);
                f.stack.push(r);
            }
            Instr::BinarySubscr => {
                let k = f.pop();
                let c = f.pop();
                let r = match (c, k) {
                    (Value::Obj(o), Value::Int(i))
                        if ctx.is_private(o) && matches!(o.kind, Kind::List(_)) =>
                    {
                        let item = ctx.with_list(o, |items| {
                            let j = if i < 0 { i + items.len() as i64 } else { i };
                            usize::try_from(j).ok().and_then(|j| items.get(j).copied())
                        })?;
                        match item {
                            Some(v) => v,
                            None => crate::seqops::getitem(ctx, c, k)?,
                        }
                    }
                    _ => crate::seqops::getitem(ctx, c, k)?,
                };
                f.stack.push(r);
            }
            Instr::StoreSubscr => {
                let k = f.pop();
                let c = f.pop();
                let v = f.pop();
                crate::seqops::setitem(ctx, c, k, v)?;
            }
            Instr::DeleteSubscr => {
                let k = f.pop();
                let c = f.pop();
                crate::seqops::delitem(ctx, c, k)?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                f.stack
                    .push(Value::Obj(ctx.alloc(Kind::Slice { start, stop, step })));
            }
            Instr::Pop => {
                f.pop();
            }
            Instr::Dup => {
                let v = f.top();
                f.stack.push(v);
            }
            Instr::Dup2 => {
                let n = f.stack.len();
                let (a, b) = (f.stack[n - 2], f.stack[n - 1]);
                f.stack.push(a);
                f.stack.push(b);
            }
            Instr::Rot2 => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            Instr::Rot3 => {
                let v = f.pop();
                let n = f.stack.len();
                f.stack.insert(n - 2, v);
            }
            Instr::Binary(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = match arith_fast(op, a, b) {
                    Some(r) => r,
                    None => {
                        ctx.gc.before_operator(f);
                        crate::ops::binary_instr(ctx, op, a, b)?
                    }
                };
                f.stack.push(r);
            }
            Instr::Inplace(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = inplace(ctx, op, a, b)?;
                f.stack.push(r);
            }
            Instr::AugGlobal(i, op) => {
                let operand = f.pop();
                super::aug::aug_global(ctx, f.globals, code.names[i as usize], op, operand)?;
            }
            Instr::AugAttr(i, op) => {
                let operand = f.pop();
                let obj = f.pop();
                super::aug::aug_attr(ctx, obj, code.names[i as usize], op, operand)?;
            }
            Instr::Unary(op) => {
                let v = f.pop();
                let r = crate::ops::unary(ctx, op, v)?;
                f.stack.push(r);
            }
            Instr::Compare(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = match (op, a, b) {
                    (CmpOp::Lt, Value::Int(x), Value::Int(y)) => Value::Bool(x < y),
                    (CmpOp::Le, Value::Int(x), Value::Int(y)) => Value::Bool(x <= y),
                    (CmpOp::Gt, Value::Int(x), Value::Int(y)) => Value::Bool(x > y),
                    (CmpOp::Ge, Value::Int(x), Value::Int(y)) => Value::Bool(x >= y),
                    (CmpOp::Eq, Value::Int(x), Value::Int(y)) => Value::Bool(x == y),
                    (CmpOp::Ne, Value::Int(x), Value::Int(y)) => Value::Bool(x != y),
                    _ => crate::ops::compare(ctx, op, a, b)?,
                };
                f.stack.push(r);
            }
            Instr::Jump(t) => {
                if (t as usize) < f.ip {
                    checkpoint(ctx, f)?;
                }
                f.ip = t as usize;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = f.pop();
                let b = match v {
                    Value::Bool(b) => b,
                    _ => crate::ops::truthy(ctx, v)?,
                };
                if !b {
                    f.ip = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = f.pop();
                let b = match v {
                    Value::Bool(b) => b,
                    _ => crate::ops::truthy(ctx, v)?,
                };
                if b {
                    f.ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                if !crate::ops::truthy(ctx, f.top())? {
                    f.ip = t as usize;
                } else {
                    f.pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                if crate::ops::truthy(ctx, f.top())? {
                    f.ip = t as usize;
                } else {
                    f.pop();
                }
            }
            Instr::GetIter => {
                let v = f.pop();
                let it = crate::iter::get_iter(ctx, v)?;
                f.stack.push(it);
            }
            Instr::ForIter(t) => {
                let it = f.top();
                let next = match crate::iter::next_simple(ctx, it) {
                    Some(next) => next,
                    None => {
                        ctx.gc.before_resume(f, it, false);
                        let next = crate::iter::next(ctx, it);
                        ctx.gc.after_call();
                        next?
                    }
                };
                match next {
                    Some(v) => f.stack.push(v),
                    None => {
                        f.pop();
                        f.ip = t as usize;
                    }
                }
            }
            Instr::Call(argc) => {
                let at = f.stack.len() - argc as usize;
                let callee = f.stack[at - 1];
                ctx.gc.before_call(f, callee, true);
                let r = super::call::call(ctx, callee, &f.stack[at..], &[]);
                ctx.gc.after_call();
                let r = r?;
                f.stack.truncate(at - 1);
                f.stack.push(r);
            }
            Instr::CallKw { argc, kwnames } => {
                // The compiler makes `kwnames` a tuple of interned names.
                let names: &[Value] = match code.consts[kwnames as usize].obj().map(|o| &o.0.kind) {
                    Some(Kind::Tuple(t)) => t,
                    _ => &[],
                };
                let at = f.stack.len() - argc as usize;
                let npos = argc as usize - names.len();
                let callee = f.stack[at - 1];
                let kwargs: Vec<(Name, Value)> = names
                    .iter()
                    .filter_map(|n| n.obj().map(Name))
                    .zip(f.stack[at + npos..].iter().copied())
                    .collect();
                ctx.gc.before_call(f, callee, true);
                let r = super::call::call(ctx, callee, &f.stack[at..at + npos], &kwargs);
                ctx.gc.after_call();
                let r = r?;
                f.stack.truncate(at - 1);
                f.stack.push(r);
            }
            Instr::CallEx { kwargs } => {
                // Callee, args tuple and kwargs dict stay on the operand stack during the call
                // (so the collector sees them and the callee is transparent to it).
                let base = f.stack.len() - 2 - usize::from(kwargs);
                let callee = f.stack[base];
                let kw = if kwargs {
                    kwargs_from_dict(ctx, f.stack[base + 2])?
                } else {
                    Vec::new()
                };
                let args: &[Value] = match f.stack[base + 1].obj().map(|o| &o.0.kind) {
                    Some(Kind::Tuple(t)) => t,
                    _ => &[],
                };
                ctx.gc.before_call(f, callee, true);
                let r = super::call::call(ctx, callee, args, &kw);
                ctx.gc.after_call();
                let r = r?;
                f.stack.truncate(base);
                f.stack.push(r);
            }
            Instr::MakeFunction { code: ci, flags } => {
                let closure = if flags & 8 != 0 {
                    match f.pop().obj().map(|o| &o.0.kind) {
                        Some(Kind::Tuple(t)) => t.iter().filter_map(|c| c.obj()).collect(),
                        _ => Box::new([]) as Box<[ObjRef]>,
                    }
                } else {
                    Box::new([])
                };
                let kwdefaults = if flags & 2 != 0 {
                    let d = f.pop();
                    match d.obj() {
                        Some(o) => ctx
                            .dict_items(o)?
                            .iter()
                            .map(|(k, v)| (intern(k.0.as_str().unwrap_or("")), *v))
                            .collect(),
                        None => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let defaults = if flags & 1 != 0 {
                    match f.pop().obj().map(|o| &o.0.kind) {
                        Some(Kind::Tuple(t)) => t.clone(),
                        _ => Box::new([]),
                    }
                } else {
                    Box::new([])
                };
                let Some(fcode) = code.consts[ci as usize]
                    .obj()
                    .and_then(crate::compiler::code_of)
                else {
                    return Err(ctx.runtime_error("bad code constant"));
                };
                let func = Function {
                    code: fcode,
                    globals: f.globals,
                    defaults,
                    kwdefaults,
                    closure,
                    qualname: fcode.qualname,
                    attrs: Default::default(),
                };
                f.stack
                    .push(Value::Obj(ctx.alloc(Kind::Function(Box::new(func)))));
            }
            Instr::BuildTuple(n) => {
                let at = f.stack.len() - n as usize;
                let items: Vec<Value> = f.stack.split_off(at);
                f.stack.push(ctx.new_tuple(items));
            }
            Instr::BuildList(n) => {
                let at = f.stack.len() - n as usize;
                let items: Vec<Value> = f.stack.split_off(at);
                let made = ctx.new_list_at(items, Some(f));
                f.stack.push(made);
            }
            Instr::BuildDict(n) => {
                let at = f.stack.len() - 2 * n as usize;
                let items: Vec<Value> = f.stack.split_off(at);
                let mut d =
                    crate::dict::DictData::with_capacity_and_hasher(n as usize, Default::default());
                for pair in items.chunks(2) {
                    let k = crate::userhash::data_hkey(ctx, &d, pair[0])?;
                    d.insert(k, pair[1]);
                }
                let made = ctx.new_dict_at(d, Some(f));
                f.stack.push(made);
            }
            Instr::BuildSet { n, how } => super::sets::build_set(ctx, f, n, how)?,
            Instr::SetAdd(n) => super::sets::set_add(ctx, f, n)?,
            Instr::SetUpdate => super::sets::set_update(ctx, f)?,
            Instr::BuildString(n) => {
                let at = f.stack.len() - n as usize;
                let mut s = String::new();
                for v in &f.stack[at..] {
                    s.push_str(v.as_str().unwrap_or(""));
                }
                f.stack.truncate(at);
                f.stack.push(ctx.new_str(s));
            }
            Instr::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec {
                    f.pop().as_str().unwrap_or("").to_string()
                } else {
                    String::new()
                };
                let mut v = f.pop();
                match conversion {
                    1 => {
                        v = {
                            let s = crate::repr::str_of(ctx, v)?;
                            ctx.new_str(s)
                        }
                    }
                    2 => {
                        let s = crate::repr::repr(ctx, v)?;
                        v = ctx.new_str(s);
                    }
                    3 => {
                        let s = crate::repr::ascii(ctx, v)?;
                        v = ctx.new_str(s);
                    }
                    _ => {}
                }
                let s = crate::strformat::format_value(ctx, v, &spec)?;
                f.stack.push(ctx.new_str(s));
            }
            Instr::ListAppend(n) => {
                let v = f.pop();
                let list = f.stack[f.stack.len() - n as usize - 1];
                if let Some(o) = list.obj() {
                    ctx.list_modify(o, |l| l.push(v))?;
                }
            }
            Instr::DictSetItem(n) => {
                let v = f.pop();
                let k = f.pop();
                let d = f.stack[f.stack.len() - n as usize - 1];
                if let Some(o) = d.obj() {
                    let key = crate::userhash::dict_hkey(ctx, o, k)?;
                    ctx.dict_set(o, key, v)?;
                }
            }
            Instr::ListExtend => {
                let it = f.pop();
                let items = crate::iter::collect(ctx, it)?;
                if let Some(o) = f.top().obj() {
                    ctx.list_modify(o, |l| l.extend(items))?;
                }
            }
            Instr::ListToTuple => {
                let l = f.pop();
                let items = match l.obj() {
                    Some(o) => ctx.list_items(o)?.to_vec(),
                    None => Vec::new(),
                };
                f.stack.push(ctx.new_tuple(items));
            }
            Instr::DictMerge => {
                let other = crate::native_base::unwrap(f.pop());
                let Some(src) = other.obj().filter(|o| matches!(o.kind, Kind::Dict(_))) else {
                    return Err(ctx.type_error(format!(
                        "'{}' object is not a mapping",
                        class_name(rt().type_of(other))
                    )));
                };
                let items = ctx.dict_items(src)?;
                if let Some(o) = f.top().obj() {
                    ctx.dict_modify(o, |d| {
                        for (k, v) in items.iter() {
                            d.insert(*k, *v);
                        }
                    })?;
                }
            }
            Instr::UnpackSequence(n) => {
                let v = f.pop();
                let n = n as usize;
                let got = match unpack_sequence_fast(ctx, v, n, &mut f.stack)? {
                    Some(got) => got,
                    None => {
                        let items = unpack(ctx, v)?;
                        let got = items.len();
                        if got == n {
                            f.stack.extend(items.into_iter().rev());
                        }
                        got
                    }
                };
                if got != n {
                    let msg = if got < n {
                        format!("not enough values to unpack (expected {n}, got {got})")
                    } else {
                        format!("too many values to unpack (expected {n})")
                    };
                    return Err(ctx.value_error(msg));
                }
            }
            Instr::UnpackEx { before, after } => {
                let v = f.pop();
                let items = unpack(ctx, v)?;
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(ctx.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        b + a,
                        items.len()
                    )));
                }
                let mid_end = items.len() - a;
                for x in items[mid_end..].iter().rev() {
                    f.stack.push(*x);
                }
                let mid = ctx.new_list(items[b..mid_end].to_vec());
                f.stack.push(mid);
                for x in items[..b].iter().rev() {
                    f.stack.push(*x);
                }
            }
            Instr::Return => {
                checkpoint(ctx, f)?;
                return Ok(FrameResult::Return(f.pop()));
            }
            Instr::YieldValue => return Ok(FrameResult::Yield(f.pop())),
            Instr::YieldFrom => {
                let v = f.pop();
                let sub = f.top();
                ctx.gc.before_resume(f, sub, true);
                let r = gen::delegate(ctx, sub, Resume::Send(v));
                ctx.gc.after_call();
                match r? {
                    GenResult::Yield(y) => {
                        f.ip -= 1;
                        return Ok(FrameResult::Yield(y));
                    }
                    GenResult::Return(r) => {
                        f.pop();
                        f.stack.push(r);
                    }
                }
            }
            Instr::GetAwaitable => {
                let v = f.pop();
                let it = gen::get_awaitable(ctx, v)?;
                f.stack.push(it);
            }
            Instr::SetupExcept(h) => f.blocks.push(Block {
                kind: BlockKind::Except,
                handler: h,
                level: f.stack.len() as u32,
            }),
            Instr::SetupFinally(h) => f.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: h,
                level: f.stack.len() as u32,
            }),
            Instr::SetupWith(h) => super::with::setup_with(ctx, f, h)?,
            Instr::WithExceptStart => super::with::with_except_start(ctx, f)?,
            Instr::PopBlock => {
                f.blocks.pop();
            }
            Instr::Raise(n) => {
                if n == 0 {
                    return match f.handling.last() {
                        Some(e) => {
                            f.reraised = true;
                            Err(Raise::Exc(Box::new((*e.0).clone())))
                        }
                        None => Err(ctx.runtime_error("No active exception to reraise")),
                    };
                }
                let cause = if n == 2 { Some(f.pop()) } else { None };
                let v = f.pop();
                let exc = make_exception(ctx, v)?;
                if let Some(c) = cause {
                    crate::exceptions::set_cause(ctx, exc, c)?;
                }
                let traceback = if v.is(Value::Obj(exc)) {
                    crate::exceptions::previous_traceback(exc)
                } else {
                    Vec::new()
                };
                return Err(Raise::Exc(Box::new(crate::error::PyException {
                    value: exc,
                    traceback,
                    chained: false,
                })));
            }
            Instr::CheckExcMatch => {
                let ty = f.pop();
                let exc = f.pop();
                let m = exc_match(ctx, exc, ty)?;
                f.stack.push(Value::Bool(m));
            }
            Instr::PopExcept => {
                f.blocks.pop();
                f.handling.pop();
            }
            Instr::ExcStarBegin => super::excstar::begin(ctx, f),
            Instr::ExcStarMatch(t) => {
                if !super::excstar::match_clause(ctx, f)? {
                    f.ip = t as usize;
                }
            }
            Instr::ExcStarCollect => super::excstar::collect(ctx, f)?,
            Instr::ExcStarEnd => super::excstar::end(ctx, f)?,
            Instr::Reraise => {
                f.pop();
                f.blocks.pop();
                let Some(e) = f.handling.pop() else {
                    return Err(ctx.runtime_error("No active exception to reraise"));
                };
                f.reraised = true;
                return Err(Raise::Exc(Box::new((*e.0).clone())));
            }
            Instr::BuildClass { name, kw } => {
                let ns = f.pop();
                let kw = if kw { Some(f.pop()) } else { None };
                let bases = f.pop();
                let name = code.consts[name as usize];
                let c = super::class::build_class(ctx, name, bases, ns, kw)?;
                f.stack.push(c);
            }
            Instr::ImportName { name, level, leaf } => {
                let name = code.names[name as usize];
                let m = crate::modules::import_name(ctx, f.globals, name, level, leaf)?;
                f.stack.push(m);
            }
            Instr::ImportFrom(i) => {
                let module = *f.stack.last().unwrap_or(&Value::None);
                let v = crate::modules::import_from(ctx, module, code.names[i as usize])?;
                f.stack.push(v);
            }
            Instr::ImportStar => {
                let module = f.pop();
                crate::modules::import_star(ctx, module, f.globals)?;
            }
            Instr::BuildLocals => {
                let d = super::locals::build(ctx, f)?;
                f.stack.push(d);
            }
            Instr::Async(op) => super::asyncs::execute(ctx, f, op)?,
            Instr::SetupAsyncWith(h) => f.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: h,
                level: f.stack.len() as u32 - 1,
            }),
            Instr::Match(op) => super::matching::execute(ctx, f, op)?,
            Instr::Nop => {}
        }
    }
}
