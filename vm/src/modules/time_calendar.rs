//! Broken-down time for the `time` module: `struct_time`, `gmtime`, `localtime`, `mktime`,
//! `asctime` and `ctime`, with CPython's argument checks and messages.
//!
//! Local time is supported in UTC only: `localtime`, `mktime` and `ctime` work when the
//! process's zone (`TZ`, else `/etc/localtime`) is UTC, and are refused as unsupported in any
//! other zone, rather than giving a result that differs from CPython's. The zone is looked up
//! once: like `argv`, it is fixed for the run.

use super::args::{type_name, Args, Kwargs};
use super::structseq;
use crate::builtins::{arity, no_kwargs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::value::{intern, ObjRef, Value};
use std::sync::OnceLock;

/// The nine fields of a `struct_time`, in tuple order.
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// `time.struct_time`.
pub(super) fn struct_time_class() -> ObjRef {
    static C: OnceLock<ObjRef> = OnceLock::new();
    *C.get_or_init(|| structseq::new_class("time", "struct_time", &FIELDS))
}

/// A broken-down UTC time, as C's `struct tm` but with Python's conventions: `mon` 1-12,
/// `wday` 0 = Monday, `yday` 1-366.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The UTC broken-down time of `t` seconds since the epoch.
pub(super) fn utc(t: i64) -> Tm {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
    }
}

/// Seconds since the epoch of a UTC broken-down time, fields normalised as C's `timegm`
/// (month 13 is January of the next year, second 60 the next minute...).
pub(super) fn timegm(tm: &Tm) -> i64 {
    let mon0 = tm.mon - 1;
    let year = tm.year + mon0.div_euclid(12);
    let days = days_from_civil(year, mon0.rem_euclid(12) + 1, 1) + tm.mday - 1;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// The abbreviation of the process's zone when it is UTC (`None`: another zone).
pub(super) fn utc_zone_name() -> Option<&'static str> {
    static Z: OnceLock<Option<String>> = OnceLock::new();
    Z.get_or_init(|| {
        let file = match std::env::var("TZ") {
            Ok(tz) => {
                let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
                match tz.as_str() {
                    "" => return Some("UTC".to_string()),
                    "UTC0" | "GMT0" => return Some(tz[..3].to_string()),
                    _ if tz.starts_with('/') => tz,
                    _ => format!("/usr/share/zoneinfo/{tz}"),
                }
            }
            Err(_) => "/etc/localtime".to_string(),
        };
        match std::fs::read(&file) {
            Ok(data) => tzif_utc_name(&data),
            // glibc's zone when it finds no zone file is UTC.
            Err(_) => Some("UTC".to_string()),
        }
    })
    .as_deref()
}

/// The abbreviation of a TZif zone with no transitions and a single zero offset.
fn tzif_utc_name(data: &[u8]) -> Option<String> {
    let count = |at: usize| -> Option<usize> {
        let b: [u8; 4] = data.get(at..at + 4)?.try_into().ok()?;
        usize::try_from(u32::from_be_bytes(b)).ok()
    };
    if data.get(..4)? != b"TZif" || count(32)? != 0 || count(36)? != 1 {
        return None;
    }
    // With no transitions, the one ttinfo (utoff, isdst, abbrind) follows the 44-byte header.
    let utoff = i32::from_be_bytes(data.get(44..48)?.try_into().ok()?);
    let abbr = usize::from(*data.get(49)?);
    let chars = data.get(50..50 + count(40)?)?;
    let name = chars.get(abbr..)?.split(|&b| b == 0).next()?;
    (utoff == 0).then(|| String::from_utf8_lossy(name).into_owned())
}

/// Local time must be UTC: the zone's name, or the unsupported refusal.
pub(super) fn require_utc(ctx: &Ctx, what: &str) -> PyResult<&'static str> {
    utc_zone_name().ok_or_else(|| ctx.unsupported(&format!("{what} in a time zone other than UTC")))
}

/// A `struct_time` for `tm`, whose zone is `zone` (`tm_zone`, offset 0).
pub(super) fn struct_time(ctx: &mut Ctx, tm: &Tm, zone: &str) -> Value {
    let items = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .into_iter()
    .map(Value::Int)
    .collect();
    let v = structseq::make(ctx, struct_time_class(), items);
    if let Value::Obj(o) = v {
        ctx.set_own_attr(o, intern("tm_zone"), intern(zone).value());
        ctx.set_own_attr(o, intern("tm_gmtoff"), Value::Int(0));
    }
    v
}

/// Checks a positional argument count as CPython's `PyArg_ParseTuple` words it:
/// `name() takes at least/at most N argument(s) (M given)`.
pub(super) fn parse_tuple_arity(
    ctx: &Ctx,
    name: &str,
    args: Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let (bound, n) = match args.len() {
        n if n < min => ("at least", min),
        n if n > max => ("at most", max),
        _ => return Ok(()),
    };
    let plural = if n == 1 { "" } else { "s" };
    Err(ctx.type_error(format!(
        "{name}() takes {bound} {n} argument{plural} ({} given)",
        args.len()
    )))
}

