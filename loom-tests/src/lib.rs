//! loom models of the concurrent core of `speculation/`, in `tests/`:
//! `mvmemory.rs` (publish, read, estimates, commit and validation) and `scheduler.rs` (claiming
//! of work, blocked steps, the commit hand-off).
//!
//! Run: `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-tests --release`
//! (`.ci/run` does). Without `--cfg loom` the models compile to nothing.
