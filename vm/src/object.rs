//! Heap objects: what each kind holds, and which of its fields are shared mutable state.
//!
//! Invariants:
//! - Immutable kinds (str, big int, tuple, code, function, range, bound methods) are shared freely.
//! - Every mutable field lives in a `storage` mutex and is one speculation *location*
//!   (see `slot::Loc`): attributes per name, container contents as one location.
//!   `storage` holds the *committed* value; uncommitted versions live in the MVMemory.
//! - An object whose `creator` equals the running step's token is private to that step:
//!   the step reads and writes its storage directly, untracked. Nobody else can reach it before
//!   the step publishes, and after the step ends its creator never touches it directly again.
//! - Only the committer (or direct-mode code) writes the storage of a non-private object.

use crate::bytecode::Code;
use crate::dict::DictData;
use crate::interp::frame::Frame;
use crate::set::SetData;
use crate::value::{Name, ObjRef, Value};
use num_bigint::BigInt;
use parking_lot::Mutex;
use std::sync::Arc;

/// Token of objects created outside any speculative step (direct mode).
pub const DIRECT_TOKEN: u64 = 0;

/// A heap object: who created it (for privacy checks) and what it is.
pub struct Object {
    /// The token of the step execution that allocated it (`DIRECT_TOKEN` outside speculation).
    pub creator: u64,
    /// The collector's mark word (see `gc::heap`).
    pub gc: crate::gc::Header,
    /// The payload.
    pub kind: Kind,
}

/// Attribute storage of classes, modules and functions: insertion-ordered, as CPython's
/// namespaces are (FxHash: keys are interned pointers).
pub type AttrMap =
    indexmap::IndexMap<Name, Value, std::hash::BuildHasherDefault<rustc_hash::FxHasher>>;

/// The payload of a heap object.
pub enum Kind {
    /// An immutable str.
    Str(PyStr),
    /// An immutable bytes object.
    Bytes(Box<[u8]>),
    /// A bytearray; contents are one location.
    ByteArray(Mutex<Arc<Vec<u8>>>),
    /// An int outside the i64 range.
    BigInt(BigInt),
    /// An immutable tuple.
    Tuple(Box<[Value]>),
    /// A list; contents are one location.
    List(Mutex<Arc<Vec<Value>>>),
    /// A dict; contents are one location (per-key tracking is issue 5).
    Dict(Mutex<Arc<DictData>>),
    /// A set; contents are one location, like a dict's.
    Set(Mutex<Arc<SetData>>),
    /// An immutable frozenset (shared freely).
    FrozenSet(Box<SetData>),
    /// An instance of a user class (exceptions included).
    Instance(Instance),
    /// A class object (user or built-in type).
    Class(Box<Class>),
    /// A module; its globals are per-name locations.
    Module(Box<Module>),
    /// A Python function.
    Function(Box<Function>),
    /// A native function, possibly bound to a receiver.
    Builtin(Box<Builtin>),
    /// A Python method bound to its receiver.
    BoundMethod { func: Value, receiver: Value },
    /// `property`, `staticmethod` or `classmethod` (immutable).
    Descriptor(Box<crate::descriptors::Descriptor>),
    /// Compiled code.
    Code(Box<Code>),
    /// A closure cell; its value is one location (`None` in storage = empty cell).
    Cell(Mutex<Option<Value>>),
    /// `range(start, stop, step)`.
    Range { start: i64, stop: i64, step: i64 },
    /// `slice(start, stop, step)`.
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// A generator or coroutine.
    Generator(Box<Generator>),
    /// A built-in iterator; its position is one location.
    Iter(Box<Iter>),
    /// A `random.Random` generator; its state is one location.
    Random(Box<RandomGen>),
    /// A live view of a dict's keys, values or items (see `dictview`).
    DictView(ObjRef, DictView),
}

/// A `random.Random` instance: its class and its generator state (copy-on-write, so a
/// speculative step copies the state once however many numbers it draws).
pub struct RandomGen {
    /// `random.Random`.
    pub class: ObjRef,
    /// Committed generator state.
    pub state: Mutex<Arc<crate::modules::mt::MtState>>,
}

/// A str with its cached hash.
pub struct PyStr {
    /// The text.
    pub s: Box<str>,
    /// The hash used for dict keys (stable within a run).
    pub hash: u64,
    /// Whether all chars are ASCII (then char index == byte index).
    pub ascii: bool,
}

impl PyStr {
    /// Wraps text, computing its hash.
    pub fn new(s: Box<str>) -> PyStr {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        s.hash(&mut h);
        let ascii = s.is_ascii();
        PyStr {
            hash: h.finish(),
            ascii,
            s,
        }
    }
    /// Length in code points, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }
}