/// The seconds argument of `gmtime`/`localtime`/`ctime`: now when absent or `None`, else an
/// int or a float rounded down, with CPython's errors.
fn seconds_arg(ctx: &mut Ctx, name: &str, args: Args) -> PyResult<i64> {
    parse_tuple_arity(ctx, name, args, 0, 1)?;
    let v = args.first().copied().unwrap_or(Value::None);
    let out_of_range = |ctx: &Ctx| ctx.overflow_error("timestamp out of range for platform time_t");
    match v {
        Value::None => Ok(super::time::wall_now(ctx).floor() as i64),
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::Float(f) if f.is_nan() => Err(ctx.value_error("Invalid value NaN (not a number)")),
        // Within i64 and within years C's `int` holds.
        Value::Float(f) if f.floor().abs() < 6.7e16 => Ok(f.floor() as i64),
        Value::Float(_) => Err(out_of_range(ctx)),
        _ if crate::ops::as_big(v).is_some() => Err(out_of_range(ctx)),
        _ => Err(ctx.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// `time.gmtime([secs])`.
pub(super) fn gmtime(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "gmtime", kw)?;
    let t = seconds_arg(ctx, "gmtime", args)?;
    Ok(struct_time(ctx, &utc(t), "GMT"))
}

/// `time.localtime([secs])` (UTC only).
pub(super) fn localtime(
    ctx: &mut Ctx,
    _: Option<Value>,
    args: Args,
    kw: Kwargs,
) -> PyResult<Value> {
    no_kwargs(ctx, "localtime", kw)?;
    let t = seconds_arg(ctx, "localtime", args)?;
    let zone = require_utc(ctx, "time.localtime")?;
    Ok(struct_time(ctx, &utc(t), zone))
}

/// The nine ints of a time tuple or `struct_time` argument (`fn_name` names the function in
/// the message for a tuple of the wrong shape).
pub(super) fn tm_arg(ctx: &mut Ctx, fn_name: &str, v: Value) -> PyResult<Tm> {
    let t = crate::native_base::unwrap(v);
    let Some(crate::object::Kind::Tuple(items)) = t.obj().map(|o| &o.0.kind) else {
        return Err(ctx.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(ctx.type_error(format!("{fn_name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = match *item {
            Value::Int(n) if i32::try_from(n).is_ok() => n,
            Value::Int(n) if n > 0 => {
                return Err(ctx.overflow_error("signed integer is greater than maximum"))
            }
            Value::Int(_) => return Err(ctx.overflow_error("signed integer is less than minimum")),
            Value::Bool(b) => i64::from(b),
            other => {
                return Err(ctx.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                )))
            }
        };
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
    })
}

/// CPython's `checktm` for `strftime` and `asctime`: zeros where C allows them become their
/// first valid value, anything else out of range is a ValueError.
pub(super) fn check_tm(ctx: &Ctx, mut tm: Tm) -> PyResult<Tm> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks = [
        (tm.mon, 1, 12, "month out of range"),
        (tm.mday, 1, 31, "day of month out of range"),
        (tm.hour, 0, 23, "hour out of range"),
        (tm.min, 0, 59, "minute out of range"),
        (tm.sec, 0, 61, "seconds out of range"),
        // C's wday is (wday + 1) % 7, negative only below -1.
        (tm.wday, -1, i64::MAX, "day of week out of range"),
        (tm.yday, 1, 366, "day of year out of range"),
    ];
    for (v, lo, hi, msg) in checks {
        if v < lo || v > hi {
            return Err(ctx.value_error(msg));
        }
    }
    tm.wday = tm.wday.rem_euclid(7);
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(tm)
}

/// The optional time tuple argument of `strftime`/`asctime`: now in local time when absent.
pub(super) fn tm_or_now(ctx: &mut Ctx, fn_name: &str, v: Option<Value>) -> PyResult<Tm> {
    match v {
        Some(v) => {
            let tm = tm_arg(ctx, fn_name, v)?;
            check_tm(ctx, tm)
        }
        None => {
            require_utc(ctx, &format!("time.{fn_name}"))?;
            Ok(utc(super::time::wall_now(ctx).floor() as i64))
        }
    }
}

/// `time.mktime(t)` (UTC only): seconds since the epoch, as a float.
pub(super) fn mktime(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "mktime", kw)?;
    arity(ctx, "time.mktime", args, 1, 1)?;
    let tm = tm_arg(ctx, "mktime", args[0])?;
    require_utc(ctx, "time.mktime")?;
    Ok(Value::Float(timegm(&tm) as f64))
}

/// C's `asctime` layout: `Sun Jan  5 13:04:05 2020`.
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        super::time_strftime::day_abbr(tm.wday),
        super::time_strftime::month_abbr(tm.mon),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `time.asctime([t])`.
pub(super) fn asctime(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "asctime", kw)?;
    arity(ctx, "asctime", args, 0, 1)?;
    let tm = tm_or_now(ctx, "asctime", args.first().copied())?;
    Ok(ctx.new_str(asctime_text(&tm)))
}

/// `time.ctime([secs])` (UTC only).
pub(super) fn ctime(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "ctime", kw)?;
    let t = seconds_arg(ctx, "ctime", args)?;
    require_utc(ctx, "time.ctime")?;
    Ok(ctx.new_str(asctime_text(&utc(t))))
}

#[cfg(test)]
mod tests {
    use super::{timegm, utc};

    #[test]
    fn utc_round_trips_and_knows_the_calendar() {
        let tm = utc(0);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.wday, tm.yday),
            (1970, 1, 1, 3, 1)
        );
        let tm = utc(-1);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.yday),
            (1969, 12, 31, 23, 365)
        );
        let leap = utc(951_782_400); // 2000-02-29
        assert_eq!(
            (leap.year, leap.mon, leap.mday, leap.yday),
            (2000, 2, 29, 60)
        );
        for t in [-86_401, 0, 951_782_400, 4_102_444_800, -12_219_292_800] {
            assert_eq!(timegm(&utc(t)), t);
        }
    }
}
