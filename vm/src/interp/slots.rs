//! `__slots__`: a class listing its instances' attributes gets a member descriptor per name,
//! and (when every base also has slots) instances without a `__dict__`, so assigning any other
//! attribute raises AttributeError, as in CPython. Slot values are stored as ordinary instance
//! attributes (one location each).

use crate::ctx::Ctx;
use crate::descriptors::Descriptor;
use crate::error::PyResult;
use crate::object::{AttrMap, Kind, Layout};
use crate::rt::{class_name, rt};
use crate::value::{intern, Name, ObjRef, Value};

/// Reads `__slots__` from a new class's namespace: adds a member descriptor per slot name to
/// `attrs` and returns the layout its instances get.
pub fn prepare(
    ctx: &mut Ctx,
    class_name_: Name,
    attrs: &mut AttrMap,
    bases: &[ObjRef],
) -> PyResult<Layout> {
    let Some(spec) = attrs.get(&crate::name!("__slots__")).copied() else {
        return Ok(Layout::Instance);
    };
    let names = match spec.as_str() {
        Some(_) => vec![spec],
        None => crate::iter::collect(ctx, spec)?,
    };
    let mut has_dict = false;
    for n in names {
        let Some(s) = n.as_str() else {
            return Err(ctx.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                class_name(rt().type_of(n))
            )));
        };
        if s == "__dict__" {
            has_dict = true;
            continue;
        }
        let name = intern(s);
        if attrs.contains_key(&name) {
            return Err(
                ctx.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
            );
        }
        let member = Descriptor::Member {
            name,
            owner: class_name_,
        };
        attrs.insert(
            name,
            Value::Obj(ctx.alloc(Kind::Descriptor(Box::new(member)))),
        );
    }
    let bases_slotted = bases.iter().all(|b| {
        *b == rt().types.object || matches!(&b.kind, Kind::Class(c) if c.layout == Layout::Slotted)
    });
    Ok(if has_dict || !bases_slotted {
        Layout::Instance
    } else {
        Layout::Slotted
    })
}

/// Whether instances of `class` have no `__dict__` (every attribute is a slot).
pub fn is_slotted(class: ObjRef) -> bool {
    matches!(&class.kind, Kind::Class(c) if c.layout == Layout::Slotted)
}
