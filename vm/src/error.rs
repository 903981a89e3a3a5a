//! How execution stops early: a Python exception, or a speculative abort that no Python code
//! may observe (`except` and `finally` never see an `Abort`).

use crate::value::ObjRef;

/// Result of anything that runs Python code.
pub type PyResult<T> = Result<T, Raise>;

/// Why execution unwinds.
#[derive(Debug)]
pub enum Raise {
    /// A Python exception propagating.
    Exc(Box<PyException>),
    /// The speculative execution must stop; its effects are discarded.
    Abort(Abort),
}

/// Why a speculative execution stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abort {
    /// It read an estimate of step `on`: retry after that step runs again.
    Blocked(u64),
    /// A periodic validation found its reads stale.
    Stale,
    /// It needs to be the oldest uncommitted step (irreversible operation, foreign generator).
    NeedsOldest,
    /// An imported module uses a construct specloop does not support (`<what> at
    /// <file>:<line>`): the run ends with `specloop: unsupported: ...`, exit status 2.
    Unsupported(&'static str),
    /// A native refused a feature specloop does not support (`what`, e.g. `eval()`): the
    /// Python frame that called it makes this `Unsupported` with its location.
    UnsupportedCall(&'static str),
}

impl Abort {
    /// The `specloop: unsupported: ...` message, when this abort ends the run with one.
    pub fn unsupported(self) -> Option<&'static str> {
        match self {
            Abort::Unsupported(what) | Abort::UnsupportedCall(what) => Some(what),
            _ => None,
        }
    }
}

/// A raised exception: the exception instance and where it passed.
#[derive(Debug, Clone)]
pub struct PyException {
    /// The exception instance.
    pub value: ObjRef,
    /// Frames it unwound through, outermost first once complete.
    pub traceback: Vec<TbEntry>,
    /// Whether this raise already had its `__context__` decided: by the innermost frame it
    /// passed that was handling another exception, or because a handler caught it (a re-raise
    /// keeps the context it had).
    pub chained: bool,
}

/// One line of a traceback.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// The source file.
    pub filename: &'static str,
    /// 1-based line.
    pub line: u32,
    /// The function (`<module>` at top level).
    pub name: &'static str,
}

impl Raise {
    /// A Python exception with an empty traceback.
    pub fn exc(value: ObjRef) -> Raise {
        Raise::Exc(Box::new(PyException {
            value,
            traceback: Vec::new(),
            chained: false,
        }))
    }
}
