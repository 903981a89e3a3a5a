//! The specloop executor.
