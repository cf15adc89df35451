//===--- Fingerprint.h - serialint command --------------------------------===//
//
// What identifies a finding across runs and commits: its rule, its file as
// shown, and its message, which names the culprit and its member path; not
// its line, which every edit above it moves. SARIF carries it in
// `partialFingerprints` (serialintFinding/v1); baselines match by it.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_FINGERPRINT_H
#define SERIALINT_TOOL_FINGERPRINT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace serialint::tool {

inline constexpr llvm::StringLiteral FingerprintKey = "serialintFinding/v1";

/// From the parts: the rule id, the file as shown (relative to the working
/// directory when below it), the message.
std::string fingerprintOf(llvm::StringRef Rule, llvm::StringRef ShownFile,
                          llvm::StringRef Message);

std::string fingerprintOf(const clang::tidy::ClangTidyError &Error);

} // namespace serialint::tool

#endif
