//! The bridge from a [`PassInfo`] to an MLIR pass: an external pass (melior's
//! `create_external`) whose body runs the pass's function, turns [`Failed`] into a pass
//! failure, and catches a panic at the FFI boundary (reported as an internal error at the
//! module, instead of aborting the process).

use crate::diag;
use crate::options::PassOptions;
use crate::pass::{Failed, PassInfo};
use melior::ir::operation::OperationLike;
use melior::ir::r#type::TypeId;
use melior::ir::OperationRef;
use melior::pass::{create_external, ExternalPass, Pass, RunExternalPass};
use melior::ContextRef;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The MLIR pass that runs `info` with `options` (already parsed).
pub fn external_pass(info: &'static PassInfo, options: PassOptions) -> Pass {
    create_external(
        Runner { info, options },
        TypeId::create(info),
        info.name,
        info.name,
        info.summary,
        "builtin.module",
        &[],
    )
}

#[derive(Clone)]
struct Runner {
    info: &'static PassInfo,
    options: PassOptions,
}

impl<'c> RunExternalPass<'c> for Runner {
    fn initialize(&mut self, _context: ContextRef<'c>) {}

    fn run(&mut self, operation: OperationRef<'c, '_>, pass: ExternalPass<'_>) {
        let result = catch_unwind(AssertUnwindSafe(|| {
            (self.info.run)(operation, &self.options)
        }));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(Failed)) => pass.signal_failure(),
            Err(_) => {
                let message = format!(
                    "internal error: pass '{}' panicked (a bug; please report it)",
                    self.info.name
                );
                diag::error(operation.location(), &message);
                pass.signal_failure();
            }
        }
    }
}
