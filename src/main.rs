//! `specloop`: run a Python program on an event loop that uses every core and still prints
//! what a single core would.

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use vm::compiler::CompileError;
use vm::ctx::Ctx;
use vm::error::Raise;
use vm::value::Value;

/// The VM allocates and frees many small objects (the collector sweeps them in bulk); glibc's
/// malloc spent ~45% of fannkuch's time consolidating its free lists, mimalloc does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "specloop",
    version,
    about = "Run Python asyncio programs on all cores with single-core results"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program.
    Run(RunArgs),
}

#[derive(clap::Args)]
struct RunArgs {
    /// Worker threads executing steps (default: the number of cores; 1 = the reference loop).
    #[arg(long, short = 'w')]
    workers: Option<usize>,
    /// The loop clock: `real` (monotonic), or `virtual`, which jumps to the next timer
    /// whenever nothing is ready (time.monotonic, time.time and loop.time read it).
    #[arg(long, value_enum, default_value_t = ClockKind::Real)]
    clock: ClockKind,
    /// Print run statistics on stderr at exit.
    #[arg(long)]
    stats: bool,
    /// Print a conflict report on stderr at exit: which locations made steps re-run, read and
    /// written where, and the work lost, most first.
    #[arg(long)]
    report: bool,
    /// Print the executor's tracing events (steps, validations, commits, aborts, conflicts)
    /// on stderr as they happen.
    #[arg(long)]
    trace: bool,
    /// Run CODE instead of a file, as `python3 -c` (the file position then holds an argument).
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    /// The program.
    #[arg(required_unless_present = "code")]
    file: Option<String>,
    /// Arguments passed to the program as sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// The `--clock` choices.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ClockKind {
    /// A monotonic clock; waiting for a timer sleeps.
    Real,
    /// trio's autojump clock: time passes only when the loop would wait.
    Virtual,
}

fn main() -> ExitCode {
    let mut argv: Vec<String> = std::env::args().collect();
    // `specloop [OPTIONS] FILE ARGS...` is shorthand for `specloop run [OPTIONS] FILE ARGS...`.
    let own = ["run", "help", "-h", "--help", "-V", "--version"];
    if argv.len() > 1 && !own.contains(&argv[1].as_str()) {
        argv.insert(1, "run".into());
    }
    let cli = Cli::parse_from(argv);
    let Command::Run(args) = cli.command;
    // Ctrl-C only sets a flag; the interpreter raises KeyboardInterrupt at its next check.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, vm::interrupt::flag());
    let code = std::thread::Builder::new()
        .stack_size(executor_stack())
        .spawn(move || {
            vm::interp::recursion::mark_stack(executor_stack());
            run(args)
        })
        .map(|h| h.join().unwrap_or(70))
        .unwrap_or(70);
    vm::effects::flush_output();
    if code == KILLED_BY_SIGINT {
        // As CPython after an uncaught KeyboardInterrupt: die by SIGINT, so that the shell
        // and process supervisors see an interrupted process.
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    ExitCode::from(code)
}

/// Exit status meaning "uncaught KeyboardInterrupt" (128 + SIGINT, what a shell reports).
const KILLED_BY_SIGINT: u8 = 130;

fn executor_stack() -> usize {
    512 << 20
}

/// The program to run: its source, the name tracebacks show, `sys.argv` and `sys.path[0]`.
struct Program {
    source: String,
    filename: String,
    argv: Vec<String>,
    path0: String,
    /// The script's path, for `__main__.__file__` (none for `-c`).
    file: Option<String>,
}

/// Reads the program named on the command line, as CPython 3.11 does: a script is known by
/// its absolute path; `-c` code is `<string>`, with `sys.argv[0] == "-c"`.
fn program(args: &RunArgs) -> Result<Program, String> {
    if let Some(code) = &args.code {
        let mut argv = vec!["-c".to_string()];
        argv.extend(args.file.iter().chain(&args.args).cloned());
        return Ok(Program {
            source: code.clone(),
            filename: "<string>".into(),
            argv,
            path0: String::new(),
            file: None,
        });
    }
    let file = args.file.clone().unwrap_or_default();
    let path = std::path::Path::new(&file);
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let source = std::fs::read_to_string(&file).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(2);
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            _ => e.to_string(),
        };
        format!(
            "specloop: can't open file '{}': [Errno {errno}] {msg}",
            abs.display()
        )
    })?;
    let mut argv = vec![file.clone()];
    argv.extend(args.args.iter().cloned());
    let abs = abs.display().to_string();
    Ok(Program {
        source,
        filename: abs.clone(),
        argv,
        path0: vm::modules::script_dir(path),
        file: Some(abs),
    })
}

