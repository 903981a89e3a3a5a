//! The Mersenne Twister (MT19937) exactly as CPython's `_randommodule.c` drives it: seeding
//! with `init_by_array` over 32-bit words, `random()` from two draws (53 bits), `getrandbits`
//! filling 32-bit words little-endian, and `_randbelow` by rejection.

use num_bigint::{BigInt, BigUint, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state of one `random.Random` instance (its Python-visible state, including
/// the cached second value of `gauss`).
#[derive(Clone, Debug, PartialEq)]
pub struct MtState {
    /// The 624 state words.
    pub mt: [u32; N],
    /// Index of the next word to temper (`N` means regenerate first).
    pub index: usize,
    /// `Random.gauss_next`.
    pub gauss_next: Option<f64>,
}

impl MtState {
    /// A generator seeded from the 32-bit words of `key` (CPython's `init_by_array`).
    pub fn from_key(key: &[u32]) -> MtState {
        let mut s = MtState {
            mt: [0; N],
            index: N,
            gauss_next: None,
        };
        s.init_by_array(key);
        s
    }

    /// A generator seeded as `random.seed(n)` seeds it for an int `n` (its absolute value).
    pub fn from_int(n: &BigInt) -> MtState {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        MtState::from_key(&key)
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.mt;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.mt;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any `k`.
    pub fn bits_big(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(words)
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n < 2**64` (0 gives 0, where CPython would
    /// loop forever; no caller passes it).
    pub fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for any positive `n`.
    pub fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64_digits().1.first().filter(|_| n.bits() <= 64) {
            return BigInt::from(self.below_u64(*small));
        }
        let k = n.bits();
        loop {
            let r = BigInt::from_biguint(Sign::Plus, self.bits_big(k));
            if &r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11: `random.seed(s); random.random()` etc.
    #[test]
    fn matches_cpython_random() {
        let mut s = MtState::from_int(&BigInt::from(42));
        assert_eq!(s.random(), 0.6394267984578837);
        assert_eq!(s.random(), 0.025010755222666936);
        let mut s = MtState::from_int(&BigInt::from(0));
        assert_eq!(s.random(), 0.8444218515250481);
        let mut s = MtState::from_int(&BigInt::from(-42));
        assert_eq!(s.random(), 0.6394267984578837);
    }

    #[test]
    fn matches_cpython_getrandbits() {
        let mut s = MtState::from_int(&BigInt::from(1));
        assert_eq!(s.bits_u64(8), 34);
        assert_eq!(s.bits_u64(40), 930157647946);
        let big = s.bits_big(100);
        assert_eq!(big.to_string(), "321912487774453150805552873008");
    }

    #[test]
    fn below_one_still_draws() {
        // CPython: randrange(1) calls getrandbits(1), which consumes a word.
        let mut a = MtState::from_int(&BigInt::from(1));
        let mut b = a.clone();
        assert_eq!(a.below_u64(1), 0);
        b.next_u32();
        assert_eq!(a, b);
    }

    #[test]
    fn big_seed_uses_all_words() {
        let n: BigInt = BigInt::from(1u64 << 40) * BigInt::from(1u64 << 40) + 7;
        let mut s = MtState::from_int(&n);
        assert_eq!(s.random(), 0.0074511875167878605);
        assert_eq!(s.below_big(&BigInt::from(1000)), BigInt::from(516));
    }
}
