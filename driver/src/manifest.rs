//! The manifest side of `veritor compile`, and the `veritor inspect` and `veritor run`
//! commands that read it back.

use crate::compile::Compilation;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use veritor_artifact::{self as artifact, Manifest, ModuleStatus};
use veritor_iree::exec;

/// Writes `manifest.json` into `dir` (and `module-<target>.o` files with `emit_object`).
pub fn write(compilation: &Compilation, dir: &Path, emit_object: bool) -> Result<(), String> {
    let input = artifact::Input {
        path: compilation.input.display().to_string(),
        blake3: artifact::digest_file(&compilation.input).map_err(|e| e.to_string())?,
    };
    let transformed = artifact::Transformed {
        blake3: artifact::digest_file(&dir.join("transformed.mlir")).map_err(|e| e.to_string())?,
    };
    let mut manifest = Manifest::new(input, transformed);
    manifest.pipeline = compilation.pipeline.clone();
    manifest.iree = artifact::Iree {
        version: compilation.iree_version.clone(),
        compile_flags: compilation
            .modules
            .iter()
            .map(|m| (m.target.clone(), m.flags.clone()))
            .collect::<BTreeMap<_, _>>(),
    };
    for module in &compilation.modules {
        manifest.modules.push(
            artifact::Module::from_file(dir, &module.target, &module.file)
                .map_err(|e| e.to_string())?,
        );
    }
    manifest.entry_points = compilation
        .entry_points
        .iter()
        .map(|e| artifact::EntryPoint {
            name: e.name.clone(),
            arguments: e.arguments.clone(),
            results: e.results.clone(),
        })
        .collect();
    manifest.hook_schema = compilation.hook_schema.clone();
    manifest.write(dir).map_err(|e| e.to_string())?;
    if emit_object {
        write_objects(&manifest, dir)?;
    }
    Ok(())
}

/// One relocatable object per module, holding the vmfb and the manifest.
fn write_objects(manifest: &Manifest, dir: &Path) -> Result<(), String> {
    let json = manifest.to_json();
    for module in &manifest.modules {
        let vmfb = std::fs::read(dir.join(&module.file))
            .map_err(|e| format!("cannot read {}: {e}", module.file))?;
        let object = dir.join(module.file.replace(".vmfb", ".o"));
        artifact::write_object(
            &vmfb,
            json.as_bytes(),
            artifact::DEFAULT_SYMBOL_PREFIX,
            &object,
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `veritor inspect DIR`: prints the manifest and checks every module; exit 0 when all
/// match, 1 when something is missing or changed, 2 when the manifest cannot be read.
pub fn inspect(dir: &Path) -> i32 {
    let manifest = match Manifest::read(&dir.join(artifact::MANIFEST_FILE)) {
        Ok(manifest) => manifest,
        Err(e) => {
            eprintln!("veritor: error: {e}");
            return 2;
        }
    };
    print_manifest(&manifest);
    let report = match artifact::check(dir) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("veritor: error: {e}");
            return 2;
        }
    };
    for module in &report.modules {
        let status = match &module.status {
            ModuleStatus::Ok => "ok".to_string(),
            ModuleStatus::Missing => "MISSING".to_string(),
            ModuleStatus::Unreadable { message } => format!("UNREADABLE ({message})"),
            ModuleStatus::Changed {
                actual_size,
                actual_blake3,
            } => {
                format!("CHANGED (size {actual_size}, blake3 {actual_blake3})")
            }
        };
        println!("  {} {}: {status}", module.target, module.file);
    }
    if report.is_ok() {
        println!("every module matches the manifest");
        0
    } else {
        println!("the directory does not match its manifest");
        1
    }
}

fn print_manifest(m: &Manifest) {
    println!("input:       {} (blake3 {})", m.input.path, m.input.blake3);
    println!("transformed: blake3 {}", m.transformed.blake3);
    println!("pipeline:    {}", m.pipeline.join(","));
    println!("iree:        {}", m.iree.version);
    for e in &m.entry_points {
        println!(
            "entry:       @{}({}) -> ({})",
            e.name,
            e.arguments.join(", "),
            e.results.join(", ")
        );
    }
    println!("modules:");
}

/// `veritor run`: runs `function` of a compiled module; results go to `outputs/NN.npy`.
pub fn run_module(
    module: &Path,
    inputs: &[PathBuf],
    outputs: &Path,
    function: &str,
    device: &str,
    num_results: Option<usize>,
) -> i32 {
    match run_checked(module, inputs, outputs, function, device, num_results) {
        Ok(files) => {
            files.iter().for_each(|f| println!("{}", f.display()));
            0
        }
        Err(message) => {
            eprintln!("veritor: error: {message}");
            1
        }
    }
}

fn run_checked(
    module: &Path,
    inputs: &[PathBuf],
    outputs: &Path,
    function: &str,
    device: &str,
    num_results: Option<usize>,
) -> Result<Vec<PathBuf>, String> {
    let count = match num_results {
        Some(n) => n,
        None => results_from_manifest(module, function)?,
    };
    std::fs::create_dir_all(outputs)
        .map_err(|e| format!("cannot create {}: {e}", outputs.display()))?;
    let files: Vec<PathBuf> = (0..count)
        .map(|i| outputs.join(format!("{i:02}.npy")))
        .collect();
    exec::run(module, function, inputs, &files, device).map_err(|e| e.to_string())?;
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
