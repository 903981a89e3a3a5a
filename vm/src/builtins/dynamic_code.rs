//! `compile`, `exec` and `eval`: refused as unsupported (specloop compiles only the program's
//! files and the modules they import), ending the run with `specloop: unsupported: eval() at
//! <file>:<line>` instead of a NameError a program could catch.

use super::def;
use crate::error::{Abort, PyResult, Raise};
use crate::object::AttrMap;
use crate::value::Value;

pub(super) fn install(m: &mut AttrMap) {
    def(m, "compile", |_, _, _, _| refuse("compile()"));
    def(m, "exec", |_, _, _, _| refuse("exec()"));
    def(m, "eval", |_, _, _, _| refuse("eval()"));
}

/// The refusal; the calling Python frame adds its location (see `Abort::UnsupportedCall`).
fn refuse(what: &'static str) -> PyResult<Value> {
    Err(Raise::Abort(Abort::UnsupportedCall(what)))
}
