//! The `builtins` module and the methods of built-in types.
//!
//! Every native function has the `NativeFn` signature: `(ctx, receiver, args, kwargs)`.
//! Methods of built-in types are stored unbound on the type; attribute lookup binds them.

mod core;
mod dunders;
mod dynamic_code;
mod ellipsis;
mod files;
mod functions;
mod interactive;
mod introspect;
mod keywords;
mod methods_agen;
mod methods_bytearray;
mod methods_bytes;
mod methods_bytes_text;
mod methods_dict;
mod methods_gen;
mod methods_int_bytes;
mod methods_list;
mod methods_num;
mod methods_set;
mod methods_str;
mod methods_str_more;
mod object_methods;
mod slice;

pub use core::{dict_update_from, len_of};
pub use dunders::native_getitem;
pub use ellipsis::ellipsis;
pub use files::{os_error, unsupported};
pub use keywords::{refuse_in_module, set_rule, Keywords};
pub use methods_agen::{delegate_step, is_agen_step};
pub use methods_dict::{dict_or, dict_update};

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Builtin, Kind, NativeFn, Object};
use crate::rt::Runtime;
use crate::value::{intern, Name, ObjRef, Value};

/// Adds native function `name` to an attribute map.
pub fn def(map: &mut AttrMap, name: &'static str, f: NativeFn) {
    let obj = crate::object::Object::immortal(Kind::Builtin(Box::new(Builtin {
        name,
        f,
        receiver: None,
        keywords: Keywords::Own,
    })));
    map.insert(intern(name), Value::Obj(obj));
}

/// Adds methods to a built-in class.
pub fn def_methods(class: ObjRef, methods: &[(&'static str, NativeFn)]) {
    if let Kind::Class(c) = &class.kind {
        let mut attrs = c.attrs.lock();
        for (n, f) in methods {
            def(&mut attrs, n, *f);
        }
        drop(attrs);
        crate::attr_cache::invalidate();
    }
}

/// Defines a native class method (`dict.fromkeys`, `int.from_bytes`): called with the class
/// as its first argument, through the class or an instance alike.
pub fn def_classmethod(class: ObjRef, name: &'static str, f: NativeFn) {
    def_wrapped(class, name, f, crate::descriptors::Descriptor::ClassMethod);
}

/// Defines a native static method (`str.maketrans`): called with its arguments only.
pub fn def_staticmethod(class: ObjRef, name: &'static str, f: NativeFn) {
    def_wrapped(class, name, f, crate::descriptors::Descriptor::StaticMethod);
}

fn def_wrapped(
    class: ObjRef,
    name: &'static str,
    f: NativeFn,
    wrap: fn(Value) -> crate::descriptors::Descriptor,
) {
    let f = Object::immortal(Kind::Builtin(Box::new(Builtin {
        name,
        f,
        receiver: None,
        keywords: Keywords::Own,
    })));
    let d = Object::immortal(Kind::Descriptor(Box::new(wrap(Value::Obj(f)))));
    if let Kind::Class(c) = &class.kind {
        c.attrs.lock().insert(intern(name), Value::Obj(d));
        crate::attr_cache::invalidate();
    }
}

/// Checks the positional argument count: `name() takes exactly N arguments (M given)`.
pub fn arity(ctx: &Ctx, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", args.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                _ => format!(
                    "{name}() takes exactly {min} arguments ({} given)",
                    args.len()
                ),
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(ctx.type_error(msg));
    }
    Ok(())
}

/// Finds keyword argument `name`.
pub fn kwarg(kwargs: &[(Name, Value)], name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| *v)
}

/// Rejects keyword arguments for functions that take none.
pub fn no_kwargs(ctx: &Ctx, name: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(ctx.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Fills the builtins module and the built-in types' methods.
pub fn install(rt: &Runtime) {
    let Kind::Module(m) = &rt.builtins.kind else {
        return;
    };
    let mut attrs = m.attrs.lock();
    crate::descriptors::install(&mut attrs);
    for t in rt.exported_types() {
        if let Kind::Class(c) = &t.kind {
            attrs.insert(c.name, Value::Obj(t));
        }
    }
    let not_impl = crate::object::Object::immortal(Kind::Instance(crate::object::Instance {
        class: rt.types.object,
        attrs: Default::default(),
        native: None,
    }));
    attrs.insert(intern("NotImplemented"), Value::Obj(not_impl));
    attrs.insert(intern("__name__"), intern("builtins").value());
    core::install(rt, &mut attrs);
    dynamic_code::install(&mut attrs);
    ellipsis::install(&mut attrs);
    files::install(&mut attrs);
    functions::install(rt, &mut attrs);
    introspect::install(&mut attrs);
    interactive::install(&mut attrs);
    def(&mut attrs, "__import__", crate::modules::builtin_import);
    drop(attrs);
    methods_str::install(rt);
    methods_str_more::install(rt);
    methods_bytes::install(rt);
    methods_list::install(rt);
    methods_dict::install(rt);
    methods_num::install(rt);
    methods_set::install(rt);
    dunders::install(rt);
    object_methods::install(rt);
    slice::install(rt);
    methods_gen::install(rt);
    methods_agen::install(rt);
    keywords::install(rt, &mut m.attrs.lock());
}
