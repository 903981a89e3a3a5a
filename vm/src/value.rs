//! One-word-ish `Copy` values and interned names.
//!
//! Invariants:
//! - `Value::Int` holds every integer that fits in `i64`; a `BigInt` object only ever holds
//!   integers outside that range, so equality and hashing of ints never need normalising.
//! - Objects are allocated once and never freed (`&'static`): values copy without reference
//!   counts, so workers reading shared objects write no shared cache line. Reclaiming memory
//!   at quiescent points is future work (issue 3).
//! - A `Name` is an interned `str` object: equal names are the same pointer.

use crate::object::{Kind, Object};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

/// A Python value: immediates inline, everything else a pointer to a heap object.
///
/// `repr(C, u64)`: the tag is a whole word and every payload sits at offset 8, so a value is
/// two aligned words with no padding between them and a copy is two word moves. (Rust's own
/// layout puts `Bool`'s payload at offset 1, and `repr(C, u8)` leaves 7 padding bytes after
/// the tag that LLVM copies with unaligned stores; both stall store forwarding on every push
/// and pop of the operand stack, costing about a quarter of the interpreter's time.)
#[derive(Clone, Copy, Debug)]
#[repr(C, u64)]
pub enum Value {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits (larger ones are `BigInt` objects).
    Int(i64),
    /// A float.
    Float(f64),
    /// Any heap object.
    Obj(ObjRef),
}

/// A pointer to an immortal heap object; compares and hashes by identity.
#[derive(Clone, Copy)]
pub struct ObjRef(pub &'static Object);

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj {:p} {}>", self.0, self.0.kind.type_name_hint())
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
impl Eq for ObjRef {}
impl Hash for ObjRef {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.0 as *const Object as usize).hash(state)
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Object;
    fn deref(&self) -> &Object {
        self.0
    }
}

impl ObjRef {
    /// The object's address, for `id()` and default reprs.
    pub fn addr(self) -> usize {
        self.0 as *const Object as usize
    }
}

impl Value {
    /// Identity comparison (`is`), with immediates compared by value and floats by bits.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    /// The heap object, if this value is one.
    pub fn obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The `str` contents, if this value is a str (or an instance of a str subclass).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Value::Obj(o) => match &o.0.kind {
                Kind::Str(s) => Some(&s.s),
                Kind::Instance(crate::object::Instance {
                    native: Some(n), ..
                }) => n.as_str(),
                _ => None,
            },
            _ => None,
        }
    }
}

/// An interned identifier (attribute, global or keyword name).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Name(pub ObjRef);

impl Name {
    /// The identifier's text.
    pub fn as_str(self) -> &'static str {
        match &self.0 .0.kind {
            Kind::Str(s) => &s.s,
            _ => "?",
        }
    }
    /// The interned str object, as a value.
    pub fn value(self) -> Value {
        Value::Obj(self.0)
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

fn interner() -> &'static parking_lot::Mutex<rustc_hash::FxHashMap<&'static str, ObjRef>> {
    static INTERNER: OnceLock<parking_lot::Mutex<rustc_hash::FxHashMap<&'static str, ObjRef>>> =
        OnceLock::new();
    INTERNER.get_or_init(Default::default)
}

thread_local! {
    /// This thread's copy of the names it has interned: lookups of names interned before
    /// take no lock (runtime paths intern dunder names by text).
    static LOCAL_NAMES: std::cell::RefCell<rustc_hash::FxHashMap<&'static str, ObjRef>> =
        std::cell::RefCell::new(Default::default());
}

/// Interns `s`: the same text always gives the same `Name`. A name this thread has interned
/// before is found without a lock; a new one takes the global lock once.
pub fn intern(s: &str) -> Name {
    if let Ok(Some(o)) = LOCAL_NAMES.try_with(|m| m.borrow().get(s).copied()) {
        return Name(o);
    }
    let (text, obj) = {
        let mut map = interner().lock();
        match map.get_key_value(s) {
            Some((t, o)) => (*t, *o),
            None => {
                let obj = Object::immortal(Kind::Str(crate::object::PyStr::new(s.into())));
                let text: &'static str = match &obj.0.kind {
                    Kind::Str(st) => &st.s,
                    _ => unreachable_str(),
                };
                map.insert(text, obj);
                (text, obj)
            }
        }
    };
    let _ = LOCAL_NAMES.try_with(|m| m.borrow_mut().insert(text, obj));
    Name(obj)
}

fn unreachable_str() -> &'static str {
    ""
}
