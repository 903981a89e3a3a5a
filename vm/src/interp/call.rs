//! Calling: Python functions (argument binding with CPython's error messages), native
//! functions, bound methods, and classes (instance creation and `__init__`).

use super::frame::Frame;
use super::{run_frame, FrameResult};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Function, GenInner, GenKind, GenState, Generator, Kind};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;

/// `f(*args, **kwargs)`.
pub fn call(ctx: &mut Ctx, f: Value, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Value::Obj(o) = f else {
        return Err(not_callable(ctx, f));
    };
    match &o.kind {
        Kind::Function(func) => call_function(ctx, o, func, args, kwargs),
        Kind::Builtin(b) => b.invoke(ctx, b.receiver, args, kwargs),
        Kind::BoundMethod { func, receiver } => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(*receiver);
            full.extend_from_slice(args);
            call(ctx, *func, &full, kwargs)
        }
        Kind::Class(_) => super::instantiate::call_class(ctx, o, args, kwargs),
        Kind::Instance(_) => {
            let from_call = ctx.gc.take_callee_mark();
            match crate::attr::class_lookup(ctx, rt().type_of(f), crate::name!("__call__"))? {
                Some(m) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f);
                    full.extend_from_slice(args);
                    if !from_call {
                        return call(ctx, m, &full, kwargs);
                    }
                    // The instance and arguments are on the calling frame's stack.
                    let entry = crate::gc::HeldEntry::Call(m);
                    crate::gc::held_call(ctx, [m], entry, |ctx| call(ctx, m, &full, kwargs))
                }
                None => Err(not_callable(ctx, f)),
            }
        }
        _ => Err(not_callable(ctx, f)),
    }
}

fn not_callable(ctx: &Ctx, f: Value) -> crate::error::Raise {
    ctx.type_error(format!(
        "'{}' object is not callable",
        class_name(rt().type_of(f))
    ))
}

/// The text after `name()` of a TypeError for arguments that do not fit the parameters.
fn missing(names: &[Name], kind: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n.as_str())).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    format!(
        " missing {} required {kind} argument{s}: {list}",
        names.len()
    )
}

/// Binds arguments into `frame`, a fresh frame for `f`. A mismatch is the message of its
/// TypeError after the function's `name()` (the caller reads the name: `__qualname__` may
/// have been assigned).
pub fn bind_args(
    ctx: &mut Ctx,
    f: &Function,
    args: &[Value],
    kwargs: &[(Name, Value)],
    frame: &mut Frame,
) -> Result<(), String> {
    let code = f.code;
    let n = code.argcount as usize;
    let given = args.len().min(n);
    frame.locals[..given]
        .iter_mut()
        .zip(args)
        .for_each(|(slot, v)| *slot = Some(*v));
    let mut next = n;
    if code.varargs {
        let extra = if args.len() > n {
            args[n..].to_vec()
        } else {
            Vec::new()
        };
        frame.locals[next] = Some(ctx.new_tuple(extra));
        next += 1;
    } else if args.len() > n {
        let ndef = f.defaults.len();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", n - ndef, n)
        } else {
            format!("{} positional argument{}", n, if n == 1 { "" } else { "s" })
        };
        let were = if args.len() == 1 { "was" } else { "were" };
        return Err(format!(" takes {takes} but {} {were} given", args.len()));
    }
    let kwonly_start = next;
    let kwonly_end = kwonly_start + code.kwonly as usize;
    let mut extra_kw: Option<crate::dict::DictData> = code.varkw.then(Default::default);
    for (name, v) in kwargs {
        let pos = code.varnames[code.posonly as usize..n]
            .iter()
            .position(|x| x == name)
            .map(|p| p + code.posonly as usize)
            .or_else(|| {
                code.varnames[kwonly_start..kwonly_end]
                    .iter()
                    .position(|x| x == name)
                    .map(|p| p + kwonly_start)
            });
        match pos {
            Some(p) => {
                if frame.locals[p].is_some() {
                    return Err(format!(
                        " got multiple values for argument '{}'",
                        name.as_str()
                    ));
                }
                frame.locals[p] = Some(*v);
            }
            None => match &mut extra_kw {
                Some(d) => {
                    d.insert(crate::dict::HKey(name.value()), *v);
                }
                None if code.varnames[..code.posonly as usize].contains(name) => {
                    let posonly: Vec<&str> = code.varnames[..code.posonly as usize]
                        .iter()
                        .filter(|p| kwargs.iter().any(|(k, _)| k == *p))
                        .map(|p| p.as_str())
                        .collect();
                    return Err(format!(
                        " got some positional-only arguments passed as keyword arguments: '{}'",
                        posonly.join(", ")
                    ));
                }
                None => {
                    return Err(format!(
                        " got an unexpected keyword argument '{}'",
                        name.as_str()
                    ))
                }
            },
        }
    }
    let ndef = f.defaults.len();
    let mut absent = Vec::new();
    for i in given..n {
        if frame.locals[i].is_none() {
            if i + ndef >= n {
                frame.locals[i] = Some(f.defaults[i + ndef - n]);
            } else {
                absent.push(code.varnames[i]);
            }
        }
    }
    if !absent.is_empty() {
        return Err(missing(&absent, "positional"));
    }
    for i in kwonly_start..kwonly_end {
        if frame.locals[i].is_none() {
            let name = code.varnames[i];
            match f.kwdefaults.iter().find(|(k, _)| *k == name) {
                Some((_, d)) => frame.locals[i] = Some(*d),
                None => absent.push(name),
            }
        }
    }
    if !absent.is_empty() {
        return Err(missing(&absent, "keyword-only"));
    }
    if let Some(d) = extra_kw {
        frame.locals[kwonly_end] = Some(ctx.new_dict(d));
    }
    frame
        .cells
        .reserve(code.cellvars.len() + code.freevars.len());
    for _ in &code.cellvars {
        frame.cells.push(ctx.alloc(Kind::Cell(Mutex::new(None))));
    }
    for &(ci, vi) in &code.cell_params {
        if let Kind::Cell(c) = &frame.cells[ci as usize].kind {
            *c.lock() = frame.locals[vi as usize];
        }
    }
    frame.cells.extend(f.closure.iter().copied());
    Ok(())
}

