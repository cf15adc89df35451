//===--- Fixes.cpp - serialint command ------------------------------------===//

#include "Fixes.h"
#include "AtomicFile.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

bool exportFixes(const RunResult &Result, llvm::StringRef MainFile, llvm::StringRef Path) {
  // Whole or not at all: clang-apply-replacements must not read half a file.
  std::string Text;
  llvm::raw_string_ostream Out(Text);
  clang::tidy::exportReplacements(MainFile, Result.Errors, Out);
  if (llvm::Error Error = writeFileAtomically(Path, Text)) {
    llvm::errs() << "serialint: error: cannot write '" << Path
                 << "': " << llvm::toString(std::move(Error)) << "\n";
    return false;
  }
  return true;
}

} // namespace serialint::tool
