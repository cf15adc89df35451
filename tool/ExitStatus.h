//===--- ExitStatus.h - serialint command ---------------------------------===//
//
// The promise the command makes to scripts, CI and pre-commit.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_EXITSTATUS_H
#define SERIALINT_TOOL_EXITSTATUS_H

#include "llvm/ADT/Twine.h"

namespace serialint::tool {

enum ExitStatus { Clean = 0, Findings = 1, UsageError = 2, ParseFailure = 3 };

/// Prints `serialint: error: <message>` on one line and exits with status 2.
[[noreturn]] void usageError(const llvm::Twine &Message);

} // namespace serialint::tool

#endif
