//===--- SourceFiles.cpp - serialint command ------------------------------===//

#include "SourceFiles.h"
#include <algorithm>

namespace serialint::tool {

const SourceFiles::Loaded *SourceFiles::load(llvm::StringRef File) {
  auto Found = Files.find(File);
  if (Found != Files.end())
    return Found->second.Buffer ? &Found->second : nullptr;
  Loaded &Entry = Files[File];
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return nullptr;
  Entry.Buffer = std::move(*Buffer);
  llvm::StringRef Text = Entry.Buffer->getBuffer();
  Entry.LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      Entry.LineStarts.push_back(static_cast<unsigned>(I + 1));
  return &Entry;
}

Position SourceFiles::locate(llvm::StringRef File, unsigned Offset) {
  const Loaded *Entry = load(File);
  if (!Entry)
    return {};
  llvm::StringRef Text = Entry->Buffer->getBuffer();
  Offset = std::min<unsigned>(Offset, Text.size());
  auto After = std::upper_bound(Entry->LineStarts.begin(), Entry->LineStarts.end(), Offset);
  unsigned Index = static_cast<unsigned>(After - Entry->LineStarts.begin()) - 1;
  unsigned Start = Entry->LineStarts[Index];
  llvm::StringRef Line = Text.substr(Start).split('\n').first.rtrim('\r');
  return {Index + 1, Offset - Start + 1, Line};
}

} // namespace serialint::tool
