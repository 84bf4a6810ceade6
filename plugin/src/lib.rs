//! Veritor's passes and dialect as an mlir-opt plugin:
//! `mlir-opt-22 --load-dialect-plugin=libveritor_plugin.so --load-pass-plugin=libveritor_plugin.so
//! --pass-pipeline='builtin.module(veritor-inline)'`.
//!
//! For `--load-dialect-plugin`, mlir-opt calls [`mlirGetDialectPluginInfo`]; its callback has
//! the C++ shim add the veritor dialect to mlir-opt's registry, loaded in every context from
//! the IRDL definition that veritor-opt loads too (`veritor_dialects::veritor::IRDL`): the
//! same ops, verified with the same messages.
//!
//! For `--load-pass-plugin`, mlir-opt calls [`mlirGetPassPluginInfo`]; its callback has the
//! C++ shim register one `mlir::Pass` per entry of `veritor_passes::PASSES` in MLIR's global
//! registry. The shim calls back into the functions below for each pass's name and summary,
//! to check its options (with the same parser and messages as veritor-opt) and to run it.
//! Every function here catches panics: none unwinds into C++.

use melior::ir::operation::OperationLike;
use melior::ir::{Location, OperationRef};
use mlir_sys::{MlirLocation, MlirOperation, MlirStringRef};
use std::ffi::{c_char, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use veritor_passes::diag::{self, Severity};
use veritor_passes::options::PassOptions;
use veritor_passes::{PassInfo, PASSES};

/// MLIR's plugin API version (`MLIR_PLUGIN_API_VERSION` in mlir/Tools/Plugins/PassPlugin.h).
const PLUGIN_API_VERSION: u32 = 1;

/// `mlir::PassPluginLibraryInfo`, field for field.
#[repr(C)]
pub struct PassPluginLibraryInfo {
    api_version: u32,
    plugin_name: *const c_char,
    plugin_version: *const c_char,
    register_pass_registry_callbacks: extern "C" fn(),
}

/// `mlir::DialectPluginLibraryInfo`, field for field (the registry is `mlir::DialectRegistry *`).
#[repr(C)]
pub struct DialectPluginLibraryInfo {
    api_version: u32,
    plugin_name: *const c_char,
    plugin_version: *const c_char,
    register_dialect_registry_callbacks: unsafe extern "C" fn(*mut c_void),
}

extern "C" {
    /// Adds the veritor dialect to an `mlir::DialectRegistry` (src/shim.cpp).
    fn veritor_plugin_register_dialect(registry: *mut c_void);
    /// Registers every Veritor pass with `mlir::registerPass` (src/shim.cpp).
    fn veritor_plugin_register_passes();
    /// Emits a warning (1) or remark (2) through MLIR's engine (src/shim.cpp).
    fn veritor_plugin_emit(severity: i32, location: MlirLocation, message: MlirStringRef);
}

/// The entry point mlir-opt looks up in a `--load-pass-plugin` library.
#[no_mangle]
pub extern "C" fn mlirGetPassPluginInfo() -> PassPluginLibraryInfo {
    PassPluginLibraryInfo {
        api_version: PLUGIN_API_VERSION,
        plugin_name: c"Veritor".as_ptr(),
        plugin_version: c"0.1.0".as_ptr(),
        register_pass_registry_callbacks: register_passes,
    }
}

/// The entry point mlir-opt looks up in a `--load-dialect-plugin` library.
#[no_mangle]
pub extern "C" fn mlirGetDialectPluginInfo() -> DialectPluginLibraryInfo {
    DialectPluginLibraryInfo {
        api_version: PLUGIN_API_VERSION,
        plugin_name: c"Veritor".as_ptr(),
        plugin_version: c"0.1.0".as_ptr(),
        register_dialect_registry_callbacks: veritor_plugin_register_dialect,
    }
}

/// The veritor dialect's IRDL definition (static text), which the shim loads in each context.
#[no_mangle]
pub extern "C" fn veritor_plugin_dialect_irdl() -> MlirStringRef {
    string_ref(veritor_dialects::veritor::IRDL)
}

extern "C" fn register_passes() {
    diag::emit_through(emit);
    // SAFETY: the shim only calls MLIR's registry and the functions below.
    unsafe { veritor_plugin_register_passes() }
}

/// Sends a Veritor warning or remark to MLIR's engine (notes and errors never come here).
fn emit(severity: Severity, location: Location, message: &str) {
    let code = if severity == Severity::Warning { 1 } else { 2 };
    let text = MlirStringRef {
        data: message.as_ptr() as *const c_char,
        length: message.len(),
    };
    // SAFETY: `location` is live during the pass that emits it; `text` outlives the call.
    unsafe { veritor_plugin_emit(code, location.to_raw(), text) }
}

fn string_ref(text: &'static str) -> MlirStringRef {
    MlirStringRef {
        data: text.as_ptr() as *const c_char,
        length: text.len(),
    }
}

/// # Safety
/// `text` points to `text.length` bytes that outlive the returned slice.
unsafe fn text_of(text: &MlirStringRef) -> String {
    if text.length == 0 {
        return String::new();
    }
    let bytes = std::slice::from_raw_parts(text.data as *const u8, text.length);
    String::from_utf8_lossy(bytes).into_owned()
}

/// The pass at `index`; the shim only asks for indices below [`veritor_plugin_pass_count`].
fn pass(index: usize) -> &'static PassInfo {
    &PASSES[index]
}

