//! Conflict events: an execution thrown away because something it read changed, named in the
//! user's terms (`vm::describe`), with the work it lost. Every event is a `tracing` event
//! (target `specloop::conflict`); with `--report` they are also kept, and totalled at exit by
//! location and the two steps' sites, most work lost first.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use vm::describe::{Site, StepSite};

/// Why one execution was thrown away.
#[derive(Clone, Debug)]
pub struct ConflictEvent {
    /// What changed under it: `counter`, `Stats.calls`, `<dict created at app.py:12>`...
    pub location: String,
    /// The thrown-away step's sequence number (as in `--trace`).
    pub step: u64,
    /// The writing step's sequence number, when known.
    pub writer_step: Option<u64>,
    /// The step whose execution was thrown away.
    pub reader: StepSite,
    /// The step whose write made the read stale, when known.
    pub writer: Option<StepSite>,
    /// How long the thrown-away execution had run.
    pub lost: Duration,
}

static KEEP: AtomicBool = AtomicBool::new(false);
static EVENTS: Mutex<Vec<ConflictEvent>> = Mutex::new(Vec::new());

/// Keeps events for [`report`] (`--report`); the loops then also note which step wrote what.
pub fn keep_events() {
    KEEP.store(true, Ordering::Relaxed);
}

/// Whether events are kept.
pub fn keeping() -> bool {
    KEEP.load(Ordering::Relaxed)
}

/// Whether events are wanted at all (kept, or traced): then the loops note each step's site
/// and the last writer of each location.
pub fn wanted() -> bool {
    keeping() || tracing::enabled!(target: "specloop::conflict", tracing::Level::DEBUG)
}

/// Records one event.
pub fn record(e: ConflictEvent) {
    tracing::debug!(
        target: "specloop::conflict",
        location = %e.location,
        step = e.step,
        writer_step = e.writer_step.map_or(-1, |w| w as i64),
        reader = %e.reader.site,
        reader_task = e.reader.task.as_deref().unwrap_or("-"),
        writer = %e.writer.as_ref().map_or_else(|| "?".to_string(), |w| w.site.to_string()),
        lost_us = e.lost.as_micros() as u64,
        "conflict"
    );
    if keeping() {
        EVENTS.lock().push(e);
    }
}

/// One line of the report: every event with the same location and sites.
struct Group {
    lost: Duration,
    count: usize,
    tasks: Vec<String>,
}

/// The `--report` text: the kept events totalled by (location, reader site, writer site),
/// most work lost first.
pub fn report() -> String {
    let events = EVENTS.lock();
    let mut groups: HashMap<(String, Site, Option<Site>), Group> = HashMap::new();
    let mut total = Duration::ZERO;
    for e in events.iter() {
        total += e.lost;
        let key = (
            e.location.clone(),
            e.reader.site.clone(),
            e.writer.as_ref().map(|w| w.site.clone()),
        );
        let g = groups.entry(key).or_insert(Group {
            lost: Duration::ZERO,
            count: 0,
            tasks: Vec::new(),
        });
        g.lost += e.lost;
        g.count += 1;
        if let Some(t) = &e.reader.task {
            if g.tasks.len() < 3 && !g.tasks.contains(t) {
                g.tasks.push(t.clone());
            }
        }
    }
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by(|a, b| b.1.lost.cmp(&a.1.lost).then(b.1.count.cmp(&a.1.count)));
    let mut out = format!(
        "specloop-report: {} conflict{}, {:.3} s of work lost\n",
        events.len(),
        if events.len() == 1 { "" } else { "s" },
        total.as_secs_f64()
    );
    for ((location, reader, writer), g) in rows {
        let tasks = if g.tasks.is_empty() {
            String::new()
        } else {
            format!(" ({})", g.tasks.join(", "))
        };
        let writer = writer.map_or_else(|| "an earlier step".to_string(), |w| w.to_string());
        out.push_str(&format!(
            "  {:>8.3} s {:>5}x  {location}: read by {reader}{tasks}, written by {writer}\n",
            g.lost.as_secs_f64(),
            g.count
        ));
    }
    out
}
