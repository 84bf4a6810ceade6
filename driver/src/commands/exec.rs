//! `veritor exec`: compiles a module for CPU with IREE, runs it on `.npy` inputs and compares
//! every result with the expected outputs (how every rewrite is proven by execution).

use std::path::PathBuf;
use std::process::ExitCode;

use veritor_iree::compare::Tolerance;
use veritor_iree::exec;

use super::fail;

#[derive(clap::Args, Debug)]
pub struct Args {
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
}

/// Exit 0 when every result is equal within the tolerance, 1 when one differs, 2 when the
/// module cannot be compiled or run.
pub fn run(args: Args) -> ExitCode {
    let work = args.work_dir.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("veritor-exec-{}", std::process::id()))
    });
    if let Err(e) = std::fs::create_dir_all(&work) {
        return fail(format!("cannot create {}: {e}", work.display()));
    }
    let tolerance = Tolerance {
        rtol: args.rtol,
        atol: args.atol,
    };
    match exec::check_cpu(
        &args.module,
        &args.function,
        &args.inputs,
        &args.expected,
        &work,
        tolerance,
    ) {
        Ok(reports) => print_reports(reports),
        Err(e) => fail(e),
    }
}

fn print_reports(reports: Vec<exec::OutputCheck>) -> ExitCode {
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
