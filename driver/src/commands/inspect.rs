//! `veritor inspect`: prints a compiled directory's manifest and checks every module against
//! its digest.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use veritor_artifact::{self as artifact, Manifest, ModuleStatus};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directory written by `veritor compile`
    dir: PathBuf,
}

pub fn run(args: Args) -> ExitCode {
    ExitCode::from(inspect(&args.dir) as u8)
}

/// `veritor inspect DIR`: prints the manifest and checks every module; exit 0 when all
/// match, 1 when something is missing or changed, 2 when the manifest cannot be read.
fn inspect(dir: &Path) -> i32 {
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
