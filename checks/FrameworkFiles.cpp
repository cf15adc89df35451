//===--- FrameworkFiles.cpp - serialint -----------------------------------===//

#include "FrameworkFiles.h"
#include "clang/AST/DeclBase.h"
#include "clang/Lex/HeaderSearch.h"

namespace clang::tidy::serialint {

llvm::StringRef FrameworkFiles::includeRoot(FileID File) {
  auto [It, New] = Roots.try_emplace(File);
  if (!New || File == SM.getMainFileID())
    return It->second;
  if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File)) {
    const OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    const std::string Spelled = Headers.suggestPathToFileForDiagnostics(
        *Entry, Main ? Main->getName() : llvm::StringRef());
    // An absolute or relative spelling is a file below no include folder:
    // no framework's.
    const llvm::StringRef Root = llvm::StringRef(Spelled).split('/').first;
    if (!Spelled.empty() && Spelled.front() != '/' && Root != "." && Root != "..")
      It->second = Root.str();
  }
  return It->second;
}

bool FrameworkFiles::isFrameworksOwnCall(SourceLocation Where, const Decl &Entry) {
  const FileID CallFile = SM.getFileID(SM.getExpansionLoc(Where));
  const FileID EntryFile = SM.getFileID(SM.getExpansionLoc(Entry.getLocation()));
  if (CallFile.isInvalid() || EntryFile.isInvalid())
    return false;
  const llvm::StringRef Root = includeRoot(CallFile);
  return !Root.empty() && Root == includeRoot(EntryFile);
}

} // namespace clang::tidy::serialint
