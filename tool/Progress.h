//===--- Progress.h - serialint command -----------------------------------===//
//
// `[312/2048] src/foo.cpp` on stderr, overwritten in place, only when stderr
// is a terminal: logs and pipes get nothing extra.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_PROGRESS_H
#define SERIALINT_TOOL_PROGRESS_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>

namespace serialint::tool {

class Progress {
public:
  explicit Progress(std::size_t Total);
  ~Progress();
  void finished(llvm::StringRef File);

private:
  std::size_t Total;
  std::size_t Done = 0;
  bool Shown;
};

} // namespace serialint::tool

#endif
