//! Differential tests: every `tests/programs/*.py` must behave under specloop exactly as under
//! CPython 3.11, whatever the number of workers.
//!
//! For each program `P.py` the goldens next to it were produced by `python3 P.py` (cwd
//! `tests/programs`, see `tests/regen_goldens.sh`):
//!
//! * `P.stdout`      – the exact stdout bytes,
//! * `P.exit`        – the exit status (`0\n`, `1\n`, ...),
//! * `P.stderr_last` – only for a non-zero exit: the last non-empty stderr line (e.g. the
//!   `ValueError: ...` line of a traceback).
//!
//! A program whose first line is `# golden-python: 3.12` tests a CPython 3.12 feature specloop
//! has (`asyncio.eager_task_factory`): its goldens (both passes) come from
//! `PYENV_VERSION=3.12.1 python3`. Such a program must not depend on any other difference
//! between 3.11 and 3.12.
//!
//! Each program runs as `specloop run --workers N P.py` (cwd `tests/programs`) for N in 1, 2, 4,
//! 8, with a 30 s timeout per run. Stdout bytes, the exit status and (when the golden has one)
//! the last non-empty stderr line are compared. A few programs run at a time; all failures are
//! collected and reported together at the end.
//!
//! Environment:
//!
//! * `SPECLOOP_PROGRAMS=sub[,sub...]` – only programs whose file name contains one of the
//!   substrings.
//! * `SPECLOOP_WORKERS=1,2`           – worker counts to try instead of 1, 2, 4, 8.
//! * `SPECLOOP_TEST_JOBS=K`           – programs run at a time (default: 2–4, from the core count).
//! * `SPECLOOP_GC_STRESS=0`          – skip the second pass, which runs every program that does
//!   not sleep for real at workers 1 and 2 with `SPECLOOP_GC_EVERY=1` (the collector runs at
//!   nearly every safe point).
//! * `SPECLOOP_REGEN=1`               – regenerate the goldens with CPython (`SPECLOOP_PYTHON`,
//!   default `python3`) instead of comparing; same result as `tests/regen_goldens.sh`.
//!
//! A third pass runs every program that imports asyncio under `--clock virtual` at workers 1,
//! 2 and 4, against goldens in `virtual_clock/` that CPython printed under the same autojump
//! clock (`tests/cpython_virtual_clock.py`). Equal deadlines are common there, so this pass
//! checks the timer heap's tie-breaking.
//!
//! A fourth pass runs every asyncio program that does not sleep for real under scheduler
//! stress (`SPECLOOP_STRESS=<seed>`: the workers pause at random points, see `vm::stress`) at
//! workers 2, 4 and 8, in `SPECLOOP_STRESS_ROUNDS` rounds (default 2), each with its own seed.
//!
//! Uses std only.

mod common;

use common::run_with_timeout;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_WORKERS: &[usize] = &[1, 2, 4, 8];
const TIMEOUT: Duration = Duration::from_secs(30);
/// Failures described in full; the rest are listed one per line.
const MAX_DETAILED: usize = 120;

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

fn specloop_bin() -> &'static str {
    env!("CARGO_BIN_EXE_specloop")
}

// ---------------------------------------------------------------------------------------------
// Programs and goldens.

struct Program {
    /// File name, e.g. `async__queue_maxsize.py`.
    file: String,
    /// Path without the `.py` extension; goldens are `<stem>.stdout` etc.
    stem: PathBuf,
}

struct Golden {
    stdout: Vec<u8>,
    exit: i32,
    stderr_last: Option<String>,
}

