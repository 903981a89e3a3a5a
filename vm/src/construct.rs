//! Allocating common values in the running execution.

use crate::ctx::Ctx;
use crate::dict::DictData;
use crate::object::{Kind, PyStr};
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::Arc;

impl Ctx {
    /// A new str.
    pub fn new_str(&self, s: String) -> Value {
        Value::Obj(self.alloc(Kind::Str(PyStr::new(s.into_boxed_str()))))
    }
    /// A new list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        let made = Value::Obj(self.alloc(Kind::List(Mutex::new(Arc::new(items)))));
        crate::sites::note(self, made);
        made
    }
    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(Kind::Tuple(items.into())))
    }
    /// A new dict.
    pub fn new_dict(&self, items: DictData) -> Value {
        let made = Value::Obj(self.alloc(Kind::Dict(Mutex::new(Arc::new(items)))));
        crate::sites::note(self, made);
        made
    }
}
