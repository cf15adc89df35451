//===--- Shards.h - serialint command -------------------------------------===//
//
// `--shard K/N`: the K-th of N disjoint slices of the translation units, so
// that a CI matrix of N jobs lints everything once. A unit's slice depends on
// its path alone (relative to the working directory when below it), never on
// the order or number of the other units, so every job agrees.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_SHARDS_H
#define SERIALINT_TOOL_SHARDS_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace serialint::tool {

struct Shard {
  unsigned Index = 1; // 1-based, as written: 1/4 .. 4/4
  unsigned Count = 1;
};

/// `K/N` with 1 <= K <= N; std::nullopt for anything else.
std::optional<Shard> parseShard(llvm::StringRef Text);

/// The slice, 1 to Count, that a unit at this path belongs to.
unsigned shardOf(llvm::StringRef Path, unsigned Count);

/// The files of `Files` in the slice, in their order.
std::vector<std::string> filesInShard(const std::vector<std::string> &Files, Shard Slice);

} // namespace serialint::tool

#endif
