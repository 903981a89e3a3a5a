//! Frozen tables: module globals and class attributes that nobody has written since the
//! current parallel run began are read by speculative executions straight from storage,
//! without entering their read sets.
//!
//! A step reads dozens of such names (the functions and classes it calls, the methods it
//! looks up along an MRO) and almost never one that changes: tracking each read made the
//! read set, its validation and the multi-version lookups most of a short step's cost.
//!
//! Each `AttrTable` carries a stamp: the number of the run in which it was last written
//! (`RUN` counts parallel runs). A table whose stamp is not the current run's is *frozen*:
//! no step of this run has committed a write to it; its first write *thaws* it, and reads of
//! a thawed table are tracked as usual for the rest of the run.
//!
//! Each (table, name) has a bit (one of 4096, a hash of the table's number and the name's
//! text). A speculative execution notes `thaws()` when it starts and ORs the bit of every name
//! it reads untracked from a frozen table into its read mask. While a parallel run is active,
//! every write to a table is logged with its name's bit (a write of a thawed table too: an
//! execution that read the name before the thaw must see it), and `THAWS` counts the log. An
//! execution is valid while no bit logged since it started meets its mask: a step that reads
//! the module's functions survives another step's first write of a global counter.
//!
//! Why that is sound: an untracked read returns committed storage. It could only be wrong if
//! an earlier step's write to that name is missing from storage when the read happens and is
//! committed before this step validates; that commit logs the name after the reader noted
//! `THAWS`, so the reader fails validation. Writers stamp and log before they write storage,
//! and readers note `THAWS` before they check a stamp (all `SeqCst`), so a reader that sees a
//! table frozen either started before the log entry or reads storage that already holds the
//! write. Names sharing a bit only make the check conservative (a step reads a few dozen
//! names untracked, so 4096 bits keep that rare; with 128, a bit of a class attribute that
//! every commit of `bench/programs/counter_bump.py` writes met a bit of the names its steps
//! read, and every step ran twice).
//!
//! A table made during a run starts stamped (it is not frozen until the next run), so
//! defining classes in steps thaws nothing.

use crate::value::Name;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering::SeqCst};
use std::sync::Mutex;

/// One (table, name) bit: an index below `MASK_BITS`.
pub type NameBit = u16;

/// How many bits a read mask has.
const MASK_BITS: usize = 4096;

/// The bit a bulk write of a whole table logs: it meets every mask but an empty one.
const ALL: NameBit = NameBit::MAX;

/// The (table, name) bits of the names an execution read untracked from frozen tables
/// (allocated on the first).
#[derive(Clone, Default)]
pub struct ReadMask {
    words: Option<Box<[u64; MASK_BITS / 64]>>,
}

impl ReadMask {
    /// Adds a name's bit.
    #[inline]
    pub fn insert(&mut self, bit: NameBit) {
        let b = usize::from(bit) % MASK_BITS;
        let words = self
            .words
            .get_or_insert_with(|| Box::new([0; MASK_BITS / 64]));
        words[b / 64] |= 1 << (b % 64);
    }

    /// Whether no bit is set.
    fn is_empty(&self) -> bool {
        self.words.is_none()
    }

    /// Whether a logged write's bit meets the mask.
    fn meets(&self, bit: NameBit) -> bool {
        let Some(words) = &self.words else {
            return false;
        };
        if bit == ALL {
            return true;
        }
        let b = usize::from(bit) % MASK_BITS;
        words[b / 64] & (1 << (b % 64)) != 0
    }
}

/// The current (or last) parallel run's number; 0 before the first.
static RUN: AtomicU64 = AtomicU64::new(0);

/// Whether a parallel run is in progress (writes are logged).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Writes logged in this run so far.
static THAWS: AtomicU64 = AtomicU64::new(0);

/// The most entries the log keeps; an execution older than the oldest kept counts as stale.
const LOG_CAP: usize = 1 << 16;

/// The bits of the names written in this run, in order: entry `i` is write `base + i`.
struct Log {
    base: u64,
    bits: VecDeque<NameBit>,
}

static LOG: Mutex<Log> = Mutex::new(Log {
    base: 0,
    bits: VecDeque::new(),
});

fn log() -> std::sync::MutexGuard<'static, Log> {
    LOG.lock().unwrap_or_else(|e| e.into_inner())
}

/// Tables made so far, to spread their bits.
static TABLES: AtomicU32 = AtomicU32::new(0);

/// A parallel run begins (no execution is in flight): every table not written during it is
/// frozen.
pub fn begin_run() {
    let mut log = log();
    RUN.fetch_add(1, SeqCst);
    log.bits.clear();
    log.base = 0;
    THAWS.store(0, SeqCst);
    ACTIVE.store(true, SeqCst);
}

/// The parallel run ended (no execution is in flight): writes need no log until the next.
pub fn end_run() {
    ACTIVE.store(false, SeqCst);
}

/// The current (or last) parallel run's number.
#[inline]
pub fn current_run() -> u64 {
    RUN.load(SeqCst)
}

