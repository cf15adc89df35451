//===--- FileProbes.h - serialint command ---------------------------------===//
//
// What preprocessing a unit asked of the file system: every path it looked
// at and what it found there, with the digest of each file it read and of
// each directory it listed. While they all still hold, the unit preprocesses
// to the same text, so its result key is known without preprocessing it
// again (ccache's direct mode). The paths that were missing are kept too, so
// that a header created where it would shadow another is seen.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_FILEPROBES_H
#define SERIALINT_TOOL_FILEPROBES_H

#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <optional>
#include <string>

namespace serialint::tool {

class FileProbes {
public:
  enum Found : char { Nothing = '-', File = 'f', Directory = 'd', Listing = 'l' };

  /// The first answer for a path is the one the preprocessor acted on.
  void record(llvm::StringRef Path, Found What);
  /// Fills in the digests of the files and listings, from the disk. False
  /// when a file the unit entered no longer holds what it entered, given as
  /// \p Entered (path to digest): then these probes do not describe the unit.
  bool takeDigests(const std::map<std::string, std::string> &Entered);
  /// True while every path still answers as it did.
  bool stillHold() const;

  std::string text() const;
  static std::optional<FileProbes> parse(llvm::StringRef Text);

private:
  struct Answer {
    Found What;
    std::string Digest;
  };
  std::map<std::string, Answer> Answers;
};

/// The real file system, whose answers are recorded in \p Probes, with
/// relative paths made absolute against \p Directory.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> recordingFileSystem(FileProbes &Probes,
                                                                    llvm::StringRef Directory);

/// \p Path made absolute against \p Directory, as the probes name it.
std::string probePath(llvm::StringRef Directory, llvm::StringRef Path);

} // namespace serialint::tool

#endif
