//! Test support for passes (unit tests only): run a textual pipeline on input IR in a fresh
//! Veritor context, check that the result verifies, and compare the printed module with what
//! is expected, exactly ([`check`]) or as lines in order ([`check_lines`], FileCheck's
//! `CHECK`), or the errors of a failing run ([`check_fails`]).

use crate::pipeline::add_pipeline;
use melior::diagnostic::DiagnosticSeverity;
use melior::ir::operation::OperationLike;
use melior::ir::Module;
use melior::pass::PassManager;
use std::cell::RefCell;
use std::rc::Rc;

/// Runs `pipeline` (`a,b{k=v}` or `builtin.module(...)`) on `input`: the printed module when
/// every pass succeeds (and the result verifies), else the error messages.
pub fn run(pipeline: &str, input: &str) -> Result<String, Vec<String>> {
    let context = veritor_dialects::context().expect("a Veritor context");
    let errors = Rc::new(RefCell::new(Vec::new()));
    let sink = errors.clone();
    let handler = context.attach_diagnostic_handler(move |d| {
        if matches!(d.severity(), DiagnosticSeverity::Error) {
            sink.borrow_mut().push(d.to_string());
        }
        true
    });
    let mut module = Module::parse(&context, input).expect("the test input parses");
    let pm = PassManager::new(&context);
    add_pipeline(&pm, pipeline).expect("the test pipeline is valid");
    let ok = pm.run(&mut module).is_ok();
    context.detach_diagnostic_handler(handler);
    let errors = errors.borrow().clone();
    if !ok {
        return Err(errors);
    }
    assert!(
        errors.is_empty(),
        "the pipeline succeeded with errors: {errors:?}"
    );
    let op = module.as_operation();
    assert!(op.verify(), "the result does not verify:\n{op}");
    Ok(op.to_string())
}

fn succeed(pipeline: &str, input: &str) -> String {
    run(pipeline, input).unwrap_or_else(|errors| panic!("'{pipeline}' failed: {errors:?}"))
}

/// Lines without trailing spaces, blank lines dropped.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Runs `pipeline` on `input` and compares the printed module with `expected` (trailing
/// spaces, blank lines and the indentation of `expected` as a whole ignored).
pub fn check(pipeline: &str, input: &str, expected: &str) {
    let output = succeed(pipeline, input);
    let indent = lines(expected)
        .iter()
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let expected: Vec<&str> = lines(expected).iter().map(|l| &l[indent..]).collect();
    assert_eq!(
        lines(&output),
        expected,
        "output of '{pipeline}':\n{output}"
    );
}

/// Runs `pipeline` on `input` and checks that each of `wanted` occurs in the printed module,
/// in this order, each in a later line than the one before (FileCheck's `CHECK`); `absent`
/// must occur nowhere (`CHECK-NOT`). Returns the output.
pub fn check_lines(pipeline: &str, input: &str, wanted: &[&str], absent: &[&str]) -> String {
    let output = succeed(pipeline, input);
    let all = lines(&output);
    let mut next = 0;
    for want in wanted {
        let found = all[next..].iter().position(|l| l.contains(want));
        let at = found.unwrap_or_else(|| {
            panic!("'{want}' not found after line {next} of the output of '{pipeline}':\n{output}")
        });
        next += at + 1;
    }
    for not in absent {
        assert!(
            !output.contains(not),
            "'{not}' in the output of '{pipeline}':\n{output}"
        );
    }
    output
}

/// Runs `pipeline` on `input`, which must fail; each of `messages` must be part of one of the
/// errors.
pub fn check_fails(pipeline: &str, input: &str, messages: &[&str]) {
    let errors = match run(pipeline, input) {
        Ok(output) => panic!("'{pipeline}' succeeded:\n{output}"),
        Err(errors) => errors,
    };
    for message in messages {
        assert!(
            errors.iter().any(|e| e.contains(message)),
            "no error contains '{message}': {errors:?}"
        );
    }
}
