//! A workload graph as the protocol sees it: parsed, checked against the verifier's
//! allowlist and bounds ([`crate::protocol::allowlist`]), its entry point's signature, and
//! the teacher-forced program with fingerprints that both prover and verifier run.

use melior::pass::PassManager;
use veritor_iree::npy::DType;
use veritor_passes::{diag, emit, ir, raw, registry};

use super::allowlist::{self, Limits};
use crate::{opt, session};

/// Name of the teacher-forced function `veritor-ar-to-tf` adds for `main`.
pub fn teacher_forced_name(entry: &str) -> String {
    format!("{entry}_teacher_forced")
}

/// The element type and shape of one argument or result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorSpec {
    pub dtype: DType,
    pub shape: Vec<usize>,
}

impl TensorSpec {
    pub fn elements(&self) -> usize {
        self.shape.iter().product()
    }
}

impl std::fmt::Display for TensorSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{:?}", self.dtype.name(), self.shape)
    }
}

/// A function's arguments and results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub args: Vec<TensorSpec>,
    pub results: Vec<TensorSpec>,
}

/// What the protocol knows about a graph after checking and transforming it.
pub struct Program {
    /// The entry point's signature (the reference program).
    pub entry: Signature,
    /// The teacher-forced function's signature, when the entry point decodes:
    /// `(args..., teacher) -> (predicted, logits[, stop])`.
    pub teacher_forced: Option<Signature>,
    /// The module to compile (generic text): the reference entry point, unchanged, and the
    /// teacher-forced function when there is one.
    pub text: String,
}

fn diagnostics(what: &str) -> String {
    let diags = diag::take_collected();
    match diags
        .iter()
        .find(|d| d.severity == diag::Severity::Error)
        .or(diags.first())
    {
        Some(d) => format!("{what}: {d}"),
        None => what.to_string(),
    }
}

/// Element type name (MLIR) to `.npy` dtype; `None` for types the protocol does not handle.
pub fn dtype_of(element: &str) -> Option<DType> {
    Some(match element {
        "i1" => DType::Bool,
        "i8" => DType::I8,
        "i16" => DType::I16,
        "i32" => DType::I32,
        "i64" => DType::I64,
        "ui8" => DType::U8,
        "ui16" => DType::U16,
        "ui32" => DType::U32,
        "ui64" => DType::U64,
        "f16" => DType::F16,
        "bf16" => DType::BF16,
        "f32" => DType::F32,
        "f64" => DType::F64,
        _ => return None,
    })
}

fn spec_of(ty: mlir_sys::MlirType, what: &str) -> Result<TensorSpec, String> {
    let text = emit::type_text(ty);
    let t = emit::TensorType::parse(&text)
        .ok_or_else(|| format!("{what} has type {text}, not a static tensor"))?;
    let dtype = dtype_of(&t.element)
        .ok_or_else(|| format!("{what} has element type {}, not supported", t.element))?;
    Ok(TensorSpec {
        dtype,
        shape: t.dims.iter().map(|&d| d as usize).collect(),
    })
}

fn signature_of(
    module: melior::ir::OperationRef,
    function: &str,
) -> Result<Option<Signature>, String> {
    let Some((_, op)) = ir::functions(module)
        .into_iter()
        .find(|(name, op)| name == function && !ir::is_private(*op))
    else {
        return Ok(None);
    };
    let (args, results) = raw::function_signature(op.to_raw())
        .ok_or_else(|| format!("@{function} has no function type"))?;
    let args = args
        .iter()
        .enumerate()
        .map(|(i, t)| spec_of(*t, &format!("@{function} argument {i}")))
        .collect::<Result<_, _>>()?;
    let results = results
        .iter()
        .enumerate()
        .map(|(i, t)| spec_of(*t, &format!("@{function} result {i}")))
        .collect::<Result<_, _>>()?;
    Ok(Some(Signature { args, results }))
}

/// Parses `text` (named `name` in locations), checks it against the allowlist and `limits`,
/// and builds the program to run: the entry point and, when it decodes, its teacher-forced
/// form (`veritor-ar-to-tf`). Every failure is one line (the reason, with the
/// op and its location where there is one).
pub fn load(text: &str, name: &str, entry: &str, limits: &Limits) -> Result<Program, String> {
    diag::start_collecting();
    let result = load_collecting(text, name, entry, limits);
    diag::take_collected();
    result
}

fn load_collecting(
    text: &str,
    name: &str,
    entry: &str,
    limits: &Limits,
) -> Result<Program, String> {
    if text.len() as u64 > limits.max_graph_bytes {
        return Err(format!(
            "{name}: graph is {} bytes, more than the limit of {}",
            text.len(),
            limits.max_graph_bytes
        ));
    }
    let context = session::new_context()?;
    let Some(mut module) = opt::parse_any_form(&context, text, name)? else {
        return Err(diagnostics(&format!("{name}: cannot parse the graph")));
    };
    allowlist::check(module.as_operation(), limits)?;
    let Some(entry_sig) = signature_of(module.as_operation(), entry)? else {
        return Err(format!("{name}: no public function @{entry}"));
    };
    let pm = PassManager::new(&context);
    registry::add_pipeline(&pm, "veritor-ar-to-tf")?;
    if pm.run(&mut module).is_err() {
        return Err(diagnostics(&format!("{name}: veritor-ar-to-tf failed")));
    }
    let teacher_forced = signature_of(module.as_operation(), &teacher_forced_name(entry))?;
    // The transformed module passes the same checks (ar-to-tf adds only allowlisted ops).
    allowlist::check(module.as_operation(), limits)?;
    Ok(Program {
        entry: entry_sig,
        teacher_forced,
        text: session::print_generic(&module, false),
    })
}
