//! C math-library functions that Rust's std lacks (`frexp`, `ldexp`, `nextafter`) or computes
//! differently from glibc (`asinh`, `acosh`, `atanh`: ported from fdlibm, which glibc uses for
//! doubles, over libm's own `log`/`log1p`/`sqrt`), so `math` matches CPython bit for bit.

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (m = x, e = 0 for 0, inf and nan).
pub fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// C's `ldexp` (musl's `scalbn`): `x * 2**n`, correctly rounded.
pub fn ldexp_f64(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-10000, 10000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let low = f64::from_bits(0x0360_0000_0000_0000); // 2**-1022 * 2**53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= low;
        n += 1022 - 53;
        if n < -1022 {
            y *= low;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// C's `nextafter`: the next float after `x` towards `y`.
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// The high 32 bits of `|x|`, as fdlibm tests magnitudes.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

use std::f64::consts::LN_2 as LN2;

/// fdlibm's `asinh` (glibc's for doubles), over libm's `log`/`log1p`/`sqrt`; Rust's own
/// `f64::asinh` rounds differently.
pub fn fd_asinh(x: f64) -> f64 {
    let ix = high_word(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        x.abs().ln() + LN2
    } else if ix > 0x4000_0000 {
        let t = x.abs();
        (2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t)).ln()
    } else {
        let t = x * x;
        (x.abs() + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    if x > 0.0 {
        w
    } else {
        -w
    }
}

/// fdlibm's `acosh` (glibc's for doubles).
pub fn fd_acosh(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32;
    if x < 1.0 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// fdlibm's `atanh` (glibc's for doubles).
pub fn fd_atanh(x: f64) -> f64 {
    let ax = x.abs();
    if ax.is_nan() {
        return x + x;
    }
    if ax > 1.0 {
        return f64::NAN;
    }
    if ax == 1.0 {
        return x / 0.0;
    }
    if high_word(x) < 0x3e30_0000 {
        return x;
    }
    let t = if ax < 0.5 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    t.copysign(x)
}
