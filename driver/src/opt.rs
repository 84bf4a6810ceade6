//! What `veritor-opt` does with its input: read, split, parse (pretty form through
//! iree-opt), verify, run the pipeline, check or print diagnostics, print the result.

use crate::verify_diagnostics as verify;
use melior::ir::operation::OperationPrintingFlags;
use melior::ir::Module;
use melior::pass::{PassIrPrintingOptions, PassManager};
use melior::Context;
use veritor_passes::diag::{self, Diag};
use veritor_passes::pipeline;
use veritor_session::source::{self, Chunk};
use veritor_session::{self as session, pretty};

/// The output form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Generic,
    Pretty,
}

/// Everything `veritor-opt` was asked to do.
#[derive(Clone, Debug)]
pub struct OptConfig {
    pub input: String,
    pub output: Option<String>,
    /// Pipeline elements, e.g. `veritor-inline{into=main}`.
    pub pipeline: Vec<String>,
    pub split_input_file: bool,
    pub verify_diagnostics: bool,
    pub print_ir_after_all: bool,
    pub timing: bool,
    pub emit: Emit,
    pub debug_info: bool,
}

/// What one chunk produced: whether it succeeded (diagnostics as expected, when checking
/// them), and its output.
struct ChunkOutcome {
    ok: bool,
    output: Option<Rendered>,
}

/// A chunk's output: text to write later, or already written to the destination.
enum Rendered {
    Text(String),
    Written,
}

/// Runs the tool; returns the process exit code (0 success, 1 failure).
pub fn run(config: &OptConfig) -> i32 {
    diag::start_collecting();
    if let Err(message) = check_pipeline(&config.pipeline) {
        eprintln!("veritor-opt: error: {message}");
        return 1;
    }
    let text = match source::read_input(&config.input) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{}", with_prefix(&message));
            return 1;
        }
    };
    let name = source::display_name(&config.input).to_string();
    let mut ok = true;
    let mut outputs = Vec::new();
    for chunk in source::split(text, config.split_input_file) {
        if config.split_input_file && source::is_empty_chunk(&chunk.text) {
            continue;
        }
        match process_chunk(config, &name, &chunk) {
            Ok(outcome) => {
                ok &= outcome.ok;
                outputs.extend(outcome.output);
            }
            Err(message) => {
                eprintln!("{message}");
                return 1;
            }
        }
    }
    if outputs.iter().any(|o| matches!(o, Rendered::Text(_))) {
        let texts: Vec<String> = outputs
            .into_iter()
            .filter_map(|o| match o {
                Rendered::Text(t) => Some(t),
                Rendered::Written => None,
            })
            .collect();
        ok &= write_output(config, &texts.join("// -----\n"));
    } else if outputs.is_empty() {
        ok &= write_output(config, "");
    }
    if ok && !FAILED_WRITE.load(std::sync::atomic::Ordering::Relaxed) {
        0
    } else {
        1
    }
}

fn with_prefix(message: &str) -> String {
    if message.contains(": error: ") {
        message.to_string()
    } else {
        format!("veritor-opt: error: {message}")
    }
}

/// Builds the pipeline once in a scratch context so that a bad name or option fails
/// before any input is read.
fn check_pipeline(pipeline: &[String]) -> Result<(), String> {
    let context = Context::new();
    let pm = PassManager::new(&context);
    pipeline
        .iter()
        .try_for_each(|element| pipeline::add_element(&pm, element))
}

/// Prints the chunk's diagnostics (or checks them); returns whether the chunk succeeded.
fn report(
    config: &OptConfig,
    name: &str,
    chunk: &Chunk,
    diags: &[Diag],
    transformed: bool,
) -> bool {
    if !config.verify_diagnostics {
        for d in diags {
            eprintln!("{d}");
        }
        return transformed;
    }
    let expected = match verify::expectations(&chunk.text) {
        Ok(expected) => expected,
        Err((line, message)) => {
            eprintln!("{name}:{line}:1: error: {message}");
            return false;
        }
    };
    let failures = verify::check(name, &expected, diags);
    for d in &failures {
        eprintln!("{d}");
    }
    failures.is_empty()
}

