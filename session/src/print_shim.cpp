// Prints an MLIR operation straight to a file descriptor. The MLIR C API only prints
// through an unbuffered callback stream (one call per token), which makes printing a large
// module twice as slow as mlir-opt's buffered output; this is the one piece of C++ in
// Veritor, built by driver/build.rs against the same LLVM 22 headers as mlir-sys.
#include "mlir/CAPI/IR.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/Support/raw_ostream.h"

extern "C" int veritor_print_to_fd(MlirOperation op, MlirOpPrintingFlags flags, int fd) {
  llvm::raw_fd_ostream os(fd, /*shouldClose=*/false);
  unwrap(op)->print(os, *unwrap(flags));
  os.flush();
  bool failed = os.has_error();
  os.clear_error();
  return failed ? 1 : 0;
}
