//! A workload graph as the protocol sees it: parsed, checked against the verifier's
//! allowlist and bounds ([`crate::protocol::allowlist`]), its entry point's signature, and
//! the teacher-forced program with fingerprints that both prover and verifier run.

use melior::pass::PassManager;
use veritor_iree::npy::DType;
use veritor_passes::{diag, emit, ir, pipeline, raw};

use crate::allowlist::{self, Limits};
use veritor_session as session;

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
#[derive(Clone)]
pub struct Program {
    /// The entry point's signature (the reference program).
    pub entry: Signature,
    /// The teacher-forced function's signature, when the entry point decodes:
    /// `(args..., teacher) -> (predicted, logits[, stop])`.
    pub teacher_forced: Option<Signature>,
    /// The entry point's arguments that can be the canonical noise: `f32` of the teacher-forced
    /// logits' shape, and not read by those logits (the scores without the noise), which
    /// tells the noise from a parameter of the same shape (see [`crate::dataflow`]).
    pub noise_inputs: Vec<usize>,
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

/// The passes run on a checked graph before `veritor-ar-to-tf`: every call inlined and the
/// functions left uncalled removed, as `veritor compile` does. IREE compiles some valid JAX
/// programs only inlined (gemma's sampler: outlined masking helpers give `failed to legalize
/// operation 'stablehlo.subtract'`; design.md, "outlined helpers"); inlining changes no value
/// (XLA, which gave JAX's own results, inlines every call too), `veritor-ar-to-tf` inlines the
/// loop it rewrites anyway, and one fixed pipeline means the prover and the verifier compile
/// the same module whatever IREE version either runs, with no failed compile paid first.
pub const INLINE_PIPELINE: &str = "veritor-inline,veritor-symbol-dce";

/// Parses `text` (named `name` in locations), checks it against the allowlist and `limits`,
/// and builds the program to run: the entry point, inlined ([`INLINE_PIPELINE`]) and, when it
/// decodes, its teacher-forced form (`veritor-ar-to-tf`), then the one-column scatters IREE
/// cannot compile rewritten as selects (`veritor-scatter-to-select`, exact for every index;
/// HF Flax `generate`'s min-length processor at batch 1), and so are the bool-to-float
/// converts into dots that it cannot compile inlined (`veritor-bool-to-select`: one_hot of
/// one token times a matrix); `chlo.top_k` becomes a compare-exchange network
/// (`veritor-top-k-network`, the same result, several times faster on IREE CPU), and so
/// does a sort by one key (`veritor-sort-network`, a stable sort's result). Every failure
/// is one line (the
/// reason, with the op and its location where there is one).
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
    let Some(mut module) = session::parse_any_form(&context, text, name)? else {
        return Err(diagnostics(&format!("{name}: cannot parse the graph")));
    };
    allowlist::check(module.as_operation(), limits)?;
    let Some(entry_sig) = signature_of(module.as_operation(), entry)? else {
        return Err(format!("{name}: no public function @{entry}"));
    };
    for (passes, what) in [
        (INLINE_PIPELINE, "inlining"),
        ("veritor-ar-to-tf", "veritor-ar-to-tf"),
        ("veritor-scatter-to-select", "scatter legalization"),
        ("veritor-bool-to-select", "convert legalization"),
        ("veritor-top-k-network", "top_k network"),
        ("veritor-sort-network", "sort network"),
    ] {
        let pm = PassManager::new(&context);
        pipeline::add_pipeline(&pm, passes)?;
        if pm.run(&mut module).is_err() {
            return Err(diagnostics(&format!("{name}: {what} failed")));
        }
    }
    let tf_name = teacher_forced_name(entry);
    let teacher_forced = signature_of(module.as_operation(), &tf_name)?;
    // The transformed module passes the same checks (ar-to-tf adds only allowlisted ops).
    allowlist::check(module.as_operation(), limits)?;
    let noise_inputs = match &teacher_forced {
        Some(tf) => noise_inputs(module.as_operation(), &tf_name, &entry_sig, tf),
        None => Vec::new(),
    };
    Ok(Program {
        entry: entry_sig,
        teacher_forced,
        noise_inputs,
        text: session::print_generic(&module, false),
    })
}

