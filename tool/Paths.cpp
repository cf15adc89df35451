//===--- Paths.cpp - serialint command ------------------------------------===//

#include "Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace serialint::tool {

std::string displayPath(llvm::StringRef AbsolutePath) {
  static const std::string WorkingDirectory = [] {
    llvm::SmallString<256> Dir;
    llvm::sys::fs::current_path(Dir);
    return Dir.str().str() + "/";
  }();
  llvm::StringRef Path = AbsolutePath;
  if (Path.consume_front(WorkingDirectory) && !Path.empty())
    return Path.str();
  return AbsolutePath.str();
}

} // namespace serialint::tool
