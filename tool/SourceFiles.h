//===--- SourceFiles.h - serialint command --------------------------------===//
//
// Turns the byte offsets of a report into lines and columns, read from the
// files themselves, each read once.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_SOURCEFILES_H
#define SERIALINT_TOOL_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <vector>

namespace serialint::tool {

struct Position {
  unsigned Line = 0;   ///< 1-based; 0 when the file cannot be read
  unsigned Column = 0; ///< 1-based, in bytes, as clang counts
  llvm::StringRef LineText;
};

class SourceFiles {
public:
  Position locate(llvm::StringRef File, unsigned Offset);

private:
  struct Loaded {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  const Loaded *load(llvm::StringRef File);

  llvm::StringMap<Loaded> Files;
};

} // namespace serialint::tool

#endif
