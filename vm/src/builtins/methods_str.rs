//! Built-in methods_str (to be filled).

use crate::rt::Runtime;

pub(super) fn install(_rt: &Runtime) {}
