//===--- ResultCache.cpp - serialint command ------------------------------===//

#include "ResultCache.h"
#include "AtomicFile.h"
#include "Digest.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace serialint::tool {
namespace {

// An entry: a header naming its key, the report's length and digest, then
// the report. Reading checks all three, so a truncated, overwritten or
// foreign file is told from a good one.
constexpr llvm::StringLiteral EntryMagic = "serialint-cache-entry 1\n";
constexpr llvm::StringLiteral EventPrefix = "# serialint-cache: ";

std::string entryText(llvm::StringRef Key, llvm::StringRef Report) {
  return (EntryMagic + "key " + Key + "\nbytes " + llvm::Twine(Report.size()) + "\ndigest " +
          digestOf(Report) + "\n\n" + Report)
      .str();
}

// The header line `Name Value`, or nothing.
std::optional<llvm::StringRef> headerField(llvm::StringRef &Rest, llvm::StringRef Name) {
  auto [Line, After] = Rest.split('\n');
  if (!Line.consume_front(Name) || !Line.consume_front(" ") || After.data() == nullptr)
    return std::nullopt;
  Rest = After;
  return Line;
}

// The report in \p Entry, or why there is none.
std::string problemWith(llvm::StringRef Entry, llvm::StringRef Key, llvm::StringRef &Report) {
  if (!Entry.consume_front(EntryMagic))
    return "it is not a serialint cache entry";
  std::optional<llvm::StringRef> StoredKey = headerField(Entry, "key");
  std::optional<llvm::StringRef> Bytes = headerField(Entry, "bytes");
  std::optional<llvm::StringRef> Digest = headerField(Entry, "digest");
  std::uint64_t Length = 0;
  if (!StoredKey || !Bytes || !Digest || Bytes->getAsInteger(10, Length) ||
      !Entry.consume_front("\n"))
    return "its header is damaged";
  if (*StoredKey != Key)
    return "it is kept under another key";
  if (Entry.size() != Length)
    return "it is truncated (" + std::to_string(Entry.size()) + " of " +
           std::to_string(Length) + " bytes)";
  if (digestOf(Entry) != *Digest)
    return "its digest does not match its contents";
  Report = Entry;
  return "";
}

std::string formatBytes(std::uint64_t Bytes) {
  if (Bytes < 1024)
    return std::to_string(Bytes) + " B";
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  if (Bytes < 1024 * 1024)
    OS << llvm::format("%.1f KiB", Bytes / 1024.0);
  else
    OS << llvm::format("%.1f MiB", Bytes / (1024.0 * 1024.0));
  return Text;
}

} // namespace

std::string ResultCache::entryPath(llvm::StringRef Key, llvm::StringRef Kind) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Kind, Key.take_front(2), Key.drop_front(2));
  return Path.str().str();
}

std::optional<std::string> ResultCache::lookup(llvm::StringRef Key, CacheEvent &Event) const {
  return read(entryPath(Key), Key, Event);
}

void ResultCache::store(llvm::StringRef Key, llvm::StringRef Report, CacheEvent &Event) const {
  write(entryPath(Key), Key, Report, Event);
}

std::optional<std::string> ResultCache::read(const std::string &Path, llvm::StringRef Key,
                                             CacheEvent &Event) const {
  Event.What = CacheEvent::Miss;
  auto Entry = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
  if (!Entry) {
    // Not a directory: a file stands where the entry's directory would go,
    // so there is no entry, and the store that follows says why.
    if (Entry.getError() != std::errc::no_such_file_or_directory &&
        Entry.getError() != std::errc::not_a_directory)
      Event.CorruptEntry = Path + ": it cannot be read: " + Entry.getError().message();
    return std::nullopt;
  }
  llvm::StringRef Report;
  if (std::string Problem = problemWith((*Entry)->getBuffer(), Key, Report); !Problem.empty()) {
    Event.CorruptEntry = Path + ": " + Problem;
    return std::nullopt;
  }
  Event.What = CacheEvent::Hit;
  Event.BytesRead = (*Entry)->getBufferSize();
  return Report.str();
}

void ResultCache::write(const std::string &Path, llvm::StringRef Key, llvm::StringRef Report,
                        CacheEvent &Event) const {
  std::string Text = entryText(Key, Report);
  std::error_code Made = llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  llvm::Error Written = Made ? llvm::createStringError(Made, Made.message())
                             : writeFileAtomically(Path, Text);
  if (Written) {
    Event.StoreFailure = Path + ": " + llvm::toString(std::move(Written));
    return;
  }
  Event.BytesWritten = Text.size();
}

// Probes are kept as an entry of their own, under the command key, whose
// report is the result key on its first line and the probes after it.
constexpr llvm::StringLiteral ProbesPrefix = "result ";
constexpr llvm::StringLiteral ProbesDirectory = "probes";

