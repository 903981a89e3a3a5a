//! The `time` module: clocks and `sleep`; broken-down time and `strftime` are in
//! `time_calendar.rs` and `time_strftime.rs`.
//!
//! Every clock here derives from the loop clock through `Ctx::clock`, so a read in a
//! speculative step is recorded and validated at commit like `loop.time()` (a read is valid if
//! it is not earlier than the last committed one): the values a program sees are always ones
//! some sequential run could have seen. `monotonic` and `perf_counter` are the loop clock
//! itself (as in CPython, where `loop.time()` is `time.monotonic()`); `time` adds the wall
//! clock at the loop epoch. `process_time` and `sleep` touch the outside world and run only in
//! a direct step. Under `--clock virtual` (`crate::clock`) the readings are virtual and `sleep`
//! jumps the clock instead of blocking.

use super::args::{to_f64, type_name, Args, Kwargs};
use super::new_module;
use crate::builtins::{arity, def};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::AttrMap;
use crate::value::{ObjRef, Value};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// Wall-clock seconds since the Unix epoch at loop-clock zero.
fn wall_at_loop_zero() -> f64 {
    static W: OnceLock<f64> = OnceLock::new();
    *W.get_or_init(|| {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        now - crate::clock::now()
    })
}

/// The wall clock now, in seconds since the epoch (a recorded loop-clock read).
pub(super) fn wall_now(ctx: &mut Ctx) -> f64 {
    wall_at_loop_zero() + ctx.clock()
}

/// A clock with no arguments: the reading as float seconds, or as int nanoseconds.
fn reading(ctx: &mut Ctx, name: &str, args: Args, offset: f64, ns: bool) -> PyResult<Value> {
    arity(ctx, name, args, 0, 0)?;
    let t = offset + ctx.clock();
    Ok(if ns {
        Value::Int((t * 1e9) as i64)
    } else {
        Value::Float(t)
    })
}

fn time(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.time", args, wall_at_loop_zero(), false)
}

fn time_ns(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.time_ns", args, wall_at_loop_zero(), true)
}

fn monotonic(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.monotonic", args, 0.0, false)
}

fn monotonic_ns(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.monotonic_ns", args, 0.0, true)
}

fn perf_counter(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.perf_counter", args, 0.0, false)
}

fn perf_counter_ns(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    reading(ctx, "time.perf_counter_ns", args, 0.0, true)
}

/// CPU time of the process (user + system) from `/proc/self/stat`, in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn process_clock(ctx: &mut Ctx, name: &str, args: Args, ns: bool) -> PyResult<Value> {
    arity(ctx, name, args, 0, 0)?;
    ctx.require_direct()?;
    let Some(t) = cpu_seconds() else {
        return Err(ctx.error(
            crate::rt::rt().types.os_error,
            "specloop: process_time needs /proc/self/stat, which is unreadable here",
        ));
    };
    Ok(if ns {
        Value::Int((t * 1e9) as i64)
    } else {
        Value::Float(t)
    })
}

fn process_time(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    process_clock(ctx, "time.process_time", args, false)
}

fn process_time_ns(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    process_clock(ctx, "time.process_time_ns", args, true)
}

fn sleep(ctx: &mut Ctx, _: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    arity(ctx, "time.sleep", args, 1, 1)?;
    let v = args[0];
    let secs = match v {
        Value::Float(f) => f,
        _ if crate::ops::as_big(v).is_some() => match to_f64(ctx, v) {
            Ok(f) if f.abs() < 9.2e9 => f,
            _ => return Err(ctx.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
        _ => {
            return Err(ctx.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
    };
    if secs.is_nan() {
        return Err(ctx.value_error("Invalid value NaN (not a number)"));
    }
    if secs.is_infinite() || secs.abs() >= 9.2e9 {
        return Err(ctx.overflow_error("timestamp out of range for platform time_t"));
    }
    if secs < 0.0 {
        return Err(ctx.value_error("sleep length must be non-negative"));
    }
    // Blocking the thread (or moving the virtual clock) is irreversible: only the oldest
    // step (run directly) may sleep.
    ctx.require_direct()?;
    if crate::clock::pass(secs) && crate::interrupt::take() {
        return Err(ctx.keyboard_interrupt());
    }
    // A step that reads the clock before this one in sequential order and after it in time
    // must not commit: record the reading after the sleep.
    ctx.clock();
    Ok(Value::None)
}

/// A new `time` module object.
pub(super) fn time_module() -> ObjRef {
    let mut a = AttrMap::default();
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
        ("gmtime", super::time_calendar::gmtime),
        ("localtime", super::time_calendar::localtime),
        ("mktime", super::time_calendar::mktime),
        ("asctime", super::time_calendar::asctime),
        ("ctime", super::time_calendar::ctime),
        ("strftime", super::time_strftime::strftime),
    ];
    for (name, f) in fns {
        def(&mut a, name, *f);
    }
    a.insert(
        crate::value::intern("struct_time"),
        Value::Obj(super::time_calendar::struct_time_class()),
    );
    new_module("time", a)
}