/// An instance: its class and its attributes (one location per name).
pub struct Instance {
    /// The class (fixed for the object's life in this version).
    pub class: ObjRef,
    /// Committed attribute values (read without locks).
    pub attrs: crate::instance_attrs::InstanceAttrs,
    /// For an instance of a subclass of a built-in type (`class X(list)`), the built-in value
    /// it extends (a list object, an int, ...); fixed at creation (see `native_base`).
    pub native: Option<Box<Value>>,
}

/// A class: name, bases and linearised MRO (fixed), attributes (one location per name).
pub struct Class {
    /// `__name__`.
    pub name: Name,
    /// `__bases__`.
    pub bases: Vec<ObjRef>,
    /// `__mro__`, starting with the class itself.
    pub mro: Vec<ObjRef>,
    /// Committed class attributes (read without locks).
    pub attrs: crate::attr_table::AttrTable,
    /// Which built-in layout instances of this class have.
    pub layout: Layout,
    /// `__module__` for reprs of instances and exception names.
    pub module: Option<Name>,
    /// A built-in class: its attributes never change, so reading them needs no tracking.
    pub builtin: bool,
    /// The metaclass when it is not `type` (`class C(metaclass=M)`); fixed at creation.
    pub metaclass: Option<ObjRef>,
}

/// The native layout behind a class: what `ClassName(...)` allocates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Plain instances with attributes (user classes, exceptions).
    Instance,
    /// Instances of a class whose `__slots__` (and its bases') leave them no `__dict__`.
    Slotted,
    /// A built-in type whose values are not instances (int, str, list, ...): not instantiable by
    /// allocation, constructed by its native `__new__`.
    Builtin,
}

/// A module and its globals.
pub struct Module {
    /// `__name__`.
    pub name: Name,
    /// Committed globals (read without locks).
    pub attrs: crate::attr_table::AttrTable,
}

/// A Python function: immutable after creation, except for its attribute dict.
pub struct Function {
    /// The code it runs.
    pub code: &'static Code,
    /// The module whose globals it reads.
    pub globals: ObjRef,
    /// Positional defaults (for the last parameters).
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults.
    pub kwdefaults: Vec<(Name, Value)>,
    /// Closure cells, in `code.freevars` order.
    pub closure: Box<[ObjRef]>,
    /// `__qualname__`.
    pub qualname: Name,
    /// Attributes set on the function (`f.__wrapped__ = g`), one location per name like an
    /// instance's.
    pub attrs: Mutex<AttrMap>,
}

/// A native function: `f(ctx, receiver, positional, keywords)`.
pub type NativeFn =
    fn(&mut crate::ctx::Ctx, Option<Value>, &[Value], &[(Name, Value)]) -> crate::PyResult<Value>;

/// A native function object, possibly bound to a receiver (`"x".join`).
pub struct Builtin {
    /// Its name, for reprs and error messages.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
    /// The bound receiver, for methods of built-in types.
    pub receiver: Option<Value>,
    /// The keyword arguments it accepts, checked before `f` runs.
    pub keywords: crate::builtins::Keywords,
}

impl Builtin {
    /// Calls `f` once the keyword arguments pass the `keywords` rule.
    pub fn invoke(
        &self,
        ctx: &mut crate::ctx::Ctx,
        receiver: Option<Value>,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> crate::PyResult<Value> {
        self.keywords.check(ctx, kwargs)?;
        (self.f)(ctx, receiver, args, kwargs)
    }
}

/// Whether a generator object is a plain generator or a coroutine.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// Lifecycle of a generator or coroutine.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Not started.
    Created,
    /// Paused at a `yield`.
    Suspended,
    /// Its frame is on some worker's stack.
    Running,
    /// Returned or raised.
    Finished,
}

/// A generator or coroutine: its suspended frame and state.
///
/// The frame is not a speculation location: only steps of the task that drives it resume it
/// (one at a time), and a step that resumes it logs a snapshot for undo on abort.
pub struct Generator {
    /// Generator or coroutine.
    pub kind: GenKind,
    /// `__qualname__`.
    pub qualname: Name,
    /// Its function's code (`cr_code`), kept after the frame is gone.
    pub code: &'static crate::bytecode::Code,
    /// The frame and state.
    pub inner: Mutex<GenInner>,
    /// The task that created it (`None` outside any task).
    pub creator_task: Option<ObjRef>,
    /// The task wrapping it, once a Task drives it.
    pub driver_task: Mutex<Option<ObjRef>>,
    /// A coroutine's creation site, for CPython's "never awaited" warning: the index of its
    /// file (`gc::unawaited::file_index`) and its line; kept small, as every coroutine has it.
    pub site: (u32, u32),
}

