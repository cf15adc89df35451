//===--- SarifInput.h - serialint command ---------------------------------===//
//
// Reading back SARIF that serialint wrote: for `serialint merge` and for
// `--baseline`. A file that is not such SARIF is a usage error naming it.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_SARIFINPUT_H
#define SERIALINT_TOOL_SARIFINPUT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>

namespace serialint::tool {

/// The one run of SARIF text serialint wrote, or why it is not ("is not
/// JSON: ...", to follow the file's name).
llvm::Expected<llvm::json::Object> parseSerialintRun(llvm::StringRef Text);

/// The one run of a SARIF file serialint wrote; `Who` starts the error
/// message ("merge", "--baseline").
llvm::json::Object readSerialintRun(const std::string &File, llvm::StringRef Who);

/// A result's fingerprint: its partialFingerprints entry, or one made from
/// its rule, file and message when it has none.
std::string fingerprintOfResult(const llvm::json::Object &Result);

/// An earlier run's results, by fingerprint.
struct Baseline {
  std::string File;
  llvm::StringMap<llvm::json::Object> Results;
};

/// The results of a run parseSerialintRun took.
Baseline baselineOf(std::string File, const llvm::json::Object &Run);

Baseline readBaseline(const std::string &File);

} // namespace serialint::tool

#endif
