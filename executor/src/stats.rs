//! Run-wide counters for `--stats`.

use std::sync::atomic::{AtomicU64, Ordering};

/// Counters updated by the loops.
#[derive(Default)]
pub struct Stats {
    /// Step executions started (first runs and re-runs).
    pub executions: AtomicU64,
    /// Steps committed.
    pub commits: AtomicU64,
    /// Executions discarded (invalid at commit, blocked, stale, or stopped).
    pub aborts: AtomicU64,
    /// Re-executions (incarnations after the first).
    pub reexecutions: AtomicU64,
}

/// The process's counters.
pub fn stats() -> &'static Stats {
    static S: std::sync::OnceLock<Stats> = std::sync::OnceLock::new();
    S.get_or_init(Stats::default)
}

impl Stats {
    /// Adds one to a counter.
    pub fn bump(c: &AtomicU64) {
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// The `--stats` line.
    pub fn line(&self, wall_s: f64) -> String {
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        format!(
            "specloop-stats: steps={} commits={} aborts={} reexecutions={} wall_s={:.3}",
            g(&self.commits),
            g(&self.commits),
            g(&self.aborts),
            g(&self.reexecutions),
            wall_s
        )
    }
}
