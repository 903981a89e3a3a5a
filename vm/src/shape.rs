//! Shapes: the attribute names of an instance, in the order they were added, shared by every
//! instance that added the same names in the same order (V8's hidden classes, CPython's shared
//! key dicts).
//!
//! An instance's storage (`instance_attrs`) is a shape plus one cell per name, so reading an
//! attribute is a search of the shape's names and a load of the cell, with no lock and no hash
//! map per instance.
//!
//! Invariants:
//! - Shapes are immutable and never freed (`&'static`): the root shape, and one shape per
//!   distinct sequence of added names, reached from the root by `with`. A shape's names are
//!   interned, so they are immortal too, and comparing names is comparing pointers.
//! - A shape's `names[i]` is the name of its instances' cell `i`; the names of `with(s, n)`
//!   are `s`'s names followed by `n`, so a cell's index never changes as names are added.
//! - Shapes stay few: one has at most `MAX_NAMES` names and at most `MAX_SHAPES` are created
//!   in all. Beyond either, `with` returns `None` and the instance keeps its attributes in a
//!   dict instead (programs that use instances as open-ended maps).

use crate::value::Name;
use parking_lot::Mutex;
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The most names one shape holds.
const MAX_NAMES: usize = 48;
/// The most shapes created by one process.
const MAX_SHAPES: usize = 1 << 16;
/// Shapes with more names than this find a name through a hash index, not a linear search.
const LINEAR_SEARCH_MAX: usize = 8;

static CREATED: AtomicUsize = AtomicUsize::new(0);

/// An ordered set of attribute names shared by instances (see the module docs).
pub struct Shape {
    names: Box<[Name]>,
    /// Name to index, for shapes too long for a linear search.
    index: Option<FxHashMap<Name, u32>>,
    /// The first shape reached from this one, found without a lock (most shapes have one
    /// successor: instances of a class add the same names in the same order).
    first: OnceLock<(Name, &'static Shape)>,
    /// The shapes reached by adding one name.
    transitions: Mutex<FxHashMap<Name, &'static Shape>>,
}

impl Shape {
    /// The shape with no names, where every instance starts.
    pub fn root() -> &'static Shape {
        static ROOT: OnceLock<&'static Shape> = OnceLock::new();
        ROOT.get_or_init(|| Shape::leak(Box::new([])))
    }

    /// A nameless shape outside the tree, for marking storage that is not shaped.
    pub fn sentinel() -> &'static Shape {
        Shape::leak(Box::new([]))
    }

    fn leak(names: Box<[Name]>) -> &'static Shape {
        let index = (names.len() > LINEAR_SEARCH_MAX).then(|| {
            names
                .iter()
                .enumerate()
                .map(|(i, n)| (*n, i as u32))
                .collect()
        });
        Box::leak(Box::new(Shape {
            names,
            index,
            first: OnceLock::new(),
            transitions: Mutex::default(),
        }))
    }

    /// The names, in the order they were added.
    #[inline]
    pub fn names(&self) -> &[Name] {
        &self.names
    }

    /// How many names.
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True for the root shape.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The cell index of `name`, if the shape has it.
    #[inline]
    pub fn find(&self, name: Name) -> Option<usize> {
        match &self.index {
            None => self.names.iter().position(|n| *n == name),
            Some(index) => index.get(&name).map(|i| *i as usize),
        }
    }

    /// How many names an instance at this shape will likely end with: the length of the shape
    /// reached by following first transitions (the names the first such instance went on to
    /// add, as instances of one class add the same names in the same order). Storage sizes
    /// itself by it, so that an instance being filled in grows once, not at every doubling.
    pub fn expected_len(&self) -> usize {
        let mut shape = self;
        while let Some((_, next)) = shape.first.get() {
            shape = next;
        }
        shape.len()
    }

    /// The shape with `name` added after this one's names (which must not include it), or
    /// `None` when that shape would be too long or too many shapes exist.
    pub fn with(&self, name: Name) -> Option<&'static Shape> {
        debug_assert!(self.find(name).is_none());
        if let Some((n, next)) = self.first.get() {
            if *n == name {
                return Some(next);
            }
        }
        let mut transitions = self.transitions.lock();
        if let Some(next) = transitions.get(&name) {
            return Some(next);
        }
        if self.names.len() >= MAX_NAMES || CREATED.fetch_add(1, Ordering::Relaxed) >= MAX_SHAPES {
            return None;
        }
        let names: Box<[Name]> = self.names.iter().copied().chain([name]).collect();
        let next = Shape::leak(names);
        transitions.insert(name, next);
        // The first transition is published under the lock, so it is in `transitions` too.
        let _ = self.first.set((name, next));
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::intern;

    #[test]
    fn same_names_in_same_order_share_a_shape() {
        let (a, b) = (intern("shape_test_a"), intern("shape_test_b"));
        let ab = Shape::root().with(a).and_then(|s| s.with(b));
        let ab2 = Shape::root().with(a).and_then(|s| s.with(b));
        let ba = Shape::root().with(b).and_then(|s| s.with(a));
        let (Some(ab), Some(ab2), Some(ba)) = (ab, ab2, ba) else {
            panic!("shapes refused");
        };
        assert!(std::ptr::eq(ab, ab2));
        assert!(!std::ptr::eq(ab, ba));
        assert_eq!(ab.find(a), Some(0));
        assert_eq!(ab.find(b), Some(1));
        assert_eq!(ba.find(a), Some(1));
        assert_eq!(ab.find(intern("shape_test_c")), None);
    }

    #[test]
    fn expected_len_follows_the_first_instance() {
        let names = ["shape_test_e1", "shape_test_e2", "shape_test_e3"].map(intern);
        let first = Shape::root().with(names[0]).expect("shape");
        let mut shape = first;
        for n in &names[1..] {
            shape = shape.with(*n).expect("shape");
        }
        assert_eq!(first.expected_len(), 3);
        assert_eq!(shape.expected_len(), 3);
        // A later branch does not change what the first instance reached.
        let other = first.with(intern("shape_test_e_other")).expect("shape");
        assert_eq!(other.expected_len(), 2);
        assert_eq!(first.expected_len(), 3);
    }

    #[test]
    fn long_shapes_use_the_index_and_stop_at_the_limit() {
        let mut shape = Shape::root();
        let names: Vec<Name> = (0..MAX_NAMES)
            .map(|i| intern(&format!("shape_test_long_{i}")))
            .collect();
        for n in &names {
            shape = shape.with(*n).expect("under the limit");
        }
        assert!(shape.index.is_some());
        for (i, n) in names.iter().enumerate() {
            assert_eq!(shape.find(*n), Some(i));
        }
        assert!(shape.with(intern("shape_test_one_too_many")).is_none());
    }
}
