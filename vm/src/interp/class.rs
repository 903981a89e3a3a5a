//! Class creation: the `BuildClass` instruction (bases, namespace, `__classcell__`).

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Kind, Layout};
use crate::rt::rt;
use crate::slot::{Loc, Slot};
use crate::value::{intern, Value};

/// `BuildClass`: makes a class from its name, bases tuple and executed body namespace.
pub fn build_class(ctx: &mut Ctx, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
    let name = intern(name.as_str().unwrap_or("?"));
    let mut base_list = Vec::new();
    if let Some(Kind::Tuple(items)) = bases.obj().map(|o| &o.0.kind) {
        for b in items.iter() {
            match b.obj() {
                Some(c) if matches!(c.kind, Kind::Class(_)) => {
                    if let Kind::Class(cl) = &c.kind {
                        if cl.layout == Layout::Builtin {
                            return Err(ctx.type_error(format!(
                                "specloop: subclassing built-in type '{}' is not supported yet",
                                cl.name.as_str()
                            )));
                        }
                    }
                    base_list.push(c)
                }
                _ => return Err(ctx.type_error("bases must be types")),
            }
        }
    }
    if base_list.is_empty() {
        base_list.push(rt().types.object);
    }
    let mut attrs = crate::object::AttrMap::default();
    let mut classcell = None;
    let mut module = None;
    if let Some(o) = ns.obj() {
        for (k, v) in ctx.dict_items(o)?.iter() {
            let Some(s) = k.0.as_str() else { continue };
            match s {
                "__classcell__" => classcell = v.obj(),
                _ => {
                    if s == "__module__" {
                        module = v.as_str().map(intern);
                    }
                    attrs.insert(intern(s), *v);
                }
            }
        }
    }
    let Some(class) =
        crate::rt::new_class(ctx.token, name, base_list, Layout::Instance, attrs, module)
    else {
        return Err(ctx.type_error("Cannot create a consistent method resolution order (MRO)"));
    };
    if let Some(cell) = classcell {
        ctx.write(Loc::Contents(cell), Slot::Value(Value::Obj(class)));
    }
    Ok(Value::Obj(class))
}