fn filters() -> Vec<String> {
    std::env::var("SPECLOOP_PROGRAMS")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn list_programs() -> Vec<Program> {
    let dir = programs_dir();
    let filters = filters();
    let mut out = Vec::new();
    for entry in
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
    {
        let path = entry.expect("directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if !filters.is_empty() && !filters.iter().any(|f| file.contains(f.as_str())) {
            continue;
        }
        out.push(Program {
            file,
            stem: path.with_extension(""),
        });
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// A way of running the corpus.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// `specloop run --workers N`.
    Plain,
    /// With the collector running at nearly every safe point (`SPECLOOP_GC_EVERY=1`).
    CollectorStress,
    /// `--clock virtual`, against goldens printed by CPython under an autojump clock.
    VirtualClock,
    /// With the workers pausing at random points (`SPECLOOP_STRESS=<seed>`, `vm::stress`).
    SchedulerStress(u64),
}

impl Pass {
    fn describe(self) -> &'static str {
        match self {
            Pass::Plain => "",
            Pass::CollectorStress => " under collector stress",
            Pass::VirtualClock => " under the virtual clock",
            Pass::SchedulerStress(_) => " under scheduler stress",
        }
    }
}

/// The directory of the virtual-clock goldens.
fn virtual_clock_dir() -> PathBuf {
    programs_dir().join("virtual_clock")
}

fn golden_path(p: &Program, ext: &str, pass: Pass) -> PathBuf {
    let mut s = match pass {
        Pass::VirtualClock => virtual_clock_dir()
            .join(p.stem.file_name().unwrap_or_default())
            .into_os_string(),
        Pass::Plain | Pass::CollectorStress | Pass::SchedulerStress(_) => {
            p.stem.clone().into_os_string()
        }
    };
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

fn load_golden(p: &Program, pass: Pass) -> Result<Golden, String> {
    let golden_path = |p: &Program, ext: &str| golden_path(p, ext, pass);
    let hint = "run tests/regen_goldens.sh (or SPECLOOP_REGEN=1 cargo test --test programs)";
    let stdout = std::fs::read(golden_path(p, "stdout"))
        .map_err(|e| format!("missing golden {}.stdout ({e}); {hint}", p.stem.display()))?;
    let exit_text = std::fs::read_to_string(golden_path(p, "exit"))
        .map_err(|e| format!("missing golden {}.exit ({e}); {hint}", p.stem.display()))?;
    let exit = exit_text
        .trim()
        .parse::<i32>()
        .map_err(|e| format!("bad golden {}.exit {:?}: {e}", p.stem.display(), exit_text))?;
    let stderr_last = match std::fs::read_to_string(golden_path(p, "stderr_last")) {
        Ok(s) => Some(s.trim_end_matches(['\n', '\r']).to_string()),
        Err(_) if exit == 0 => None,
        Err(e) => {
            return Err(format!(
                "missing golden {}.stderr_last for exit {exit} ({e}); {hint}",
                p.stem.display()
            ))
        }
    };
    Ok(Golden {
        stdout,
        exit,
        stderr_last,
    })
}

fn last_nonempty_line(bytes: &[u8]) -> Option<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end_matches('\r').to_string())
}

fn tail_lines(bytes: &[u8], n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    lines[start..].iter().map(|l| clip(l, 200)).collect()
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push_str("...");
        t
    }
}

fn show_line(line: Option<&[u8]>) -> String {
    match line {
        None => "<no line: output ended>".to_string(),
        Some(l) => clip(&format!("{:?}", String::from_utf8_lossy(l)), 240),
    }
}

