//! The runtime registry: built-in type objects, the exception hierarchy, the builtins module
//! and loaded modules. Built once at start-up, then only read (shared freely by workers).

use crate::object::{AttrMap, Class, Kind, Layout, Module, Object};
use crate::value::{intern, Name, ObjRef, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! types {
    ($($field:ident),* $(,)?) => {
        /// Built-in classes, by role.
        pub struct Types { $(#[doc = stringify!($field)] pub $field: ObjRef,)* }
    };
}

types!(
    object,
    type_,
    super_,
    int,
    float,
    str,
    bytes,
    bytearray,
    bool,
    none_type,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    generator,
    coroutine,
    async_generator,
    iterator,
    cell,
    module,
    code,
    base_exception,
    exception,
    arithmetic_error,
    zero_division_error,
    overflow_error,
    memory_error,
    lookup_error,
    key_error,
    index_error,
    value_error,
    type_error,
    attribute_error,
    name_error,
    unbound_local_error,
    assertion_error,
    runtime_error,
    recursion_error,
    not_implemented_error,
    stop_iteration,
    stop_async_iteration,
    generator_exit,
    system_exit,
    keyboard_interrupt,
    import_error,
    module_not_found_error,
    syntax_error,
    os_error,
    file_not_found_error,
    file_exists_error,
    is_a_directory_error,
    not_a_directory_error,
    permission_error,
    unicode_error,
    unicode_encode_error,
    unicode_decode_error,
    timeout_error,
    eof_error,
);

/// Process-wide interpreter state.
pub struct Runtime {
    /// Built-in classes.
    pub types: Types,
    /// The `builtins` module.
    pub builtins: ObjRef,
    /// Imported modules by name.
    pub modules: Mutex<HashMap<Name, ObjRef>>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The initial `sys.path`: the script's directory (`""` for `-c`), then `PYTHONPATH`.
    pub path: Vec<String>,
}

static RT: OnceLock<Runtime> = OnceLock::new();

/// The runtime (`init` must have run).
pub fn rt() -> &'static Runtime {
    RT.get().expect("vm::rt::init runs before any Python code")
}

/// C3 linearisation of a new class's ancestors (the class itself excluded); None if the bases
/// admit no consistent order.
fn c3(bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    c3_merge(bases).ok()
}

/// The classes CPython names when `bases` have no consistent MRO: the heads of the sequences
/// left when the merge got stuck, in order.
pub fn mro_conflict(bases: &[ObjRef]) -> Vec<ObjRef> {
    c3_merge(bases).err().unwrap_or_default()
}

/// The C3 merge of `bases`' MROs and `bases`; `Err` holds the stuck heads.
fn c3_merge(bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| match &b.kind {
            Kind::Class(c) => std::iter::once(*b).chain(c.mro.iter().copied()).collect(),
            _ => vec![*b],
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let Some(head) = seqs
            .iter()
            .map(|s| s[0])
            .find(|h| !seqs.iter().any(|s| s[1..].contains(h)))
        else {
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// Creates a class object. Returns None when the bases have no consistent MRO.
pub fn new_class(
    creator: u64,
    name: Name,
    bases: Vec<ObjRef>,
    layout: Layout,
    attrs: crate::object::AttrMap,
    module: Option<Name>,
) -> Option<ObjRef> {
    new_class_of(None, creator, name, bases, layout, attrs, module)
}

/// `new_class` for a class whose metaclass is `metaclass` (`None`: `type`).
pub fn new_class_of(
    metaclass: Option<ObjRef>,
    creator: u64,
    name: Name,
    bases: Vec<ObjRef>,
    layout: Layout,
    attrs: crate::object::AttrMap,
    module: Option<Name>,
) -> Option<ObjRef> {
    let mro = c3(&bases)?;
    let builtin =
        creator == crate::object::DIRECT_TOKEN && module.is_some_and(|m| m.as_str() == "builtins");
    let class = Object::alloc(
        creator,
        Kind::Class(Box::new(Class {
            name,
            bases,
            mro,
            attrs: crate::attr_table::AttrTable::new(attrs),
            layout,
            module,
            builtin,
            metaclass,
        })),
    );
    // Built-in classes are held by Rust statics and `rt()`: never freed.
    Some(if builtin {
        crate::gc::pin(class)
    } else {
        class
    })
}

/// The class's MRO: itself, then its ancestors.
pub fn mro(class: ObjRef) -> impl Iterator<Item = ObjRef> {
    let rest: &'static [ObjRef] = match &class.0.kind {
        Kind::Class(c) => &c.mro,
        _ => &[],
    };
    std::iter::once(class).chain(rest.iter().copied())
}

/// Whether `class` is `base` or derives from it.
pub fn is_subclass(class: ObjRef, base: ObjRef) -> bool {
    mro(class).any(|c| c == base)
}

/// The class's `__name__`.
pub fn class_name(class: ObjRef) -> &'static str {
    match &class.0.kind {
        Kind::Class(c) => c.name.as_str(),
        _ => "?",
    }
}

fn builtin_type(name: &str, base: Option<ObjRef>, layout: Layout) -> ObjRef {
    let bases = base.into_iter().collect();
    new_class(
        0,
        intern(name),
        bases,
        layout,
        AttrMap::default(),
        Some(intern("builtins")),
    )
    .expect("built-in bases are linear")
}

/// Builds the runtime: types, exceptions, builtins. Call once, before any Python code.
pub fn init(argv: Vec<String>, path: Vec<String>) {
    if RT.get().is_some() {
        return;
    }
    let object = builtin_type("object", None, Layout::Instance);
    let b = |n: &str| builtin_type(n, Some(object), Layout::Builtin);
    let int = b("int");
    let e = |n: &str, base: ObjRef| builtin_type(n, Some(base), Layout::Instance);
    let base_exception = e("BaseException", object);
    let exception = e("Exception", base_exception);
    let arithmetic_error = e("ArithmeticError", exception);
    let lookup_error = e("LookupError", exception);
    let name_error = e("NameError", exception);
    let runtime_error = e("RuntimeError", exception);
    let value_error = e("ValueError", exception);
    let import_error = e("ImportError", exception);
    let os_error = e("OSError", exception);
    let unicode_error = e("UnicodeError", value_error);
    let types = Types {
        object,
        type_: b("type"),
        super_: b("super"),
        int,
        float: b("float"),
        str: b("str"),
        bytes: b("bytes"),
        bytearray: b("bytearray"),
        bool: builtin_type("bool", Some(int), Layout::Builtin),
        none_type: b("NoneType"),
        list: b("list"),
        tuple: b("tuple"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        range: b("range"),
        slice: b("slice"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        generator: b("generator"),
        coroutine: b("coroutine"),
        async_generator: b("async_generator"),
        iterator: b("iterator"),
        cell: b("cell"),
        module: b("module"),
        code: b("code"),
        base_exception,
        exception,
        arithmetic_error,
        zero_division_error: e("ZeroDivisionError", arithmetic_error),
        overflow_error: e("OverflowError", arithmetic_error),
        memory_error: e("MemoryError", exception),
        lookup_error,
        key_error: e("KeyError", lookup_error),
        index_error: e("IndexError", lookup_error),
        value_error,
        type_error: e("TypeError", exception),
        attribute_error: e("AttributeError", exception),
        name_error,
        unbound_local_error: e("UnboundLocalError", name_error),
        assertion_error: e("AssertionError", exception),
        runtime_error,
        recursion_error: e("RecursionError", runtime_error),
        not_implemented_error: e("NotImplementedError", runtime_error),
        stop_iteration: e("StopIteration", exception),
        stop_async_iteration: e("StopAsyncIteration", exception),
        generator_exit: e("GeneratorExit", base_exception),
        system_exit: e("SystemExit", base_exception),
        keyboard_interrupt: e("KeyboardInterrupt", base_exception),
        import_error,
        module_not_found_error: e("ModuleNotFoundError", import_error),
        syntax_error: e("SyntaxError", exception),
        os_error,
        file_not_found_error: e("FileNotFoundError", os_error),
        file_exists_error: e("FileExistsError", os_error),
        is_a_directory_error: e("IsADirectoryError", os_error),
        not_a_directory_error: e("NotADirectoryError", os_error),
        permission_error: e("PermissionError", os_error),
        unicode_error,
        unicode_encode_error: e("UnicodeEncodeError", unicode_error),
        unicode_decode_error: e("UnicodeDecodeError", unicode_error),
        timeout_error: e("TimeoutError", os_error),
        eof_error: e("EOFError", exception),
    };
    let builtins = Object::immortal(Kind::Module(Box::new(Module {
        name: intern("builtins"),
        attrs: Default::default(),
    })));
    let runtime = Runtime {
        types,
        builtins,
        modules: Mutex::new(HashMap::new()),
        argv,
        path,
    };
    if RT.set(runtime).is_err() {
        return;
    }
    crate::builtins::install(rt());
}

impl Runtime {
    /// Every built-in class paired with its name, for the builtins module.
    pub fn exported_types(&self) -> Vec<ObjRef> {
        let t = &self.types;
        vec![
            t.object,
            t.type_,
            t.super_,
            t.int,
            t.float,
            t.str,
            t.bytes,
            t.bytearray,
            t.bool,
            t.list,
            t.tuple,
            t.dict,
            t.set,
            t.frozenset,
            t.range,
            t.slice,
            t.base_exception,
            t.exception,
            t.arithmetic_error,
            t.zero_division_error,
            t.overflow_error,
            t.memory_error,
            t.lookup_error,
            t.key_error,
            t.index_error,
            t.value_error,
            t.type_error,
            t.attribute_error,
            t.name_error,
            t.unbound_local_error,
            t.assertion_error,
            t.runtime_error,
            t.recursion_error,
            t.not_implemented_error,
            t.stop_iteration,
            t.stop_async_iteration,
            t.generator_exit,
            t.system_exit,
            t.keyboard_interrupt,
            t.import_error,
            t.module_not_found_error,
            t.syntax_error,
            t.os_error,
            t.file_not_found_error,
            t.file_exists_error,
            t.is_a_directory_error,
            t.not_a_directory_error,
            t.permission_error,
            t.unicode_error,
            t.unicode_encode_error,
            t.unicode_decode_error,
            t.timeout_error,
            t.eof_error,
        ]
    }

    /// The class of any value (`type(v)`).
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None => t.none_type,
            Value::Bool(_) => t.bool,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(o) => match &o.kind {
                Kind::Str(_) => t.str,
                Kind::Bytes(_) => t.bytes,
                Kind::ByteArray(_) => t.bytearray,
                Kind::BigInt(_) => t.int,
                Kind::Tuple(_) => t.tuple,
                Kind::List(_) => t.list,
                Kind::Dict(_) => t.dict,
                Kind::Set(_) => t.set,
                Kind::FrozenSet(_) => t.frozenset,
                Kind::Instance(i) => i.class,
                Kind::Class(c) => c.metaclass.unwrap_or(t.type_),
                Kind::Module(_) => t.module,
                Kind::Function(_) => t.function,
                Kind::Builtin(_) => t.builtin_function,
                Kind::BoundMethod { .. } => t.method,
                Kind::Descriptor(d) => d.class(),
                Kind::Code(_) => t.code,
                Kind::Cell(_) => t.cell,
                Kind::Range { .. } => t.range,
                Kind::Slice { .. } => t.slice,
                Kind::Generator(g) => match g.kind {
                    crate::object::GenKind::Generator => t.generator,
                    crate::object::GenKind::Coroutine => t.coroutine,
                    crate::object::GenKind::AsyncGenerator => t.async_generator,
                },
                Kind::Iter(_) => t.iterator,
                Kind::Random(r) => r.class,
                Kind::DictView(_, w) => crate::dictview::class_of(*w),
            },
        }
    }
}
