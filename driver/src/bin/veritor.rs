//! `veritor`: the tool around the compiler.
//! - `veritor compile`: StableHLO to IREE modules for CPU and GPUs, with a manifest of digests
//!   (and optionally a linkable object file);
//! - `veritor inspect`: prints a compiled directory's manifest and checks it against its files;
//! - `veritor run`: runs a compiled function on `.npy` inputs;
//! - `veritor store`: the content-addressed workload store (`verify`, `gc`, `put`, `get`, `ls`);
//! - `veritor exec`: compiles for CPU, runs, and compares with expected outputs (how every
//!   rewrite is proven by execution).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use veritor_driver::compile::{self, CompileConfig};
use veritor_iree::compare::Tolerance;
use veritor_iree::exec;

#[derive(Parser, Debug)]
#[command(
    name = "veritor",
    version,
    about = "Verifiable ML workloads: run and check compiled programs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compile StableHLO with IREE for one or more targets, with a manifest of digests
    Compile {
        /// StableHLO module (generic or pretty form)
        input: String,
        /// Target: cpu, cpu:<llvm cpu>, cuda:sm_<NN>, rocm:gfx<NNN>, vulkan:<target> (repeatable)
        #[arg(long = "target", short = 't', required = true)]
        targets: Vec<String>,
        /// Output directory
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Veritor pass pipeline run before IREE (veritor-check-legal always runs last)
        #[arg(long, default_value = veritor_driver::compile::DEFAULT_PIPELINE)]
        pipeline: String,
        /// Also write module-<target>.o, a relocatable object holding the vmfb and the manifest
        #[arg(long = "emit-object")]
        emit_object: bool,
        /// Extra flag for iree-compile (repeatable)
        #[arg(long = "iree-flag", allow_hyphen_values = true)]
        iree_flags: Vec<String>,
    },
    /// The workload store: verify, gc, put, get, ls (see `veritor store --help`)
    Store {
        /// Arguments of the store command
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a compiled directory's manifest and check every file against its digest
    Inspect {
        /// Directory written by `veritor compile`
        dir: PathBuf,
    },
    /// Run a compiled function on .npy inputs and write its results as .npy files
    Run {
        /// A .vmfb written by `veritor compile`
        module: PathBuf,
        /// Input .npy files, in argument order
        #[arg(long = "input", short = 'i')]
        inputs: Vec<PathBuf>,
        /// Directory for the results (00.npy, 01.npy, ...)
        #[arg(long = "outputs", short = 'o')]
        outputs: PathBuf,
        /// Function to run
        #[arg(long, default_value = "main")]
        function: String,
        /// IREE device: local-task, local-sync, cuda, hip, vulkan
        #[arg(long, default_value = "local-task")]
        device: String,
        /// Number of results (default: from the manifest beside the module)
        #[arg(long = "num-results")]
        num_results: Option<usize>,
    },
    /// Compile a module for CPU with IREE, run it on .npy inputs, compare with expected outputs
    Exec {
        /// StableHLO module (generic or pretty form, as IREE reads both)
        module: PathBuf,
        /// Directory of input .npy files, in argument order (sorted by name)
        #[arg(long)]
        inputs: PathBuf,
        /// Directory of expected output .npy files, in result order
        #[arg(long)]
        expected: PathBuf,
        /// Function to run
        #[arg(long, default_value = "main")]
        function: String,
        /// Relative tolerance for floating-point results (integers are always exact)
        #[arg(long, default_value_t = 1e-6)]
        rtol: f64,
        /// Absolute tolerance for floating-point results
        #[arg(long, default_value_t = 1e-6)]
        atol: f64,
        /// Where to keep the compiled module and outputs (default: a fresh temporary directory)
        #[arg(long)]
        work_dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Compile {
            input,
            targets,
            output,
            pipeline,
            emit_object,
            iree_flags,
        } => {
            let config = CompileConfig {
                input,
                targets,
                out_dir: output,
                pipeline,
                emit_object,
                iree_flags,
            };
            ExitCode::from(compile::run(&config) as u8)
        }
        Command::Store { args } => ExitCode::from(veritor_store::cli_main(&args) as u8),
        Command::Inspect { dir } => ExitCode::from(veritor_driver::manifest::inspect(&dir) as u8),
        Command::Run {
            module,
            inputs,
            outputs,
            function,
            device,
            num_results,
        } => ExitCode::from(veritor_driver::manifest::run_module(
            &module,
            &inputs,
            &outputs,
            &function,
            &device,
            num_results,
        ) as u8),
        Command::Exec {
            module,
            inputs,
            expected,
            function,
            rtol,
            atol,
            work_dir,
        } => {
            let work = work_dir.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("veritor-exec-{}", std::process::id()))
            });
            exec_and_compare(
                &module,
                &function,
                &inputs,
                &expected,
                &work,
                Tolerance { rtol, atol },
            )
        }
    }
}

fn exec_and_compare(
    module: &std::path::Path,
    function: &str,
    inputs: &std::path::Path,
    expected: &std::path::Path,
    work: &std::path::Path,
    tolerance: Tolerance,
) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(work) {
        eprintln!("veritor: error: cannot create {}: {e}", work.display());
        return ExitCode::from(2);
    }
    let reports = match exec::check_cpu(module, function, inputs, expected, work, tolerance) {
        Ok(reports) => reports,
        Err(e) => {
            eprintln!("veritor: error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut all_equal = true;
    for (path, result) in reports {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match result {
            Ok(s) => println!(
                "  {name}: equal ({} elements, max abs err {:.3e}, max rel err {:.3e})",
                s.elements, s.max_abs_err, s.max_rel_err
            ),
            Err(m) => {
                all_equal = false;
                println!("  {name}: DIFFERENT: {m}");
            }
        }
    }
    if all_equal {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
