//! Set contents: CPython's set hash table (`Objects/setobject.c`), reproduced slot for slot so
//! that sets iterate in the order CPython's do (hash-table order, not insertion order).
//!
//! The table starts at 8 slots and grows (×4, or ×2 past 50000 entries) when 3/5 full;
//! collisions probe 9 neighbouring slots, then jump by perturbation. Deleted entries leave
//! dummies. Bulk operations (merge, difference) follow CPython's shortcuts because they change
//! the table size and hence the order. Element equality is `dict::keys_equal` (built-in
//! hashable types; identity for other objects), hashes come from `hash::py_hash`.

use crate::dict::keys_equal;
use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// Never used.
    Empty,
    /// Held a key that was removed.
    Dummy,
    /// Holds `key`, whose hash is `hash`.
    Active { key: Value, hash: i64 },
}

/// The contents of a set or frozenset.
#[derive(Clone, Debug)]
pub struct SetData {
    table: Vec<Entry>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData {
            table: vec![Entry::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// The first slot of each probe run for `hash`, CPython's sequence.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: hash as u64 as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }
    /// The slots of the current run: the start and up to 9 neighbours when they fit.
    fn run(&self) -> std::ops::RangeInclusive<usize> {
        let probes = if self.i + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
        self.i..=self.i + probes
    }
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}

impl SetData {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slot holding an element equal to `key`.
    fn find(&self, key: Value, hash: i64) -> Option<usize> {
        let mut p = Probe::new(hash, self.mask());
        loop {
            for j in p.run() {
                match self.table[j] {
                    Entry::Empty => return None,
                    Entry::Active { key: k, hash: h } if h == hash && keys_equal(k, key) => {
                        return Some(j)
                    }
                    _ => {}
                }
            }
            p.advance();
        }
    }

    /// The elements stored with hash `hash` (candidates for a user `__eq__`), in probe order.
    pub fn with_hash(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        let mut p = Probe::new(hash, self.mask());
        loop {
            for j in p.run() {
                match self.table[j] {
                    Entry::Empty => return out,
                    Entry::Active { key, hash: h } if h == hash => out.push(key),
                    _ => {}
                }
            }
            p.advance();
        }
    }

    /// Whether an element equal to `key` is present.
    pub fn contains(&self, key: Value, hash: i64) -> bool {
        self.find(key, hash).is_some()
    }

    /// Adds `key` (CPython's `set_add_entry`); false if an equal element was present.
    pub fn insert(&mut self, key: Value, hash: i64) -> bool {
        let mask = self.mask();
        let mut p = Probe::new(hash, mask);
        let mut freeslot = None;
        loop {
            for j in p.run() {
                match self.table[j] {
                    Entry::Empty => {
                        self.used += 1;
                        if let Some(f) = freeslot {
                            self.table[f] = Entry::Active { key, hash };
                            return true;
                        }
                        self.fill += 1;
                        self.table[j] = Entry::Active { key, hash };
                        if self.fill * 5 >= mask * 3 {
                            self.resize(self.growth());
                        }
                        return true;
                    }
                    Entry::Active { key: k, hash: h } => {
                        if h == hash && keys_equal(k, key) {
                            return false;
                        }
                    }
                    // CPython 3.11 remembers the last dummy on the probe path, not the first.
                    Entry::Dummy => freeslot = Some(j),
                }
            }
            p.advance();
        }
    }

    fn growth(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Puts a key known to be absent into a table without dummies (`set_insert_clean`).
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mut p = Probe::new(hash, self.mask());
        loop {
            for j in p.run() {
                if let Entry::Empty = self.table[j] {
                    self.table[j] = Entry::Active { key, hash };
                    return;
                }
            }
            p.advance();
        }
    }

    /// Rebuilds the table with room for `minused` elements (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Entry::Empty; size]);
        self.fill = self.used;
        for e in old {
            if let Entry::Active { key, hash } = e {
                self.insert_clean(key, hash);
            }
        }
    }

    /// Removes the element equal to `key`; false if absent.
    pub fn remove(&mut self, key: Value, hash: i64) -> bool {
        match self.find(key, hash) {
            Some(j) => {
                self.table[j] = Entry::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes and returns an arbitrary element, as `set.pop` chooses it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Entry::Active { key, .. } = self.table[i] {
                self.table[i] = Entry::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = if i >= mask { 0 } else { i + 1 };
        }
    }

    /// Replaces the contents by `other`'s, keeping the `pop` finger (`set_swap_bodies`).
    pub fn replace_with(&mut self, other: SetData) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// Removes every element (the table shrinks back to 8 slots).
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetData::default();
        self.finger = finger;
    }

    /// The elements with their hashes, in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (Value, i64)> + '_ {
        self.table.iter().filter_map(|e| match *e {
            Entry::Active { key, hash } => Some((key, hash)),
            _ => None,
        })
    }

    /// The elements, in iteration order.
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.entries().map(|(k, _)| k)
    }

