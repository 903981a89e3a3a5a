//! The core builtins the interpreter itself relies on: print, len, repr, isinstance, type
//! constructors (int, float, str, bool, list, tuple, dict, range, type, object), iter, next.

use super::{arity, def, kwarg};
use crate::ctx::Ctx;
use crate::effects::Effect;
use crate::error::PyResult;
use crate::object::{AttrMap, Kind};
use crate::rt::{class_name, is_subclass, rt, Runtime};
use crate::value::{Name, Value};

pub(super) fn install(rt: &Runtime, m: &mut AttrMap) {
    def(m, "print", print);
    def(m, "len", len);
    def(m, "repr", repr);
    def(m, "isinstance", isinstance);
    def(m, "issubclass", issubclass);
    def(m, "iter", iter);
    def(m, "next", next);
    def(m, "getattr", getattr);
    def(m, "hasattr", hasattr);
    def(m, "setattr", setattr);
    super::def_methods(
        rt.types.object,
        &[("__init__", object_init), ("__setattr__", object_setattr)],
    );
    super::def_methods(
        rt.types.base_exception,
        &[
            ("__init__", exception_init),
            ("add_note", exception_add_note),
        ],
    );
    let t = &rt.types;
    for (class, f) in [
        (t.int, int_new as crate::object::NativeFn),
        (t.float, float_new),
        (t.str, str_new),
        (t.bool, bool_new),
        (t.list, list_new),
        (t.tuple, tuple_new),
        (t.dict, dict_new),
        (t.range, range_new),
        (t.super_, super_new),
    ] {
        super::def_methods(class, &[("__new__", f)]);
    }
}

fn print(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let sep = match kwarg(kwargs, "sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            ctx.type_error(format!(
                "sep must be None or a string, not {}",
                class_name(rt().type_of(v))
            ))
        })?,
    };
    let end = match kwarg(kwargs, "end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            ctx.type_error(format!(
                "end must be None or a string, not {}",
                class_name(rt().type_of(v))
            ))
        })?,
    };
    let file = kwarg(kwargs, "file").filter(|f| !matches!(f, Value::None));
    if let Some(f) = file.filter(|f| !crate::modules::is_std_stream(*f)) {
        return print_to(ctx, f, args, &sep, &end, kwarg(kwargs, "flush"));
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&crate::repr::str_of(ctx, *a)?);
    }
    out.push_str(&end);
    let fd = match file {
        Some(f) if crate::modules::is_stderr(f) => 2,
        None | Some(Value::None) => 1,
        Some(f) => {
            // Any other object with a write() method: an open file, sys.stdout, ...
            let write = crate::attr::getattr(ctx, f, crate::name!("write"))?;
            let text = ctx.new_str(out);
            crate::interp::call::call(ctx, write, &[text], &[])?;
            return Ok(Value::None);
        }
    };
    ctx.emit(Effect::Write { fd, text: out });
    if let Some(flush) = kwarg(kwargs, "flush") {
        if crate::ops::truthy(ctx, flush)? {
            ctx.emit(Effect::Flush);
        }
    }
    Ok(Value::None)
}

/// `print(..., file=f)` for a file other than the standard streams: one `f.write` per piece,
/// as CPython's print does.
fn print_to(
    ctx: &mut Ctx,
    file: Value,
    args: &[Value],
    sep: &str,
    end: &str,
    flush: Option<Value>,
) -> PyResult<Value> {
    let write = crate::attr::getattr(ctx, file, crate::value::intern("write"))?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let s = ctx.new_str(sep.to_string());
            crate::interp::call::call(ctx, write, &[s], &[])?;
        }
        let text = crate::repr::str_of(ctx, *a)?;
        let s = ctx.new_str(text);
        crate::interp::call::call(ctx, write, &[s], &[])?;
    }
    let s = ctx.new_str(end.to_string());
    crate::interp::call::call(ctx, write, &[s], &[])?;
    if let Some(flush) = flush {
        if crate::ops::truthy(ctx, flush)? {
            let f = crate::attr::getattr(ctx, file, crate::value::intern("flush"))?;
            crate::interp::call::call(ctx, f, &[], &[])?;
        }
    }
    Ok(Value::None)
}

