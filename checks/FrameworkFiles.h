//===--- FrameworkFiles.h - serialint ---------------------------*- C++ -*-===//
//
// Which calls a framework makes to itself. A framework's entry points forward
// their arguments through more of its own entry points (HPX's async re-sends
// through basic_action and sync); the user wrote the outer call only, and
// that is where the finding belongs.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_FRAMEWORKFILES_H
#define SERIALINT_CHECKS_FRAMEWORKFILES_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include <string>

namespace clang {
class Decl;
class HeaderSearch;
} // namespace clang

namespace clang::tidy::serialint {

class FrameworkFiles {
public:
  FrameworkFiles(const SourceManager &SM, const HeaderSearch &Headers)
      : SM(SM), Headers(Headers) {}

  /// True when `Where` is in a header below the same include folder as the
  /// declaration of `Entry` (`<hpx/...>` and `<hpx/...>`): the framework
  /// calling itself. The main file is never a framework's.
  bool isFrameworksOwnCall(SourceLocation Where, const Decl &Entry);

private:
  /// The first component of the file's include spelling (`hpx` for
  /// `<hpx/async_distributed/async.hpp>`); empty for the main file.
  llvm::StringRef includeRoot(FileID File);

  const SourceManager &SM;
  const HeaderSearch &Headers;
  llvm::DenseMap<FileID, std::string> Roots;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_FRAMEWORKFILES_H
