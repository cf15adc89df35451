//===--- Fingerprint.cpp - serialint command ------------------------------===//

#include "Fingerprint.h"
#include "Paths.h"
#include "StableHash.h"
#include "llvm/ADT/StringExtras.h"

namespace serialint::tool {

std::string fingerprintOf(llvm::StringRef Rule, llvm::StringRef ShownFile,
                          llvm::StringRef Message) {
  const llvm::StringRef Separator("\0", 1);
  std::uint64_t Hash = stableHash(Rule);
  Hash = stableHash(Separator, Hash);
  Hash = stableHash(ShownFile, Hash);
  Hash = stableHash(Separator, Hash);
  Hash = stableHash(Message, Hash);
  return llvm::utohexstr(Hash, /*LowerCase=*/true);
}

std::string fingerprintOf(const clang::tidy::ClangTidyError &Error) {
  return fingerprintOf(Error.DiagnosticName,
                       Error.Message.FilePath.empty() ? "" : displayPath(Error.Message.FilePath),
                       Error.Message.Message);
}

} // namespace serialint::tool