/// `len(v)`.
pub fn len_of(ctx: &mut Ctx, v: Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        let n = match &o.kind {
            Kind::Str(s) => s.char_len(),
            Kind::Bytes(b) => b.len(),
            Kind::ByteArray(_) => ctx.with_contents(o, |b: &Vec<u8>| b.len())?,
            Kind::Tuple(t) => t.len(),
            Kind::List(_) => ctx.list_len(o)?,
            Kind::Dict(_) => ctx.dict_len(o)?,
            Kind::Set(_) | Kind::FrozenSet(_) => crate::setops::len(ctx, o)?,
            Kind::DictView(d, _) => crate::dictview::len(ctx, *d)?,
            Kind::Range { start, stop, step } => {
                crate::seqops::range_len(*start, *stop, *step) as usize
            }
            Kind::Instance(_) | Kind::Class(_) => {
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__len__", &[])? {
                    return match r {
                        Value::Int(i) if i >= 0 => Ok(i),
                        Value::Int(_) => Err(ctx.value_error("__len__() should return >= 0")),
                        _ => Err(ctx.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            class_name(rt().type_of(r))
                        ))),
                    };
                }
                if let Some(n) = crate::native_base::native_of(v) {
                    return len_of(ctx, n);
                }
                return Err(ctx.type_error(format!(
                    "object of type '{}' has no len()",
                    class_name(rt().type_of(v))
                )));
            }
            _ => {
                return Err(ctx.type_error(format!(
                    "object of type '{}' has no len()",
                    class_name(rt().type_of(v))
                )))
            }
        };
        return Ok(n as i64);
    }
    Err(ctx.type_error(format!(
        "object of type '{}' has no len()",
        class_name(rt().type_of(v))
    )))
}

fn len(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "len", args, 1, 1)?;
    Ok(Value::Int(len_of(ctx, args[0])?))
}

fn repr(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "repr", args, 1, 1)?;
    let s = crate::repr::repr(ctx, args[0])?;
    Ok(ctx.new_str(s))
}

/// `isinstance(v, cls)` for a class or tuple of classes.
pub fn is_instance(ctx: &mut Ctx, v: Value, cls: Value) -> PyResult<bool> {
    derives_from(ctx, rt().type_of(v), cls)?.ok_or_else(|| {
        ctx.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    })
}

