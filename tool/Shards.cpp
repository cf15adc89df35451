//===--- Shards.cpp - serialint command -----------------------------------===//

#include "Shards.h"
#include "Analysis.h"
#include "Paths.h"
#include "StableHash.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace serialint::tool {
namespace {

bool parseCount(llvm::StringRef Text, unsigned &Value) {
  return !Text.empty() && !Text.getAsInteger(10, Value);
}

} // namespace

std::optional<Shard> parseShard(llvm::StringRef Text) {
  auto [IndexText, CountText] = Text.split('/');
  Shard Result;
  if (!parseCount(IndexText, Result.Index) || !parseCount(CountText, Result.Count) ||
      Result.Index == 0 || Result.Index > Result.Count)
    return std::nullopt;
  return Result;
}

unsigned shardOf(llvm::StringRef Path, unsigned Count) {
  llvm::SmallString<256> Key(displayPath(absolutePath(Path)));
  llvm::sys::path::native(Key, llvm::sys::path::Style::posix);
  return static_cast<unsigned>(stableHash(Key) % Count) + 1;
}

std::vector<std::string> filesInShard(const std::vector<std::string> &Files, Shard Slice) {
  std::vector<std::string> Kept;
  for (const std::string &File : Files)
    if (shardOf(File, Slice.Count) == Slice.Index)
      Kept.push_back(File);
  return Kept;
}

} // namespace serialint::tool
