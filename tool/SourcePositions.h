//===--- SourcePositions.h - serialint command ----------------------------===//
//
// Lines and columns of the byte offsets in ClangTidyErrors, from clang's own
// SourceManager, as clang-tidy finds them when it prints the errors: JSON,
// SARIF and --diff-base need them as numbers.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_SOURCEPOSITIONS_H
#define SERIALINT_TOOL_SOURCEPOSITIONS_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"

namespace serialint::tool {

struct Position {
  unsigned Line = 0;   ///< 1-based; 0 when the file cannot be read
  unsigned Column = 0; ///< 1-based, in bytes, as clang counts
};

class SourcePositions {
public:
  SourcePositions();
  Position at(llvm::StringRef File, unsigned Offset);

private:
  clang::FileManager Files;
  clang::DiagnosticsEngine Diagnostics;
  clang::SourceManager Sources;
};

} // namespace serialint::tool

#endif
