//===--- Fixes.h - serialint command --------------------------------------===//
//
// The fix-its of a run: written as YAML for clang-apply-replacements, or
// applied to the files directly.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_FIXES_H
#define SERIALINT_TOOL_FIXES_H

#include "Results.h"
#include "llvm/ADT/StringRef.h"

namespace serialint::tool {

/// False, with a message on stderr, when the file cannot be written.
bool exportFixes(const RunResult &Result, llvm::StringRef Path);

/// Applies every fix that does not conflict with another; says on stderr
/// which files changed. False when a file could not be rewritten.
bool applyFixes(const RunResult &Result);

} // namespace serialint::tool

#endif
