//! The syntax catalogue: one small program per Python 3.11 syntax form in `tests/syntax/`
//! (statements, expressions, literals, and the compile-time errors CPython reports).
//!
//! Each program must either behave exactly as CPython 3.11 does (stdout bytes and exit status
//! equal to the goldens `NAME.stdout` / `NAME.exit` that `tests/syntax/regen.sh` writes), or be
//! refused cleanly: exit status 2, nothing on stdout, and stderr exactly
//! `specloop: unsupported: <what> at <file>:<line>`. A panic (exit 101), a crash or a wrong
//! answer fails the test. The forms refused today are listed in `REFUSED`, so that a form that
//! starts working (or stops working) has to be noticed here.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Programs specloop refuses today (each with `specloop: unsupported: ...`).
const REFUSED: &[&str] = &[];

fn syntax_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("syntax")
}

/// Whether `stderr` is exactly one `specloop: unsupported: <what> at <file>:<line>` line.
fn is_refusal(stderr: &str, file: &str) -> bool {
    let Some(line) = stderr.strip_suffix('\n') else {
        return false;
    };
    if line.contains('\n') {
        return false;
    }
    let Some(rest) = line.strip_prefix("specloop: unsupported: ") else {
        return false;
    };
    let Some((what, place)) = rest.rsplit_once(" at ") else {
        return false;
    };
    let Some((path, lineno)) = place.rsplit_once(':') else {
        return false;
    };
    !what.is_empty() && path.ends_with(file) && lineno.parse::<u32>().is_ok()
}

#[test]
fn every_syntax_form_runs_as_cpython_or_is_refused() {
    let dir = syntax_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/syntax exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            if p.extension()? != "py" {
                return None;
            }
            Some(p.file_stem()?.to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 50, "the catalogue lost programs: {names:?}");
    let mut failures = Vec::new();
    let mut refused = Vec::new();
    for name in &names {
        let file = format!("{name}.py");
        let want_out = std::fs::read(dir.join(format!("{name}.stdout"))).expect("golden stdout");
        let want_exit: i32 = std::fs::read_to_string(dir.join(format!("{name}.exit")))
            .expect("golden exit")
            .trim()
            .parse()
            .expect("exit status");
        let mut outcome = None;
        for workers in ["1", "4"] {
            let out = Command::new(env!("CARGO_BIN_EXE_specloop"))
                .args(["run", "--workers", workers, &file])
                .current_dir(&dir)
                .output()
                .expect("run specloop");
            let code = out.status.code();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let this = if out.stdout == want_out && code == Some(want_exit) {
                "runs"
            } else if code == Some(2) && out.stdout.is_empty() && is_refusal(&stderr, &file) {
                "refused"
            } else {
                failures.push(format!(
                    "{name} (workers {workers}): exit {code:?}, want {want_exit}\n--- stdout\n{}\n--- want\n{}\n--- stderr\n{stderr}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&want_out),
                ));
                "failed"
            };
            if outcome.is_some_and(|o| o != this) {
                failures.push(format!("{name}: outcome differs between worker counts"));
            }
            outcome = Some(this);
        }
        if outcome == Some("refused") {
            refused.push(name.clone());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(
        refused, REFUSED,
        "the refused forms changed: update REFUSED in tests/syntax_catalogue.rs"
    );
}
