//! Python's `hash()` of the built-in hashable values, bit-for-bit as CPython 3.11 computes it
//! for numbers, tuples and frozensets (set iteration order depends on it). Str hashes are
//! randomised per process in CPython, so any stable hash will do for them.

use crate::object::Kind;
use crate::value::Value;
use num_bigint::BigInt;

/// CPython's `_PyHASH_BITS` (64-bit builds).
const BITS: u32 = 61;
/// CPython's `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << BITS) - 1;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314_159;

/// `hash(v)` for a value already known to be hashable.
pub fn py_hash(v: Value) -> i64 {
    match v {
        Value::None => 0x5eed_0000,
        Value::Bool(b) => b as i64,
        Value::Int(i) => hash_i64(i),
        Value::Float(f) => hash_f64(f),
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => fix(s.hash as i64),
            Kind::Bytes(b) => crate::bytes::hash(b),
            Kind::BigInt(b) => hash_big(b),
            Kind::Tuple(items) => hash_tuple(items),
            Kind::FrozenSet(s) => s.frozen_hash(),
            Kind::Instance(i) => match crate::userhash::recorded(o) {
                Some(h) => h,
                None => match &i.native {
                    Some(n) => py_hash(**n),
                    None => (o.addr() as u64).rotate_right(4) as i64,
                },
            },
            _ => (o.addr() as u64).rotate_right(4) as i64,
        },
    }
}

/// -1 is CPython's error marker, so a hash of -1 becomes -2.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of an int: its value modulo 2**61 - 1, keeping the sign.
pub fn hash_i64(i: i64) -> i64 {
    if i.unsigned_abs() < MODULUS {
        return fix(i);
    }
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = num_traits::Signed::abs(b) % m;
    let r = u64::try_from(r).unwrap_or(0) as i64;
    fix(if num_traits::Signed::is_negative(b) {
        -r
    } else {
        r
    })
}

/// `math.frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (v finite and non-zero).
fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's `_Py_HashDouble`: equal to the int hash for integral floats.
fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() || v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// CPython's xxHash-based tuple hash.
fn hash_tuple(items: &[Value]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for it in items {
        let lane = py_hash(*it) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(5), 5);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_f64(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_f64(1e-300), 482_449_582_752_280_463);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(2.0), 2);
        assert_eq!(hash_f64(-0.5), -1_152_921_504_606_846_976);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(
            hash_tuple(&[Value::Int(1), Value::Int(2)]),
            -3_550_055_125_485_641_917
        );
    }
}
