//! `veritor compile`: StableHLO in, verifiable binaries out. Runs the pass pipeline, refuses
//! what IREE cannot take (`veritor-check-legal`), compiles with `iree-compile` for every
//! target, and writes `module-<target>.vmfb`, `transformed.mlir` and `manifest.json` (plus
//! `module-<target>.o` with `--emit-object`) into the output directory. Everything is built
//! in a hidden directory beside the outputs and moved in only when every step succeeded,
//! so a failure never leaves artifacts that look valid.

use crate::target::{Target, FORMS};
use melior::ir::attribute::{Attribute, TypeAttribute};
use melior::ir::operation::{OperationLike, OperationMutLike};
use melior::ir::r#type::FunctionType;
use melior::ir::Module;
use melior::pass::PassManager;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use veritor_artifact::{self as artifact, Manifest};
use veritor_iree::exec;
use veritor_iree::tools::{self, Tool};
use veritor_passes::{diag, ir, pipeline};
use veritor_session::{self as session, parse_any_form, source};

/// The pipeline used when none is given: a single-device program, the call graph
/// flattened, dead helpers dropped, one-column scatters and bool-to-float converts into dots
/// that IREE cannot compile made selects, `chlo.top_k` and sorts by one key as
/// compare-exchange networks (faster on IREE CPU, the same result), and the patterns that break IREE's GPU code generation
/// rewritten (semantics-preserving, so CPU results stay bit-identical).
pub const DEFAULT_PIPELINE: &str =
    "veritor-strip-sharding,veritor-inline,veritor-symbol-dce,veritor-scatter-to-select,veritor-bool-to-select,veritor-top-k-network,veritor-sort-network,veritor-gpu-legalize";

#[derive(clap::Args, Clone, Debug)]
pub struct Args {
    /// StableHLO module (generic or pretty form)
    pub input: String,
    /// Target: cpu, cpu:<llvm cpu>, cuda:sm_<NN>, rocm:gfx<NNN>, vulkan:<target> (repeatable)
    #[arg(long = "target", short = 't', required_unless_present = "device")]
    pub targets: Vec<String>,
    /// Also compile for a registered device's IREE target (`veritor-spot device add`), by
    /// name or descriptor file
    #[arg(long)]
    pub device: Option<String>,
    /// Store directory holding the device registry (default: $VERITOR_STORE, else ./.veritor)
    #[arg(long)]
    pub store: Option<PathBuf>,
    /// Output directory
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Veritor pass pipeline run before IREE (veritor-check-legal always runs last)
    #[arg(long, default_value = DEFAULT_PIPELINE)]
    pub pipeline: String,
    /// Also write module-<target>.o, a relocatable object holding the vmfb and the manifest
    #[arg(long = "emit-object")]
    pub emit_object: bool,
    /// Extra flag for iree-compile (repeatable)
    #[arg(long = "iree-flag", allow_hyphen_values = true)]
    pub iree_flags: Vec<String>,
}