/// Whether `class` derives from `cls`, a class or (nested) tuple of classes; `None` when `cls`
/// is neither. A user class that does not appear in the MRO may still claim `class` through
/// its `__subclasshook__` (how the `collections.abc` classes recognise built-in types and
/// classes that merely define the protocol's methods, as ABCMeta's check does).
fn derives_from(ctx: &mut Ctx, class: crate::value::ObjRef, cls: Value) -> PyResult<Option<bool>> {
    match cls.obj().map(|o| (o, &o.0.kind)) {
        Some((c, Kind::Class(cl))) => {
            if is_subclass(class, c) {
                return Ok(Some(true));
            }
            if cl.builtin {
                return Ok(Some(false));
            }
            let hook = crate::value::intern("__subclasshook__");
            if crate::attr::class_lookup(ctx, c, hook)?.is_none() {
                return Ok(Some(false));
            }
            let f = crate::attr::getattr(ctx, Value::Obj(c), hook)?;
            let r = crate::interp::call::call(ctx, f, &[Value::Obj(class)], &[])?;
            Ok(Some(matches!(r, Value::Bool(true))))
        }
        Some((_, Kind::Tuple(items))) => {
            for it in items.iter() {
                match derives_from(ctx, class, *it)? {
                    Some(true) => return Ok(Some(true)),
                    Some(false) => {}
                    None => return Ok(None),
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

fn isinstance(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "isinstance", args, 2, 2)?;
    if !Value::Obj(rt().type_of(args[0])).is(args[1]) {
        if let Some(r) = metaclass_check(ctx, args[1], "__instancecheck__", args[0])? {
            return Ok(Value::Bool(r));
        }
    }
    Ok(Value::Bool(is_instance(ctx, args[0], args[1])?))
}

/// The metaclass hook `hook` (`__instancecheck__`, `__subclasscheck__`) of class `cls` called
/// with `arg`, when `cls`'s metaclass is not `type` and defines it (`None` otherwise).
fn metaclass_check(ctx: &mut Ctx, cls: Value, hook: &str, arg: Value) -> PyResult<Option<bool>> {
    let meta = rt().type_of(cls);
    if meta == rt().types.type_ || !matches!(cls.obj().map(|o| &o.0.kind), Some(Kind::Class(_))) {
        return Ok(None);
    }
    let Some(f) = crate::attr::class_lookup(ctx, meta, crate::value::intern(hook))? else {
        return Ok(None);
    };
    let r = crate::interp::call::call(ctx, f, &[cls, arg], &[])?;
    crate::ops::truthy(ctx, r).map(Some)
}

fn issubclass(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "issubclass", args, 2, 2)?;
    if let Some(r) = metaclass_check(ctx, args[1], "__subclasscheck__", args[0])? {
        return Ok(Value::Bool(r));
    }
    let class = match args[0].obj() {
        Some(c) if matches!(c.0.kind, Kind::Class(_)) => c,
        _ => return Err(ctx.type_error("issubclass() arg 1 must be a class")),
    };
    match derives_from(ctx, class, args[1])? {
        Some(b) => Ok(Value::Bool(b)),
        None => {
            Err(ctx
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn iter(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    arity(ctx, "iter", args, 1, 1)?;
    crate::iter::get_iter(ctx, args[0])
}

fn next(ctx: &mut Ctx, _: Option<Value>, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    // Taken first, before anything could run Python code (see gc::roots).
    let certified = ctx.gc.take_certified();
    arity(ctx, "next", args, 1, 2)?;
    if let Value::Obj(g) = args[0] {
        if matches!(&g.kind, Kind::Generator(x) if x.kind == crate::object::GenKind::Generator) {
            // A generator's return value travels in the StopIteration.
            use crate::interp::gen::{gen_resume, GenResult, Resume};
            if certified {
                ctx.gc.resume_transparently(args[0]);
            }
            let resumed = gen_resume(ctx, g, Resume::Send(Value::None));
            ctx.gc.after_call();
            return match resumed? {
                GenResult::Yield(v) => Ok(v),
                GenResult::Return(r) => match args.get(1) {
                    Some(d) => Ok(*d),
                    None => Err(ctx.stop_iteration(r)),
                },
            };
        }
    }
    match crate::iter::next(ctx, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(ctx.stop_iteration(Value::None)),
        },
    }
}

fn int_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.int, args, kwargs)? {
        return Ok(v);
    }
    let args = &args[1..];
    let base = kwarg(kwargs, "base").or(args.get(1).copied());
    let Some(&v) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let Some(s) = v.as_str() else {
            return Err(ctx.type_error("int() can't convert non-string with explicit base"));
        };
        let base = crate::ops::as_i64(b).unwrap_or(10) as u32;
        let n = crate::format::parse_int(s, base).map_err(|e| ctx.value_error(e.message()))?;
        return Ok(ctx.int_from_big(n));
    }
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(ctx.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(ctx.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                let b = num_bigint::BigInt::from(t as i128);
                Ok(ctx.int_from_big(num_traits::FromPrimitive::from_f64(t).unwrap_or(b)))
            }
        }
        Value::Obj(o) => match &o.kind {
            Kind::BigInt(_) => Ok(v),
            Kind::Str(s) => {
                let n = crate::format::parse_int(&s.s, 10).map_err(|e| ctx.value_error(e.message()))?;
                Ok(ctx.int_from_big(n))
            }
            Kind::Instance(_) => match crate::attr::call_dunder(ctx, v, "__int__", &[])? {
                Some(r) => Ok(r),
                None if crate::native_base::native_of(v).is_some() => {
                    int_new(ctx, None, &[Value::Obj(rt().types.int), crate::native_base::unwrap(v)], kwargs)
                }
                None => Err(ctx.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    class_name(rt().type_of(v))
                ))),
            },
            _ => Err(ctx.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                class_name(rt().type_of(v))
            ))),
        },
        Value::None => Err(ctx.type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        )),
    }
}

fn float_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.float, args, kwargs)? {
        return Ok(v);
    }
    let Some(&v) = args.get(1) else {
        return Ok(Value::Float(0.0));
    };
    if let Some(s) = v.as_str() {
        return crate::format::parse_float(s)
            .map(Value::Float)
            .map_err(|e| ctx.value_error(e.message()));
    }
    match crate::ops::as_f64(v) {
        Some(Ok(f)) => Ok(Value::Float(f)),
        Some(Err(m)) => Err(ctx.overflow_error(m)),
        None => match crate::attr::call_dunder(ctx, v, "__float__", &[])? {
            Some(r) => Ok(r),
            None if crate::native_base::native_of(v).is_some() => float_new(
                ctx,
                None,
                &[Value::Obj(rt().types.float), crate::native_base::unwrap(v)],
                &[],
            ),
            None => Err(ctx.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                class_name(rt().type_of(v))
            ))),
        },
    }
}

fn str_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.str, args, kwargs)? {
        return Ok(v);
    }
    match args.get(1) {
        None => Ok(ctx.new_str(String::new())),
        Some(v) if matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Str(_))) => Ok(*v),
        Some(v) => {
            let s = crate::repr::str_of(ctx, *v)?;
            Ok(ctx.new_str(s))
        }
    }
}

fn bool_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(crate::ops::truthy(ctx, *v)?)),
    }
}