std::optional<std::string> ResultCache::resultKeyByProbes(llvm::StringRef CommandKey,
                                                          CacheEvent &Event) const {
  std::optional<std::string> Kept = read(entryPath(CommandKey, ProbesDirectory), CommandKey, Event);
  Event.What = CacheEvent::Miss;
  if (!Kept)
    return std::nullopt;
  auto [First, Rest] = llvm::StringRef(*Kept).split('\n');
  std::optional<FileProbes> Probes = FileProbes::parse(Rest);
  if (!First.consume_front(ProbesPrefix) || First.size() != 64 || !Probes) {
    Event.CorruptEntry = entryPath(CommandKey, ProbesDirectory) + ": its probes are damaged";
    return std::nullopt;
  }
  if (!Probes->stillHold())
    return std::nullopt;
  return First.str();
}

void ResultCache::storeProbes(llvm::StringRef CommandKey, llvm::StringRef ResultKey,
                              const FileProbes &Probes, CacheEvent &Event) const {
  CacheEvent Stored;
  write(entryPath(CommandKey, ProbesDirectory), CommandKey,
        (ProbesPrefix + ResultKey + "\n" + Probes.text()).str(), Stored);
  Event.absorb(Stored);
}

void CacheEvent::absorb(const CacheEvent &Other) {
  BytesRead += Other.BytesRead;
  BytesWritten += Other.BytesWritten;
  if (CorruptEntry.empty())
    CorruptEntry = Other.CorruptEntry;
  if (StoreFailure.empty())
    StoreFailure = Other.StoreFailure;
}

std::string cacheEventLine(const CacheEvent &Event) {
  llvm::json::Object Fields{{"hit", Event.What == CacheEvent::Hit},
                            {"read", static_cast<int64_t>(Event.BytesRead)},
                            {"written", static_cast<int64_t>(Event.BytesWritten)}};
  if (!Event.CorruptEntry.empty())
    Fields["corrupt"] = Event.CorruptEntry;
  if (!Event.StoreFailure.empty())
    Fields["unwritten"] = Event.StoreFailure;
  std::string Line;
  llvm::raw_string_ostream(Line) << EventPrefix << llvm::json::Value(std::move(Fields)) << "\n";
  return Line;
}

CacheEvent takeCacheEvent(std::string &Report) {
  CacheEvent Event;
  llvm::StringRef Text(Report);
  if (!Text.consume_front(EventPrefix))
    return Event;
  auto [Line, Rest] = Text.split('\n');
  llvm::Expected<llvm::json::Value> Fields = llvm::json::parse(Line);
  if (!Fields) {
    llvm::consumeError(Fields.takeError());
    return Event;
  }
  const llvm::json::Object *Object = Fields->getAsObject();
  if (!Object)
    return Event;
  Event.What = Object->getBoolean("hit").value_or(false) ? CacheEvent::Hit : CacheEvent::Miss;
  Event.BytesRead = Object->getInteger("read").value_or(0);
  Event.BytesWritten = Object->getInteger("written").value_or(0);
  Event.CorruptEntry = Object->getString("corrupt").value_or("").str();
  Event.StoreFailure = Object->getString("unwritten").value_or("").str();
  Report = Rest.str();
  return Event;
}

void CacheTotals::add(const CacheEvent &Event) {
  if (Event.What == CacheEvent::Hit)
    ++Hits;
  else if (Event.What == CacheEvent::Miss)
    ++Misses;
  BytesRead += Event.BytesRead;
  BytesWritten += Event.BytesWritten;
  if (!Event.CorruptEntry.empty())
    CorruptEntries.push_back(Event.CorruptEntry);
  if (!Event.StoreFailure.empty())
    StoreFailures.push_back(Event.StoreFailure);
}

void printCacheWarnings(const CacheTotals &Totals, llvm::raw_ostream &OS) {
  for (const std::string &Entry : Totals.CorruptEntries)
    OS << "serialint: warning: ignored the cache entry " << Entry
       << "; it will be written again\n";
  if (!Totals.StoreFailures.empty())
    OS << "serialint: warning: could not write " << Totals.StoreFailures.size()
       << (Totals.StoreFailures.size() == 1 ? " cache entry: " : " cache entries, the first: ")
       << Totals.StoreFailures.front() << "\n";
}

void printCacheStats(const CacheTotals &Totals, llvm::StringRef Directory,
                     llvm::raw_ostream &OS) {
  OS << "serialint: cache: " << Totals.Hits << (Totals.Hits == 1 ? " hit, " : " hits, ")
     << Totals.Misses << (Totals.Misses == 1 ? " miss, " : " misses, ")
     << formatBytes(Totals.BytesRead) << " read, " << formatBytes(Totals.BytesWritten)
     << " written, in " << Directory << "\n";
}

} // namespace serialint::tool