/// A description of how `got` differs from `expected`, by line.
fn describe_stdout_diff(expected: &[u8], got: &[u8]) -> String {
    let exp: Vec<&[u8]> = expected.split_inclusive(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = got.split_inclusive(|&b| b == b'\n').collect();
    let mut i = 0;
    while i < exp.len() && i < act.len() && exp[i] == act[i] {
        i += 1;
    }
    let mut s = format!(
        "stdout differs at line {} (expected {} lines / {} bytes, got {} lines / {} bytes)\n",
        i + 1,
        exp.len(),
        expected.len(),
        act.len(),
        got.len()
    );
    let _ = writeln!(s, "      expected: {}", show_line(exp.get(i).copied()));
    let _ = write!(s, "      got:      {}", show_line(act.get(i).copied()));
    s
}

// ---------------------------------------------------------------------------------------------
// The comparison.

struct Failure {
    program: String,
    workers: usize,
    problems: Vec<String>,
    stderr_tail: Vec<String>,
    elapsed: Duration,
}

fn check_run(p: &Program, golden: &Golden, workers: usize, pass: Pass) -> Option<Failure> {
    let mut cmd = Command::new(specloop_bin());
    cmd.current_dir(programs_dir())
        .arg("run")
        .arg("--workers")
        .arg(workers.to_string());
    match pass {
        Pass::Plain => {}
        Pass::CollectorStress => {
            cmd.env("SPECLOOP_GC_EVERY", "1");
        }
        Pass::VirtualClock => {
            cmd.args(["--clock", "virtual"]);
        }
        Pass::SchedulerStress(seed) => {
            cmd.env("SPECLOOP_STRESS", seed.to_string());
        }
    }
    cmd.arg(&p.file);
    let fail = |problems: Vec<String>, stderr_tail: Vec<String>, elapsed: Duration| Failure {
        program: p.file.clone(),
        workers,
        problems,
        stderr_tail,
        elapsed,
    };
    let out = match run_with_timeout(cmd, TIMEOUT) {
        Ok(o) => o,
        Err(e) => {
            return Some(fail(
                vec![format!("could not start {}: {e}", specloop_bin())],
                vec![],
                Duration::ZERO,
            ))
        }
    };
    let mut problems = Vec::new();
    if out.timed_out {
        problems.push(format!("timed out: {}", out.describe_status()));
    }
    if out.stdout != golden.stdout {
        problems.push(describe_stdout_diff(&golden.stdout, &out.stdout));
    }
    if !out.timed_out && out.code() != Some(golden.exit) {
        problems.push(format!(
            "exit status: expected {}, got {}",
            golden.exit,
            out.describe_status()
        ));
    }
    if let Some(want) = &golden.stderr_last {
        let got = last_nonempty_line(&out.stderr);
        if got.as_deref() != Some(want.as_str()) {
            problems.push(format!(
                "last stderr line differs\n      expected: {:?}\n      got:      {}",
                want,
                match &got {
                    Some(g) => format!("{:?}", clip(g, 240)),
                    None => "<stderr empty>".to_string(),
                }
            ));
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(fail(problems, tail_lines(&out.stderr, 8), out.elapsed))
    }
}

fn worker_counts() -> Vec<usize> {
    match std::env::var("SPECLOOP_WORKERS") {
        Ok(s) if !s.trim().is_empty() => s
            .split(',')
            .map(|w| {
                w.trim()
                    .parse::<usize>()
                    .unwrap_or_else(|_| panic!("bad SPECLOOP_WORKERS entry {w:?}"))
            })
            .collect(),
        _ => DEFAULT_WORKERS.to_vec(),
    }
}

fn parallel_jobs() -> usize {
    if let Ok(s) = std::env::var("SPECLOOP_TEST_JOBS") {
        if let Ok(n) = s.trim().parse::<usize>() {
            return n.clamp(1, 16);
        }
    }
    let cores = thread::available_parallelism().map_or(2, |n| n.get());
    (cores / 2).clamp(2, 4)
}

/// Runs `f` on every item with `jobs` threads; results in item order.
fn for_each_parallel<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|scope| {
        for _ in 0..jobs.min(items.len()).max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

// ---------------------------------------------------------------------------------------------
// Regenerating goldens with CPython.

/// Whether the program's goldens come from CPython 3.12 (`# golden-python: 3.12` first line).
fn golden_python_312(p: &Program) -> bool {
    std::fs::read_to_string(programs_dir().join(&p.file))
        .is_ok_and(|s| s.lines().next() == Some("# golden-python: 3.12"))
}

/// Runs `p` under CPython (under the autojump clock for `Pass::VirtualClock`) and writes the
/// goldens of that pass; returns the exit status.
fn regenerate_one(python: &str, p: &Program, pass: Pass) -> i32 {
    let mut cmd = Command::new(python);
    if golden_python_312(p) {
        cmd.env("PYENV_VERSION", "3.12.1");
    }
    cmd.current_dir(programs_dir());
    if pass == Pass::VirtualClock {
        cmd.arg(programs_dir().join("..").join("cpython_virtual_clock.py"));
    }
    cmd.arg(&p.file)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS");
    let out = run_with_timeout(cmd, TIMEOUT).unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    assert!(!out.timed_out, "{python} {} timed out", p.file);
    let code = out
        .code()
        .unwrap_or_else(|| panic!("{python} {} died: {}", p.file, out.describe_status()));
    std::fs::write(golden_path(p, "stdout", pass), &out.stdout).expect("write .stdout");
    std::fs::write(golden_path(p, "exit", pass), format!("{code}\n")).expect("write .exit");
    let last = golden_path(p, "stderr_last", pass);
    if code != 0 {
        let line = last_nonempty_line(&out.stderr).unwrap_or_default();
        std::fs::write(&last, format!("{line}\n")).expect("write .stderr_last");
    } else {
        let _ = std::fs::remove_file(&last);
        if !out.stderr.is_empty() {
            eprintln!(
                "warning: {} exited 0 but wrote to stderr:\n{}",
                p.file,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    code
}

/// Removes the goldens whose program is gone (and virtual-clock goldens of programs that no
/// longer import asyncio).
fn remove_stale_goldens() {
    for (dir, needs_asyncio) in [(programs_dir(), false), (virtual_clock_dir(), true)] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext, "stdout" | "exit" | "stderr_last") {
                continue;
            }
            let program =
                programs_dir().join(path.with_extension("py").file_name().unwrap_or_default());
            let source = std::fs::read_to_string(&program);
            let stale = match source {
                Err(_) => true,
                Ok(text) => needs_asyncio && !imports_asyncio(&text),
            };
            if stale {
                eprintln!("removing stale golden {}", path.display());
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

fn regenerate(programs: &[Program]) {
    let python = std::env::var("SPECLOOP_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let _ = std::fs::create_dir_all(virtual_clock_dir());
    let results = for_each_parallel(programs, parallel_jobs(), |p| {
        let code = regenerate_one(&python, p, Pass::Plain);
        if uses_asyncio(p) {
            regenerate_one(&python, p, Pass::VirtualClock);
        }
        code
    });
    if filters().is_empty() {
        remove_stale_goldens();
    }
    let nonzero = results.iter().filter(|c| **c != 0).count();
    eprintln!(
        "regenerated goldens for {} program(s) ({} exit non-zero) with {python}",
        programs.len(),
        nonzero
    );
}

// ---------------------------------------------------------------------------------------------
// Tests.

/// Every program has its goldens (does not need the interpreter).
#[test]
fn goldens_present() {
    if std::env::var("SPECLOOP_REGEN").is_ok_and(|v| v == "1") {
        return;
    }
    let missing: Vec<String> = list_programs()
        .iter()
        .flat_map(|p| {
            let virtual_clock = uses_asyncio(p).then(|| load_golden(p, Pass::VirtualClock));
            [Some(load_golden(p, Pass::Plain)), virtual_clock]
        })
        .filter_map(|g| g?.err())
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn programs_match_cpython() {
    if std::env::var("SPECLOOP_REGEN").is_ok_and(|v| v == "1") {
        regenerate(&list_programs());
        return;
    }
    run_corpus(worker_counts(), Pass::Plain);
}

#[test]
fn programs_match_cpython_under_collector_stress() {
    let skip = std::env::var("SPECLOOP_GC_STRESS").is_ok_and(|v| v == "0")
        || std::env::var("SPECLOOP_REGEN").is_ok_and(|v| v == "1");
    if !skip {
        run_corpus(vec![1, 2], Pass::CollectorStress);
    }
}

#[test]
fn asyncio_programs_match_cpython_under_the_virtual_clock() {
    if !std::env::var("SPECLOOP_REGEN").is_ok_and(|v| v == "1") {
        run_corpus(vec![1, 2, 4], Pass::VirtualClock);
    }
}

#[test]
fn asyncio_programs_match_cpython_under_scheduler_stress() {
    if std::env::var("SPECLOOP_REGEN").is_ok_and(|v| v == "1") {
        return;
    }
    let rounds: u64 = std::env::var("SPECLOOP_STRESS_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2);
    for round in 0..rounds {
        run_corpus(vec![2, 4, 8], Pass::SchedulerStress(round + 1));
    }
}

/// Whether a program's source imports asyncio (it then runs under the virtual clock too).
fn imports_asyncio(source: &str) -> bool {
    source.contains("import asyncio")
}

fn uses_asyncio(p: &Program) -> bool {
    imports_asyncio(&std::fs::read_to_string(p.stem.with_extension("py")).unwrap_or_default())
}

/// Whether a program sleeps for a non-zero time, so its output may depend on how fast its
/// steps run (`asyncio.sleep(0.01)` racing a busy task).
fn sleeps_for_real(p: &Program) -> bool {
    let source = std::fs::read_to_string(p.stem.with_extension("py")).unwrap_or_default();
    source.match_indices("sleep(").any(|(i, m)| {
        let arg = &source[i + m.len()..];
        !arg.starts_with("0)") && !arg.starts_with(')')
    })
}

/// Runs every selected program at each worker count and panics with a report of the runs
/// that differ from the goldens.
fn run_corpus(workers: Vec<usize>, pass: Pass) {
    let mut programs = list_programs();
    if pass == Pass::VirtualClock {
        programs.retain(uses_asyncio);
    }
    if pass == Pass::CollectorStress {
        // Collecting at every safe point slows steps down by orders of magnitude, so a
        // program whose order depends on real sleeps (a timer racing other steps) would not
        // print CPython's order; the first pass checks those.
        programs.retain(|p| !sleeps_for_real(p));
    }
    if let Pass::SchedulerStress(_) = pass {
        // Only the parallel loop has workers to pause: the programs that run asyncio, minus
        // those whose order depends on real sleeps (pauses slow steps, as above).
        programs.retain(|p| uses_asyncio(p) && !sleeps_for_real(p));
    }
    assert!(
        !programs.is_empty(),
        "no programs in {} match SPECLOOP_PROGRAMS={:?}",
        programs_dir().display(),
        std::env::var("SPECLOOP_PROGRAMS").unwrap_or_default()
    );
    let jobs = parallel_jobs();
    let started = Instant::now();
    let per_program: Vec<Vec<Failure>> = for_each_parallel(&programs, jobs, |p| {
        let golden = match load_golden(p, pass) {
            Ok(g) => g,
            Err(e) => {
                return vec![Failure {
                    program: p.file.clone(),
                    workers: 0,
                    problems: vec![e],
                    stderr_tail: vec![],
                    elapsed: Duration::ZERO,
                }]
            }
        };
        workers
            .iter()
            .filter_map(|&n| check_run(p, &golden, n, pass))
            .collect()
    });
    let failures: Vec<Failure> = per_program.into_iter().flatten().collect();
    let runs = programs.len() * workers.len();
    eprintln!(
        "specloop differential tests{}: {} program(s) x workers {:?} = {} runs, {} failed, {:.1} s",
        pass.describe(),
        programs.len(),
        workers,
        runs,
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        return;
    }

    let mut report = String::new();
    let _ = writeln!(
        report,
        "\n{} of {} runs differ from CPython{} ({} program(s) x workers {:?}):\n",
        failures.len(),
        runs,
        pass.describe(),
        programs.len(),
        workers
    );
    // Summary: program -> failing worker counts.
    let mut summary: Vec<(String, Vec<usize>)> = Vec::new();
    for f in &failures {
        match summary.last_mut() {
            Some((name, ws)) if *name == f.program => ws.push(f.workers),
            _ => summary.push((f.program.clone(), vec![f.workers])),
        }
    }
    for (name, ws) in &summary {
        let ws: Vec<String> = ws
            .iter()
            .map(|w| {
                if *w == 0 {
                    "-".to_string()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let _ = writeln!(report, "  {name:<48} workers {}", ws.join(","));
    }
    report.push('\n');
    for (k, f) in failures.iter().enumerate() {
        if k == MAX_DETAILED {
            let _ = writeln!(
                report,
                "... {} more failure(s) not shown in detail (see the summary above)",
                failures.len() - k
            );
            break;
        }
        if f.workers == 0 {
            let _ = writeln!(report, "--- {}", f.program);
        } else {
            let _ = writeln!(
                report,
                "--- {} --workers {}  ({:.2} s)",
                f.program,
                f.workers,
                f.elapsed.as_secs_f64()
            );
        }
        for p in &f.problems {
            let _ = writeln!(report, "    {p}");
        }
        if !f.stderr_tail.is_empty() {
            let _ = writeln!(report, "    stderr (last {} lines):", f.stderr_tail.len());
            for l in &f.stderr_tail {
                let _ = writeln!(report, "      | {l}");
            }
        }
    }
    let _ = writeln!(
        report,
        "\nrerun one: SPECLOOP_PROGRAMS={} SPECLOOP_WORKERS={} cargo test --test programs",
        failures[0].program.trim_end_matches(".py"),
        failures[0].workers.max(1)
    );
    panic!("{report}");
}
