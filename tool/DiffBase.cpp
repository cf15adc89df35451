//===--- DiffBase.cpp - serialint command ---------------------------------===//

#include "DiffBase.h"
#include "Analysis.h"
#include "ExitStatus.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace serialint::tool {
namespace {

struct GitOutput {
  int Status = -1;
  std::string Text;
};

GitOutput runGit(llvm::StringRef Directory, std::vector<llvm::StringRef> Args) {
  static const std::string Git = [] {
    llvm::ErrorOr<std::string> Found = llvm::sys::findProgramByName("git");
    if (!Found)
      usageError("--diff-base needs git, which is not on PATH");
    return *Found;
  }();
  llvm::SmallString<128> OutputPath;
  if (llvm::sys::fs::createTemporaryFile("serialint-git", "out", OutputPath))
    usageError("cannot create a temporary file for git's output");
  std::vector<llvm::StringRef> Argv = {Git, "-C", Directory};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), OutputPath.str(),
                                                llvm::StringRef("")};
  GitOutput Result;
  Result.Status = llvm::sys::ExecuteAndWait(Git, Argv, std::nullopt, Redirects);
  if (auto Text = llvm::MemoryBuffer::getFile(OutputPath))
    Result.Text = (*Text)->getBuffer().str();
  llvm::sys::fs::remove(OutputPath);
  return Result;
}

// `+++ b/src/a.cpp` names the file, `@@ -12,3 +14,2 @@` the lines it now has.
void parseDiff(llvm::StringRef Diff, llvm::StringRef TopLevel, ChangedLines &Changed) {
  std::string Current;
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      Current.clear();
      if (Line.consume_front("b/"))
        Current = absolutePath(Line, TopLevel);
      continue;
    }
    if (Current.empty() || !Line.consume_front("@@ "))
      continue;
    llvm::StringRef Added = Line.split(' ').second.split(' ').first;
    if (!Added.consume_front("+"))
      continue;
    auto [StartText, CountText] = Added.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) || (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count)
      Changed.Ranges[Current].push_back({Start, Start + Count - 1});
  }
}

} // namespace

bool ChangedLines::contains(llvm::StringRef File, unsigned Line) const {
  if (NewFiles.contains(File))
    return true;
  auto Found = Ranges.find(File);
  if (Found == Ranges.end())
    return false;
  for (const auto &[First, Last] : Found->second)
    if (First <= Line && Line <= Last)
      return true;
  return false;
}

ChangedLines changedLinesSince(llvm::StringRef Revision, llvm::StringRef Directory) {
  GitOutput Top = runGit(Directory, {"rev-parse", "--show-toplevel"});
  if (Top.Status != 0)
    usageError("--diff-base: '" + Directory + "' is not in a git work tree");
  std::string TopLevel = llvm::StringRef(Top.Text).trim().str();
  std::string Commit = (Revision + "^{commit}").str();
  if (runGit(TopLevel, {"rev-parse", "--verify", "--quiet", Commit}).Status != 0)
    usageError("--diff-base: unknown git revision '" + Revision + "'");

  ChangedLines Changed;
  GitOutput Diff = runGit(TopLevel, {"diff", "-U0", "--no-color", "--no-ext-diff",
                                     "--no-renames", Revision, "--"});
  if (Diff.Status != 0)
    usageError("--diff-base: git diff against '" + Revision + "' failed");
  parseDiff(Diff.Text, TopLevel, Changed);
  GitOutput Untracked = runGit(TopLevel, {"ls-files", "--others", "--exclude-standard"});
  llvm::SmallVector<llvm::StringRef> Names;
  llvm::StringRef(Untracked.Text).split(Names, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Name : Names)
    Changed.NewFiles.insert(absolutePath(Name, TopLevel));
  return Changed;
}

void keepChangedLines(RunResult &Result, const ChangedLines &Changed,
                      SourcePositions &Positions) {
  llvm::erase_if(Result.Errors, [&](const clang::tidy::ClangTidyError &E) {
    const clang::tooling::DiagnosticMessage &M = E.Message;
    if (isParseError(E) || M.FilePath.empty())
      return false;
    return !Changed.contains(M.FilePath, Positions.at(M.FilePath, M.FileOffset).Line);
  });
}

} // namespace serialint::tool
