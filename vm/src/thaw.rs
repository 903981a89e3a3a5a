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

use std::sync::atomic::{AtomicU64, Ordering::SeqCst};

/// The current (or last) parallel run's number; 0 before the first.
static RUN: AtomicU64 = AtomicU64::new(0);

/// Bumped by the first write of a run to each table.
static THAWS: AtomicU64 = AtomicU64::new(0);

/// A parallel run begins: every table not written during it is frozen.
pub fn begin_run() {
    RUN.fetch_add(1, SeqCst);
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

/// The run in which a table was last written (see the module docs).
pub struct Stamp(AtomicU64);

impl Stamp {
    /// The stamp of a table made now: written in the current run.
    pub fn new() -> Stamp {
        Stamp(AtomicU64::new(RUN.load(SeqCst)))
    }

    /// The table is being written: thaws it if it was frozen.
    #[inline]
    pub fn written(&self) {
        let run = RUN.load(SeqCst);
        if self.0.load(SeqCst) != run {
            self.0.store(run, SeqCst);
            THAWS.fetch_add(1, SeqCst);
        }
    }

    /// Whether no write of the current run has reached the table.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.0.load(SeqCst) != RUN.load(SeqCst)
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
        stamp.written();
        assert!(!stamp.is_frozen());
        begin_run();
        assert!(stamp.is_frozen());
    }
}
