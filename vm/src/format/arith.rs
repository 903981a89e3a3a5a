//! Float arithmetic whose results CPython defines digit-exactly: `round(x, n)` and `divmod`.

/// `round(x, ndigits)` as CPython's `float.__round__`: the value correctly rounded to
/// `ndigits` decimal places, half-to-even on exact ties (`round(2.675, 2)` → 2.67,
/// `round(25.0, -1)` → 20.0). Non-finite values round to themselves; a finite value that
/// rounds past the float range comes back infinite (CPython raises `OverflowError:
/// rounded value too large to represent` there).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        // Correctly rounded, half-even decimal text, read back correctly rounded.
        let s = format!("{:.*}", ndigits as usize, x);
        return s.parse().unwrap_or(x);
    }
    // Round |x| to a multiple of 10^k: the integer part is exact as text, the fraction only
    // breaks ties.
    let k = (-ndigits) as usize;
    let a = x.abs();
    let int_part = a.trunc();
    let frac_nonzero = a != int_part;
    let digits = format!("{int_part:.0}");
    let digits = if digits.len() < k + 1 {
        format!("{}{digits}", "0".repeat(k + 1 - digits.len()))
    } else {
        digits
    };
    let (head, tail) = digits.split_at(digits.len() - k);
    let half = format!("5{}", "0".repeat(k - 1));
    let up = match tail.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            frac_nonzero || head.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1)
        }
    };
    let mut q: Vec<u8> = head.bytes().collect();
    if up {
        let mut i = q.len();
        loop {
            if i == 0 {
                q.insert(0, b'1');
                break;
            }
            i -= 1;
            if q[i] == b'9' {
                q[i] = b'0';
            } else {
                q[i] += 1;
                break;
            }
        }
    }
    let text = format!(
        "{}{}e{k}",
        if x < 0.0 { "-" } else { "" },
        String::from_utf8_lossy(&q)
    );
    let r: f64 = text.parse().unwrap_or(0.0);
    if r == 0.0 {
        0.0 * x
    } else {
        r
    }
}

/// Python float `divmod(a, b)` for `b != 0`: (floor quotient, remainder with the divisor's
/// sign), CPython's `_float_div_mod` step for step.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}