/// The mutable part of a generator.
#[derive(Clone)]
pub struct GenInner {
    /// Where it is in its life.
    pub state: GenState,
    /// The suspended frame (`None` while running or finished).
    pub frame: Option<Box<Frame>>,
    /// An async generator whose first `__anext__`/`asend`/`athrow`/`aclose` was called:
    /// registered with the loop (CPython's `ag_hooks_inited` and the firstiter hook).
    pub hooks_inited: bool,
    /// The execution of the parallel loop that uses it in place and has not committed yet
    /// (`interp::gen_hold`).
    pub hold: Option<Box<Hold>>,
}

/// An execution's claim on a generator it uses in place (`interp::gen_hold`).
#[derive(Clone)]
pub enum Hold {
    /// A speculative execution of a step of the generator's own task.
    Speculative {
        /// The execution's token (`Ctx::token`, unique per speculative execution).
        by: u64,
        /// The state before that execution first used it (its own `hold` is None).
        before: GenInner,
    },
    /// The committer's direct re-execution of the oldest step.
    Committer,
}

/// A built-in iterator over a sequence or range; its position is one location.
pub struct Iter {
    /// What it iterates.
    pub source: IterSource,
    /// Committed position (next index). Written only by the execution that owns the iterator
    /// or by a commit (one writer at a time), so loads and stores need no lock.
    pub pos: std::sync::atomic::AtomicI64,
}

/// What a built-in iterator walks.
pub enum IterSource {
    /// A list (read afresh each step, so appends during iteration are seen).
    List(ObjRef),
    /// A tuple's items.
    Tuple(ObjRef),
    /// A str's characters.
    Str(ObjRef),
    /// A bytes or bytearray object's bytes (a bytearray is read afresh each step).
    Bytes(ObjRef),
    /// `range(start, stop, step)` with a precomputed length.
    Range { start: i64, step: i64, len: i64 },
    /// A dict's keys, values or items, by insertion index, and the size the dict must keep
    /// while iterated.
    Dict(ObjRef, DictView, usize),
    /// A set's elements by table slot, and the size it must keep while iterated.
    Set(ObjRef, usize),
    /// A snapshot of values (reversed results, dict views materialised).
    Values(Box<[Value]>),
    /// An object with `__getitem__` but no `__iter__`: items 0, 1, ... until IndexError.
    GetItem(ObjRef),
    /// `map(func, *iterables)`: the function, then one iterator per iterable; lazy.
    Map(Box<[Value]>),
    /// `filter(func, iterable)`: the function (or None) and the iterator; lazy.
    Filter(Value, Value),
    /// `zip(*iterables)`: one iterator per iterable; lazy.
    Zip(Box<[Value]>),
    /// `enumerate(iterable, start)`: the iterator and the start (the position counts).
    Enumerate(Value, i64),
}

/// Which projection of a dict an iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictView {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

impl Object {
    /// Allocates an object, freed by the collector once unreachable (see `gc`).
    pub fn alloc(creator: u64, kind: Kind) -> ObjRef {
        crate::gc::alloc(creator, kind)
    }

    /// Allocates a shared object that is never freed (interned names, compiled code and its
    /// constants, modules).
    pub fn immortal(kind: Kind) -> ObjRef {
        crate::gc::immortal(DIRECT_TOKEN, kind)
    }
}

impl Kind {
    /// A short name for debugging output.
    pub fn type_name_hint(&self) -> &'static str {
        match self {
            Kind::Str(_) => "str",
            Kind::BigInt(_) => "int",
            Kind::Tuple(_) => "tuple",
            Kind::List(_) => "list",
            Kind::Dict(_) => "dict",
            Kind::Set(_) => "set",
            Kind::FrozenSet(_) => "frozenset",
            Kind::Instance(_) => "instance",
            Kind::Class(_) => "type",
            Kind::Module(_) => "module",
            Kind::Function(_) => "function",
            Kind::Builtin(_) => "builtin_function_or_method",
            Kind::BoundMethod { .. } => "method",
            Kind::Descriptor(_) => "descriptor",
            Kind::Code(_) => "code",
            Kind::Cell(_) => "cell",
            Kind::Range { .. } => "range",
            Kind::Bytes(_) => "bytes",
            Kind::ByteArray(_) => "bytearray",
            Kind::Slice { .. } => "slice",
            Kind::Generator(g) => match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            },
            Kind::Iter(_) => "iterator",
            Kind::Random(_) => "Random",
            Kind::DictView(..) => "dict view",
        }
    }
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn object_is_small() {
        let size = std::mem::size_of::<super::Object>();
        eprintln!(
            "Object: {size} bytes, Kind: {}",
            std::mem::size_of::<super::Kind>()
        );
        assert!(size <= 80, "Object grew to {size} bytes");
    }

    #[test]
    fn values_stay_two_words() {
        use crate::value::Value;
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
