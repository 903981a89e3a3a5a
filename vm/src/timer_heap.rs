//! The loop's timer heap, a port of what `BaseEventLoop` does with `_scheduled`: `heapq`
//! sifting compared on the deadline only, so equal deadlines come out in CPython's order, and
//! the same treatment of cancelled timers (`_timer_cancelled_count`, the head pruning and the
//! "too many cancelled timers" rebuild with `heapify`), which also decides that order.
//!
//! Invariants:
//! - `heap` is a binary min-heap on `when`, shaped exactly as CPython's list would be after the
//!   same operations (same sift algorithms, `<` only).
//! - `scheduled` holds the ids in `heap` (CPython's `handle._scheduled`).
//! - `cancelled` holds the ids in `heap` whose handle was cancelled; `cancelled_count` is
//!   CPython's counter, which (as in CPython) is not decremented when a cancelled timer leaves
//!   the heap as due, so it may exceed `cancelled.len()`.

use crate::effects::Handle;
use rustc_hash::FxHashSet;

/// `_MIN_SCHEDULED_TIMER_HANDLES`: below this many timers, no rebuild.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
/// `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`: rebuild when more than this share is cancelled.
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

/// A scheduled timer.
#[derive(Clone, Debug)]
pub struct Timer {
    /// Loop time at which it is due.
    pub when: f64,
    /// Its id, for cancellation.
    pub id: u64,
    /// What runs when it fires.
    pub handle: Handle,
}

/// The timers of the loop (`BaseEventLoop._scheduled` and its counters).
#[derive(Default)]
pub struct TimerHeap {
    heap: Vec<Timer>,
    scheduled: FxHashSet<u64>,
    cancelled: FxHashSet<u64>,
    cancelled_count: usize,
}

impl TimerHeap {
    /// `heapq.heappush(self._scheduled, timer)` of `call_at`.
    pub fn push(&mut self, t: Timer) {
        self.scheduled.insert(t.id);
        self.heap.push(t);
        let last = self.heap.len() - 1;
        sift_down(&mut self.heap, 0, last);
    }

    /// Every scheduled handle (cancelled ones included), for the collector.
    pub fn handles(&self) -> impl Iterator<Item = &Handle> {
        self.heap.iter().map(|t| &t.handle)
    }

    /// `TimerHandle.cancel` → `_timer_handle_cancelled`: counted only while in the heap.
    pub fn cancel(&mut self, id: u64) {
        if self.scheduled.contains(&id) && self.cancelled.insert(id) {
            self.cancelled_count += 1;
        }
    }

    /// The start of `_run_once`: drop cancelled timers, by rebuilding the heap when there are
    /// many of them, else from the head only.
    pub fn drop_cancelled(&mut self) {
        let count = self.heap.len();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && self.cancelled_count as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            let cancelled = std::mem::take(&mut self.cancelled);
            self.heap.retain(|t| !cancelled.contains(&t.id));
            self.scheduled = self.heap.iter().map(|t| t.id).collect();
            heapify(&mut self.heap);
            self.cancelled_count = 0;
        } else {
            while self
                .heap
                .first()
                .is_some_and(|t| self.cancelled.contains(&t.id))
            {
                self.cancelled_count = self.cancelled_count.saturating_sub(1);
                self.pop_head();
            }
        }
    }

    /// The earliest deadline, if any timer is scheduled.
    pub fn next_deadline(&self) -> Option<f64> {
        self.heap.first().map(|t| t.when)
    }

    /// `_run_once`'s "handle 'later' callbacks that are ready": pops every timer due before
    /// `end`, in heap order; cancelled ones are popped and skipped (CPython appends them to the
    /// ready queue, where they are skipped).
    pub fn pop_due(&mut self, end: f64) -> Vec<Handle> {
        let mut out = Vec::new();
        while self.heap.first().is_some_and(|t| t.when < end) {
            if let Some((t, cancelled)) = self.pop_head() {
                if !cancelled {
                    out.push(t.handle);
                }
            }
        }
        out
    }

    /// `heapq.heappop`, forgetting the popped id; with whether it was cancelled.
    fn pop_head(&mut self) -> Option<(Timer, bool)> {
        let last = self.heap.pop()?;
        let top = if self.heap.is_empty() {
            last
        } else {
            let top = std::mem::replace(&mut self.heap[0], last);
            sift_up(&mut self.heap, 0);
            top
        };
        self.scheduled.remove(&top.id);
        let cancelled = self.cancelled.remove(&top.id);
        Some((top, cancelled))
    }
}

/// CPython's `heapq._siftdown(heap, startpos, pos)`: moves `heap[pos]` up towards `startpos`
/// while it is smaller than its parent.
fn sift_down(heap: &mut [Timer], start: usize, mut pos: usize) {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if heap[pos].when < heap[parent].when {
            heap.swap(pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
}

/// CPython's `heapq._siftup(heap, pos)`: moves the smaller child up until `pos` reaches a leaf,
/// then sifts the displaced item back down to `start`.
fn sift_up(heap: &mut [Timer], start: usize) {
    let end = heap.len();
    let mut pos = start;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end
            && heap[child].when.partial_cmp(&heap[right].when) != Some(std::cmp::Ordering::Less)
        {
            child = right;
        }
        heap.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(heap, start, pos);
}

/// CPython's `heapq.heapify`.
fn heapify(heap: &mut [Timer]) {
    for i in (0..heap.len() / 2).rev() {
        sift_up(heap, i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn timer(id: u64, when: f64) -> Timer {
        Timer {
            when,
            id,
            handle: Handle {
                callback: Value::Int(id as i64),
                args: Vec::new(),
            },
        }
    }

    fn ids(handles: &[Handle]) -> Vec<i64> {
        handles
            .iter()
            .map(|h| match h.callback {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn equal_deadlines_pop_in_heapq_order() {
        // python3 -c "import heapq; ..." with a class comparing `when` only gives 0 2 4 1 3.
        let mut h = TimerHeap::default();
        for id in 0..5 {
            h.push(timer(id, 1.0));
        }
        assert_eq!(ids(&h.pop_due(2.0)), vec![0, 2, 4, 1, 3]);
    }

    #[test]
    fn many_cancelled_rebuild_the_heap() {
        let mut h = TimerHeap::default();
        for id in 0..120 {
            h.push(timer(id, (id % 3) as f64));
        }
        for id in (0..120).filter(|i| i % 5 != 0) {
            h.cancel(id);
        }
        h.drop_cancelled();
        assert_eq!(h.heap.len(), 24);
        assert_eq!(h.cancelled_count, 0);
        let due = ids(&h.pop_due(10.0));
        assert_eq!(due.len(), 24);
        assert!(due.iter().all(|i| i % 5 == 0));
    }

    #[test]
    fn cancelling_a_fired_timer_counts_nothing() {
        let mut h = TimerHeap::default();
        h.push(timer(1, 0.0));
        assert_eq!(ids(&h.pop_due(1.0)), vec![1]);
        h.cancel(1);
        assert_eq!(h.cancelled_count, 0);
    }
}
