//===--- ResultCache.h - serialint command --------------------------------===//
//
// `--cache-dir DIR` (or SERIALINT_CACHE_DIR): each translation unit's report,
// kept under its key (CacheKey.h) as DIR/ab/cdef..., so that an unchanged
// unit is not analysed again and prints the same bytes; and the probes that
// found the key (FileProbes.h), as DIR/probes/ab/cdef..., so that it is not
// preprocessed again either. Entries are written
// atomically and checked when read, so that several processes and machines
// can share the directory; an entry that does not check out is a miss.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_RESULTCACHE_H
#define SERIALINT_TOOL_RESULTCACHE_H

#include "FileProbes.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace serialint::tool {

/// What the cache did for one unit, in the worker; sent to the parent on
/// the first line of the worker's report (see takeCacheEvent).
struct CacheEvent {
  enum Kind { Unused, Hit, Miss } What = Unused;
  std::uint64_t BytesRead = 0;
  std::uint64_t BytesWritten = 0;
  /// Why an entry was there but could not be used, or could not be written.
  std::string CorruptEntry;
  std::string StoreFailure;

  /// Adds what \p Other read, wrote and found wrong, keeping what it did.
  void absorb(const CacheEvent &Other);
};

class ResultCache {
public:
  explicit ResultCache(std::string Directory) : Directory(std::move(Directory)) {}

  /// The report kept under \p Key; none when there is no such entry or it
  /// does not check out, which \p Event then says.
  std::optional<std::string> lookup(llvm::StringRef Key, CacheEvent &Event) const;
  void store(llvm::StringRef Key, llvm::StringRef Report, CacheEvent &Event) const;

  /// The result key kept under \p CommandKey with the probes it was found
  /// by, while they still hold; the unit need not be preprocessed then.
  std::optional<std::string> resultKeyByProbes(llvm::StringRef CommandKey,
                                               CacheEvent &Event) const;
  void storeProbes(llvm::StringRef CommandKey, llvm::StringRef ResultKey,
                   const FileProbes &Probes, CacheEvent &Event) const;

  /// DIR/ab/cdef... for a result, DIR/probes/ab/cdef... for probes.
  std::string entryPath(llvm::StringRef Key, llvm::StringRef Kind = "") const;

private:
  std::optional<std::string> read(const std::string &Path, llvm::StringRef Key,
                                  CacheEvent &Event) const;
  void write(const std::string &Path, llvm::StringRef Key, llvm::StringRef Report,
             CacheEvent &Event) const;

  std::string Directory;
};

/// The line a worker writes ahead of its report; a YAML comment, so the
/// report still reads as clang-tidy's document.
std::string cacheEventLine(const CacheEvent &Event);

/// Removes the event line from the front of \p Report, if there is one.
CacheEvent takeCacheEvent(std::string &Report);

/// The events of a whole run, for `--cache-stats` and the warnings.
struct CacheTotals {
  unsigned Hits = 0;
  unsigned Misses = 0;
  std::uint64_t BytesRead = 0;
  std::uint64_t BytesWritten = 0;
  std::vector<std::string> CorruptEntries;
  std::vector<std::string> StoreFailures;

  void add(const CacheEvent &Event);
};

/// One warning for each entry that did not check out, and one for all the
/// entries that could not be written.
void printCacheWarnings(const CacheTotals &Totals, llvm::raw_ostream &OS);

/// `serialint: cache: 198 hits, 2 misses, 410.2 KiB read, 8.1 KiB written`.
void printCacheStats(const CacheTotals &Totals, llvm::StringRef Directory,
                     llvm::raw_ostream &OS);

} // namespace serialint::tool

#endif
