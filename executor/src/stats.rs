//! Run-wide counters for `--stats`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

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
    /// Nanoseconds spent in executions that committed (the program's own work).
    pub busy_ns: AtomicU64,
    /// Nanoseconds spent in executions that were thrown away.
    pub wasted_ns: AtomicU64,
    /// Whether the reference loop times its steps (only for `--stats`: it costs two clock
    /// reads a step).
    pub timing: AtomicBool,
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

    /// Adds a duration to a nanosecond counter.
    pub fn add_time(c: &AtomicU64, d: Duration) {
        c.fetch_add(
            u64::try_from(d.as_nanos()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }

    /// The `--stats` line: `parallelism` is the committed work per second of the run, the
    /// speed-up over running that work on one core (if it ran as fast there).
    pub fn line(&self, wall_s: f64) -> String {
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let secs = |c: &AtomicU64| g(c) as f64 / 1e9;
        let parallelism = if wall_s > 0.0 {
            secs(&self.busy_ns) / wall_s
        } else {
            0.0
        };
        format!(
            "specloop-stats: steps={} commits={} aborts={} reexecutions={} busy_s={:.3} \
             wasted_s={:.3} parallelism={:.2} wall_s={:.3}",
            g(&self.commits),
            g(&self.commits),
            g(&self.aborts),
            g(&self.reexecutions),
            secs(&self.busy_ns),
            secs(&self.wasted_ns),
            parallelism,
            wall_s
        )
    }
}