/// `sys.path`: the program's entry, then `PYTHONPATH`'s non-empty entries.
fn sys_path(path0: String) -> Vec<String> {
    let extra = std::env::var("PYTHONPATH").unwrap_or_default();
    std::iter::once(path0)
        .chain(
            extra
                .split(':')
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        )
        .collect()
}

fn run(args: RunArgs) -> u8 {
    let started = std::time::Instant::now();
    let prog = match program(&args) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if args.clock == ClockKind::Virtual {
        vm::clock::use_virtual();
    }
    if args.stats {
        executor::stats::stats()
            .timing
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
    if args.report {
        executor::conflicts::keep_events();
    }
    if args.report || args.trace {
        vm::sites::record();
    }
    if args.trace {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(std::io::stderr)
            .with_thread_names(false)
            .init();
    }
    vm::rt::init(prog.argv, sys_path(prog.path0));
    executor::install(workers);
    let filename: &'static str = Box::leak(prog.filename.into_boxed_str());
    let source: &'static str = Box::leak(prog.source.into_boxed_str());
    let code = match vm::compiler::compile_module(source, filename) {
        Ok(c) => c,
        Err(CompileError::Syntax {
            msg,
            line,
            col,
            width,
            text,
        }) => {
            let trimmed = text.trim_start();
            let caret = (col as usize)
                .saturating_sub(text.len() - trimmed.len())
                .max(1);
            eprintln!(
                "  File \"{filename}\", line {line}\n    {}\n    {}{}\nSyntaxError: {msg}",
                trimmed.trim_end(),
                " ".repeat(caret - 1),
                "^".repeat(width.max(1) as usize)
            );
            return 1;
        }
        Err(CompileError::Unsupported { what, line }) => {
            eprintln!("specloop: unsupported: {what} at {filename}:{line}");
            return 2;
        }
    };
    if prog.file.is_some() {
        // CPython shows no source lines for `-c` code.
        vm::exceptions::register_source(filename, source);
    }
    let mut ctx = Ctx::direct();
    let module = vm::modules::main_module(prog.file.as_deref());
    let mut tb_sites = Vec::new();
    let status = match vm::modules::run_main(&mut ctx, code, module) {
        Ok(()) => 0,
        Err(Raise::Exc(e)) => {
            tb_sites = e.traceback.iter().map(|t| (t.filename, t.line)).collect();
            exit_status(&mut ctx, *e)
        }
        Err(Raise::Abort(a)) => match a.unsupported() {
            Some(what) => {
                vm::effects::flush_output();
                eprintln!("specloop: unsupported: {what}");
                2
            }
            None => 70,
        },
    };
    vm::gc::report_unawaited_at_exit(&mut ctx, &tb_sites);
    vm::effects::flush_output();
    if args.report {
        eprint!("{}", executor::conflicts::report());
    }
    if args.stats {
        eprintln!(
            "{}",
            executor::stats::stats().line(started.elapsed().as_secs_f64())
        );
    }
    status
}

/// CPython's handling of an uncaught exception: SystemExit's code, or a traceback and 1.
fn exit_status(ctx: &mut Ctx, mut e: vm::error::PyException) -> u8 {
    let types = &vm::rt::rt().types;
    if vm::exceptions::exc_matches(e.value, types.system_exit) {
        let args = vm::exceptions::exc_args(ctx, e.value).unwrap_or_default();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(n)) => *n as u8,
            Some(Value::Bool(b)) => *b as u8,
            Some(v) => {
                let s = vm::repr::str_of(ctx, *v).unwrap_or_default();
                vm::effects::write_output(2, &format!("{s}\n"));
                1
            }
        };
    }
    e.traceback.reverse();
    let text = vm::exceptions::format_traceback(ctx, &e);
    vm::effects::write_output(2, &text);
    if vm::exceptions::exc_matches(e.value, types.keyboard_interrupt) {
        return KILLED_BY_SIGINT;
    }
    1
}
