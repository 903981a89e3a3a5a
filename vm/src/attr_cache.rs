//! Per-context caches for direct-mode code: class attribute lookups (`attr::class_lookup`),
//! and the cells of module globals (`CellCache`).
//!
//! Looking a name up along a class's MRO takes a lock and a hash probe per class; method calls
//! and attribute reads do it constantly while classes almost never change. Each `Ctx` keeps a
//! small direct-mapped table from (class, name) to the lookup's result, tagged with the
//! global class epoch.
//!
//! Invariants:
//! - `CLASS_EPOCH` is bumped after every write to a class attribute's storage
//!   (`slot::Loc::write_storage`: direct writes and commits alike) and after every collection
//!   (a freed class's address may be reused by a new class). An entry is valid only while the
//!   epoch equals the one it was filled under, so a hit is the value storage holds now.
//! - A speculative lookup may use an entry only if every class along the MRO was frozen
//!   (`thaw`) when the entry was filled, in the current run (`frozen_run`), and the execution
//!   wrote no class or module attribute itself: the hit is then exactly the untracked read of
//!   frozen tables it would make (a later thaw writes a class, so it bumps the epoch first).
//!   Other speculative lookups bypass the cache (they must record their reads).
//! - Entries hold no references that outlive their validity: a value cached under epoch E is
//!   reachable from its class for as long as E is current.

use crate::attr_table::{AttrTable, Cell};
use crate::thaw::NameBit;
use crate::value::{Name, ObjRef, Value};
use std::sync::atomic::{AtomicU64, Ordering};

/// Entries per context (a power of two).
const SIZE: usize = 512;

static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidates every context's cached lookups (a class attribute changed, or memory was
/// reclaimed).
#[inline]
pub fn invalidate() {
    CLASS_EPOCH.fetch_add(1, Ordering::Release);
}

#[derive(Clone, Copy)]
struct Entry {
    class: usize,
    name: usize,
    /// 0: never filled.
    epoch: u64,
    /// The parallel run in which every class along the MRO was frozen at fill time (`thaw`);
    /// `u64::MAX` when one was not.
    frozen_run: u64,
    /// The thaw bits of the name in the user classes along the MRO (`thaw`), `nbits` of them:
    /// a speculative hit is an untracked read of those. A longer MRO is not cached for
    /// speculative lookups.
    bits: [NameBit; MRO_BITS],
    nbits: u8,
    found: Option<Value>,
}

const EMPTY: Entry = Entry {
    class: 0,
    name: 0,
    epoch: 0,
    frozen_run: u64::MAX,
    bits: [0; MRO_BITS],
    nbits: 0,
    found: None,
};

/// User classes along an MRO whose bits an entry keeps.
const MRO_BITS: usize = 4;

/// One context's table of class lookups.
pub struct ClassCache {
    entries: Box<[Entry; SIZE]>,
}

impl Default for ClassCache {
    fn default() -> Self {
        ClassCache {
            entries: Box::new([EMPTY; SIZE]),
        }
    }
}

fn key(class: ObjRef, name: Name) -> (usize, usize, usize) {
    let c = class.0 as *const _ as usize;
    let n = name.0 .0 as *const _ as usize;
    let h = (c >> 4).wrapping_mul(31) ^ (n >> 4);
    (c, n, h & (SIZE - 1))
}

impl ClassCache {
    /// The cached result of looking `name` up on `class`: `Some((found, bits))` on a hit,
    /// `bits` being the thaw bits of the classes read. A `speculative` lookup hits only entries
    /// filled from frozen classes in this run.
    #[inline]
    pub fn get(
        &self,
        class: ObjRef,
        name: Name,
        speculative: bool,
    ) -> Option<(Option<Value>, &[NameBit])> {
        let (c, n, i) = key(class, name);
        let e = &self.entries[i];
        (e.class == c
            && e.name == n
            && e.epoch == CLASS_EPOCH.load(Ordering::Acquire)
            && (!speculative || e.frozen_run == crate::thaw::current_run()))
        .then(|| (e.found, &e.bits[..usize::from(e.nbits)]))
    }

    /// Remembers a lookup's result, read from storage under `epoch` (see [`epoch`]). A
    /// `speculative` lookup is remembered only if every class along the MRO is frozen (it then
    /// read committed storage, untracked); otherwise it may have read uncommitted versions.
    #[inline]
    pub fn put(
        &mut self,
        class: ObjRef,
        name: Name,
        epoch: u64,
        found: Option<Value>,
        speculative: bool,
    ) {
        let (c, n, i) = key(class, name);
        let (mut bits, mut nbits) = ([0; MRO_BITS], 0);
        let frozen = crate::rt::mro(class).all(|k| match &k.kind {
            crate::object::Kind::Class(cl) if !cl.builtin => {
                let Some(slot) = bits.get_mut(nbits) else {
                    return false;
                };
                *slot = cl.attrs.thaw_bit(name);
                nbits += 1;
                cl.attrs.is_frozen()
            }
            _ => true,
        });
        if speculative && !frozen {
            return;
        }
        self.entries[i] = Entry {
            class: c,
            name: n,
            epoch,
            frozen_run: if frozen {
                crate::thaw::current_run()
            } else {
                u64::MAX
            },
            bits,
            nbits: nbits as u8,
            found,
        };
    }
}

/// The current epoch, read before a lookup whose result may be cached: a write that races
/// with the lookup bumps the epoch after it, so the entry is born stale rather than wrong.
#[inline]
pub fn epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Acquire)
}

/// Bumped by every collection: a freed module's or class's address may be reused.
static OBJECT_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidates every context's cached cells (memory was reclaimed).
#[inline]
pub fn objects_freed() {
    OBJECT_EPOCH.fetch_add(1, Ordering::Release);
}

#[derive(Clone)]
struct CellEntry {
    object: usize,
    name: usize,
    /// 0: never filled (the epoch starts at 1).
    epoch: u64,
    cell: Cell,
}

/// One context's table of module-global cells: (module, name) to the name's cell in the
/// module's `AttrTable`. A cell stays the name's cell for the module's life, so an entry is
/// valid until a collection (which may free the module and reuse its address).
pub struct CellCache {
    entries: Box<[CellEntry]>,
}

impl Default for CellCache {
    fn default() -> Self {
        let empty = CellEntry {
            object: 0,
            name: 0,
            epoch: 0,
            cell: Cell::default(),
        };
        CellCache {
            entries: vec![empty; SIZE].into_boxed_slice(),
        }
    }
}

impl CellCache {
    /// The cell of `name` in `table`, the attribute table of `object`.
    #[inline]
    pub fn cell(&mut self, object: ObjRef, table: &AttrTable, name: Name) -> &Cell {
        let (o, n, i) = key(object, name);
        let epoch = OBJECT_EPOCH.load(Ordering::Acquire);
        let e = &mut self.entries[i];
        if e.object != o || e.name != n || e.epoch != epoch {
            *e = CellEntry {
                object: o,
                name: n,
                epoch,
                cell: table.cell(name),
            };
        }
        &e.cell
    }
}
