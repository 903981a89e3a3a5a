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
//! no step of this run has committed a write to it. The first committed write of a run to a
//! table *thaws* it (stamps it) and bumps `THAWS`. A speculative execution notes `THAWS` when
//! it starts, reads frozen tables untracked, and is valid only while `THAWS` is unchanged.
//!
//! Why that is sound: an untracked read returns committed storage. It could only be wrong if
//! an earlier step's write to that name is missing from storage when the read happens and is
//! committed before this step validates; that commit thaws the table (its first write this
//! run) and bumps `THAWS` after the reader noted it, so the reader fails validation. Once a
//! table is thawed, reads of it are tracked as usual for the rest of the run. Writers stamp
//! before they bump and readers note `THAWS` before they check a stamp (all `SeqCst`), so a
//! reader that sees a table frozen either started before the bump or reads storage that
//! already holds the write.
//!
//! A table made during a run starts stamped (it is not frozen until the next run), so
//! defining classes in steps thaws nothing.
//!
//! Finer than "any thaw fails everyone": each table has a bit (one of 64, by creation order),
//! an execution ORs the bit of every frozen table it reads untracked into its read mask, and
//! the thaws of the run are logged with their tables' bits. An execution whose mask meets no
//! bit thawed since it started is still valid: a step that reads only the module's functions
//! survives another step's first write of a global counter. Two tables sharing a bit only make
//! the check conservative.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::SeqCst};
use std::sync::Mutex;

/// The current (or last) parallel run's number; 0 before the first.
static RUN: AtomicU64 = AtomicU64::new(0);

/// Bumped by the first write of a run to each table.
static THAWS: AtomicU64 = AtomicU64::new(0);

/// The bits of the tables thawed in this run, in thaw order; `THAWS` is its length.
static LOG: Mutex<Vec<u64>> = Mutex::new(Vec::new());

/// Tables made so far, to spread their bits.
static TABLES: AtomicU32 = AtomicU32::new(0);

/// A parallel run begins (no execution is in flight): every table not written during it is
/// frozen.
pub fn begin_run() {
    let mut log = LOG.lock().unwrap_or_else(|e| e.into_inner());
    RUN.fetch_add(1, SeqCst);
    log.clear();
    THAWS.store(0, SeqCst);
}

/// Whether a table whose bit is in `read_mask` thawed after `noted` (`thaws()` when the
/// execution started): its untracked reads of that table may be stale.
pub fn thawed_since(noted: u64, read_mask: u64) -> bool {
    if THAWS.load(SeqCst) == noted {
        return false;
    }
    if read_mask == 0 {
        return false;
    }
    let log = LOG.lock().unwrap_or_else(|e| e.into_inner());
    meets(log.get(noted as usize..), read_mask)
}

/// Whether one of the thawed tables' bits is in `read_mask`; a log that no longer reaches
/// back to the execution's start (`None`) counts as met.
fn meets(thawed: Option<&[u64]>, read_mask: u64) -> bool {
    thawed.is_none_or(|bits| bits.iter().any(|b| b & read_mask != 0))
}

/// The current (or last) parallel run's number.
#[inline]
pub fn current_run() -> u64 {
    RUN.load(SeqCst)
}

/// The thaw count a speculative execution notes when it starts.
pub fn thaws() -> u64 {
    THAWS.load(SeqCst)
}

/// The run in which a table was last written, and the table's bit (see the module docs).
pub struct Stamp {
    run: AtomicU64,
    bit: u64,
}

impl Stamp {
    /// The stamp of a table made now: written in the current run.
    pub fn new() -> Stamp {
        Stamp {
            run: AtomicU64::new(RUN.load(SeqCst)),
            bit: 1 << (TABLES.fetch_add(1, SeqCst) % 64),
        }
    }

    /// The table is being written: thaws it if it was frozen.
    #[inline]
    pub fn written(&self) {
        if self.run.load(SeqCst) != RUN.load(SeqCst) {
            self.thaw();
        }
    }

    #[cold]
    fn thaw(&self) {
        let mut log = LOG.lock().unwrap_or_else(|e| e.into_inner());
        let run = RUN.load(SeqCst);
        if self.run.load(SeqCst) != run {
            self.run.store(run, SeqCst);
            log.push(self.bit);
            THAWS.store(log.len() as u64, SeqCst);
        }
    }

    /// Whether no write of the current run has reached the table.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.run.load(SeqCst) != RUN.load(SeqCst)
    }

    /// The table's bit, for an execution's mask of frozen tables read.
    #[inline]
    pub fn bit(&self) -> u64 {
        self.bit
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

    /// One test: `begin_run` resets the process-wide log, which tests running beside each
    /// other must not do.
    #[test]
    fn a_table_written_in_a_run_thaws_once_and_refreezes_in_the_next() {
        let stamp = Stamp::new();
        assert!(!stamp.is_frozen(), "made in the current run");
        begin_run();
        assert!(stamp.is_frozen());
        let before = thaws();
        stamp.written();
        assert!(!stamp.is_frozen());
        assert!(thaws() > before);
        assert!(thawed_since(before, stamp.bit()));
        assert!(
            !thawed_since(before, 0),
            "an execution that read no frozen table"
        );
        assert!(
            !thawed_since(thaws(), stamp.bit()),
            "started after the thaw"
        );
        stamp.written();
        assert!(!stamp.is_frozen());
        begin_run();
        assert!(stamp.is_frozen());
    }

    #[test]
    fn only_readers_of_a_thawed_table_are_stale() {
        let (a, b) = (1 << 3, 1 << 9);
        assert!(meets(Some(&[a]), a | b));
        assert!(!meets(Some(&[a]), b), "b's readers are still valid");
        assert!(!meets(Some(&[]), a | b));
        assert!(meets(None, b), "a log that was reset since");
    }
}
