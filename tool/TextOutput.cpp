//===--- TextOutput.cpp - serialint command -------------------------------===//
//
// clang-tidy's text, printed by clang-tidy's own ErrorReporter, so it stays
// what `clang-tidy -load` prints for the same errors, source lines and
// carets included.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Paths.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"

using namespace clang;
using namespace clang::tidy;

namespace serialint::tool {
namespace {

void showRelative(tooling::DiagnosticMessage &M) {
  if (!M.FilePath.empty())
    M.FilePath = displayPath(M.FilePath);
  for (tooling::FileByteRange &Range : M.Ranges)
    Range.FilePath = displayPath(Range.FilePath);
}

// clang-tidy prints a path as the error holds it; the command's paths are
// absolute (units are merged across build directories) and shown relative
// to the working directory when below it, as docs/command.md promises.
// handleErrors resolves relative paths in the error's build directory, so
// that becomes the working directory. The fix-its keep their absolute
// paths: they are applied, not shown.
ClangTidyError asShown(ClangTidyError Error, llvm::StringRef WorkingDirectory) {
  showRelative(Error.Message);
  for (tooling::DiagnosticMessage &Note : Error.Notes)
    showRelative(Note);
  Error.BuildDirectory = WorkingDirectory.str();
  return Error;
}

} // namespace

llvm::StringRef severityName(const ClangTidyError &Error) {
  if (Error.DiagLevel == ClangTidyError::Remark)
    return "remark";
  if (Error.DiagLevel == ClangTidyError::Error || Error.IsWarningAsError)
    return "error";
  return "warning";
}

void printText(const RunResult &Result, ClangTidyContext &Context, bool ApplyFixes) {
  llvm::SmallString<256> WorkingDirectory;
  llvm::sys::fs::current_path(WorkingDirectory);
  std::vector<ClangTidyError> Shown;
  for (const ClangTidyError &Error : Result.Errors)
    Shown.push_back(asShown(Error, WorkingDirectory));
  // The count is clang-tidy's "N warnings treated as errors"; the exit status
  // already says there were findings.
  unsigned WarningsAsErrors = 0;
  handleErrors(Shown, Context, ApplyFixes ? FB_Fix : FB_NoFix, WarningsAsErrors,
               llvm::vfs::getRealFileSystem());
  llvm::outs().flush();
}

void printFailures(const RunResult &Result, llvm::raw_ostream &OS) {
  for (const FailedUnit &Unit : Result.Failed)
    OS << "serialint: error: could not analyse '" << displayPath(Unit.File)
       << "': " << Unit.Why << "\n";
}

} // namespace serialint::tool
