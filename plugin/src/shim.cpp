// The C++ half of Veritor's mlir-opt plugin: one mlir::Pass class that runs a Veritor pass
// (by its index in the Rust registry) and registers each pass in MLIR's global registry
// (mlir::registerPass), which the MLIR C API cannot do; and the dialect plugin's callback,
// which makes every context built from mlir-opt's registry load the veritor dialect from
// its IRDL definition (the same text veritor-opt loads), as `--irdl-file` would. Options are parsed by Rust, with
// the same rules and messages as veritor-opt. Built by build.rs against LLVM 22's headers;
// every MLIR symbol resolves to the libMLIR.so that mlir-opt has loaded.
#include "mlir/CAPI/IR.h"
#include "mlir/Dialect/IRDL/IR/IRDL.h"
#include "mlir/Dialect/IRDL/IRDLLoading.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/TypeID.h"

#include <string>
#include <vector>

// Defined in Rust (src/lib.rs).
extern "C" {
size_t veritor_plugin_pass_count();
MlirStringRef veritor_plugin_pass_name(size_t index);
MlirStringRef veritor_plugin_pass_summary(size_t index);
bool veritor_plugin_check_options(size_t index, MlirStringRef options,
                                  void (*onError)(MlirStringRef, void *), void *userData);
bool veritor_plugin_run(size_t index, MlirOperation module, MlirStringRef options);
MlirStringRef veritor_plugin_dialect_irdl();
}

namespace {

llvm::StringRef toStringRef(MlirStringRef s) { return llvm::StringRef(s.data, s.length); }

// One TypeID per Veritor pass, allocated once at registration.
std::vector<mlir::TypeID> &passTypeIDs() {
  static std::vector<mlir::TypeID> ids;
  return ids;
}

void appendError(MlirStringRef message, void *userData) {
  static_cast<std::string *>(userData)->append(message.data, message.length);
}

class VeritorPass : public mlir::OperationPass<mlir::ModuleOp> {
public:
  explicit VeritorPass(size_t index)
      : mlir::OperationPass<mlir::ModuleOp>(passTypeIDs()[index]), index(index),
        argument(toStringRef(veritor_plugin_pass_name(index))),
        summary(toStringRef(veritor_plugin_pass_summary(index))) {}
  VeritorPass(const VeritorPass &other) = default;

  llvm::StringRef getName() const override { return argument; }
  llvm::StringRef getArgument() const override { return argument; }
  llvm::StringRef getDescription() const override { return summary; }

  llvm::LogicalResult
  initializeOptions(llvm::StringRef text,
                    llvm::function_ref<llvm::LogicalResult(const llvm::Twine &)> errorHandler)
      override {
    std::string error;
    if (!veritor_plugin_check_options(index, mlirStringRefCreate(text.data(), text.size()),
                                      appendError, &error))
      return errorHandler(error);
    options = text.str();
    return llvm::success();
  }

  void runOnOperation() override {
    mlir::Operation *module = getOperation().getOperation();
    if (!veritor_plugin_run(index, wrap(module),
                            mlirStringRefCreate(options.data(), options.size())))
      signalPassFailure();
  }

  std::unique_ptr<mlir::Pass> clonePass() const override {
    return std::make_unique<VeritorPass>(*this);
  }

private:
  size_t index;
  llvm::StringRef argument;
  llvm::StringRef summary;
  std::string options;
};

} // namespace

// Emits a warning (severity 1) or remark (2) through MLIR's diagnostic engine, which the
// C API cannot do: mlir-opt prints it, and --verify-diagnostics sees it.
extern "C" void veritor_plugin_emit(int severity, MlirLocation location, MlirStringRef message) {
  llvm::StringRef text = toStringRef(message);
  if (severity == 1)
    mlir::emitWarning(unwrap(location)) << text;
  else
    mlir::emitRemark(unwrap(location)) << text;
}

// Registers every Veritor pass (mlir-opt calls this through mlirGetPassPluginInfo).
extern "C" void veritor_plugin_register_passes() {
  static mlir::TypeIDAllocator allocator;
  size_t count = veritor_plugin_pass_count();
  for (size_t i = passTypeIDs().size(); i < count; ++i)
    passTypeIDs().push_back(allocator.allocate());
  for (size_t i = 0; i < count; ++i)
    mlir::registerPass([i]() -> std::unique_ptr<mlir::Pass> {
      return std::make_unique<VeritorPass>(i);
    });
}

namespace {

// Loads the veritor dialect into `context` from its IRDL text, unless a dialect of that name
// is there already (`--irdl-file` given as well). A text that does not load is a bug of the
// build: it is reported at an unknown location and the dialect stays absent, so that the
// parser then names the unregistered operation.
void loadVeritorDialect(mlir::MLIRContext *context) {
  if (context->getLoadedDialect("veritor"))
    return;
  context->getOrLoadDialect<mlir::irdl::IRDLDialect>();
  llvm::StringRef text = toStringRef(veritor_plugin_dialect_irdl());
  mlir::ParserConfig config(context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(text, config, "veritor.irdl.mlir");
  if (!module || mlir::failed(mlir::irdl::loadDialects(*module)))
    mlir::emitError(mlir::UnknownLoc::get(context))
        << "internal error: the veritor dialect's IRDL definition does not load (a bug)";
}

// A dialect extension with no required dialect, so applied as each dialect loads: when the
// first dialect other than builtin and irdl loads, it loads the veritor dialect. (The builtin
// dialect loads while the context is still being built, too early to parse; irdl loads
// first when mlir-opt reads an `--irdl-file`, which may define veritor itself: that
// definition is then kept, as two would clash.) Every veritor op has
// operands, so some op of another dialect (func.func, whose block arguments they are, or the
// op that defines them) is parsed before the first veritor op, and the dialect is there
// when the parser needs it. Loading dialects from an extension is allowed
// (mlir/IR/DialectRegistry.h); the ones it loads (irdl, veritor) apply it again, which
// returns at once.
class LoadVeritorDialect : public mlir::DialectExtensionBase {
public:
  LoadVeritorDialect() : mlir::DialectExtensionBase({}) {}

  void apply(mlir::MLIRContext *context,
             llvm::MutableArrayRef<mlir::Dialect *> dialects) const override {
    for (mlir::Dialect *dialect : dialects)
      if (llvm::isa<mlir::BuiltinDialect, mlir::irdl::IRDLDialect>(dialect))
        return;
    static thread_local bool loading = false;
    if (loading)
      return;
    loading = true;
    loadVeritorDialect(context);
    loading = false;
  }

  std::unique_ptr<mlir::DialectExtensionBase> clone() const override {
    return std::make_unique<LoadVeritorDialect>(*this);
  }
};

} // namespace

// Adds the veritor dialect to `registry` (mlir-opt calls this through
// mlirGetDialectPluginInfo), through the extension above.
extern "C" void veritor_plugin_register_dialect(mlir::DialectRegistry *registry) {
  static int key;
  registry->addExtension(mlir::TypeID::getFromOpaquePointer(&key),
                         std::make_unique<LoadVeritorDialect>());
}
