//! Command-line behaviour of `specloop run`: what happens before and around the program.
//! Fixtures live in `tests/cli/`; every run uses that directory as cwd and a bare file name.
//! Uses std only.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);

fn cli_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cli")
}

struct Out {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

impl Out {
    fn context(&self) -> String {
        format!(
            "exit: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }
}

/// `specloop <args>` in tests/cli, killed after 30 s.
fn specloop(args: &[&str]) -> Out {
    specloop_env(args, &[])
}

/// `specloop <args>` in tests/cli with extra environment variables.
fn specloop_env(args: &[&str], env: &[(&str, String)]) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_specloop"))
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .current_dir(cli_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn specloop");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let t_err = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "specloop {args:?} did not finish within {} s",
                TIMEOUT.as_secs()
            );
        }
        thread::sleep(Duration::from_millis(5));
    };
    Out {
        stdout: String::from_utf8_lossy(&t_out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&t_err.join().unwrap()).into_owned(),
        code: status.code(),
    }
}

/// The 1-based line of the first line of `file` (in tests/cli) that starts with `prefix`.
fn line_of(file: &str, prefix: &str) -> usize {
    let text = std::fs::read_to_string(cli_dir().join(file)).expect("read fixture");
    text.lines()
        .position(|l| l.starts_with(prefix))
        .expect("fixture line")
        + 1
}

#[test]
fn missing_file_exits_2() {
    let out = specloop(&["run", "does_not_exist.py"]);
    assert_eq!(out.code, Some(2), "{}", out.context());
    assert!(out.stderr.contains("can't open file"), "{}", out.context());
    assert!(
        out.stderr.contains("does_not_exist.py"),
        "{}",
        out.context()
    );
    assert!(out.stdout.is_empty(), "{}", out.context());
}

#[test]
fn recursion_past_the_stack_raises_recursion_error() {
    for workers in ["1", "2"] {
        let out = specloop(&["run", "--workers", workers, "recursion_past_the_stack.py"]);
        assert_eq!(out.code, Some(1), "{}", out.context());
        // The repr recursion meets the stack guard in a Python call or in the list's repr,
        // whichever comes first ("... while getting the repr of an object").
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 3, "{}", out.context());
        assert_eq!(lines[0], "RecursionError: maximum recursion depth exceeded");
        assert!(
            lines[1].starts_with("RecursionError: maximum recursion depth exceeded"),
            "{}",
            out.context()
        );
        assert_eq!(lines[2], "still running");
        let last = out.stderr.trim_end().lines().last().unwrap_or_default();
        assert_eq!(last, "RecursionError: maximum recursion depth exceeded");
    }
}

#[test]
fn syntax_error_exits_1_with_location() {
    let line = line_of("bad.py", "x = = 2");
    let out = specloop(&["run", "bad.py"]);
    assert_eq!(out.code, Some(1), "{}", out.context());
    // CPython 3.11 names the script by its absolute path.
    let want = format!("bad.py\", line {line}");
    assert!(
        out.stderr.contains(&want),
        "stderr lacks {want:?}\n{}",
        out.context()
    );
    assert!(out.stderr.contains("SyntaxError"), "{}", out.context());
    let last = out.stderr_lines().last().copied().unwrap_or("");
    assert!(
        last.starts_with("SyntaxError"),
        "last stderr line should be the SyntaxError line\n{}",
        out.context()
    );
    // Like CPython, nothing runs when the file does not compile.
    assert!(
        out.stdout.is_empty(),
        "stdout should be empty\n{}",
        out.context()
    );
}

