//! The specloop VM: parser front end, compiler, bytecode interpreter, object model, builtins
//! and the native hooks of the asyncio prelude.
//!
//! Everything a step reads or writes that another step could see goes through `ctx::Ctx`,
//! which routes it to committed storage (direct mode) or to a speculation transaction.

// Objects hash and compare by identity (pointer), so interior mutability cannot change a
// key's hash: `ObjRef`/`Name`/`Loc` keys are sound despite clippy's heuristic.
#![allow(clippy::mutable_key_type)]

pub mod attr;
pub mod attr_cache;
pub mod attr_table;
pub mod attrdict;
pub mod builtins;
pub mod bytearray;
pub mod bytecode;
pub mod bytes;
pub mod clock;
pub mod codecs;
pub mod compiler;
pub mod construct;
pub mod ctx;
pub mod delta;
pub mod describe;
pub mod descriptors;
pub mod dict;
pub mod dictview;
pub mod effects;
pub mod error;
pub mod exceptions;
pub mod format;
pub mod gc;
pub mod hash;
pub mod inplace;
pub mod instance_attrs;
pub mod interp;
pub mod interrupt;
pub mod iter;
pub mod keyed;
pub mod modules;
pub mod native_base;
pub mod object;
pub mod ops;
pub mod repeat;
pub mod repr;
pub mod rt;
pub mod seqops;
pub mod set;
pub mod setops;
pub mod shape;
pub mod sites;
pub mod slot;
#[cfg(test)]
mod spec_tests;
pub mod str_format;
pub mod stress;
pub mod strformat;
pub mod thaw;
pub mod timer_heap;
pub mod unbound;
pub mod userhash;
pub mod value;
pub mod value_cell;

pub use error::{PyResult, Raise};