/// The write count a speculative execution notes when it starts.
pub fn thaws() -> u64 {
    THAWS.load(SeqCst)
}

/// Whether a name whose bit is in `read_mask` was written after `noted` (`thaws()` when the
/// execution started): its untracked reads of it may be stale.
pub fn thawed_since(noted: u64, read_mask: &ReadMask) -> bool {
    if THAWS.load(SeqCst) == noted || read_mask.is_empty() {
        return false;
    }
    let log = log();
    let since = noted
        .checked_sub(log.base)
        .map(|i| log.bits.range(i as usize..));
    meets(since, read_mask)
}

/// Whether one of the written names' bits is in `read_mask`; a log that no longer reaches
/// back to the execution's start (`None`) counts as met.
fn meets<'a>(written: Option<impl Iterator<Item = &'a NameBit>>, read_mask: &ReadMask) -> bool {
    written.is_none_or(|mut bits| bits.any(|b| read_mask.meets(*b)))
}

/// The run in which a table was last written, and the table's number (see the module docs).
pub struct Stamp {
    run: AtomicU64,
    id: u32,
}

impl Stamp {
    /// The stamp of a table made now: written in the current run.
    pub fn new() -> Stamp {
        Stamp {
            run: AtomicU64::new(RUN.load(SeqCst)),
            id: TABLES.fetch_add(1, SeqCst),
        }
    }

    /// The table's `name` (or, `None`, all its names) is being written: thaws the table if it
    /// was frozen, and logs the write while a parallel run is active.
    #[inline]
    pub fn written(&self, name: Option<Name>) {
        if ACTIVE.load(SeqCst) {
            self.log_write(name);
        } else if self.run.load(SeqCst) != RUN.load(SeqCst) {
            self.run.store(RUN.load(SeqCst), SeqCst);
        }
    }

    fn log_write(&self, name: Option<Name>) {
        let bits = name.map_or(ALL, |n| self.name_bit(n));
        let mut log = log();
        self.run.store(RUN.load(SeqCst), SeqCst);
        log.bits.push_back(bits);
        if log.bits.len() > LOG_CAP {
            log.bits.pop_front();
            log.base += 1;
        }
        THAWS.store(log.base + log.bits.len() as u64, SeqCst);
    }

    /// Whether no write of the current run has reached the table.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.run.load(SeqCst) != RUN.load(SeqCst)
    }

    /// The bit of this table's `name`, for an execution's mask of untracked reads.
    #[inline]
    pub fn name_bit(&self, name: Name) -> NameBit {
        // From the text's hash, not the name's address: a program gets the same bits on every
        // run, so its speed does not depend on where the allocator put its names.
        let text = match &name.0 .0.kind {
            crate::object::Kind::Str(s) => s.hash,
            _ => 0,
        };
        let h = (text ^ u64::from(self.id).wrapping_mul(0xD6E8_FEB8_6659_FD93))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as NameBit
    }
}

impl Default for Stamp {
    fn default() -> Self {
        Stamp::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::intern;

    fn mask(bits: &[NameBit]) -> ReadMask {
        let mut m = ReadMask::default();
        bits.iter().for_each(|b| m.insert(*b));
        m
    }

    /// One test: `begin_run` resets the process-wide log, which tests running beside each
    /// other must not do.
    #[test]
    fn a_table_written_in_a_run_thaws_once_and_refreezes_in_the_next() {
        let stamp = Stamp::new();
        let (n, m) = (intern("thaw_test_n"), intern("thaw_test_m"));
        assert!(!stamp.is_frozen(), "made in the current run");
        begin_run();
        assert!(stamp.is_frozen());
        let before = thaws();
        stamp.written(Some(n));
        assert!(!stamp.is_frozen());
        assert!(thaws() > before);
        assert!(thawed_since(before, &mask(&[stamp.name_bit(n)])));
        if stamp.name_bit(n) != stamp.name_bit(m) {
            assert!(
                !thawed_since(before, &mask(&[stamp.name_bit(m)])),
                "m's readers"
            );
        }
        assert!(!thawed_since(before, &mask(&[])), "read no frozen table");
        let after = thaws();
        stamp.written(Some(m));
        assert!(
            thawed_since(after, &mask(&[stamp.name_bit(m)])),
            "thawed, still logged"
        );
        end_run();
        begin_run();
        assert!(stamp.is_frozen());
        end_run();
    }

    #[test]
    fn only_readers_of_a_written_name_are_stale() {
        let (a, b): (NameBit, NameBit) = (3, 4000);
        assert!(meets(Some([a].iter()), &mask(&[a, b])));
        assert!(
            !meets(Some([a].iter()), &mask(&[b])),
            "b's readers are still valid"
        );
        assert!(!meets(Some([].iter()), &mask(&[a, b])));
        assert!(meets(Some([ALL].iter()), &mask(&[b])), "a bulk write");
        assert!(!meets(Some([ALL].iter()), &mask(&[])));
        assert!(
            meets(None::<std::slice::Iter<NameBit>>, &mask(&[b])),
            "older than the log"
        );
    }
}
