//! Built-in methods_dict (to be filled).

use crate::rt::Runtime;

pub(super) fn install(_rt: &Runtime) {}
