//! Introspection builtins: `vars`, `dir`, `delattr`, `globals`, `locals`.
//!
//! The compiler passes the calling frame's module name to a zero-argument `globals()`,
//! `locals()`, `vars()` or `dir()` at module level (natives cannot see frames); inside
//! functions `locals()`/`vars()` compile to `BuildLocals` and `dir()` is refused.

use super::{arity, def};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Kind};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};

pub(super) fn install(m: &mut AttrMap) {
    def(m, "vars", vars);
    def(m, "dir", dir);
    def(m, "delattr", delattr);
    def(m, "globals", globals);
    def(m, "locals", globals);
}

/// The module named by the compiler-supplied argument.
fn module_named(ctx: &Ctx, v: Value) -> PyResult<ObjRef> {
    let name = v.as_str().map(intern);
    name.and_then(|n| rt().modules.lock().get(&n).copied())
        .ok_or_else(|| ctx.type_error("globals() takes no arguments"))
}

fn globals(ctx: &mut Ctx, _: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "globals", a, 1, 1)?;
    let m = module_named(ctx, a[0])?;
    Ok(crate::attrdict::dict_of(ctx, m)?.unwrap_or(Value::None))
}

fn vars(ctx: &mut Ctx, _: Option<Value>, a: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs(ctx, "vars", kw)?;
    arity(ctx, "vars", a, 1, 2)?;
    if a.len() == 2 {
        return globals(ctx, None, &a[1..], &[]);
    }
    let found = match a[0].obj() {
        Some(o) => crate::attrdict::dict_of(ctx, o)?,
        None => None,
    };
    found.ok_or_else(|| ctx.type_error("vars() argument must have __dict__ attribute"))
}

fn dir(ctx: &mut Ctx, _: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "dir", a, 1, 2)?;
    let target = if a.len() == 2 {
        Value::Obj(module_named(ctx, a[1])?)
    } else {
        a[0]
    };
    if let Some(f) = user_dir(ctx, target)? {
        let r = crate::interp::call::call(ctx, f, &[target], &[])?;
        let items = crate::iter::collect(ctx, r)?;
        let sorted = super::methods_list::sort_values(ctx, items, None, false)?;
        return Ok(ctx.new_list(sorted));
    }
    let names = crate::attrdict::dir(ctx, target)?;
    Ok(ctx.new_list(names.into_iter().map(Name::value).collect()))
}

/// A user class's `__dir__`, if `v` is an instance of one.
fn user_dir(ctx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    let Some(Kind::Instance(i)) = v.obj().map(|o| &o.0.kind) else {
        return Ok(None);
    };
    Ok(
        crate::attr::class_lookup(ctx, i.class, crate::name!("__dir__"))?
            .filter(|f| matches!(f.obj().map(|o| &o.0.kind), Some(Kind::Function(_)))),
    )
}

fn delattr(ctx: &mut Ctx, _: Option<Value>, a: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "delattr", a, 2, 2)?;
    let Some(name) = a[1].as_str().map(intern) else {
        return Err(ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(rt().type_of(a[1]))
        )));
    };
    crate::attr::delattr(ctx, a[0], name)?;
    Ok(Value::None)
}
