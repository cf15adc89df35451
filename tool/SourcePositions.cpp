//===--- SourcePositions.cpp - serialint command --------------------------===//

#include "SourcePositions.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"

using namespace clang;

namespace serialint::tool {

SourcePositions::SourcePositions()
    : Files(FileSystemOptions()),
      Diagnostics(llvm::makeIntrusiveRefCnt<DiagnosticIDs>(),
                  llvm::makeIntrusiveRefCnt<DiagnosticOptions>(),
                  new IgnoringDiagConsumer()),
      Sources(Diagnostics, Files) {}

Position SourcePositions::at(llvm::StringRef File, unsigned Offset) {
  llvm::Expected<FileEntryRef> Entry = Files.getFileRef(File);
  if (!Entry) {
    llvm::consumeError(Entry.takeError());
    return {};
  }
  FileID Id = Sources.getOrCreateFileID(*Entry, SrcMgr::C_User);
  bool Invalid = false;
  unsigned Size = Sources.getBufferData(Id, &Invalid).size();
  if (Invalid)
    return {};
  // An offset past the end (a file edited since) is clamped, as clang's
  // printer would show the last line.
  SourceLocation At = Sources.getComposedLoc(Id, std::min(Offset, Size));
  return {Sources.getSpellingLineNumber(At), Sources.getSpellingColumnNumber(At)};
}

} // namespace serialint::tool
