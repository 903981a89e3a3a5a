//! Allocating common values in the running execution.

use crate::ctx::Ctx;
use crate::dict::DictData;
use crate::interp::frame::Frame;
use crate::object::{Kind, PyStr};
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::Arc;

impl Ctx {
    /// A new str.
    pub fn new_str(&self, s: String) -> Value {
        Value::Obj(self.alloc(Kind::Str(PyStr::new(s.into_boxed_str()))))
    }
    /// A new list, made by a native.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.new_list_at(items, None)
    }
    /// A new list; `made_by` is the frame whose instruction makes it, `None` for a native
    /// (where conflict reports say it was created: `sites`).
    pub fn new_list_at(&self, items: Vec<Value>, made_by: Option<&Frame>) -> Value {
        let made = Value::Obj(self.alloc(Kind::List(Mutex::new(Arc::new(items)))));
        crate::sites::note(self, made, made_by);
        made
    }
    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(Kind::Tuple(items.into())))
    }
    /// A new dict, made by a native.
    pub fn new_dict(&self, items: DictData) -> Value {
        self.new_dict_at(items, None)
    }
    /// A new dict; `made_by` as for [`Ctx::new_list_at`].
    pub fn new_dict_at(&self, items: DictData, made_by: Option<&Frame>) -> Value {
        let made = Value::Obj(self.alloc(Kind::Dict(Mutex::new(Arc::new(items)))));
        crate::sites::note(self, made, made_by);
        made
    }
}