/// How many Veritor passes there are.
#[no_mangle]
pub extern "C" fn veritor_plugin_pass_count() -> usize {
    PASSES.len()
}

/// The pipeline name of pass `index` (static text).
#[no_mangle]
pub extern "C" fn veritor_plugin_pass_name(index: usize) -> MlirStringRef {
    string_ref(pass(index).name)
}

/// The one-line summary of pass `index` (static text).
#[no_mangle]
pub extern "C" fn veritor_plugin_pass_summary(index: usize) -> MlirStringRef {
    string_ref(pass(index).summary)
}

/// Checks `options` (`key=value ...`) for pass `index`; on error passes one line to
/// `on_error` and returns false.
///
/// # Safety
/// `options` is valid for the call; `on_error` accepts `user_data`.
#[no_mangle]
pub unsafe extern "C" fn veritor_plugin_check_options(
    index: usize,
    options: MlirStringRef,
    on_error: extern "C" fn(MlirStringRef, *mut c_void),
    user_data: *mut c_void,
) -> bool {
    let info = pass(index);
    let text = text_of(&options);
    let parsed = catch_unwind(|| PassOptions::parse(info.options, &text));
    let message = match parsed {
        Ok(Ok(_)) => return true,
        Ok(Err(e)) => format!("pass '{}': {e}", info.name),
        Err(_) => format!(
            "internal error: pass '{}' options panicked (a bug)",
            info.name
        ),
    };
    let error = MlirStringRef {
        data: message.as_ptr() as *const c_char,
        length: message.len(),
    };
    on_error(error, user_data);
    false
}

/// Runs pass `index` with `options` (already checked) on `module`; false if it failed (its
/// diagnostics already emitted at the ops concerned).
///
/// # Safety
/// `module` is a live `builtin.module`; `options` is valid for the call.
#[no_mangle]
pub unsafe extern "C" fn veritor_plugin_run(
    index: usize,
    module: MlirOperation,
    options: MlirStringRef,
) -> bool {
    let info = pass(index);
    let operation = OperationRef::from_raw(module);
    let text = text_of(&options);
    let result = catch_unwind(AssertUnwindSafe(|| {
        let options = PassOptions::parse(info.options, &text).map_err(|e| {
            diag::error(operation.location(), &format!("pass '{}': {e}", info.name));
        })?;
        (info.run)(operation, &options).map_err(|_| ())
    }));
    match result {
        Ok(outcome) => outcome.is_ok(),
        Err(_) => {
            let message = format!(
                "internal error: pass '{}' panicked (a bug; please report it)",
                info.name
            );
            diag::error(operation.location(), &message);
            false
        }
    }
}
