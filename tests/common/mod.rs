//! Shared helpers of the integration tests: running a child process with a timeout.

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) child process left behind.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Option<ExitStatus>,
    pub timed_out: bool,
    pub elapsed: Duration,
    /// The limit it ran under.
    pub timeout: Duration,
}

impl Outcome {
    /// The exit code, if it exited normally.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// The exit status in words: a code, a signal, or the timeout.
    pub fn describe_status(&self) -> String {
        if self.timed_out {
            return format!("killed after the {} s timeout", self.timeout.as_secs());
        }
        match self.status {
            None => "no exit status".to_string(),
            Some(s) => match s.code() {
                Some(c) => c.to_string(),
                None => describe_signal(s),
            },
        }
    }
}

#[cfg(unix)]
fn describe_signal(s: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match s.signal() {
        Some(sig) => {
            let name = match sig {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                15 => " (SIGTERM)",
                _ => "",
            };
            format!("killed by signal {sig}{name}")
        }
        None => format!("{s}"),
    }
}

#[cfg(not(unix))]
fn describe_signal(s: ExitStatus) -> String {
    format!("{s}")
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut v = Vec::new();
        let _ = pipe.read_to_end(&mut v);
        let _ = tx.send(v);
    });
    rx
}

/// Runs `cmd` with stdin closed and stdout/stderr captured, killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> std::io::Result<Outcome> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let out_reader = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_reader = spawn_reader(child.stderr.take().expect("piped stderr"));
    let mut timed_out = false;
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait()? {
            Some(s) => break Some(s),
            None if start.elapsed() >= timeout => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            None => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
        }
    };
    let elapsed = start.elapsed();
    // A grandchild holding the pipes open must not hang the test: give up on the rest of the
    // output a little after the process itself is gone.
    let deadline = Instant::now() + Duration::from_secs(5);
    let stdout = out_reader
        .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    let stderr = err_reader
        .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    Ok(Outcome {
        stdout,
        stderr,
        status,
        timed_out,
        elapsed,
        timeout,
    })
}
