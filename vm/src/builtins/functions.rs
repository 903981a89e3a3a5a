//! Built-in functions (to be filled).

use crate::rt::Runtime;

pub(super) fn install(_rt: &Runtime, _m: &mut crate::object::AttrMap) {}
