//! `math.fsum`: exact summation of floats with Shewchuk's partials, rounded as CPython's
//! `math_fsum` rounds (half-even across partials), with its overflow and inf/nan rules.

/// Why an exact sum has no float result.
#[derive(Debug, PartialEq, Eq)]
pub enum FsumError {
    /// A finite input made a partial overflow (`OverflowError: intermediate overflow in fsum`).
    Overflow,
    /// Both infinities were summed (`ValueError: -inf + inf in fsum`).
    InfMinusInf,
}

/// The correctly rounded sum of `items`.
pub fn fsum(items: impl IntoIterator<Item = f64>) -> Result<f64, FsumError> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in items {
        let mut x = item;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        return if inf_sum.is_nan() {
            Err(FsumError::InfMinusInf)
        } else {
            Ok(special_sum)
        };
    }
    let mut n = p.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_where_naive_sum_is_not() {
        assert_eq!(fsum([0.1; 10]), Ok(1.0));
        assert_eq!(
            fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(fsum([1.0, 1e100, 1.0, -1e100]), Ok(2.0));
        assert_eq!(fsum([]), Ok(0.0));
    }

    #[test]
    fn half_even_across_partials() {
        // CPython's test_math: 2**53 + 1 + 2**-52 rounds up although the first two partials
        // alone would round to even.
        let two53 = 9007199254740992.0;
        assert_eq!(fsum([two53, 1.0, 2f64.powi(-52)]), Ok(two53 + 2.0));
        assert_eq!(fsum([two53, 1.0]), Ok(two53));
        assert_eq!(
            fsum([1.7976931348623157e308, -1e292, 1e292]).map(|x| x > 0.0),
            Ok(true)
        );
    }

    #[test]
    fn specials() {
        assert_eq!(fsum([f64::INFINITY, 1.0]), Ok(f64::INFINITY));
        assert_eq!(
            fsum([f64::INFINITY, f64::NEG_INFINITY]),
            Err(FsumError::InfMinusInf)
        );
        assert!(fsum([f64::NAN, 1.0]).is_ok_and(f64::is_nan));
        assert_eq!(
            fsum([1.7976931348623157e308, 1.7976931348623157e308]),
            Err(FsumError::Overflow)
        );
    }
}