/// The entry point's arguments of the noise's type (`f32`, the shape of the teacher-forced
/// logits, result 1) that those logits do not depend on.
fn noise_inputs(
    module: melior::ir::OperationRef,
    tf_name: &str,
    entry: &Signature,
    tf: &Signature,
) -> Vec<usize> {
    let Some(logits) = tf.results.get(1) else {
        return Vec::new();
    };
    let Some((_, f)) = ir::functions(module)
        .into_iter()
        .find(|(n, op)| n == tf_name && !ir::is_private(*op))
    else {
        return Vec::new();
    };
    let spec = TensorSpec {
        dtype: DType::F32,
        shape: logits.shape.clone(),
    };
    (0..entry.args.len())
        .filter(|&i| entry.args[i] == spec)
        .filter(|&i| !crate::dataflow::result_depends_on_argument(f.to_raw(), 1, i))
        .collect()
}

/// [`load`] through a cache in `cache` (the directory of compiled modules): the checked and
/// transformed program is kept as `<key>.program.mlir` with its signatures in
/// `<key>.program.json`, where the key is BLAKE3 of the graph text, the entry point, the
/// limits and this executable's identity (path, size, modification time), so a changed
/// graph, bound or Veritor build never meets a stale entry. An entry is written only after
/// the graph passed every check under those limits, and its text is re-hashed on use, so a
/// hit is the same program `load` returns. `veritor-ar-to-tf`'s legality analysis is the
/// verifier's largest fixed cost on a long full-recompute decode (1.3 s of the 248-step
/// large `greedy_full`): like compiling, it is done once per graph, before verifying.
///
/// A long-lived process (a `veritor verify-batch` worker) also keeps the programs it loaded
/// in memory under the same key ([`MEMO_CAPACITY`] of them), so each worker reads and checks
/// a verifier program once, whatever the number of claims on it.
pub fn load_cached(
    text: &str,
    name: &str,
    entry: &str,
    limits: &Limits,
    cache: &std::path::Path,
) -> Result<Program, String> {
    let key = program_key(text, entry, limits);
    if let Some(p) = memo_get(&key) {
        return Ok(p);
    }
    let meta = cache.join(format!("{key}.program.json"));
    let module = cache.join(format!("{key}.program.mlir"));
    let program = match read_cached(&meta, &module) {
        Some(p) => p,
        None => {
            let program = load(text, name, entry, limits)?;
            // Best effort: a cache that cannot be written only costs the next run the pass again.
            let _ = write_cached(&program, &meta, &module, cache);
            program
        }
    };
    memo_put(key, &program);
    Ok(program)
}

/// The cache key of [`load_cached`]: BLAKE3 of this executable's identity, the entry point,
/// the limits and the graph text.
fn program_key(text: &str, entry: &str, limits: &Limits) -> String {
    let mut h = blake3::Hasher::new();
    h.update(b"veritor-workload/1 program\0");
    if let Ok(exe) = std::env::current_exe() {
        h.update(exe.as_os_str().as_encoded_bytes());
        if let Ok(m) = exe.metadata() {
            h.update(&m.len().to_le_bytes());
            if let Ok(t) = m
                .modified()
                .map(|t| t.duration_since(std::time::UNIX_EPOCH))
            {
                h.update(&t.unwrap_or_default().as_nanos().to_le_bytes());
            }
        }
    }
    h.update(entry.as_bytes());
    h.update(b"\0");
    h.update(format!("{limits:?}").as_bytes());
    h.update(b"\0");
    h.update(text.as_bytes());
    h.finalize().to_hex().to_string()
}

/// How many checked programs a process keeps in memory ([`load_cached`]); when full, the
/// memo is emptied and refilled (a batch of claims usually names a few programs).
pub const MEMO_CAPACITY: usize = 32;

type Memo = std::sync::Mutex<std::collections::HashMap<String, Program>>;

fn memo() -> &'static Memo {
    static MEMO: std::sync::OnceLock<Memo> = std::sync::OnceLock::new();
    MEMO.get_or_init(Default::default)
}

