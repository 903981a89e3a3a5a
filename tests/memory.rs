//! Memory reclamation: programs that build and drop objects in a loop run in constant memory
//! (issue 3, point 4). Peak resident memory (`VmHWM`, read from /proc while the program runs)
//! must not grow with the number of rounds. Uses std only; Linux only.

use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

/// Runs `specloop --workers W FILE ROUNDS` in tests/cli; returns its peak RSS in KiB.
fn peak_kib(file: &str, workers: &str, rounds: u32) -> u64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cli");
    let mut child = Command::new(env!("CARGO_BIN_EXE_specloop"))
        .args(["run", "--workers", workers, file, &rounds.to_string()])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn specloop");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = peak.max(kib);
            }
        }
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "{file} at {workers} workers: {status}");
            return peak;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Four times the rounds may not cost more than 25% more peak memory (plus 8 MiB of noise);
/// without reclamation the cost is linear (hundreds of MiB at the larger size). Parallel runs
/// pause for the collector at varying points, so their peaks vary by run: the larger size
/// gets its best of two runs against the smaller size's worst.
fn assert_constant(file: &str, workers: &str, rounds: u32) {
    let small = peak_kib(file, workers, rounds).max(peak_kib(file, workers, rounds));
    let large = peak_kib(file, workers, rounds * 4).min(peak_kib(file, workers, rounds * 4));
    assert!(
        large <= small + small / 4 + 8 * 1024,
        "{file} at {workers} workers: peak {small} KiB for {rounds} rounds, {large} KiB for {}",
        rounds * 4
    );
}

#[test]
fn garbage_in_a_loop_runs_in_constant_memory() {
    assert_constant("garbage_loop.py", "1", 100_000);
}

#[test]
fn garbage_in_tasks_runs_in_constant_memory() {
    assert_constant("garbage_tasks.py", "1", 2_000);
    assert_constant("garbage_tasks.py", "4", 2_000);
}

#[test]
fn garbage_in_generators_runs_in_constant_memory() {
    assert_constant("garbage_generators.py", "1", 20_000);
}

#[test]
fn garbage_in_recursion_runs_in_constant_memory() {
    assert_constant("garbage_recursion.py", "1", 50_000);
}

#[test]
fn garbage_in_init_runs_in_constant_memory() {
    assert_constant("garbage_init.py", "1", 100_000);
}