fn list_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.list, args, kwargs)? {
        return Ok(v);
    }
    arity(ctx, "list", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(v) => crate::iter::collect(ctx, *v)?,
        None => Vec::new(),
    };
    Ok(ctx.new_list(items))
}

fn tuple_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.tuple, args, kwargs)? {
        return Ok(v);
    }
    arity(ctx, "tuple", &args[1..], 0, 1)?;
    match args.get(1) {
        Some(v) if matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Tuple(_))) => Ok(*v),
        Some(v) => {
            let items = crate::iter::collect(ctx, *v)?;
            Ok(ctx.new_tuple(items))
        }
        None => Ok(ctx.new_tuple(Vec::new())),
    }
}

/// Adds `(key, value)` pairs from a mapping or an iterable of pairs to `d`.
pub fn dict_update_from(ctx: &mut Ctx, d: &mut crate::dict::DictData, src: Value) -> PyResult<()> {
    let src = crate::native_base::unwrap(src);
    if let Some(o) = src.obj() {
        if matches!(o.kind, Kind::Dict(_)) {
            for (k, v) in ctx.dict_items(o)?.iter() {
                d.insert(*k, *v);
            }
            return Ok(());
        }
        // A mapping (an object with `keys`): `d[k] = src[k]` for each key, as CPython's
        // PyDict_Merge does for non-dict mappings.
        if matches!(o.kind, Kind::Instance(_)) {
            if let Some(keys) = crate::attr::try_getattr(ctx, src, crate::value::intern("keys"))? {
                let keys = crate::interp::call::call(ctx, keys, &[], &[])?;
                for k in crate::iter::collect(ctx, keys)? {
                    let v = crate::seqops::getitem(ctx, src, k)?;
                    let k = crate::dict::HKey::new(k)
                        .map_err(|t| ctx.type_error(format!("unhashable type: '{t}'")))?;
                    d.insert(k, v);
                }
                return Ok(());
            }
        }
    }
    for (i, item) in crate::iter::collect(ctx, src)?.into_iter().enumerate() {
        let pair = crate::iter::collect(ctx, item).map_err(|_| {
            ctx.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(ctx.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let k = crate::userhash::data_hkey(ctx, d, pair[0])?;
        d.insert(k, pair[1]);
    }
    Ok(())
}

fn dict_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(v) = crate::native_base::subclass_new(ctx, rt().types.dict, args, kwargs)? {
        return Ok(v);
    }
    arity(ctx, "dict", &args[1..], 0, 1)?;
    let mut d = crate::dict::DictData::default();
    if let Some(src) = args.get(1) {
        dict_update_from(ctx, &mut d, *src)?;
    }
    for (k, v) in kwargs {
        d.insert(crate::dict::HKey(k.value()), *v);
    }
    Ok(ctx.new_dict(d))
}

fn range_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let args = &args[1..];
    if args.is_empty() {
        return Err(ctx.type_error("range expected at least 1 argument, got 0"));
    }
    arity(ctx, "range", args, 1, 3)?;
    let mut nums = [0i64; 3];
    for (i, a) in args.iter().enumerate() {
        nums[i] = match crate::ops::as_i64(*a) {
            Some(n) => n,
            None => {
                return Err(ctx.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class_name(rt().type_of(*a))
                )))
            }
        };
    }
    let (start, stop, step) = match args.len() {
        1 => (0, nums[0], 1),
        2 => (nums[0], nums[1], 1),
        _ => (nums[0], nums[1], nums[2]),
    };
    if step == 0 {
        return Err(ctx.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(ctx.alloc(Kind::Range { start, stop, step })))
}

fn super_new(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(ctx.runtime_error("super(): no arguments"));
    }
    let inst = crate::object::Instance {
        class: rt().types.super_,
        attrs: crate::instance_attrs::InstanceAttrs::from_pairs([
            (crate::name!("__thisclass__"), args[1]),
            (crate::name!("__self__"), args[2]),
        ]),
        native: None,
    };
    Ok(Value::Obj(ctx.alloc(Kind::Instance(inst))))
}

fn attr_name(ctx: &Ctx, v: Value) -> PyResult<Name> {
    match v.as_str() {
        Some(s) => Ok(crate::value::intern(s)),
        None => Err(ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(rt().type_of(v))
        ))),
    }
}

fn getattr(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "getattr", args, 2, 3)?;
    let name = attr_name(ctx, args[1])?;
    match lookup_or_missing(ctx, args[0], name)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(crate::attr::no_attribute(ctx, args[0], name)),
        },
    }
}