/// Parses and transforms one chunk. `Err` is a fatal problem that stops the tool (a missing
/// iree-opt for pretty input, say).
fn process_chunk(config: &OptConfig, name: &str, chunk: &Chunk) -> Result<ChunkOutcome, String> {
    diag::take_collected();
    let context = session::new_context()?;
    let Some(mut module) = session::parse_any_form(&context, &chunk.text, name)? else {
        let ok = report(config, name, chunk, &diag::take_collected(), false);
        return Ok(ChunkOutcome { ok, output: None });
    };
    // Parsing already verified the module; the pass manager verifies after each pass.
    let transformed = run_pipeline(config, &context, &mut module);
    // Diagnostics first, then the output, as mlir-opt prints them.
    let ok = report(config, name, chunk, &diag::take_collected(), transformed);
    let output = match (transformed, direct(config)) {
        (false, _) => None,
        (true, true) => Some(write_direct(config, &module)),
        (true, false) => Some(Rendered::Text(render(config, &module)?)),
    };
    Ok(ChunkOutcome { ok, output })
}

fn run_pipeline(config: &OptConfig, context: &Context, module: &mut Module) -> bool {
    if config.pipeline.is_empty() {
        // Parsing verified the module already; an empty pass manager would verify it again.
        return true;
    }
    let pm = PassManager::new(context);
    for element in &config.pipeline {
        if let Err(message) = pipeline::add_element(&pm, element) {
            eprintln!("veritor-opt: error: {message}");
            return false;
        }
    }
    if config.print_ir_after_all {
        context.enable_multi_threading(false);
        pm.enable_ir_printing(&PassIrPrintingOptions {
            before_all: false,
            after_all: true,
            module_scope: true,
            on_change: false,
            on_failure: false,
            flags: OperationPrintingFlags::new().print_generic_operation_form(),
            tree_printing_path: std::path::PathBuf::new(),
        });
    }
    if config.timing {
        unsafe { mlir_sys::mlirPassManagerEnableTiming(pm.to_raw()) };
    }
    pm.run(module).is_ok()
}

fn render(config: &OptConfig, module: &Module) -> Result<String, String> {
    let generic = session::print_generic(module, config.debug_info);
    match config.emit {
        Emit::Generic => Ok(generic),
        Emit::Pretty => pretty::to_pretty(&generic),
    }
}

/// One generic module goes straight to its destination (the common case, and the fast one).
fn direct(config: &OptConfig) -> bool {
    !config.split_input_file && config.emit == Emit::Generic
}

/// Writes the module to `-o` (or stdout); a failure is reported and leaves no output.
fn write_direct(config: &OptConfig, module: &Module) -> Rendered {
    let result = match config.output.as_deref() {
        None | Some("-") => {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            session::write_generic(module, config.debug_info, &std::io::stdout())
        }
        Some(path) => std::fs::File::create(path)
            .map_err(|e| e.to_string())
            .and_then(|file| session::write_generic(module, config.debug_info, &file))
            .map_err(|e| format!("cannot write '{path}': {e}")),
    };
    match result {
        Ok(()) => Rendered::Written,
        Err(message) => {
            eprintln!("veritor-opt: error: {message}");
            FAILED_WRITE.store(true, std::sync::atomic::Ordering::Relaxed);
            Rendered::Written
        }
    }
}

static FAILED_WRITE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn write_output(config: &OptConfig, text: &str) -> bool {
    let result = match config.output.as_deref() {
        None | Some("-") => {
            use std::io::Write;
            std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| e.to_string())
        }
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write '{path}': {e}")),
    };
    match result {
        Ok(()) => true,
        Err(message) => {
            eprintln!("veritor-opt: error: {message}");
            false
        }
    }
}
