//! `veritor-opt`: reads StableHLO, runs Veritor (and upstream MLIR) passes, writes the result.
//! Conventions follow mlir-opt: `veritor-opt [INPUT|-] [-o OUT] [--pass-pipeline=...]
//! [--<pass>[='opts']] [--split-input-file] [--verify-diagnostics] ...`; `--help <pass>` shows
//! one pass's description, with its before/after example.

use clap::{CommandFactory, FromArgMatches, Parser, ValueEnum};
use veritor_driver::opt::{self, Emit, OptConfig};
use veritor_passes::{pipeline, registry};

#[derive(Parser, Debug)]
#[command(
    name = "veritor-opt",
    version,
    about = "Rewrite StableHLO modules so that ML runs can be verified"
)]
struct Cli {
    /// Input file ('-' for stdin)
    #[arg(default_value = "-")]
    input: String,
    /// Output file ('-' for stdout)
    #[arg(short = 'o', default_value = "-")]
    output: String,
    /// Textual pipeline, e.g. 'builtin.module(veritor-inline,veritor-symbol-dce)'
    #[arg(long = "pass-pipeline")]
    pass_pipeline: Option<String>,
    /// Process each '// -----' chunk of the input on its own
    #[arg(long = "split-input-file")]
    split_input_file: bool,
    /// Check diagnostics against '// expected-error {{...}}' comments
    #[arg(long = "verify-diagnostics")]
    verify_diagnostics: bool,
    /// Print the IR after every pass (to stderr)
    #[arg(long = "mlir-print-ir-after-all")]
    print_ir_after_all: bool,
    /// Print pass timings (to stderr)
    #[arg(long = "mlir-timing")]
    timing: bool,
    /// Print locations in the output
    #[arg(long = "mlir-print-debuginfo")]
    debug_info: bool,
    /// Accepted for mlir-opt compatibility; unregistered dialects are always allowed
    #[arg(long = "allow-unregistered-dialect")]
    allow_unregistered_dialect: bool,
    /// Output form
    #[arg(long = "emit", value_enum, default_value = "generic")]
    emit: EmitArg,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum EmitArg {
    Generic,
    Pretty,
}

/// Flags the driver itself knows; every other `--flag` names a pass.
const DRIVER_FLAGS: &[&str] = &[
    "-o",
    "--pass-pipeline",
    "--split-input-file",
    "--verify-diagnostics",
    "--mlir-print-ir-after-all",
    "--mlir-timing",
    "--mlir-print-debuginfo",
    "--allow-unregistered-dialect",
    "--emit",
    "-h",
    "--help",
    "-V",
    "--version",
];

/// Splits the command line into driver arguments and pass flags (as pipeline elements).
fn split_args(args: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut driver = Vec::new();
    let mut passes = Vec::new();
    for arg in args {
        let flag = arg.split('=').next().unwrap_or("");
        let is_pass = arg.starts_with("--") && arg.len() > 2 && !DRIVER_FLAGS.contains(&flag);
        if !is_pass {
            driver.push(arg);
            continue;
        }
        let body = &arg[2..];
        passes.push(match body.split_once('=') {
            Some((name, options)) => format!("{name}{{{options}}}"),
            None => body.to_string(),
        });
    }
    (driver, passes)
}

/// The pass named by `--help <pass>` or `--help=<pass>`, if the command line asks for one.
fn pass_help_request(args: &[String]) -> Option<String> {
    args.iter().enumerate().skip(1).find_map(|(i, arg)| {
        if let Some(name) = arg.strip_prefix("--help=") {
            return Some(name.to_string());
        }
        let next = args.get(i + 1)?;
        (arg == "--help" && !next.starts_with('-')).then(|| next.clone())
    })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(name) = pass_help_request(&args) {
        match registry::render_pass_help(&name) {
            Ok(text) => {
                print!("{text}");
                std::process::exit(0);
            }
            Err(message) => {
                eprintln!("veritor-opt: error: {message}");
                std::process::exit(1);
            }
        }
    }
    let (driver_args, pass_flags) = split_args(args);
    let command = Cli::command().after_help(registry::render_help());
    let matches = command.get_matches_from(driver_args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let pipeline = match (&cli.pass_pipeline, pass_flags.is_empty()) {
        (Some(_), false) => {
            eprintln!("veritor-opt: error: give passes either with --pass-pipeline or as --<pass> flags, not both");
            std::process::exit(1);
        }
        (Some(text), true) => pipeline::pipeline_elements(text).unwrap_or_else(|message| {
            eprintln!("veritor-opt: error: {message}");
            std::process::exit(1);
        }),
        (None, _) => pass_flags,
    };
    let config = OptConfig {
        input: cli.input,
        output: Some(cli.output),
        pipeline,
        split_input_file: cli.split_input_file,
        verify_diagnostics: cli.verify_diagnostics,
        print_ir_after_all: cli.print_ir_after_all,
        timing: cli.timing,
        emit: match cli.emit {
            EmitArg::Generic => Emit::Generic,
            EmitArg::Pretty => Emit::Pretty,
        },
        debug_info: cli.debug_info,
    };
    let _ = cli.allow_unregistered_dialect;
    std::process::exit(opt::run(&config));
}
