//===--- Fixes.cpp - serialint command ------------------------------------===//

#include "Fixes.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

bool exportFixes(const RunResult &Result, llvm::StringRef MainFile, llvm::StringRef Path) {
  std::error_code Error;
  llvm::raw_fd_ostream Out(Path, Error, llvm::sys::fs::OF_TextWithCRLF);
  if (Error) {
    llvm::errs() << "serialint: error: cannot write '" << Path << "': " << Error.message()
                 << "\n";
    return false;
  }
  clang::tidy::exportReplacements(MainFile, Result.Errors, Out);
  return true;
}

} // namespace serialint::tool
