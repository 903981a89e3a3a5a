//! The pyperformance 1.14.0 benchmarks of issue 3 (the whole language: 18 scripts) and issue 4
//! (asyncio: async_generators and every async_tree variant), run unmodified, must print
//! exactly what CPython prints, at `--workers 1` and `--workers 2`.
//!
//! `tests/pyperformance/runs.txt` lists the runs: a benchmark name, its group, the script
//! `bm_SCRIPT.py` and its arguments. The scripts run beside a stand-in `pyperf.py` that runs
//! each benchmark function once and prints its name and a digest of its result. Goldens
//! `tests/pyperformance/golden/bm_NAME.stdout` come from `python3` (CPython 3.11) through
//! `tests/pyperformance/fetch.sh`, which also checks the scripts against the PyPI package.
//!
//! `PENDING` lists runs that need features not built yet. They still run: one that starts
//! passing fails the test until it is taken off the list, so the list cannot go stale.
//! `SPECLOOP_PYPERF=sub[,sub...]` runs only the benchmarks whose name contains a substring.
//! A debug build runs only the `lang` group (the async group takes minutes there); `.ci/run`
//! runs every group with a release build. `SPECLOOP_PYPERF_GROUPS=lang,async` chooses.

mod common;

use common::run_with_timeout;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Runs expected to fail for now, with what they are waiting for.
const PENDING: &[(&str, &str)] = &[];

const WORKERS: &[usize] = &[1, 2];
/// Generous: the test binary may be a debug build, ~20x slower than release.
const TIMEOUT: Duration = Duration::from_secs(240);

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("pyperformance")
}

/// One line of runs.txt: `python3 bm_{script}.py {args}` prints golden/bm_{name}.stdout.
struct Run {
    name: String,
    group: String,
    script: String,
    args: Vec<String>,
}

fn runs() -> Vec<Run> {
    let path = scripts_dir().join("runs.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            assert!(words.len() >= 3, "runs.txt: malformed line {l:?}");
            Run {
                name: words[0].to_string(),
                group: words[1].to_string(),
                script: words[2].to_string(),
                args: words[3..].iter().map(|w| w.to_string()).collect(),
            }
        })
        .collect()
}

/// Runs one benchmark and returns why its output differs from the golden, if it does.
fn mismatch(run: &Run, workers: usize) -> Option<String> {
    let dir = scripts_dir();
    let golden_path = dir.join("golden").join(format!("bm_{}.stdout", run.name));
    let golden = std::fs::read(&golden_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", golden_path.display()));
    let script = format!("bm_{}.py", run.script);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_specloop"));
    cmd.args(["run", "--workers", &workers.to_string(), &script])
        .args(&run.args)
        .current_dir(&dir);
    let out = run_with_timeout(cmd, TIMEOUT)
        .unwrap_or_else(|e| panic!("cannot run specloop on {script}: {e}"));
    if out.code() == Some(0) && out.stdout == golden {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
    Some(format!(
        "{} ({script} {}) --workers {workers}: exit {} after {:.1} s, stdout {:?} (expected {:?}), stderr: {}",
        run.name,
        run.args.join(" "),
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
    let groups: Vec<String> = match std::env::var("SPECLOOP_PYPERF_GROUPS") {
        Ok(g) => g.split(',').map(str::to_string).collect(),
        Err(_) if cfg!(debug_assertions) => vec!["lang".to_string()],
        Err(_) => vec!["lang".to_string(), "async".to_string()],
    };
    let mut problems = Vec::new();
    for run in runs() {
        let name = run.name.as_str();
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        if !groups.contains(&run.group) {
            continue;
        }
        let pending = PENDING.iter().find(|(n, _)| *n == name);
        for &workers in WORKERS {
            match (mismatch(&run, workers), pending) {
                (Some(why), None) => problems.push(why),
                (None, Some((_, waits_for))) => problems.push(format!(
                    "{name} now passes at --workers {workers}: take it off PENDING \
                     (it waited for {waits_for})"
                )),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
