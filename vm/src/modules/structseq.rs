//! Struct sequences (`sys.version_info`, `sys.float_info`, `time.struct_time`): tuple
//! subclasses whose items are also read as named attributes, with CPython's repr
//! `module.name(field=value, ...)`.
//!
//! Invariant: the class attribute `__match_args__` holds the field names, one per tuple item,
//! and an instance's native value is a tuple of exactly that many items.

use crate::builtins::def;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Builtin, Kind, Layout, NativeFn, Object};
use crate::rt::rt;
use crate::value::{intern, Name, ObjRef, Value};

/// The tuple item `I` of a struct sequence (the getter behind field `I`).
fn field<const I: usize>(
    ctx: &mut Ctx,
    r: Option<Value>,
    a: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let t = crate::native_base::unwrap(r.or(a.first().copied()).unwrap_or(Value::None));
    match t.obj().map(|o| &o.0.kind) {
        Some(Kind::Tuple(items)) if I < items.len() => Ok(items[I]),
        _ => Err(ctx.type_error("descriptor requires a struct sequence object")),
    }
}

/// One getter per field position; a struct sequence has at most this many fields.
const GETTERS: [NativeFn; 11] = [
    field::<0>,
    field::<1>,
    field::<2>,
    field::<3>,
    field::<4>,
    field::<5>,
    field::<6>,
    field::<7>,
    field::<8>,
    field::<9>,
    field::<10>,
];

/// A new struct sequence class `module.name` with `fields` (at most `GETTERS.len()`; extra
/// names get no attribute), held for the life of the process.
pub(super) fn new_class(module: &str, name: &str, fields: &'static [&'static str]) -> ObjRef {
    let mut attrs = AttrMap::default();
    def(&mut attrs, "__repr__", structseq_repr);
    for (name, getter) in fields.iter().zip(GETTERS) {
        let fget = Object::immortal(Kind::Builtin(Box::new(Builtin {
            name,
            f: getter,
            receiver: None,
            keywords: crate::builtins::Keywords::Refused(name),
        })));
        let d = crate::descriptors::Descriptor::Property {
            fget: Value::Obj(fget),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        attrs.insert(
            intern(name),
            Value::Obj(Object::immortal(Kind::Descriptor(Box::new(d)))),
        );
    }
    let names = fields.iter().map(|f| intern(f).value()).collect();
    let match_args = Object::immortal(Kind::Tuple(names));
    attrs.insert(intern("__match_args__"), Value::Obj(match_args));
    attrs.insert(intern("n_fields"), Value::Int(fields.len() as i64));
    attrs.insert(intern("n_sequence_fields"), Value::Int(fields.len() as i64));
    attrs.insert(intern("n_unnamed_fields"), Value::Int(0));
    crate::rt::new_class(
        0,
        intern(name),
        vec![rt().types.tuple],
        Layout::Instance,
        attrs,
        Some(intern(module)),
    )
    .map(crate::gc::pin)
    .unwrap_or(rt().types.tuple)
}

/// An instance of struct sequence `class` holding `items`.
pub(super) fn make(ctx: &Ctx, class: ObjRef, items: Vec<Value>) -> Value {
    let tuple = ctx.new_tuple(items);
    crate::native_base::wrap(ctx, class, tuple)
}

fn structseq_repr(
    ctx: &mut Ctx,
    r: Option<Value>,
    _: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let v = r.unwrap_or(Value::None);
    let class = rt().type_of(v);
    let t = crate::native_base::unwrap(v);
    let (Some(Kind::Tuple(items)), Kind::Class(c)) = (t.obj().map(|o| &o.0.kind), &class.kind)
    else {
        return Err(ctx.type_error("descriptor requires a struct sequence object"));
    };
    let names = match c.attrs.get(intern("__match_args__")) {
        Some(Value::Obj(o)) => match &o.kind {
            Kind::Tuple(names) => names.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (name, v) in names.iter().zip(items.iter()) {
        let name = name.as_str().unwrap_or_default().to_string();
        parts.push(format!("{name}={}", crate::repr::repr(ctx, *v)?));
    }
    let module = c.module.map_or("", |m| m.as_str());
    let s = format!("{module}.{}({})", c.name.as_str(), parts.join(", "));
    Ok(ctx.new_str(s))
}
