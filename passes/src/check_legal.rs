//! `veritor-check-legal`: refuses a module that IREE cannot take.
//!
//! iree-compile crashes (SIGSEGV, no diagnostic) on ops it does not know, such as a
//! leftover `veritor.hook`, and rejects dialects it has never heard of (`sdy`). This pass
//! accepts only ops of IREE's input dialects (StableHLO ops of the specification, CHLO,
//! `func`, `builtin`, and IREE's own `flow`/`hal`/`util` ops) and reports every other op as
//! an error at its location, with what to run to get rid of it. The module is not changed.
//!
//! Input:
//! ```mlir
//! func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
//!   %0 = "veritor.hook"(%x) {name = "h0"} : (tensor<4xf32>) -> tensor<4xf32>
//!   return %0 : tensor<4xf32>
//! }
//! ```
//! Output: `error: 'veritor.hook' cannot be compiled by IREE: lower hooks first
//! (veritor-lower-hooks)`, and the pass fails.

use crate::diag;
use crate::ir;
use crate::options::PassOptions;
use crate::registry::{Failed, PassInfo, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use veritor_dialects::stablehlo;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-check-legal",
    summary: "Fail on any op IREE cannot compile (veritor ops, sdy, unknown StableHLO ops)",
    options: &[],
    run,
};

/// Dialects whose ops IREE's input conversion accepts as they are.
const ACCEPTED_DIALECTS: &[&str] = &[
    "builtin", "func", "chlo", "flow", "hal", "util", "arith", "tensor", "math",
];

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    let mut failed = false;
    for op in ir::nested_ops(module) {
        let name = ir::op_name(op);
        if let Some(problem) = problem(&name) {
            diag::error(
                op.location(),
                &format!("'{name}' cannot be compiled by IREE: {problem}"),
            );
            failed = true;
        }
    }
    if failed {
        Err(Failed)
    } else {
        Ok(())
    }
}

/// Why IREE cannot take an op of this name, if it cannot.
pub fn problem(name: &str) -> Option<String> {
    let dialect = name.split('.').next().unwrap_or("");
    match dialect {
        "stablehlo" if stablehlo::is_op(name) => None,
        "stablehlo" => Some("it is not an op of the StableHLO specification".into()),
        "veritor" if name == veritor_dialects::veritor::FINGERPRINT => {
            Some("expand it first (veritor-fingerprint)".into())
        }
        "veritor" => Some("lower Veritor ops first (veritor-lower-hooks)".into()),
        "sdy" | "mhlo" => Some("it is a sharding op; run veritor-strip-sharding first".into()),
        _ if ACCEPTED_DIALECTS.contains(&dialect) => None,
        _ => Some(format!(
            "dialect '{dialect}' is not among IREE's input dialects"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn problem_success_and_failure() {
        assert_eq!(problem("stablehlo.dot_general"), None);
        assert_eq!(problem("func.call"), None);
        assert_eq!(problem("chlo.erf"), None);
        assert!(problem("veritor.hook")
            .unwrap()
            .contains("veritor-lower-hooks"));
        assert!(problem("veritor.fingerprint")
            .unwrap()
            .contains("veritor-fingerprint"));
        assert!(problem("sdy.mesh")
            .unwrap()
            .contains("veritor-strip-sharding"));
        assert!(problem("stablehlo.frobnicate")
            .unwrap()
            .contains("specification"));
        assert!(problem("foo.bar").unwrap().contains("'foo'"));
    }
}