fn memo_get(key: &str) -> Option<Program> {
    memo().lock().ok()?.get(key).cloned()
}

fn memo_put(key: String, program: &Program) {
    if let Ok(mut m) = memo().lock() {
        if m.len() >= MEMO_CAPACITY {
            m.clear();
        }
        m.insert(key, program.clone());
    }
}

/// How many programs this process holds in memory (see [`load_cached`]).
pub fn memo_len() -> usize {
    memo().lock().map(|m| m.len()).unwrap_or(0)
}

fn signature_json(s: &Signature) -> serde_json::Value {
    let specs = |v: &[TensorSpec]| -> Vec<serde_json::Value> {
        v.iter()
            .map(|t| serde_json::json!([t.dtype.descr(), t.shape]))
            .collect()
    };
    serde_json::json!({"args": specs(&s.args), "results": specs(&s.results)})
}

fn signature_from(v: &serde_json::Value) -> Option<Signature> {
    let specs = |v: &serde_json::Value| -> Option<Vec<TensorSpec>> {
        v.as_array()?
            .iter()
            .map(|t| {
                Some(TensorSpec {
                    dtype: DType::from_descr(t.get(0)?.as_str()?).ok()?,
                    shape: t
                        .get(1)?
                        .as_array()?
                        .iter()
                        .map(|d| d.as_u64().map(|d| d as usize))
                        .collect::<Option<_>>()?,
                })
            })
            .collect()
    };
    Some(Signature {
        args: specs(v.get("args")?)?,
        results: specs(v.get("results")?)?,
    })
}

fn read_cached(meta: &std::path::Path, module: &std::path::Path) -> Option<Program> {
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(meta).ok()?).ok()?;
    let text = std::fs::read_to_string(module).ok()?;
    if blake3::hash(text.as_bytes()).to_hex().as_str() != m.get("text")?.as_str()? {
        return None;
    }
    let teacher_forced = match m.get("teacher_forced")? {
        serde_json::Value::Null => None,
        v => Some(signature_from(v)?),
    };
    let noise_inputs = m
        .get("noise_inputs")?
        .as_array()?
        .iter()
        .map(|i| i.as_u64().map(|i| i as usize))
        .collect::<Option<_>>()?;
    Some(Program {
        entry: signature_from(m.get("entry")?)?,
        teacher_forced,
        noise_inputs,
        text,
    })
}

fn write_cached(
    p: &Program,
    meta: &std::path::Path,
    module: &std::path::Path,
    cache: &std::path::Path,
) -> std::io::Result<()> {
    std::fs::create_dir_all(cache)?;
    let m = serde_json::json!({
        "text": blake3::hash(p.text.as_bytes()).to_hex().as_str(),
        "entry": signature_json(&p.entry),
        "teacher_forced": p.teacher_forced.as_ref().map(signature_json),
        "noise_inputs": p.noise_inputs,
    });
    for (path, bytes) in [
        (module, p.text.as_bytes().to_vec()),
        (meta, m.to_string().into_bytes()),
    ] {
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(text: &str) -> Program {
        Program {
            entry: Signature {
                args: vec![],
                results: vec![],
            },
            teacher_forced: None,
            noise_inputs: vec![],
            text: text.to_string(),
        }
    }

    #[test]
    fn load_cached_answers_from_memory_before_the_disk_or_the_passes() {
        // A graph that does not even parse: only the memo can answer for it.
        let text = "this is not MLIR (memo test)";
        let limits = Limits::default();
        let cache = crate::loader::scratch("memo").unwrap();
        assert!(load_cached(text, "g.mlir", "main", &limits, &cache).is_err());
        memo_put(
            program_key(text, "main", &limits),
            &program("the memo's program"),
        );
        let p = load_cached(text, "g.mlir", "main", &limits, &cache).unwrap();
        assert_eq!(p.text, "the memo's program");
        // Another entry point or other limits are another key.
        assert!(load_cached(text, "g.mlir", "other", &limits, &cache).is_err());
        assert!(memo_len() >= 1);
        let _ = std::fs::remove_dir_all(cache);
    }
}
