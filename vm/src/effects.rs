//! Effects: what a step does to the world and to the loop, never rolled back, so applied only
//! when the step commits (or at once in direct mode), in commit order.
//!
//! The loop's own bookkeeping (ready queue, timer heap, stop flag) lives here as executor state:
//! it is changed only by applying effects, never read by speculative Python code.

use crate::timer_heap::{Timer, TimerHeap};
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::io::Write;
use std::sync::OnceLock;

/// A callback with its arguments: one entry of asyncio's ready queue, run as one step.
#[derive(Clone, Debug)]
pub struct Handle {
    /// The callable.
    pub callback: Value,
    /// Its positional arguments.
    pub args: Vec<Value>,
}

/// Something a step does that must happen in commit order.
#[derive(Debug)]
pub enum Effect {
    /// Text written to stdout (1) or stderr (2).
    Write { fd: u8, text: String },
    /// `flush=True` or `sys.stdout.flush()`: buffered stdout reaches the file now.
    Flush,
    /// `loop.call_soon`.
    CallSoon(Handle),
    /// `loop.call_at` / `call_later`: due at loop time `when`, with its timer id.
    CallAt { when: f64, handle: Handle, id: u64 },
    /// `TimerHandle.cancel`.
    CancelTimer(u64),
    /// `loop.stop()`.
    Stop,
    /// A new task joins `asyncio.all_tasks()` (registry kept as loop state, not Python state,
    /// so creating tasks in parallel steps does not conflict).
    RegisterTask(Value),
    /// An async generator's first iteration (the loop's firstiter hook).
    RegisterAsyncGen(Value),
}

/// The event loop's bookkeeping.
pub struct LoopState {
    /// Handles ready to run, in order.
    pub ready: VecDeque<Handle>,
    /// Timers, ordered exactly as CPython's `_scheduled` heap.
    pub timers: TimerHeap,
    /// Set by `loop.stop()`; the loop ends after the current iteration.
    pub stopping: bool,
    /// Every task created, in creation (commit) order.
    pub tasks: Vec<Value>,
    /// Async generators first iterated and not yet closed by `asyncio.run`'s
    /// `shutdown_asyncgens`, in first-iteration (commit) order. CPython holds them in a
    /// WeakSet and finalises one as soon as it is freed; specloop has no refcounts, so it
    /// keeps the unfinished ones until shutdown (finished ones are dropped by the collector).
    pub asyncgens: Vec<Value>,
}

/// The loop state of this process (one event loop at a time, as asyncio.run).
pub fn loop_state() -> &'static Mutex<LoopState> {
    static STATE: OnceLock<Mutex<LoopState>> = OnceLock::new();
    STATE.get_or_init(|| {
        Mutex::new(LoopState {
            ready: VecDeque::new(),
            timers: TimerHeap::default(),
            stopping: false,
            tasks: Vec::new(),
            asyncgens: Vec::new(),
        })
    })
}

/// The latest loop-clock value read by a committed step.
pub fn last_committed_clock() -> &'static Mutex<f64> {
    static LAST: OnceLock<Mutex<f64>> = OnceLock::new();
    LAST.get_or_init(|| Mutex::new(f64::NEG_INFINITY))
}

/// The next timer id.
pub fn next_timer_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

fn stdout() -> &'static Mutex<std::io::BufWriter<std::io::Stdout>> {
    static OUT: OnceLock<Mutex<std::io::BufWriter<std::io::Stdout>>> = OnceLock::new();
    OUT.get_or_init(|| {
        Mutex::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ))
    })
}

/// Writes program output. Stdout is buffered (as CPython's is when not a terminal) and flushed
/// by `flush_output` at exit and before anything goes to stderr.
pub fn write_output(fd: u8, text: &str) {
    if fd == 2 {
        flush_output();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let _ = stdout().lock().write_all(text.as_bytes());
    }
}

/// Flushes buffered stdout.
pub fn flush_output() {
    let _ = stdout().lock().flush();
}

/// Applies one effect now.
pub fn apply(e: Effect) {
    match e {
        Effect::Write { fd, text } => write_output(fd, &text),
        Effect::Flush => flush_output(),
        Effect::CallSoon(h) => loop_state().lock().ready.push_back(h),
        Effect::CallAt { when, handle, id } => {
            loop_state().lock().timers.push(Timer { when, id, handle });
        }
        Effect::CancelTimer(id) => {
            loop_state().lock().timers.cancel(id);
        }
        Effect::Stop => loop_state().lock().stopping = true,
        Effect::RegisterTask(t) => loop_state().lock().tasks.push(t),
        Effect::RegisterAsyncGen(g) => loop_state().lock().asyncgens.push(g),
    }
}