/// `v.name`, with `None` for a missing attribute, including an AttributeError raised by a
/// user `__getattr__` or property (what `hasattr` and `getattr(v, name, default)` swallow).
fn lookup_or_missing(ctx: &mut Ctx, v: Value, name: Name) -> PyResult<Option<Value>> {
    match crate::attr::try_getattr(ctx, v, name) {
        Err(crate::error::Raise::Exc(e))
            if crate::exceptions::exc_matches(e.value, rt().types.attribute_error) =>
        {
            Ok(None)
        }
        r => r,
    }
}

fn hasattr(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "hasattr", args, 2, 2)?;
    let name = attr_name(ctx, args[1])?;
    Ok(Value::Bool(
        lookup_or_missing(ctx, args[0], name)?.is_some(),
    ))
}

fn setattr(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    arity(ctx, "setattr", args, 3, 3)?;
    let name = attr_name(ctx, args[1])?;
    crate::attr::setattr(ctx, args[0], name, args[2])?;
    Ok(Value::None)
}

/// `object.__init__(self)`: extra arguments are an error unless the class has its own
/// `__new__` and not its own `__init__` (CPython's rule).
fn object_init(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    use crate::interp::instantiate::overrides_object;
    if args.is_empty() && kwargs.is_empty() {
        return Ok(Value::None);
    }
    let class = rt().type_of(recv.unwrap_or(Value::None));
    if overrides_object(ctx, class, "__init__")? {
        return Err(ctx.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if !overrides_object(ctx, class, "__new__")? {
        return Err(ctx.type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            class_name(class)
        )));
    }
    Ok(Value::None)
}

/// `object.__setattr__(obj, name, value)`: stores the attribute on the instance itself, past
/// any class-level descriptor (how frozen dataclasses initialise their fields).
fn object_setattr(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let all: Vec<Value> = recv.into_iter().chain(args.iter().copied()).collect();
    let [obj, name, value] = all[..] else {
        return Err(ctx.type_error(format!("expected 3 arguments, got {}", all.len())));
    };
    let Some(n) = name.as_str() else {
        return Err(ctx.type_error(format!(
            "attribute name must be string, not '{}'",
            crate::rt::class_name(rt().type_of(name))
        )));
    };
    match obj {
        Value::Obj(o) if matches!(o.kind, Kind::Instance(_)) => {
            ctx.set_own_attr(o, crate::value::intern(n), value);
            Ok(Value::None)
        }
        _ => crate::attr::setattr(ctx, obj, crate::value::intern(n), value).map(|_| Value::None),
    }
}

/// The exception a `BaseException` method `name` runs on and its other arguments: called
/// bound (`super().__init__(...)`) or unbound with the exception first.
fn exception_receiver<'a>(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &'a [Value],
    name: &str,
) -> PyResult<(Value, &'a [Value])> {
    match recv {
        Some(r) => Ok((r, args)),
        None => match args.split_first() {
            Some((r, rest)) => Ok((*r, rest)),
            None => Err(ctx.type_error(format!(
                "descriptor '{name}' of 'BaseException' object needs an argument"
            ))),
        },
    }
}

/// `BaseException.__init__(self, *args)`: sets `args` (and `value` or `code`, by class).
fn exception_init(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let (this, rest) = exception_receiver(ctx, recv, args, "__init__")?;
    if let Value::Obj(o) = this {
        let t = ctx.new_tuple(rest.to_vec());
        ctx.set_own_attr(o, crate::name!("args"), t);
        if let Some((name, v)) = crate::exceptions::field_from_args(ctx, rt().type_of(this), rest) {
            ctx.set_own_attr(o, name, v);
        }
    }
    Ok(Value::None)
}

/// `BaseException.add_note(note)`: appends `note` to the `__notes__` list, creating it.
fn exception_add_note(
    ctx: &mut Ctx,
    recv: Option<Value>,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let (this, rest) = exception_receiver(ctx, recv, args, "add_note")?;
    let [note] = rest else {
        return Err(ctx.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    if note.as_str().is_none() {
        return Err(ctx.type_error(format!(
            "note must be a str, not '{}'",
            class_name(rt().type_of(*note))
        )));
    }
    let name = crate::name!("__notes__");
    let notes = match crate::attr::try_getattr(ctx, this, name)? {
        Some(n) => n,
        None => {
            let l = ctx.new_list(Vec::new());
            crate::attr::setattr(ctx, this, name, l)?;
            l
        }
    };
    if !is_subclass(rt().type_of(notes), rt().types.list) {
        return Err(ctx.type_error("Cannot add note: __notes__ is not a list"));
    }
    let append = crate::attr::getattr(ctx, notes, crate::name!("append"))?;
    crate::interp::call::call(ctx, append, &[*note], &[])?;
    Ok(Value::None)
}
