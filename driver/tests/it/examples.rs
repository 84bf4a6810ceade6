//! The example corpus through Veritor: call graphs (snapshots), and inlining proven by
//! execution in IREE against JAX's outputs.

use crate::support::{root, tiny_programs, veritor_opt};
use veritor_iree::compare::Tolerance;
use veritor_iree::exec;

/// Floats within 1e-6 relative (plus 1e-6 absolute for values near zero); integers exact.
const TOLERANCE: Tolerance = Tolerance {
    rtol: 1e-6,
    atol: 1e-6,
};

#[test]
fn call_graph_of_every_example() {
    for program in tiny_programs() {
        let path = root().join(format!("examples/tiny/{program}.mlir"));
        let run = veritor_opt(&[
            path.to_str().unwrap(),
            "--veritor-print-call-graph=output=-",
            "-o",
            "/dev/null",
        ]);
        assert_eq!(run.status, 0, "{program}: {}", run.stderr);
        insta::assert_snapshot!(format!("call_graph_{program}"), run.stdout);
    }
}

#[test]
fn inline_and_symbol_dce_leave_no_call_and_match_jax_in_iree() {
    let work = std::env::temp_dir().join(format!("veritor-it-inline-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    for program in tiny_programs() {
        let dir = root().join("examples/tiny");
        let input = dir.join(format!("{program}.mlir"));
        let inlined = work.join(format!("{program}.inlined.mlir"));
        let run = veritor_opt(&[
            input.to_str().unwrap(),
            "--pass-pipeline=builtin.module(veritor-inline,veritor-symbol-dce)",
            "-o",
            inlined.to_str().unwrap(),
        ]);
        assert_eq!(run.status, 0, "{program}: {}", run.stderr);
        let text = std::fs::read_to_string(&inlined).unwrap();
        assert!(
            !text.contains("\"func.call\""),
            "{program}: a func.call is left"
        );
        assert_eq!(
            text.matches("\"func.func\"").count(),
            1,
            "{program}: only @main should remain"
        );

        let inputs = dir.join(format!("{program}.inputs"));
        let expected = dir.join(format!("{program}.expected"));
        let reports = exec::check_cpu(
            &inlined,
            "main",
            &inputs,
            &expected,
            &work.join(&program),
            TOLERANCE,
        )
        .unwrap_or_else(|e| panic!("{program}: {e}"));
        assert!(!reports.is_empty());
        for (path, result) in reports {
            if let Err(mismatch) = result {
                panic!("{program}: {} differs from JAX: {mismatch}", path.display());
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn generic_output_is_a_fixed_point() {
    for program in tiny_programs() {
        let input = root().join(format!("examples/tiny/{program}.mlir"));
        let first = veritor_opt(&[input.to_str().unwrap()]);
        assert_eq!(first.status, 0, "{program}: {}", first.stderr);
        let path = std::env::temp_dir().join(format!(
            "veritor-it-fixed-{}-{program}.mlir",
            std::process::id()
        ));
        std::fs::write(&path, &first.stdout).unwrap();
        let second = veritor_opt(&[path.to_str().unwrap()]);
        let _ = std::fs::remove_file(&path);
        assert_eq!(
            second.stdout, first.stdout,
            "{program}: printing is not idempotent"
        );
    }
}
