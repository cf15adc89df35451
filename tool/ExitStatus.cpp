//===--- ExitStatus.cpp - serialint command -------------------------------===//

#include "ExitStatus.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

namespace serialint::tool {

void usageError(const llvm::Twine &Message) {
  llvm::errs() << "serialint: error: " << Message << "\n";
  std::exit(UsageError);
}

} // namespace serialint::tool
