//===--- Paths.h - serialint command --------------------------------------===//
//
// Reports keep absolute paths; people read them relative to where they are.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_PATHS_H
#define SERIALINT_TOOL_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace serialint::tool {

/// The path relative to the working directory when it lies below it.
std::string displayPath(llvm::StringRef AbsolutePath);

} // namespace serialint::tool

#endif
