//===--- Analysis.cpp - serialint command ---------------------------------===//

#include "Analysis.h"
#include "Configuration.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace serialint::tool {
namespace {

// clang-tidy keeps paths as the compile command spelled them, relative to
// its directory; units from several build directories are merged in the
// parent and shown relative to where the user is, so every path is made
// absolute here, where the build directory is known.
void makeAbsolute(std::string &Path, llvm::StringRef BuildDirectory) {
  if (!Path.empty())
    Path = absolutePath(Path, BuildDirectory);
}

void makeAbsolute(tooling::DiagnosticMessage &M, llvm::StringRef BuildDirectory) {
  makeAbsolute(M.FilePath, BuildDirectory);
  for (tooling::FileByteRange &Range : M.Ranges)
    makeAbsolute(Range.FilePath, BuildDirectory);
  llvm::StringMap<tooling::Replacements> Fix;
  for (const auto &FileEdits : M.Fix)
    for (const tooling::Replacement &R : FileEdits.second) {
      std::string File = absolutePath(R.getFilePath(), BuildDirectory);
      // The edits were one consistent set before the rename; they still are.
      llvm::consumeError(Fix[File].add(tooling::Replacement(
          File, R.getOffset(), R.getLength(), R.getReplacementText())));
    }
  M.Fix = std::move(Fix);
}

} // namespace

std::string absolutePath(llvm::StringRef Path, llvm::StringRef BaseDirectory) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path) || BaseDirectory.empty()) {
    Result = Path;
    llvm::sys::fs::make_absolute(Result);
  } else {
    Result = BaseDirectory;
    llvm::sys::fs::make_absolute(Result);
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return Result.str().str();
}

std::vector<ClangTidyError> analyzeUnit(const Options &Opts,
                                        const tooling::CompilationDatabase &Database,
                                        const std::string &File) {
  ClangTidyContext Context(makeOptionsProvider(Opts));
  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::vector<ClangTidyError> Errors =
      runClangTidy(Context, Database, {absolutePath(File)}, BaseFS, /*ApplyAnyFix=*/false);
  for (ClangTidyError &Error : Errors) {
    makeAbsolute(Error.Message, Error.BuildDirectory);
    for (tooling::DiagnosticMessage &Note : Error.Notes)
      makeAbsolute(Note, Error.BuildDirectory);
  }
  return Errors;
}

} // namespace serialint::tool
