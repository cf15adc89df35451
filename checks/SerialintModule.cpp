//===--- SerialintModule.cpp - serialint ----------------------------------===//
//
// Registers the serialint checks with clang-tidy. Loaded as a plugin with
// `clang-tidy -load`, or linked into the `serialint` command, which keeps the
// anchor below so the linker does not drop the registration.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "PoolCallableCheck.h"
#include "PoolPayloadCheck.h"
#include "UnsentMemberCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::serialint {

class SerialintModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    // The names come from the catalog, in its (alphabetical) order.
    CheckFactories.registerCheck<PoolCallableCheck>(name(PoolCallableInfo));
    CheckFactories.registerCheck<PoolPayloadCheck>(name(PoolPayloadInfo));
    CheckFactories.registerCheck<UnsentMemberCheck>(name(UnsentMemberInfo));
  }

private:
  static llvm::StringRef name(const CheckInfo &Check) {
    return {Check.Name.data(), Check.Name.size()};
  }
};

} // namespace clang::tidy::serialint

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<serialint::SerialintModule>
    X("serialint-module", "Checks for work that cannot cross a process boundary.");

// Referenced by the `serialint` command to keep this file in its link.
volatile int SerialintModuleAnchorSource = 0;

} // namespace clang::tidy
