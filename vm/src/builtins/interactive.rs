//! The built-ins CPython's `site` adds for interactive use, `exit` and `quit`, and `input`
//! (which lives with the standard streams in `modules/stdio.rs`).

use super::{def, kwarg};
use crate::ctx::Ctx;
use crate::error::{PyResult, Raise};
use crate::object::AttrMap;
use crate::rt::rt;
use crate::value::{Name, Value};

pub(super) fn install(m: &mut AttrMap) {
    def(m, "exit", quit);
    def(m, "quit", quit);
    def(m, "input", crate::modules::input);
}

/// `exit(code=None)` / `quit(code=None)`: raises `SystemExit(code)`, as CPython's
/// `_sitebuiltins.Quitter` does.
fn quit(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.as_str() != "code") {
        return Err(ctx.type_error(format!(
            "Quitter.__call__() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    let code = match (args, kwarg(kwargs, "code")) {
        ([], None) => Value::None,
        ([c], None) => *c,
        ([], Some(c)) => c,
        ([_], Some(_)) => {
            return Err(ctx.type_error("Quitter.__call__() got multiple values for argument 'code'"))
        }
        _ => {
            return Err(ctx.type_error(format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                args.len() + 1
            )))
        }
    };
    Err(Raise::exc(
        ctx.new_exception(rt().types.system_exit, vec![code]),
    ))
}
