//! Where lists, dicts and sets were created, for conflict reports: a container no global names
//! is shown as `<dict created at app.py:12>` (`describe`).
//!
//! Sites are recorded only once reports are wanted (`record`, from `--report` or `--trace`):
//! otherwise creating a container costs one relaxed load more. The table is keyed by address;
//! the collector drops the entries of freed objects (`forget`) before an address can be reused.
//!
//! A container made by a native (`list(x)`, `dict()`) is sited at the call's line; one made
//! by an instruction (`[...]`, `{...}`) at that instruction's line. Either way,
//! a site in the bundled standard library (`<frozen asyncio.queues>`) is shown after the line
//! of the program's own code that called into it (`asyncio.Queue()`).

use crate::ctx::Ctx;
use crate::interp::frame::Frame;
use crate::value::{ObjRef, Value};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// A source file and line.
pub type Line = (&'static str, u32);

/// Where a container was created: the program's line, and the standard library's line when
/// the program called into it.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    /// The innermost line of the program's own code.
    pub user: Option<Line>,
    /// The line in the bundled standard library that made it, if one did.
    pub library: Option<Line>,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.user, self.library) {
            (Some((file, line)), Some((lib, lib_line))) => {
                write!(f, "{file}:{line} (in {lib}:{lib_line})")
            }
            (Some((file, line)), None) | (None, Some((file, line))) => write!(f, "{file}:{line}"),
            (None, None) => write!(f, "?"),
        }
    }
}

static RECORDING: AtomicBool = AtomicBool::new(false);

fn table() -> &'static Mutex<rustc_hash::FxHashMap<usize, Site>> {
    static T: OnceLock<Mutex<rustc_hash::FxHashMap<usize, Site>>> = OnceLock::new();
    T.get_or_init(Default::default)
}

/// Records creation sites from now on.
pub fn record() {
    RECORDING.store(true, Ordering::Relaxed);
}

/// Whether creation sites are recorded.
#[inline]
pub fn recording() -> bool {
    RECORDING.load(Ordering::Relaxed)
}

/// Notes where `made` (a new container) was created: by the running instruction of
/// `made_by`, or (`None`) by the native the running code called.
#[inline]
pub fn note(ctx: &Ctx, made: Value, made_by: Option<&Frame>) {
    if recording() {
        let at = match made_by {
            Some(f) => Some((f.code.filename, f.line())),
            None => ctx.gc.caller_location(),
        };
        if let Some(at) = at {
            insert(ctx, made, at);
        }
    }
}

#[cold]
fn insert(ctx: &Ctx, made: Value, at: Line) {
    let site = if at.0.starts_with("<frozen") {
        Site {
            user: ctx.gc.user_location(),
            library: Some(at),
        }
    } else {
        Site {
            user: Some(at),
            library: None,
        }
    };
    if let Some(o) = made.obj() {
        table().lock().insert(o.addr(), site);
    }
}

/// Where `obj` was created, if recorded.
pub fn site(obj: ObjRef) -> Option<Site> {
    table().lock().get(&obj.addr()).copied()
}

/// Drops the sites of freed objects.
pub fn forget(dead: &[ObjRef]) {
    if !recording() {
        return;
    }
    let mut t = table().lock();
    for o in dead {
        t.remove(&o.addr());
    }
}
