//! `_specloop.new_instance`, `_specloop.instance_attrs`, `_specloop.class_attr`,
//! `_specloop.module_global` and `_specloop.bind`: what the Python-written standard modules
//! need to make an instance without running `__init__` (`copy`), to list an instance's own
//! attributes, to read an attribute a class defines itself, not through its bases or metaclass
//! (`dataclasses`, `functools.total_ordering`, the ABCs' method checks), to look a name up as
//! code of a module would (`typing.get_type_hints` on annotations kept as text), and to bind
//! a class attribute as attribute access does, `desc.__get__(obj, cls)` for any descriptor
//! (`functools.singledispatchmethod`).

use crate::builtins::def;
use crate::object::{AttrMap, Instance, Kind, Layout};
use crate::rt::rt;
use crate::value::Value;

/// Adds the hooks to the `_specloop` module's attributes.
pub(super) fn install(a: &mut AttrMap) {
    def(a, "new_instance", |ctx, _, args, _| {
        match args.first().and_then(|v| v.obj()) {
            Some(c) if matches!(&c.kind, Kind::Class(cl) if cl.layout == Layout::Instance) => {
                Ok(Value::Obj(ctx.alloc(Kind::Instance(Instance {
                    class: c,
                    attrs: Default::default(),
                    native: None,
                }))))
            }
            _ => Err(ctx.type_error("new_instance() needs a class with instances")),
        }
    });
    def(a, "class_attr", |ctx, _, args, _| {
        let [cls, name, default] = args else {
            return Err(ctx.type_error("class_attr() takes 3 arguments"));
        };
        match (cls.obj(), name.as_str()) {
            (Some(c), Some(n)) if matches!(c.kind, Kind::Class(_)) => Ok(ctx
                .own_attr(c, crate::value::intern(n))?
                .unwrap_or(*default)),
            _ => Err(ctx.type_error("class_attr() needs a class and a name")),
        }
    });
    def(a, "module_global", |ctx, _, args, _| {
        let (Some(module), Some(name)) = (
            args.first().and_then(|v| v.as_str()),
            args.get(1).and_then(|v| v.as_str()),
        ) else {
            return Err(ctx.type_error("module_global() takes a module name and a name"));
        };
        let n = crate::value::intern(name);
        let found = rt()
            .modules
            .lock()
            .get(&crate::value::intern(module))
            .copied();
        if let Some(m) = found {
            if let Some(v) = ctx.own_attr(m, n)? {
                return Ok(v);
            }
        }
        ctx.own_attr(rt().builtins, n)?
            .ok_or_else(|| ctx.name_error(name))
    });
    def(a, "bind", |ctx, _, args, _| {
        let [desc, obj, cls] = args else {
            return Err(ctx.type_error("bind() takes 3 arguments"));
        };
        match (obj, cls.obj()) {
            (Value::None, Some(c)) if matches!(c.kind, Kind::Class(_)) => {
                crate::descriptors::bind_to_class(ctx, *desc, c)
            }
            (Value::None, _) => Err(ctx.type_error("bind() needs an instance or a class")),
            _ => crate::descriptors::bind_to_instance(
                ctx,
                *desc,
                *obj,
                crate::value::intern("__get__"),
            ),
        }
    });
    def(a, "instance_attrs", |ctx, _, args, _| {
        // The set of names of a shared instance is no single location: listing them makes the
        // step wait until it is the oldest, then read committed storage.
        let Some(o) = args.first().and_then(|v| v.obj()) else {
            return Ok(ctx.new_list(Vec::new()));
        };
        let Kind::Instance(i) = &o.kind else {
            return Ok(ctx.new_list(Vec::new()));
        };
        if !ctx.is_private(o) {
            ctx.require_direct()?;
        }
        let pairs = i.attrs.entries();
        let items = pairs
            .into_iter()
            .map(|(k, v)| ctx.new_tuple(vec![k.value(), v]))
            .collect();
        Ok(ctx.new_list(items))
    });
}
