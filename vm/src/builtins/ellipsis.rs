//! The `Ellipsis` singleton (`...`), of type `ellipsis` (`repr::repr` names it).

use crate::object::{Instance, Kind, Layout, Object};
use crate::value::{intern, ObjRef, Value};
use std::sync::OnceLock;

/// The one `Ellipsis` object (immortal; its class is pinned).
pub fn ellipsis() -> ObjRef {
    static E: OnceLock<ObjRef> = OnceLock::new();
    *E.get_or_init(|| {
        let attrs = crate::object::AttrMap::default();
        let rt = crate::rt::rt();
        let class = crate::rt::new_class(
            crate::object::DIRECT_TOKEN,
            intern("ellipsis"),
            vec![rt.types.object],
            Layout::Builtin,
            attrs,
            Some(intern("builtins")),
        )
        .unwrap_or(rt.types.object);
        Object::immortal(Kind::Instance(Instance {
            class,
            attrs: Default::default(),
        }))
    })
}

/// Binds `Ellipsis` in the builtins.
pub(super) fn install(m: &mut crate::object::AttrMap) {
    m.insert(intern("Ellipsis"), Value::Obj(ellipsis()));
}
