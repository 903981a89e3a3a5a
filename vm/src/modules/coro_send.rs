//! `_specloop.coro_send(coro, task)`: a task's step resumes its coroutine.
//!
//! It is `coro.send(None)`, except that a coroutine that returns sets `task._result` and the
//! call gives `_specloop.RETURNED` instead of raising `StopIteration`: CPython's C Task gets
//! the return value the same way, with no exception object, and a task's return is the
//! hottest path of asyncio programs that make many short tasks. The collector treats the call
//! as it treats `send` (`gc::roots`): the coroutine's frame may collect.

use crate::builtins::def;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::interp::gen::{gen_resume, GenResult, Resume};
use crate::object::{AttrMap, Kind, Object};
use crate::value::{ObjRef, Value};
use std::sync::OnceLock;

/// The `coro_send` builtin, once `_specloop` is made.
static CORO_SEND: OnceLock<ObjRef> = OnceLock::new();

/// The marker `coro_send` returns for a coroutine that returned: a list no one else can reach
/// (a coroutine can yield any object, but not one it cannot name).
fn returned() -> Value {
    static RETURNED: OnceLock<ObjRef> = OnceLock::new();
    Value::Obj(*RETURNED.get_or_init(|| Object::immortal(Kind::List(Default::default()))))
}

/// Whether `o` is `_specloop.coro_send`.
pub fn is_coro_send(o: ObjRef) -> bool {
    CORO_SEND.get() == Some(&o)
}

fn coro_send(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(crate::value::Name, Value)],
) -> PyResult<Value> {
    let [Value::Obj(coro), Value::Obj(task)] = args else {
        return Err(ctx.type_error("coro_send(coro, task)"));
    };
    match gen_resume(ctx, *coro, Resume::Send(Value::None))? {
        GenResult::Yield(y) => Ok(y),
        GenResult::Return(v) => {
            crate::attr::setattr(ctx, Value::Obj(*task), crate::name!("_result"), v)?;
            Ok(returned())
        }
    }
}

/// Adds `coro_send` and `RETURNED` to `_specloop`'s attributes.
pub(super) fn install(a: &mut AttrMap) {
    def(a, "coro_send", coro_send);
    if let Some(Value::Obj(f)) = a.get(&crate::name!("coro_send")).copied() {
        let _ = CORO_SEND.set(f);
    }
    a.insert(crate::name!("RETURNED"), returned());
}
