//===--- PoolApiListing.h - serialint command -----------------------------===//
//
// `--list-pool-apis`: the built-in registry, one entry a line, in the same
// argument syntax as the `PoolAPIs` option so a line can be copied into a
// `.clang-tidy` and edited.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_POOLAPILISTING_H
#define SERIALINT_TOOL_POOLAPILISTING_H

#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

void listPoolApis(llvm::raw_ostream &OS);

} // namespace serialint::tool

#endif
