//! The 18 pyperformance 1.14.0 scripts of issue 3, unmodified, must print exactly what CPython
//! prints, at `--workers 1` and `--workers 2`.
//!
//! The scripts live in `tests/pyperformance/bm_NAME.py` beside a stand-in `pyperf.py` that runs
//! each benchmark function once and prints its name and a digest of its result. Goldens
//! `tests/pyperformance/golden/bm_NAME.stdout` come from `python3` (CPython 3.11) through
//! `tests/pyperformance/fetch.sh`, which also checks the scripts against the PyPI package.
//!
//! `PENDING` lists scripts that need features not built yet. They still run: one that starts
//! passing fails the test until it is taken off the list, so the list cannot go stale.
//! `SPECLOOP_PYPERF=sub[,sub...]` runs only the scripts whose name contains a substring.

mod common;

use common::run_with_timeout;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const SCRIPTS: &[&str] = &[
    "chaos",
    "comprehensions",
    "coroutines",
    "deltablue",
    "fannkuch",
    "float",
    "generators",
    "go",
    "hexiom",
    "meteor_contest",
    "nbody",
    "nqueens",
    "pidigits",
    "raytrace",
    "richards",
    "richards_super",
    "spectral_norm",
    "unpack_sequence",
];

/// Scripts expected to fail for now, with what they are waiting for.
const PENDING: &[(&str, &str)] = &[
    ("comprehensions", "dataclasses, enum, typing"),
    ("deltablue", "subclassing list"),
    ("generators", "__future__, collections.abc"),
    ("hexiom", "io.StringIO"),
    ("meteor_contest", "bisect"),
    ("pidigits", "itertools"),
    ("raytrace", "array"),
];

const WORKERS: &[usize] = &[1, 2];
/// Generous: the test binary may be a debug build, ~20x slower than release.
const TIMEOUT: Duration = Duration::from_secs(240);

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("pyperformance")
}

/// Runs one script and returns why its output differs from the golden, if it does.
fn mismatch(name: &str, workers: usize) -> Option<String> {
    let dir = scripts_dir();
    let golden_path = dir.join("golden").join(format!("bm_{name}.stdout"));
    let golden = std::fs::read(&golden_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", golden_path.display()));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_specloop"));
    cmd.args([
        "run",
        "--workers",
        &workers.to_string(),
        &format!("bm_{name}.py"),
    ])
    .current_dir(&dir);
    let out = run_with_timeout(cmd, TIMEOUT)
        .unwrap_or_else(|e| panic!("cannot run specloop on bm_{name}.py: {e}"));
    if out.code() == Some(0) && out.stdout == golden {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
    Some(format!(
        "bm_{name}.py --workers {workers}: exit {} after {:.1} s, stdout {:?} (expected {:?}), stderr: {}",
        out.describe_status(),
        out.elapsed.as_secs_f64(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&golden),
        last.unwrap_or("(empty)")
    ))
}

#[test]
fn pyperformance_scripts_match_cpython() {
    let filters: Vec<String> = std::env::var("SPECLOOP_PYPERF")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let mut problems = Vec::new();
    for name in SCRIPTS {
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let pending = PENDING.iter().find(|(n, _)| n == name);
        for &workers in WORKERS {
            match (mismatch(name, workers), pending) {
                (Some(why), None) => problems.push(why),
                (None, Some((_, waits_for))) => problems.push(format!(
                    "bm_{name}.py now passes at --workers {workers}: take it off PENDING \
                     (it waited for {waits_for})"
                )),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
