#![doc = include_str!("doc/veritor-check-legal.md")]

use crate::diag;
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{Failed, PassInfo, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use veritor_dialects::stablehlo;

pub const INFO: PassInfo = PassInfo {
    name: "veritor-check-legal",
    summary: "Fail on any op IREE cannot compile (veritor ops, sdy, unknown StableHLO ops)",
    description: include_str!("doc/veritor-check-legal.md"),
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
