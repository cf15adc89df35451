//===--- Fixes.h - serialint command --------------------------------------===//
//
// `--export-fixes`: the errors of a run, fix-its included, written by
// clang::tidy::exportReplacements, as `clang-tidy --export-fixes` writes
// them, for clang-apply-replacements. (`--fix` is clang-tidy's too: see
// printText.)
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_FIXES_H
#define SERIALINT_TOOL_FIXES_H

#include "Results.h"
#include "llvm/ADT/StringRef.h"

namespace serialint::tool {

/// False, with a message on stderr, when the file cannot be written.
bool exportFixes(const RunResult &Result, llvm::StringRef MainFile, llvm::StringRef Path);

} // namespace serialint::tool

#endif
