//! An MLIR session as every Veritor tool needs it: a context with the dialects and the
//! diagnostic handler (one per input chunk), parsing generic form directly and pretty form
//! through `iree-opt` ([`pretty`]), with the file name in locations, printing generic form
//! (through a small C++ shim, `print_shim.cpp`: LLVM's buffered stream instead of the C API's
//! per-token callback), and the input's chunks ([`source`]).

pub mod pretty;
pub mod source;

use melior::ir::operation::{OperationLike, OperationPrintingFlags};
use melior::ir::{Module, Operation};
use melior::{Context, StringRef};
use pretty::ConvertError;
use veritor_passes::diag::{self, Diag, Severity};

/// A context that accepts StableHLO (unregistered, generic form) next to the upstream
/// dialects, with the Veritor dialect loaded, and whose diagnostics go to Veritor's sink.
pub fn new_context() -> Result<Context, String> {
    let context = veritor_dialects::context()?;
    context.attach_diagnostic_handler(|d| {
        record_with_notes(&d);
        true
    });
    Ok(context)
}

fn record_with_notes(d: &melior::diagnostic::Diagnostic) {
    let severity = match d.severity() {
        melior::diagnostic::DiagnosticSeverity::Error => Severity::Error,
        melior::diagnostic::DiagnosticSeverity::Warning => Severity::Warning,
        melior::diagnostic::DiagnosticSeverity::Remark => Severity::Remark,
        melior::diagnostic::DiagnosticSeverity::Note => Severity::Note,
    };
    diag::record(Diag {
        severity,
        pos: diag::source_pos(d.location()),
        message: d.to_string(),
    });
    for i in 0..d.note_count() {
        // MLIR adds the whole failing op as a note; diagnostics here stay one line each.
        match d.note(i) {
            Ok(note) if !note.to_string().starts_with("see current operation") => {
                record_with_notes(&note)
            }
            _ => {}
        }
    }
}

/// Parses `text` as a module, with `source_name` in every location. `None` when parsing
/// failed (the errors are in the diagnostic sink).
pub fn parse<'c>(context: &'c Context, text: &str, source_name: &str) -> Option<Module<'c>> {
    let raw = unsafe {
        mlir_sys::mlirOperationCreateParse(
            context.to_raw(),
            StringRef::new(text).to_raw(),
            StringRef::new(source_name).to_raw(),
        )
    };
    if raw.ptr.is_null() {
        return None;
    }
    let op = unsafe { Operation::from_raw(raw) };
    if op.name().as_string_ref().as_str().ok() != Some("builtin.module") {
        let message = "expected a 'builtin.module' at the top level";
        veritor_passes::diag::error(op.location(), message);
        return None;
    }
    Module::from_operation(op)
}

/// MLIR treats an unregistered op with exactly one region as a possible symbol table
/// (`isPotentiallyUnknownSymbolTable` in MLIR's `SymbolTable.cpp`), so a `func.call` directly
/// inside a `stablehlo.reduce`, `sort` or `scatter` body "does not reference a valid
/// function" even when the callee exists; mlir-opt rejects such modules the same way. When
/// that is why parsing failed, a note says so.
pub fn explain_symbol_table_limit() {
    let diags = diag::take_collected();
    let limit = diags.iter().any(|d| {
        d.severity == Severity::Error
            && d.message.starts_with("'func.call' op '")
            && d.message.ends_with("' does not reference a valid function")
    });
    let pos = diags.first().and_then(|d| d.pos.clone());
    diags.into_iter().for_each(diag::record);
    if limit {
        let message = "if the callee exists: MLIR cannot check a func.call placed directly in the single region of an unregistered op (a stablehlo.reduce, sort or scatter body); call it from a while, if or case region, or inline it before export";
        diag::record(Diag {
            severity: Severity::Note,
            pos,
            message: message.into(),
        });
    }
}

unsafe extern "C" {
    /// session/src/print_shim.cpp: prints `op` to `fd`; 0 on success.
    fn veritor_print_to_fd(
        op: mlir_sys::MlirOperation,
        flags: mlir_sys::MlirOpPrintingFlags,
        fd: std::os::raw::c_int,
    ) -> std::os::raw::c_int;
}

/// Prints the module in generic op form straight into an open file (buffered by LLVM, not
/// token by token through the C API's callback).
pub fn write_generic(
    module: &Module,
    debug_info: bool,
    file: &impl std::os::fd::AsRawFd,
) -> Result<(), String> {
    let flags = OperationPrintingFlags::new()
        .print_generic_operation_form()
        .enable_debug_info(debug_info, false);
    let status = unsafe {
        veritor_print_to_fd(
            module.as_operation().to_raw(),
            flags.to_raw(),
            file.as_raw_fd(),
        )
    };
    if status == 0 {
        Ok(())
    } else {
        Err("write error".into())
    }
}

/// Prints the module in generic op form (what Veritor reads and writes by default).
pub fn print_generic(module: &Module, debug_info: bool) -> String {
    let flags = OperationPrintingFlags::new()
        .print_generic_operation_form()
        .enable_debug_info(debug_info, false);
    let mut text = module
        .as_operation()
        .to_string_with_flags(flags)
        .unwrap_or_default();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Whether parse errors say the input is in StableHLO's pretty form (its custom syntax
/// needs the dialect, which only IREE's tools have).
pub fn looks_pretty(diags: &[Diag]) -> Option<String> {
    diags.iter().find_map(|d| {
        let m = &d.message;
        let unknown_custom_op = (m.starts_with("custom op '") && m.contains("' is unknown"))
            || (m.starts_with("Dialect `") && m.contains("' not found for custom op '"));
        unknown_custom_op.then(|| m.clone())
    })
}

/// Parses generic form directly, and pretty form through iree-opt. `Ok(None)`: parsing
/// failed with diagnostics (in the sink); `Err`: a fatal problem (no iree-opt for pretty input).
pub fn parse_any_form<'c>(
    context: &'c Context,
    text: &str,
    name: &str,
) -> Result<Option<Module<'c>>, String> {
    if let Some(module) = parse_generic(context, text, name) {
        return Ok(Some(module));
    }
    let diags = diag::take_collected();
    let Some(reason) = looks_pretty(&diags) else {
        diags.into_iter().for_each(diag::record);
        return Ok(None);
    };
    match pretty::to_generic(text, name, &reason) {
        Ok(generic) => Ok(parse_generic(context, &generic, name)),
        Err(ConvertError::Tool(message)) => Err(message),
        Err(ConvertError::Input(message)) => {
            eprintln!("{message}");
            Ok(None)
        }
    }
}

/// Parses generic form (and bare ops, in an implicit module).
fn parse_generic<'c>(context: &'c Context, text: &str, name: &str) -> Option<Module<'c>> {
    let module = parse(context, &source::with_implicit_module(text), name);
    if module.is_none() {
        explain_symbol_table_limit();
    }
    module
}