/// A TaskGroup whose task fails raises its ExceptionGroup out of the `async with`; uncaught,
/// it prints CPython's boxed traceback (less the frames of CPython's asyncio modules, which
/// the prelude stands in for) and exits 1.
#[test]
fn taskgroup_errors_raise_an_exception_group() {
    let path = cli_dir().join("taskgroup_error.py");
    let p = path.display();
    let expected = format!(
        "  + Exception Group Traceback (most recent call last):
  |   File \"{p}\", line 17, in <module>
  |     asyncio.run(main())
  |   File \"{p}\", line 13, in main
  |     async with asyncio.TaskGroup() as tg:
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File \"{p}\", line 8, in boom
    |     raise ValueError(\"boom\")
    | ValueError: boom
    +------------------------------------
"
    );
    for workers in ["1", "2", "4"] {
        let out = specloop(&["run", "--workers", workers, "taskgroup_error.py"]);
        assert_eq!(out.code, Some(1), "{}", out.context());
        assert_eq!(out.stdout, "before the group\n", "{}", out.context());
        assert_eq!(out.stderr, expected, "{}", out.context());
    }
}

/// An uncaught exception group prints exactly as CPython prints it (this program's stderr
/// under python3 3.11, byte for byte): the boxes, a nested group, a sub-exception's context
/// and notes, and the group's own context.
#[test]
fn uncaught_exception_group_prints_cpython_traceback() {
    let path = cli_dir().join("exception_group.py");
    let p = path.display();
    let expected = format!(
        "  + Exception Group Traceback (most recent call last):
  |   File \"{p}\", line 35, in collect
  |     raise inner
  | ExceptionGroup: inner (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File \"{p}\", line 23, in collect
    |     check(item)
    |   File \"{p}\", line 16, in check
    |     raise ValueError(f\"negative: {{text}}\")
    | ValueError: negative: -2
    +---------------- 2 ----------------
    | Traceback (most recent call last):
    |   File \"{p}\", line 30, in collect
    |     raise noted
    | TypeError: not a number
    | first note
    | second
    | note
    +------------------------------------

During handling of the above exception, another exception occurred:

  + Exception Group Traceback (most recent call last):
  |   File \"{p}\", line 41, in <module>
  |     collect()
  |   File \"{p}\", line 37, in collect
  |     raise ExceptionGroup(\"outer\", [errors[0], g])
  | ExceptionGroup: outer (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File \"{p}\", line 12, in check
    |     must_be_number(text)
    |   File \"{p}\", line 7, in must_be_number
    |     raise ValueError(f\"not a number: {{text}}\")
    | ValueError: not a number: x
    | 
    | During handling of the above exception, another exception occurred:
    | 
    | Traceback (most recent call last):
    |   File \"{p}\", line 23, in collect
    |     check(item)
    |   File \"{p}\", line 14, in check
    |     raise KeyError(text)
    | KeyError: 'x'
    +---------------- 2 ----------------
    | Exception Group Traceback (most recent call last):
    |   File \"{p}\", line 35, in collect
    |     raise inner
    | ExceptionGroup: inner (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | Traceback (most recent call last):
      |   File \"{p}\", line 23, in collect
      |     check(item)
      |   File \"{p}\", line 16, in check
      |     raise ValueError(f\"negative: {{text}}\")
      | ValueError: negative: -2
      +---------------- 2 ----------------
      | Traceback (most recent call last):
      |   File \"{p}\", line 30, in collect
      |     raise noted
      | TypeError: not a number
      | first note
      | second
      | note
      +------------------------------------
"
    );
    for w in ["1", "4"] {
        let out = specloop(&["run", "--workers", w, "exception_group.py"]);
        assert_eq!(out.code, Some(1), "{}", out.context());
        assert_eq!(out.stdout, "start\n", "{}", out.context());
        assert_eq!(out.stderr, expected, "{}", out.context());
    }
}

#[test]
fn unretrieved_task_exception_is_reported() {
    for workers in ["1", "2"] {
        let out = specloop(&["run", "--workers", workers, "task_exception_unretrieved.py"]);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(out.stdout, "main done\n", "{}", out.context());
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.first(), Some(&"Task exception was never retrieved"));
        assert!(lines[1].starts_with("future: <Task finished name='Task-2'"));
        assert_eq!(lines.last(), Some(&"KeyError: 'lost'"), "{}", out.context());
    }
}

#[test]
fn syntax_error_with_workers() {
    let out = specloop(&["run", "--workers", "4", "bad.py"]);
    assert_eq!(out.code, Some(1), "{}", out.context());
    assert!(out.stderr.contains("SyntaxError"), "{}", out.context());
}

#[test]
fn unsupported_feature_exits_2() {
    let line = line_of("unsupported_syntax.py", "    return dir()");
    let out = specloop(&["run", "unsupported_syntax.py"]);
    assert_eq!(out.code, Some(2), "{}", out.context());
    assert!(
        out.stderr.starts_with("specloop: unsupported: "),
        "{}",
        out.context()
    );
    let want = format!("unsupported_syntax.py:{line}");
    assert!(
        out.stderr.contains(&want),
        "stderr lacks {want:?}\n{}",
        out.context()
    );
}

/// Runs `file` at each worker count and checks an uncaught exception's outcome: exit 1, the
/// stdout printed before it, and a traceback from its header to `last_line`.
fn assert_uncaught(file: &str, workers: &[&str], stdout: &str, last_line: &str) {
    for w in workers {
        let out = specloop(&["run", "--workers", w, file]);
        assert_eq!(out.code, Some(1), "{}", out.context());
        assert_eq!(out.stdout, stdout, "{}", out.context());
        let lines = out.stderr_lines();
        assert_eq!(
            lines.first().copied(),
            Some("Traceback (most recent call last):"),
            "{}",
            out.context()
        );
        assert_eq!(lines.last().copied(), Some(last_line), "{}", out.context());
    }
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    assert_uncaught("uncaught.py", &["1", "2"], "before\n", "ValueError: boom 3");
}

#[test]
fn uncaught_exception_through_asyncio_run() {
    assert_uncaught(
        "uncaught_async.py",
        &["1", "4"],
        "main start\n[0, 2]\n",
        "KeyError: 'child 1'",
    );
}

/// A chain of a cause and a context prints exactly as CPython prints it: each exception's
/// traceback, joined by the "direct cause" and "During handling" lines.
#[test]
fn chained_exceptions_print_cpython_tracebacks() {
    let path = cli_dir().join("chained.py");
    let p = path.display();
    let expected = format!(
        "Traceback (most recent call last):
  File \"{p}\", line 11, in fetch
    load(key)
  File \"{p}\", line 6, in load
    raise KeyError(key)
KeyError: 'a'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"{p}\", line 18, in main
    fetch(\"a\")
  File \"{p}\", line 13, in fetch
    raise StoreError(\"cannot fetch \" + key) from e
StoreError: cannot fetch a

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"{p}\", line 23, in <module>
    main()
  File \"{p}\", line 20, in main
    raise RuntimeError(\"giving up\")
RuntimeError: giving up
"
    );
    for w in ["1", "4"] {
        let out = specloop(&["run", "--workers", w, "chained.py"]);
        assert_eq!(out.code, Some(1), "{}", out.context());
        assert_eq!(out.stderr, expected, "{}", out.context());
    }
}

/// `specloop-stats: steps=<int> commits=<int> aborts=<int> reexecutions=<int> busy_s=<float>
/// wasted_s=<float> parallelism=<float> wall_s=<float>`
fn parse_stats(line: &str) -> Result<(u64, u64, u64, u64, f64), String> {
    let rest = line
        .strip_prefix("specloop-stats: ")
        .ok_or("missing `specloop-stats: ` prefix")?;
    let fields: Vec<&str> = rest.split(' ').collect();
    let keys = [
        "steps",
        "commits",
        "aborts",
        "reexecutions",
        "busy_s",
        "wasted_s",
        "parallelism",
        "wall_s",
    ];
    if fields.len() != keys.len() {
        return Err(format!(
            "expected {} space-separated fields, got {}",
            keys.len(),
            fields.len()
        ));
    }
    let mut ints = [0u64; 4];
    for (i, key) in keys.iter().enumerate() {
        let value = fields[i]
            .strip_prefix(key)
            .and_then(|v| v.strip_prefix('='))
            .ok_or_else(|| format!("field {} should be `{key}=...`, got {:?}", i + 1, fields[i]))?;
        if i < 4 {
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{key} is not an integer: {value:?}"));
            }
            ints[i] = value.parse().map_err(|e| format!("{key}: {e}"))?;
        } else {
            let x: f64 = value
                .parse()
                .map_err(|e| format!("{key} is not a float: {value:?} ({e})"))?;
            if !(x >= 0.0 && x.is_finite()) {
                return Err(format!("{key} out of range: {x}"));
            }
            if *key == "wall_s" {
                return Ok((ints[0], ints[1], ints[2], ints[3], x));
            }
        }
    }
    unreachable!()
}

#[test]
fn stats_line_on_stderr() {
    let plain = specloop(&["run", "--workers", "2", "stats.py"]);
    assert_eq!(plain.code, Some(0), "{}", plain.context());
    assert_eq!(
        plain.stdout,
        "[0, 1, 4, 9, 16, 25]\n45\n",
        "{}",
        plain.context()
    );
    assert!(
        !plain.stderr.contains("specloop-stats:"),
        "stats printed without --stats\n{}",
        plain.context()
    );
    for workers in ["1", "2"] {
        let out = specloop(&["run", "--workers", workers, "--stats", "stats.py"]);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(
            out.stdout,
            plain.stdout,
            "--stats must not change stdout\n{}",
            out.context()
        );
        let stats: Vec<&str> = out
            .stderr
            .lines()
            .filter(|l| l.contains("specloop-stats"))
            .collect();
        assert_eq!(
            stats.len(),
            1,
            "expected exactly one stats line\n{}",
            out.context()
        );
        let (steps, commits, aborts, reexecutions, _wall) = parse_stats(stats[0])
            .unwrap_or_else(|e| panic!("bad stats line {:?}: {e}\n{}", stats[0], out.context()));
        let _ = (commits, aborts, reexecutions);
        if workers != "1" {
            assert!(
                steps > 0,
                "steps should be positive with --workers {workers}: {}",
                stats[0]
            );
        }
        assert_eq!(
            out.stderr_lines().last().copied(),
            Some(stats[0]),
            "stats should be the last stderr line\n{}",
            out.context()
        );
    }
}

#[test]
fn stats_parser_accepts_the_documented_format() {
    assert!(parse_stats(
        "specloop-stats: steps=10 commits=9 aborts=1 reexecutions=1 busy_s=0.010 \
         wasted_s=0.001 parallelism=0.81 wall_s=0.0123"
    )
    .is_ok());
    assert!(parse_stats("specloop-stats: steps=10 commits=9 aborts=1 wall_s=0.5").is_err());
    assert!(parse_stats("stats: steps=1 commits=1 aborts=0 reexecutions=0 wall_s=1").is_err());
}

#[test]
fn dash_c_runs_code_with_cpython_argv() {
    for prefix in [&[][..], &["run", "--workers", "2"][..]] {
        let mut args = prefix.to_vec();
        args.extend([
            "-c",
            "import sys; print(sys.argv, sys.path[0] == '')",
            "a",
            "b",
        ]);
        let out = specloop(&args);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(out.stdout, "['-c', 'a', 'b'] True\n", "{}", out.context());
    }
}

#[test]
fn dash_c_traceback_names_string() {
    let out = specloop(&["-c", "print(1)\n1/0"]);
    assert_eq!(out.code, Some(1), "{}", out.context());
    assert_eq!(out.stdout, "1\n");
    assert_eq!(
        out.stderr,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
}

#[test]
fn pythonpath_entries_are_searched() {
    let lib = cli_dir().join("libdir").display().to_string();
    let out = specloop_env(
        &["-c", "import pp_helper; print(pp_helper.X)"],
        &[("PYTHONPATH", lib)],
    );
    assert_eq!(out.code, Some(0), "{}", out.context());
    assert_eq!(out.stdout, "from PYTHONPATH\n", "{}", out.context());
}

#[test]
fn unknown_option_exits_2() {
    let out = specloop(&["run", "--frobnicate", "stats.py"]);
    assert_eq!(out.code, Some(2), "{}", out.context());
    assert!(out.stderr.contains("--frobnicate"), "{}", out.context());
    assert!(out.stdout.is_empty(), "{}", out.context());
}

#[test]
fn shorthand_accepts_options() {
    let out = specloop(&["--workers", "2", "stats.py"]);
    assert_eq!(out.code, Some(0), "{}", out.context());
}

#[test]
fn unsupported_construct_in_imported_module_exits_2() {
    let line = line_of("unsupported_syntax.py", "    return dir()");
    for workers in ["1", "2"] {
        let out = specloop(&["run", "--workers", workers, "imports_unsupported.py"]);
        assert_eq!(out.code, Some(2), "{}", out.context());
        assert_eq!(out.stdout, "before\n", "{}", out.context());
        let want = format!("unsupported_syntax.py:{line}");
        assert!(
            out.stderr.starts_with("specloop: unsupported: ") && out.stderr.contains(&want),
            "stderr lacks {want:?}\n{}",
            out.context()
        );
    }
}

#[test]
fn eval_exec_compile_are_refused_as_unsupported() {
    for (which, prefix) in [
        ("eval", "            return eval("),
        ("exec", "            return exec("),
        ("compile", "        return compile("),
    ] {
        let line = line_of("dynamic_code.py", prefix);
        for workers in ["1", "4"] {
            let out = specloop(&["run", "--workers", workers, "dynamic_code.py", which]);
            assert_eq!(out.code, Some(2), "{}", out.context());
            // Not a NameError the program's `except Exception` could catch.
            assert_eq!(out.stdout, "before\nin task\n", "{}", out.context());
            let want = format!("specloop: unsupported: {which}() at ");
            let at = format!("dynamic_code.py:{line}\n");
            assert!(
                out.stderr.starts_with(&want) && out.stderr.ends_with(&at),
                "stderr is not {want:?}...{at:?}\n{}",
                out.context()
            );
        }
    }
}

/// Starts `specloop <args>`, waits for its first line ("ready"), sends SIGINT, and returns
/// the output and the signal that ended it.
fn interrupted(args: &[&str]) -> (Out, Option<i32>) {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_specloop"))
        .args(args)
        .current_dir(cli_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn specloop");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).expect("read first line");
    assert_eq!(first, "ready\n", "{args:?}");
    thread::sleep(Duration::from_millis(100));
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(kill.success());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .expect("read stderr");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("read stdout");
    let status = child.wait().expect("wait");
    let o = Out {
        stdout: first + &rest,
        stderr: err,
        code: status.code(),
    };
    (o, status.signal())
}

#[test]
fn sigint_raises_keyboard_interrupt_and_dies_by_sigint() {
    for file in [
        "spin_forever.py",
        "sleep_forever.py",
        "time_sleep_forever.py",
    ] {
        for workers in ["1", "4"] {
            let (out, signal) = interrupted(&["run", "--workers", workers, file]);
            let lines = out.stderr_lines();
            assert_eq!(
                lines.first(),
                Some(&"Traceback (most recent call last):"),
                "{}",
                out.context()
            );
            assert_eq!(
                lines.last(),
                Some(&"KeyboardInterrupt"),
                "{}",
                out.context()
            );
            assert_eq!(signal, Some(2), "{}", out.context());
        }
    }
}

/// `input()` and `sys.stdin` read the process's stdin only in direct steps, so tasks that
/// read it take their lines in CPython's order at any worker count.
#[test]
fn stdin_is_read_in_sequential_order() {
    use std::io::Write;
    let expected = "[a] [b] [a] [b] \n[('a', ['one', 'three']), ('b', ['two', 'four'])]\n\
                    'five\\n'\n['six\\n', 'seven\\n']\nlast? EOFError: EOF when reading a line\n";
    for workers in ["1", "4"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_specloop"))
            .args(["run", "--workers", workers, "stdin_reads.py"])
            .current_dir(cli_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn specloop");
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin
            .write_all(b"one\ntwo\nthree\nfour\nfive\nsix\nseven\n")
            .expect("write stdin");
        drop(stdin);
        let out = child.wait_with_output().expect("wait");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "workers {workers}; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "workers {workers}");
    }
}

/// A native's refusal (`__import__` with a relative level) names its caller's line, at any
/// worker count, after the output that precedes it.
#[test]
fn native_refusal_names_the_callers_line() {
    let line = line_of("unsupported_relative_import_call.py", "    m = __import__(");
    for workers in ["1", "4"] {
        let out = specloop(&[
            "run",
            "--workers",
            workers,
            "unsupported_relative_import_call.py",
        ]);
        assert_eq!(out.code, Some(2), "{}", out.context());
        assert_eq!(out.stdout, "before\n", "{}", out.context());
        let want = format!("unsupported_relative_import_call.py:{line}");
        assert!(
            out.stderr
                .starts_with("specloop: unsupported: __import__ with a relative level at ")
                && out.stderr.contains(&want),
            "stderr lacks {want:?}\n{}",
            out.context()
        );
    }
}

#[test]
fn virtual_clock_jumps_over_hours_of_sleep() {
    let expected = "b 3600.0 3600.0\na 7200.0 7200.0\ntimed out at 10801.0\nslept a day: 86400.0\n";
    for workers in ["1", "2"] {
        let started = Instant::now();
        let out = specloop(&[
            "run",
            "--clock",
            "virtual",
            "--workers",
            workers,
            "virtual_clock_hours.py",
        ]);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(out.stdout, expected, "{}", out.context());
        // Real seconds for 32 hours of virtual time: far below the test's own timeout.
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
/// `FIXTURE.stderr` (CPython 3.11's stderr for `FIXTURE.py`, with `{path}` for the script's
/// path and without the frames of CPython's own asyncio files and the `~~^~~` markers, which
/// specloop does not print) must be exactly specloop's stderr, at each worker count.
fn assert_cpython_stderr(fixture: &str, code: i32, workers: &[&str]) {
    let path = cli_dir().join(format!("{fixture}.py"));
    let expected = std::fs::read_to_string(cli_dir().join(format!("{fixture}.stderr")))
        .expect("read expected stderr")
        .replace("{path}", &path.display().to_string());
    for w in workers {
        let out = specloop(&["run", "--workers", w, &format!("{fixture}.py")]);
        assert_eq!(out.code, Some(code), "{}", out.context());
        assert_eq!(out.stderr, expected, "workers {w}\n{}", out.context());
    }
}

/// A coroutine that never starts: CPython's "never awaited" RuntimeWarning, once per line,
/// silenced by close(); one still alive at exit is reported as `sys:1`. specloop warns when a
/// collection finds the coroutine dead (or at exit), CPython when its last reference goes: the
/// same text for a coroutine dropped on the line that made it, as here.
#[test]
fn never_awaited_coroutine_warns_as_cpython() {
    assert_cpython_stderr("never_awaited", 0, &["1", "2", "4"]);
    let out = specloop_env(
        &["run", "--workers", "2", "never_awaited.py"],
        &[("SPECLOOP_GC_EVERY", "1".to_string())],
    );
    assert_eq!(out.stdout, "stdout is unaffected\n", "{}", out.context());
    assert_eq!(
        out.stderr.matches("never awaited").count(),
        3,
        "{}",
        out.context()
    );
}

/// `asyncio.run()` inside a running loop: CPython's RuntimeError, and the coroutine it was
/// given, held by the traceback until exit, is reported as never awaited at `sys:1`.
#[test]
fn asyncio_run_in_running_loop_fails_as_cpython() {
    assert_cpython_stderr("run_in_running_loop", 1, &["1", "2"]);
}

/// Exceptions in callbacks go to the loop's exception handler: CPython's "Exception in
/// callback NAME(ARGS) at FILE:LINE", the handle, the traceback; a failing custom handler's
/// report; the default handler's context lines. The loop goes on.
#[test]
fn callback_exceptions_are_logged_as_cpython() {
    assert_cpython_stderr("callback_exception", 0, &["1", "2", "4"]);
}

/// A container no global names is shown by where the program created it.
#[test]
fn report_names_an_anonymous_container_by_its_creation_site() {
    let mut last = String::new();
    for _ in 0..5 {
        let out = specloop(&[
            "run",
            "--workers",
            "2",
            "--report",
            "anonymous_conflicts.py",
        ]);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(out.stdout, "4\n");
        if out.stderr.lines().any(|l| {
            l.contains("<dict created at ")
                && l.contains("anonymous_conflicts.py:19>: read by tally at ")
        }) {
            return;
        }
        last = out.stderr;
    }
    panic!("no conflict on the dict reported in 5 runs; last stderr:\n{last}");
}

#[test]
fn report_names_the_conflicting_global_and_both_steps() {
    let expected = "19390 19484\n";
    // Whether a conflict happens depends on thread timing; in a few runs one does.
    let mut last = String::new();
    for _ in 0..5 {
        let out = specloop(&["run", "--workers", "2", "--report", "conflicts.py"]);
        assert_eq!(out.code, Some(0), "{}", out.context());
        assert_eq!(out.stdout, expected, "--report must not change stdout");
        let report: Vec<&str> = out
            .stderr
            .lines()
            .skip_while(|l| !l.starts_with("specloop-report: "))
            .collect();
        assert!(!report.is_empty(), "no report\n{}", out.context());
        if let Some(line) = report.iter().find(|l| l.contains(" shared: read by ")) {
            assert!(
                line.contains("read by reader at ")
                    && line.contains("conflicts.py:22 (Task-")
                    && line.contains("written by writer at ")
                    && line.ends_with("conflicts.py:17"),
                "{line}"
            );
            return;
        }
        last = out.stderr;
    }
    panic!("no conflict on `shared` reported in 5 runs; last stderr:\n{last}");
}
