//! The specloop VM.
