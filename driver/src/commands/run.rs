//! `veritor run`: runs a compiled function on `.npy` inputs and writes its results as `.npy`
//! files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use veritor_artifact::{self as artifact, Manifest};
use veritor_iree::exec;

#[derive(clap::Args, Debug)]
pub struct Args {
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
}

/// Results go to `outputs/NN.npy`; exit 0, or 1 with one error line.
pub fn run(args: Args) -> ExitCode {
    match run_checked(&args) {
        Ok(files) => {
            files.iter().for_each(|f| println!("{}", f.display()));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("veritor: error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run_checked(args: &Args) -> Result<Vec<PathBuf>, String> {
    let count = match args.num_results {
        Some(n) => n,
        None => results_from_manifest(&args.module, &args.function)?,
    };
    let outputs = &args.outputs;
    std::fs::create_dir_all(outputs)
        .map_err(|e| format!("cannot create {}: {e}", outputs.display()))?;
    let files: Vec<PathBuf> = (0..count)
        .map(|i| outputs.join(format!("{i:02}.npy")))
        .collect();
    exec::run(
        &args.module,
        &args.function,
        &args.inputs,
        &files,
        &args.device,
    )
    .map_err(|e| e.to_string())?;
    Ok(files)
}

/// The number of results of `function`, from the manifest beside `module`.
fn results_from_manifest(module: &Path, function: &str) -> Result<usize, String> {
    let dir = module.parent().unwrap_or(Path::new("."));
    let path = dir.join(artifact::MANIFEST_FILE);
    let manifest = Manifest::read(&path)
        .map_err(|e| format!("{e}; without a manifest beside the module, give --num-results"))?;
    manifest
        .entry_points
        .iter()
        .find(|e| e.name == function)
        .map(|e| e.results.len())
        .ok_or_else(|| format!("{} has no entry point @{function}", path.display()))
}
