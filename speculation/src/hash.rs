//! The hasher of the crate's maps: `rustc-hash`'s FxHash. Keys are locations chosen by the
//! program, not by an attacker, so SipHash's DoS resistance buys nothing and costs per read.
//!
//! Invariants:
//! - `MVMemory` picks its shard from bits 32.. of [`hash_one`], which FxHash 2 mixes from every
//!   input word (the tests below check the spread for small integers and aligned pointers,
//!   the shapes of real location keys).

use std::hash::BuildHasher;

/// `BuildHasher` of the crate's maps.
pub(crate) type FastBuild = rustc_hash::FxBuildHasher;

/// The hash of one value with [`FastBuild`].
#[inline]
pub(crate) fn hash_one<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    FastBuild::default().hash_one(value)
}

#[cfg(test)]
mod tests {
    use super::hash_one;
    use std::collections::HashSet;

    #[test]
    fn small_ints_spread_over_shard_bits() {
        let shards: HashSet<u64> = (0u64..256).map(|i| (hash_one(&i) >> 32) & 63).collect();
        assert!(shards.len() > 48, "only {} of 64 shards used", shards.len());
    }

    #[test]
    fn aligned_pointers_spread_over_shard_bits() {
        let shards: HashSet<u64> = (0u64..256)
            .map(|i| (hash_one(&(0x7f00_0000_0000 + i * 80)) >> 32) & 63)
            .collect();
        assert!(shards.len() > 48, "only {} of 64 shards used", shards.len());
    }
}