    /// For iterators: the first element at slot `pos` or later, and the slot after it.
    pub fn next_from(&self, pos: usize) -> Option<(Value, usize)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| match *e {
                Entry::Active { key, .. } => Some((key, i + 1)),
                _ => None,
            })
    }

    /// Adds every element of `other` (`set_merge`, with its bulk-copy shortcuts).
    pub fn merge(&mut self, other: &SetData) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (k, h) in other.entries() {
                self.insert_clean(k, h);
            }
            return;
        }
        for (k, h) in other.entries() {
            self.insert(k, h);
        }
    }

    /// Adds the keys of a dict of `n` entries (one resize up front, as CPython does).
    pub fn extend_from_dict(&mut self, keys: &[(Value, i64)]) {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        self.extend(keys);
    }

    /// Adds elements one by one.
    pub fn extend(&mut self, items: &[(Value, i64)]) {
        for (k, h) in items {
            self.insert(*k, *h);
        }
    }

    /// A copy built as CPython's `set(s)` / `s.copy()` builds it.
    pub fn copied(&self) -> SetData {
        let mut s = SetData::default();
        s.merge(self);
        s
    }

    /// A set of `items` added one by one.
    pub fn from_entries(items: &[(Value, i64)]) -> SetData {
        let mut s = SetData::default();
        s.extend(items);
        s
    }

    /// `a & b` for two sets (`set_intersection`): walks the smaller, keeps its elements.
    pub fn intersection(a: &SetData, b: &SetData) -> SetData {
        let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
        let mut r = SetData::default();
        for (k, h) in small.entries() {
            if big.contains(k, h) {
                r.insert(k, h);
            }
        }
        r
    }

    /// `a & iterable`: the iterable's elements that are in `a`, in its order.
    pub fn intersection_items(a: &SetData, items: &[(Value, i64)]) -> SetData {
        let mut r = SetData::default();
        for (k, h) in items {
            if a.contains(*k, *h) {
                r.insert(*k, *h);
            }
        }
        r
    }

    /// `a - b` for two sets (`set_difference`).
    pub fn difference(a: &SetData, b: &SetData) -> SetData {
        if (a.len() >> 2) > b.len() {
            let mut r = a.copied();
            r.difference_update(b);
            return r;
        }
        let mut r = SetData::default();
        for (k, h) in a.entries() {
            if !b.contains(k, h) {
                r.insert(k, h);
            }
        }
        r
    }

    /// `a -= b` for a set `b` (`set_difference_update_internal`).
    pub fn difference_update(&mut self, other: &SetData) {
        let narrowed;
        let other = if (other.len() >> 3) > self.len() {
            narrowed = SetData::intersection(self, other);
            &narrowed
        } else {
            other
        };
        for (k, h) in other.entries() {
            self.remove(k, h);
        }
        self.shrink_dummies();
    }

    /// `a -= iterable`.
    pub fn difference_update_items(&mut self, items: &[(Value, i64)]) {
        for (k, h) in items {
            self.remove(*k, *h);
        }
        self.shrink_dummies();
    }

    /// After bulk removal: rebuild when more than a quarter of the slots are dummies.
    fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }

    /// `a ^= b` (`set_symmetric_difference_update` over a set).
    pub fn symmetric_difference_update(&mut self, other: &SetData) {
        for (k, h) in other.entries() {
            if !self.remove(k, h) {
                self.insert(k, h);
            }
        }
    }

    /// `a ^ b`: a copy of `b` updated with `a`, as CPython computes it.
    pub fn symmetric_difference(a: &SetData, b: &SetData) -> SetData {
        let mut r = b.copied();
        r.symmetric_difference_update(a);
        r
    }

    /// `a <= b`.
    pub fn is_subset(a: &SetData, b: &SetData) -> bool {
        a.len() <= b.len() && a.entries().all(|(k, h)| b.contains(k, h))
    }

    /// No element in common.
    pub fn is_disjoint(a: &SetData, b: &SetData) -> bool {
        let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
        !small.entries().any(|(k, h)| big.contains(k, h))
    }

    /// Same elements.
    pub fn equal(a: &SetData, b: &SetData) -> bool {
        a.len() == b.len() && SetData::is_subset(a, b)
    }

    /// CPython's `frozenset_hash`: order-independent, from the element hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (_, h) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            return 590_923_713;
        }
        hash as i64
    }
}
