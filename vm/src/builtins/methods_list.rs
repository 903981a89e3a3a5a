//! Built-in methods_list (to be filled).

use crate::rt::Runtime;

pub(super) fn install(_rt: &Runtime) {}
