//===--- StableHash.h - serialint command ---------------------------------===//
//
// A hash fixed by its definition (FNV-1a, 64 bits): the same on every machine
// and in every release, for what must agree across runs (shards, SARIF
// fingerprints).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_STABLEHASH_H
#define SERIALINT_TOOL_STABLEHASH_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace serialint::tool {

inline std::uint64_t stableHash(llvm::StringRef Text,
                                std::uint64_t Hash = 14695981039346656037ULL) {
  for (unsigned char C : Text) {
    Hash ^= C;
    Hash *= 1099511628211ULL;
  }
  return Hash;
}

} // namespace serialint::tool

#endif
