//! `veritor`: the tool around the compiler. Today: `veritor exec`, which compiles a
//! StableHLO module with IREE for CPU, runs one function on `.npy` inputs and compares the
//! results with expected `.npy` outputs (how every rewrite is proven by execution).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
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