/// Runs `veritor compile`: exit 0, or 1 with one error line.
pub fn run(args: Args) -> ExitCode {
    match compile(&args) {
        Ok(manifest) => {
            for module in &manifest.modules {
                println!(
                    "{}: {}",
                    module.target,
                    args.output.join(&module.file).display()
                );
            }
            println!(
                "manifest: {}",
                args.output.join(artifact::MANIFEST_FILE).display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("veritor: error: {message}");
            ExitCode::from(1)
        }
    }
}

/// Compiles, writing into a partial directory that becomes the output only on success;
/// returns the manifest written.
pub fn compile(args: &Args) -> Result<Manifest, String> {
    let targets = parse_targets(&target_names(args)?)?;
    let pipeline = pipeline_with_check(&args.pipeline)?;
    tools::find(Tool::Compile).map_err(|e| e.to_string())?;
    let partial = Partial::create(&args.output)?;
    let dir = partial.path();
    let (transformed, entry_points, hook_schema) =
        transform(&args.input, &pipeline, &targets, dir)?;
    let input = artifact::Input {
        path: args.input.clone(),
        blake3: artifact::digest_file(Path::new(&args.input)).map_err(|e| e.to_string())?,
    };
    let digest = artifact::digest_file(&transformed).map_err(|e| e.to_string())?;
    let mut manifest = Manifest::new(input, artifact::Transformed { blake3: digest });
    manifest.pipeline = pipeline;
    manifest.entry_points = entry_points;
    manifest.hook_schema = hook_schema;
    manifest.iree.version = iree_version()?;
    for target in &targets {
        let (module, flags) = compile_target(target, &transformed, &args.iree_flags, dir)?;
        manifest
            .iree
            .compile_flags
            .insert(module.target.clone(), flags);
        manifest.modules.push(module);
    }
    manifest.write(dir).map_err(|e| e.to_string())?;
    if args.emit_object {
        write_objects(&manifest, dir)?;
    }
    partial.commit()?;
    Ok(manifest)
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

/// `--target`s, then the `--device`'s IREE target.
fn target_names(args: &Args) -> Result<Vec<String>, String> {
    let mut names = args.targets.clone();
    if let Some(device) = &args.device {
        let store = args
            .store
            .clone()
            .unwrap_or_else(veritor_store::Store::default_path);
        let descriptor = veritor_spotcheck::registry::resolve(&store, device)?;
        names.push(descriptor.iree_target);
    }
    Ok(names)
}

fn parse_targets(names: &[String]) -> Result<Vec<Target>, String> {
    if names.is_empty() {
        return Err(format!(
            "no target given; use --target with one of: {FORMS}"
        ));
    }
    let mut targets: Vec<Target> = Vec::new();
    for name in names {
        let target = Target::parse(name)?;
        if !targets.contains(&target) {
            targets.push(target);
        }
    }
    Ok(targets)
}

/// The pipeline's elements, with the legality check last; checked before any work.
fn pipeline_with_check(text: &str) -> Result<Vec<String>, String> {
    let mut elements = pipeline::pipeline_elements(text)?;
    elements.push(veritor_passes::check_legal::INFO.name.to_string());
    let context = melior::Context::new();
    let pm = PassManager::new(&context);
    elements
        .iter()
        .try_for_each(|e| pipeline::add_element(&pm, e))?;
    Ok(elements)
}

/// Reads, transforms and writes the module (`transformed.mlir`, and one variant per target
/// that needs a module attribute); returns the transformed file and the entry points.
fn transform(
    input: &str,
    pipeline: &[String],
    targets: &[Target],
    dir: &Path,
) -> Result<(PathBuf, Vec<artifact::EntryPoint>, serde_json::Value), String> {
    diag::start_collecting();
    let text = source::read_input(input)?;
    let name = source::display_name(input);
    let context = session::new_context()?;
    let module = parse_any_form(&context, &text, name)?;
    let Some(mut module) = module else {
        return Err(diagnostics_text("cannot parse the input"));
    };
    let pm = PassManager::new(&context);
    for element in pipeline {
        pipeline::add_element(&pm, element)?;
    }
    if pm.run(&mut module).is_err() {
        return Err(diagnostics_text("the pass pipeline failed"));
    }
    let transformed = dir.join("transformed.mlir");
    write(&transformed, &session::print_generic(&module, false))?;
    for target in targets {
        if let Some(attribute) = target.module_attribute() {
            write_variant(
                &context,
                &mut module,
                &attribute,
                &dir.join(variant_name(target)),
            )?;
        }
    }
    Ok((transformed, entry_points(&module), hook_schema(&module)))
}

/// The hook results of the public functions, from their `res_attrs`: function, result
/// index, hook name, type, and the fingerprint distribution where there is one.
fn hook_schema(module: &Module) -> serde_json::Value {
    use veritor_passes::raw;
    let mut hooks = Vec::new();
    for (name, op) in ir::functions(module.as_operation()) {
        if ir::is_private(op) {
            continue;
        }
        let f = op.to_raw();
        let Some((_, results)) = raw::function_signature(f) else {
            continue;
        };
        for (index, dict) in raw::attr_dicts(f, "res_attrs", results.len())
            .into_iter()
            .enumerate()
        {
            let entries = raw::dictionary_entries(dict);
            let text = |key: &str| {
                entries
                    .iter()
                    .find(|(k, _)| k == key)
                    .and_then(|(_, a)| raw::string_value(*a))
            };
            let Some(hook) = text("veritor.hook") else {
                continue;
            };
            hooks.push(serde_json::json!({
                "function": name,
                "result": index,
                "hook": hook,
                "type": veritor_passes::emit::type_text(results[index]),
                "fingerprint": text("veritor.fingerprint"),
            }));
        }
    }
    if hooks.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::json!({ "format": "veritor-hook-results/1", "results": hooks })
    }
}

fn variant_name(target: &Target) -> String {
    format!("transformed-{}.mlir", target.file_stem())
}

/// Writes the module with `hal.device.targets` set, then takes the attribute off again.
fn write_variant(
    context: &melior::Context,
    module: &mut Module,
    attribute: &str,
    path: &Path,
) -> Result<(), String> {
    let value = Attribute::parse(context, attribute)
        .ok_or("internal error: the target description does not parse")?;
    let mut op = module.as_operation_mut();
    op.set_attribute("hal.device.targets", value);
    let result = write(path, &session::print_generic(module, false));
    let _ = module
        .as_operation_mut()
        .remove_attribute("hal.device.targets");
    result
}

fn diagnostics_text(what: &str) -> String {
    let lines: Vec<String> = diag::take_collected()
        .iter()
        .map(|d| d.to_string())
        .collect();
    if lines.is_empty() {
        what.to_string()
    } else {
        format!("{what}:\n{}", lines.join("\n"))
    }
}

/// Public functions with their argument and result types.
fn entry_points(module: &Module) -> Vec<artifact::EntryPoint> {
    ir::functions(module.as_operation())
        .into_iter()
        .filter(|(_, op)| !ir::is_private(*op))
        .filter_map(|(name, op)| {
            let attr = op.attribute("function_type").ok()?;
            let function =
                FunctionType::try_from(TypeAttribute::try_from(attr).ok()?.value()).ok()?;
            let types = |n: usize, get: &dyn Fn(usize) -> Option<String>| {
                (0..n).filter_map(get).collect::<Vec<_>>()
            };
            let arguments = types(function.input_count(), &|i| {
                function.input(i).ok().map(|t| t.to_string())
            });
            let results = types(function.result_count(), &|i| {
                function.result(i).ok().map(|t| t.to_string())
            });
            Some(artifact::EntryPoint {
                name,
                arguments,
                results,
            })
        })
        .collect()
}

fn compile_target(
    target: &Target,
    transformed: &Path,
    extra: &[String],
    dir: &Path,
) -> Result<(artifact::Module, Vec<String>), String> {
    let input = match target.module_attribute() {
        Some(_) => dir.join(variant_name(target)),
        None => transformed.to_path_buf(),
    };
    let mut flags = target.iree_flags();
    flags.extend_from_slice(extra);
    let file = format!("module-{}.vmfb", target.file_stem());
    exec::compile(&input, &dir.join(&file), &flags)
        .map_err(|e| format!("iree-compile for target {target} failed: {e}"))?;
    let module =
        artifact::Module::from_file(dir, target.to_string(), &file).map_err(|e| e.to_string())?;
    Ok((module, flags))
}

/// `iree-compile --version`'s version line.
fn iree_version() -> Result<String, String> {
    let exe = tools::find(Tool::Compile).map_err(|e| e.to_string())?;
    let output = std::process::Command::new(&exe)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("compiler version"))
        .unwrap_or("unknown");
    Ok(line.trim().to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A hidden directory inside the output directory; removed on drop unless committed.
struct Partial {
    out: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Partial {
    fn create(out: &Path) -> Result<Self, String> {
        std::fs::create_dir_all(out)
            .map_err(|e| format!("cannot create output directory {}: {e}", out.display()))?;
        let path = out.join(format!(".veritor-partial-{}", std::process::id()));
        std::fs::create_dir(&path)
            .map_err(|e| format!("cannot write into output directory {}: {e}", out.display()))?;
        Ok(Partial {
            out: out.to_path_buf(),
            path,
            committed: false,
        })
    }

    fn path(&self) -> &Path {
        &self.path
    }

    /// Moves every file into the output directory, the manifest last.
    fn commit(mut self) -> Result<(), String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.path)
            .map_err(|e| format!("cannot list {}: {e}", self.path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort_by_key(|p| p.file_name().is_some_and(|n| n == "manifest.json"));
        let _ = std::fs::remove_file(self.out.join("manifest.json"));
        for file in files {
            let target = self.out.join(file.file_name().unwrap_or_default());
            std::fs::rename(&file, &target)
                .map_err(|e| format!("cannot move {} into place: {e}", file.display()))?;
        }
        self.committed = true;
        let _ = std::fs::remove_dir(&self.path);
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}
