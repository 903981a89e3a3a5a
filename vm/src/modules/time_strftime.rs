//! `time.strftime`: glibc's directives in the C locale (CPython's default `LC_TIME`), for a
//! time tuple checked as CPython checks it. A directive glibc does not know is copied as is.

use super::args::{type_name, Args, Kwargs};
use super::time_calendar::{timegm, tm_or_now, Tm};
use crate::builtins::no_kwargs;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::value::Value;
use std::fmt::Write;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The full English name of weekday `wday` (0 = Monday; taken mod 7).
fn day_name(wday: i64) -> &'static str {
    DAYS[wday.rem_euclid(7) as usize]
}

/// The full English name of month `mon` (1-12; taken mod 12).
fn month_name(mon: i64) -> &'static str {
    MONTHS[(mon - 1).rem_euclid(12) as usize]
}

/// `%a`: the weekday's three-letter abbreviation.
pub(super) fn day_abbr(wday: i64) -> &'static str {
    &day_name(wday)[..3]
}

/// `%b`: the month's three-letter abbreviation.
pub(super) fn month_abbr(mon: i64) -> &'static str {
    &month_name(mon)[..3]
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The ISO 8601 week-based year and week number (`%G`, `%V`), as glibc computes them from
/// `tm_year`, `tm_yday` and `tm_wday`.
fn iso_week(tm: &Tm) -> (i64, i64) {
    // Days from the Monday starting ISO week 1 of year `y`, for a day `yday0` (0-based) of it
    // that is weekday `wday` (0 = Monday).
    let week1_offset = |yday0: i64, wday: i64| yday0 - (yday0 - wday + 3).rem_euclid(7) + 3;
    let (yday0, wday) = (tm.yday - 1, tm.wday);
    let mut year = tm.year;
    let mut days = week1_offset(yday0, wday);
    if days < 0 {
        year -= 1;
        let len = if is_leap(year) { 366 } else { 365 };
        days = week1_offset(yday0 + len, wday);
    } else {
        let len = if is_leap(year) { 366 } else { 365 };
        let next = week1_offset(yday0 - len, wday);
        if next >= 0 {
            year += 1;
            days = next;
        }
    }
    (year, days / 7 + 1)
}

/// Formats `tm` (checked; UTC, named `zone`) by `format`.
pub(super) fn format_tm(format: &str, tm: &Tm, zone: &str) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        directive(&mut out, d, tm, zone);
    }
    out
}

/// Appends directive `%d` of `tm` to `out`.
fn directive(out: &mut String, d: char, tm: &Tm, zone: &str) {
    let hour12 = match tm.hour % 12 {
        0 => 12,
        h => h,
    };
    let sunday_wday = (tm.wday + 1) % 7;
    let yday0 = tm.yday - 1;
    // Writing to a String cannot fail.
    let _ = match d {
        'a' => write!(out, "{}", day_abbr(tm.wday)),
        'A' => write!(out, "{}", day_name(tm.wday)),
        'b' | 'h' => write!(out, "{}", month_abbr(tm.mon)),
        'B' => write!(out, "{}", month_name(tm.mon)),
        'c' => {
            let s = format_tm("%a %b %e %H:%M:%S %Y", tm, zone);
            write!(out, "{s}")
        }
        'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
        'd' => write!(out, "{:02}", tm.mday),
        'D' | 'x' => write!(
            out,
            "{:02}/{:02}/{:02}",
            tm.mon,
            tm.mday,
            tm.year.rem_euclid(100)
        ),
        'e' => write!(out, "{:2}", tm.mday),
        'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
        'G' => write!(out, "{}", iso_week(tm).0),
        'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
        'H' => write!(out, "{:02}", tm.hour),
        'I' => write!(out, "{hour12:02}"),
        'j' => write!(out, "{:03}", tm.yday),
        'k' => write!(out, "{:2}", tm.hour),
        'l' => write!(out, "{hour12:2}"),
        'm' => write!(out, "{:02}", tm.mon),
        'M' => write!(out, "{:02}", tm.min),
        'n' => writeln!(out),
        'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
        'P' => write!(out, "{}", if tm.hour < 12 { "am" } else { "pm" }),
        'r' => write!(
            out,
            "{hour12:02}:{:02}:{:02} {}",
            tm.min,
            tm.sec,
            if tm.hour < 12 { "AM" } else { "PM" }
        ),
        'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
        's' => write!(out, "{}", timegm(tm)),
        'S' => write!(out, "{:02}", tm.sec),
        't' => write!(out, "\t"),
        'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        'u' => write!(out, "{}", tm.wday + 1),
        'U' => write!(out, "{:02}", (yday0 + 7 - sunday_wday) / 7),
        'V' => write!(out, "{:02}", iso_week(tm).1),
        'w' => write!(out, "{sunday_wday}"),
        'W' => write!(out, "{:02}", (yday0 + 7 - tm.wday) / 7),
        'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
        'Y' => write!(out, "{}", tm.year),
        'z' => write!(out, "+0000"),
        'Z' => write!(out, "{zone}"),
        '%' => write!(out, "%"),
        other => write!(out, "%{other}"),
    };
}

/// `time.strftime(format[, t])`.
pub(super) fn strftime(ctx: &mut Ctx, _: Option<Value>, args: Args, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(ctx, "strftime", kw)?;
    super::time_calendar::parse_tuple_arity(ctx, "strftime", args, 1, 2)?;
    let Some(format) = args[0].as_str() else {
        return Err(ctx.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(args[0])
        )));
    };
    let format = format.to_string();
    let tm = tm_or_now(ctx, "strftime", args.get(1).copied())?;
    // Only these directives depend on the zone (the rest format the tuple as given).
    let zone = if ["%Z", "%z", "%s"].iter().any(|d| format.contains(d)) {
        zone_of(ctx, args.get(1).copied())?
    } else {
        String::new()
    };
    Ok(ctx.new_str(format_tm(&format, &tm, &zone)))
}

/// `%Z` of a strftime argument: a `struct_time`'s `tm_zone`, else the local zone's name
/// (which must be UTC).
fn zone_of(ctx: &mut Ctx, t: Option<Value>) -> PyResult<String> {
    if let Some(Value::Obj(o)) = t {
        if let Some(z) = ctx.own_attr(o, crate::value::intern("tm_zone"))? {
            if let Some(s) = z.as_str() {
                return Ok(s.to_string());
            }
        }
    }
    super::time_calendar::require_utc(ctx, "time.strftime of %Z, %z or %s").map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::{format_tm, iso_week};
    use crate::modules::time_calendar::utc;

    #[test]
    fn formats_the_c_locale_directives() {
        let tm = utc(1_578_229_445); // Sun 2020-01-05 13:04:05
        assert_eq!(
            format_tm("%c|%x|%j|%U|%W|%G-%V|%u|%w|%I%p|%s|%%|%Q", &tm, "UTC"),
            "Sun Jan  5 13:04:05 2020|01/05/20|005|01|00|2020-01|7|0|01PM|1578229445|%|%Q"
        );
    }

    #[test]
    fn iso_weeks_cross_year_boundaries() {
        assert_eq!(iso_week(&utc(1_609_459_200)), (2020, 53)); // Fri 2021-01-01
        assert_eq!(iso_week(&utc(1_577_750_400)), (2020, 1)); // Tue 2019-12-31
    }
}
