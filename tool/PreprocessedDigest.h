//===--- PreprocessedDigest.h - serialint command -------------------------===//
//
// What a translation unit is, as clang sees it, in one digest: its
// preprocessed text (-E), and the name and bytes of every file it entered.
// The text alone would not do: -E drops comments, where NOLINT lives, and
// folds spaces, which moves the columns and offsets a report names.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_PREPROCESSEDDIGEST_H
#define SERIALINT_TOOL_PREPROCESSEDDIGEST_H

#include "FileProbes.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace serialint::tool {

/// The digest, in hex, of the unit \p CommandLine compiles, run in
/// \p Directory; an error when it cannot be preprocessed. What it asked of
/// the file system goes into \p Probes; \p ProbesHold is cleared when
/// they do not describe the unit (a file changed while it was read).
llvm::Expected<std::string> preprocessedDigest(const std::vector<std::string> &CommandLine,
                                               llvm::StringRef Directory, FileProbes &Probes,
                                               bool &ProbesHold);

} // namespace serialint::tool

#endif
