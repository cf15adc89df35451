//===--- Analysis.cpp - serialint command ---------------------------------===//

#include "Analysis.h"
#include "Configuration.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace serialint::tool {
namespace {

Message messageOf(const tooling::DiagnosticMessage &From, llvm::StringRef BuildDirectory) {
  Message M;
  M.Text = From.Message;
  if (!From.FilePath.empty())
    M.File = absolutePath(From.FilePath, BuildDirectory);
  M.Offset = From.FileOffset;
  for (const auto &FileEdits : From.Fix)
    for (const tooling::Replacement &R : FileEdits.second)
      M.Edits.push_back({absolutePath(R.getFilePath(), BuildDirectory), R.getOffset(),
                         R.getLength(), R.getReplacementText().str()});
  for (const tooling::FileByteRange &R : From.Ranges)
    M.Ranges.push_back({absolutePath(R.FilePath, BuildDirectory), R.FileOffset, R.Length});
  return M;
}

Severity severityOf(const ClangTidyError &Error) {
  switch (Error.DiagLevel) {
  case tooling::Diagnostic::Remark:
    return Severity::Remark;
  case tooling::Diagnostic::Warning:
    return Error.IsWarningAsError ? Severity::Error : Severity::Warning;
  case tooling::Diagnostic::Error:
    return Severity::Error;
  }
  return Severity::Warning;
}

Diagnostic diagnosticOf(const ClangTidyError &Error) {
  Diagnostic D;
  D.Check = Error.DiagnosticName;
  D.Level = severityOf(Error);
  D.BuildDirectory = Error.BuildDirectory;
  D.Main = messageOf(Error.Message, Error.BuildDirectory);
  for (const tooling::DiagnosticMessage &Note : Error.Notes)
    D.Notes.push_back(messageOf(Note, Error.BuildDirectory));
  return D;
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

UnitReport analyzeUnit(const Options &Opts, const tooling::CompilationDatabase &Database,
                       const std::string &File) {
  UnitReport Report;
  Report.File = absolutePath(File);
  if (Database.getCompileCommands(Report.File).empty()) {
    Report.Failure = "no compile command for it in the compile database";
    return Report;
  }
  ClangTidyContext Context(makeOptionsProvider(Opts));
  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::vector<ClangTidyError> Errors =
      runClangTidy(Context, Database, {Report.File}, BaseFS, /*ApplyAnyFix=*/false);
  for (const ClangTidyError &Error : Errors)
    Report.Diagnostics.push_back(diagnosticOf(Error));
  for (const Diagnostic &D : Report.Diagnostics)
    if (D.isParseError()) {
      Report.Failure = "it does not compile";
      break;
    }
  return Report;
}

bool Diagnostic::isParseError() const {
  return Level == Severity::Error && llvm::StringRef(Check).starts_with("clang-diagnostic-");
}

} // namespace serialint::tool
