//! Diagnostics at an operation's location, in MLIR's `file:line:col: severity: message` form.
//!
//! Errors go through MLIR's diagnostic engine (`mlirEmitError`), so a tool that embeds these
//! passes in its own `PassManager` sees them through its own handler. The MLIR C API has no
//! way to emit warnings or remarks, so those go to a process-wide sink: the driver collects
//! them (for printing and for `--verify-diagnostics`); without a collector they are printed
//! to stderr. A host that can reach MLIR's C++ API (the mlir-opt plugin) sends them to MLIR's
//! engine instead, with [`emit_through`].

use crate::pass::Failed;
use melior::ir::Location;
use std::ffi::CString;
use std::fmt;
use std::sync::{Mutex, OnceLock};

/// How serious a diagnostic is, with MLIR's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Remark,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Remark => "remark",
            Severity::Note => "note",
        }
    }
}

/// A source position: file name, 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcePos {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// One diagnostic, detached from any MLIR context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    pub severity: Severity,
    pub pos: Option<SourcePos>,
    pub message: String,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(pos) = &self.pos {
            write!(f, "{}:{}:{}: ", pos.file, pos.line, pos.column)?;
        }
        write!(f, "{}: {}", self.severity.as_str(), self.message)
    }
}

/// Resolves a location to the source position MLIR would print: a name location to its
/// child, a call site to its callee, a fused location to its first resolvable part.
pub fn source_pos(location: Location) -> Option<SourcePos> {
    if location.is_file_line_col_range() {
        return Some(SourcePos {
            file: location
                .file_line_col_range_filename()
                .as_string_ref()
                .as_str()
                .ok()?
                .to_string(),
            line: location.file_line_col_range_start_line(),
            column: location.file_line_col_range_start_column(),
        });
    }
    if location.is_name() {
        return source_pos(location.name_child_location());
    }
    if location.is_call_site() {
        return source_pos(location.call_site_callee());
    }
    if location.is_fused() {
        return (0..location.fused_num_locations())
            .find_map(|i| source_pos(location.fused_location(i)));
    }
    None
}

static SINK: Mutex<Option<Vec<Diag>>> = Mutex::new(None);

/// Starts collecting diagnostics in this process (the driver does this once).
pub fn start_collecting() {
    *SINK.lock().unwrap_or_else(|e| e.into_inner()) = Some(Vec::new());
}

/// Takes the diagnostics collected so far, leaving collection on.
pub fn take_collected() -> Vec<Diag> {
    let mut sink = SINK.lock().unwrap_or_else(|e| e.into_inner());
    sink.as_mut().map(std::mem::take).unwrap_or_default()
}

/// Records a diagnostic that MLIR's engine delivered (used by the driver's handler).
pub fn record(diag: Diag) {
    let mut sink = SINK.lock().unwrap_or_else(|e| e.into_inner());
    match sink.as_mut() {
        Some(list) => list.push(diag),
        None => eprintln!("{diag}"),
    }
}

/// Emits an error at `location` through MLIR's diagnostic engine.
pub fn error(location: Location, message: &str) {
    let text = CString::new(message.replace('\0', " ")).unwrap_or_default();
    unsafe { mlir_sys::mlirEmitError(location.to_raw(), text.as_ptr()) }
}

/// Emits an error at `location` and returns [`Failed`]: `return Err(diag::fail(loc, msg))`.
pub fn fail(location: Location, message: &str) -> Failed {
    error(location, message);
    Failed
}

/// A function that emits a warning or remark through MLIR's diagnostic engine.
pub type Emitter = fn(Severity, Location, &str);

static EMITTER: OnceLock<Emitter> = OnceLock::new();

/// Sends every later warning and remark to `emitter` instead of the sink (for the whole
/// process; the first call wins).
pub fn emit_through(emitter: Emitter) {
    let _ = EMITTER.set(emitter);
}

/// Emits a warning at `location`.
pub fn warning(location: Location, message: &str) {
    if let Some(emit) = EMITTER.get() {
        return emit(Severity::Warning, location, message);
    }
    record(Diag {
        severity: Severity::Warning,
        pos: source_pos(location),
        message: message.into(),
    });
}

/// Emits a remark at `location`.
pub fn remark(location: Location, message: &str) {
    if let Some(emit) = EMITTER.get() {
        return emit(Severity::Remark, location, message);
    }
    record(Diag {
        severity: Severity::Remark,
        pos: source_pos(location),
        message: message.into(),
    });
}
