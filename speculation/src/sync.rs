//! One small synchronisation API over two implementations: `loom`'s model-checked primitives
//! under `--cfg loom`, `parking_lot` and `std` otherwise. The rest of the crate (and the loom
//! models in `loom-tests/`) use only this module, so the code under test is the code that ships.
//!
//! Invariants:
//! - The API is the intersection of both: `Mutex::lock` returns a guard (no poisoning:
//!   a panic while holding a lock is a bug elsewhere, and the data is handed out as is);
//!   `Condvar::wait` takes the guard by value and gives it back.
//! - No spurious-wakeup promises either way: callers always re-check their condition in a loop.

#[cfg(loom)]
mod imp {
    pub use loom::sync::{atomic, Arc};
    pub use loom::thread::yield_now;

    /// A mutual-exclusion lock (loom model).
    #[derive(Debug, Default)]
    pub struct Mutex<T>(loom::sync::Mutex<T>);

    /// Held lock of a [`Mutex`].
    pub type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;

    impl<T> Mutex<T> {
        /// A new unlocked mutex holding `value`.
        pub fn new(value: T) -> Self {
            Mutex(loom::sync::Mutex::new(value))
        }

        /// Locks, blocking until the lock is free.
        pub fn lock(&self) -> MutexGuard<'_, T> {
            self.0.lock().unwrap_or_else(|e| e.into_inner())
        }

        /// The value, when the mutex is owned.
        pub fn into_inner(self) -> T {
            self.0.into_inner().unwrap_or_else(|e| e.into_inner())
        }
    }

    /// A condition variable (loom model).
    #[derive(Debug, Default)]
    pub struct Condvar(loom::sync::Condvar);

    impl Condvar {
        /// A new condition variable.
        pub fn new() -> Self {
            Condvar(loom::sync::Condvar::new())
        }

        /// Releases the lock, sleeps until notified, re-locks.
        pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
            self.0.wait(guard).unwrap_or_else(|e| e.into_inner())
        }

        /// Wakes one waiter.
        pub fn notify_one(&self) {
            self.0.notify_one();
        }

        /// Wakes every waiter.
        pub fn notify_all(&self) {
            self.0.notify_all();
        }
    }
}

#[cfg(not(loom))]
mod imp {
    pub use std::sync::{atomic, Arc};
    pub use std::thread::yield_now;

    /// A mutual-exclusion lock (`parking_lot`: small, fast uncontended, no poisoning).
    #[derive(Debug, Default)]
    pub struct Mutex<T>(parking_lot::Mutex<T>);

    /// Held lock of a [`Mutex`].
    pub type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

    impl<T> Mutex<T> {
        /// A new unlocked mutex holding `value`.
        pub fn new(value: T) -> Self {
            Mutex(parking_lot::Mutex::new(value))
        }

        /// Locks, blocking until the lock is free.
        pub fn lock(&self) -> MutexGuard<'_, T> {
            self.0.lock()
        }

        /// The value, when the mutex is owned.
        pub fn into_inner(self) -> T {
            self.0.into_inner()
        }
    }

    /// A condition variable (`parking_lot`).
    #[derive(Debug, Default)]
    pub struct Condvar(parking_lot::Condvar);

    impl Condvar {
        /// A new condition variable.
        pub fn new() -> Self {
            Condvar(parking_lot::Condvar::new())
        }

        /// Releases the lock, sleeps until notified, re-locks.
        pub fn wait<'a, T>(&self, mut guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
            self.0.wait(&mut guard);
            guard
        }

        /// Wakes one waiter.
        pub fn notify_one(&self) {
            self.0.notify_one();
        }

        /// Wakes every waiter.
        pub fn notify_all(&self) {
            self.0.notify_all();
        }
    }
}

pub use imp::{atomic, yield_now, Arc, Condvar, Mutex, MutexGuard};