/// Calls the callback of a handle the sequential loop has taken off its ready queue, which
/// holds nothing else: callback and arguments are held as collector roots, and a Python
/// callback (a task's step) is entered transparently, so a long step can collect.
pub fn call_handle(ctx: &mut Ctx, callback: Value, args: &[Value]) -> PyResult<Value> {
    let roots = std::iter::once(callback).chain(args.iter().copied());
    let entry = crate::gc::HeldEntry::Call(callback);
    crate::gc::held_call(ctx, roots, entry, |ctx| call(ctx, callback, args, &[]))
}

/// Calls Python function `f` (the object `o`): runs it, or makes its generator/coroutine
/// object.
pub fn call_function(
    ctx: &mut Ctx,
    o: ObjRef,
    f: &Function,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    use crate::bytecode::CodeKind;
    let generator = matches!(
        f.code.kind,
        CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator
    );
    let padded = if generator {
        Frame::for_generator(f.code, f.globals)
    } else {
        None
    };
    let mut frame =
        padded.unwrap_or_else(|| Frame::from_pool(&mut ctx.frame_pool, f.code, f.globals));
    if let Err(rest) = bind_args(ctx, f, args, kwargs, &mut frame) {
        frame.recycle(&mut ctx.frame_pool);
        let name = crate::attr::function_qualname(ctx, o)?;
        return Err(ctx.type_error(format!("{name}(){rest}")));
    }
    match f.code.kind {
        CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator => {
            let kind = match f.code.kind {
                CodeKind::Coroutine => GenKind::Coroutine,
                CodeKind::AsyncGenerator => GenKind::AsyncGenerator,
                _ => GenKind::Generator,
            };
            let g = Generator {
                kind,
                qualname: f.qualname,
                code: f.code,
                inner: Mutex::new(GenInner {
                    hold: None,
                    state: GenState::Created,
                    frame: Some(frame),
                    hooks_inited: false,
                }),
                creator_task: ctx.current_task,
                driver_task: Mutex::new(None),
                site: match kind {
                    GenKind::Coroutine => crate::gc::unawaited::site(ctx),
                    _ => (0, 0),
                },
            };
            if kind == GenKind::Coroutine && ctx.spec.is_some() {
                ctx.made_coroutine = true;
            }
            Ok(Value::Obj(ctx.alloc(Kind::Generator(Box::new(g)))))
        }
        CodeKind::Class => {
            let ns = ctx.new_dict(Default::default());
            frame.namespace = ns.obj();
            run_guarded(ctx, &mut frame)?;
            Ok(ns)
        }
        _ => {
            let r = run_guarded(ctx, &mut frame);
            frame.recycle(&mut ctx.frame_pool);
            match r? {
                FrameResult::Return(v) | FrameResult::Yield(v) => Ok(v),
            }
        }
    }
}

/// Runs a frame with the recursion limit enforced.
pub fn run_guarded(ctx: &mut Ctx, frame: &mut Frame) -> PyResult<FrameResult> {
    super::recursion::enter(ctx)?;
    ctx.depth += 1;
    let r = run_frame(ctx, frame, None);
    ctx.depth -= 1;
    r
}

/// `intern` for a literal, cached per call site (no global lock on the hot path).
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        static N: std::sync::OnceLock<$crate::value::Name> = std::sync::OnceLock::new();
        *N.get_or_init(|| $crate::value::intern($s))
    }};
}

/// Interns a name (re-exported for native modules).
pub fn name_of(s: &str) -> Name {
    intern(s)
}
