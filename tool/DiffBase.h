//===--- DiffBase.h - serialint command -----------------------------------===//
//
// `--diff-base REV`: keep only the findings on lines changed since REV, as
// git sees them (the working tree against REV, untracked files counted as
// wholly new), so a legacy codebase can adopt the checks one change at a time.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_DIFFBASE_H
#define SERIALINT_TOOL_DIFFBASE_H

#include "Results.h"
#include "SourcePositions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <utility>
#include <vector>

namespace serialint::tool {

struct ChangedLines {
  /// Absolute path -> inclusive ranges of lines added or changed.
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Ranges;
  llvm::StringSet<> NewFiles;

  bool contains(llvm::StringRef File, unsigned Line) const;
};

/// The lines changed since `Revision` in the git work tree holding
/// `Directory`; a usage error when there is no such tree or revision.
ChangedLines changedLinesSince(llvm::StringRef Revision, llvm::StringRef Directory);

/// Drops the findings outside the changed lines; compiler errors stay, since
/// they make the rest of the result incomplete.
void keepChangedLines(RunResult &Result, const ChangedLines &Changed,
                      SourcePositions &Positions);

} // namespace serialint::tool

#endif
