//===--- Fixes.cpp - serialint command ------------------------------------===//

#include "Fixes.h"
#include "Paths.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <set>
#include <tuple>

using namespace clang;

namespace serialint::tool {
namespace {

tooling::DiagnosticMessage toolingMessage(const Message &M) {
  tooling::DiagnosticMessage Out(M.Text);
  Out.FilePath = M.File;
  Out.FileOffset = M.Offset;
  for (const Edit &E : M.Edits) {
    tooling::Replacement R(E.File, E.Offset, E.Length, E.Text);
    // A clash inside one diagnostic's fix would be the check's bug; keep the
    // first edit rather than failing the export.
    llvm::consumeError(Out.Fix[E.File].add(R));
  }
  return Out;
}

tooling::Diagnostic toolingDiagnostic(const Diagnostic &D) {
  llvm::SmallVector<tooling::DiagnosticMessage, 1> Notes;
  for (const Message &Note : D.Notes)
    Notes.push_back(toolingMessage(Note));
  auto Level = D.Level == Severity::Error     ? tooling::Diagnostic::Error
               : D.Level == Severity::Remark ? tooling::Diagnostic::Remark
                                             : tooling::Diagnostic::Warning;
  return tooling::Diagnostic(D.Check, toolingMessage(D.Main), Notes, Level, D.BuildDirectory);
}

// The same fix reached through several translation units is one edit.
llvm::StringMap<std::vector<Edit>> editsByFile(const RunResult &Result) {
  std::set<std::tuple<std::string, unsigned, unsigned, std::string>> Seen;
  llvm::StringMap<std::vector<Edit>> ByFile;
  for (const Diagnostic &D : Result.Diagnostics)
    for (const Edit &E : D.Main.Edits)
      if (Seen.insert({E.File, E.Offset, E.Length, E.Text}).second)
        ByFile[E.File].push_back(E);
  return ByFile;
}

bool rewrite(llvm::StringRef File, const std::vector<Edit> &Edits) {
  auto Code = llvm::MemoryBuffer::getFile(File);
  if (!Code) {
    llvm::errs() << "serialint: error: cannot read '" << displayPath(File)
                 << "' to fix it: " << Code.getError().message() << "\n";
    return false;
  }
  tooling::Replacements Replaces;
  for (const Edit &E : Edits)
    if (llvm::Error Clash = Replaces.add(tooling::Replacement(File, E.Offset, E.Length, E.Text))) {
      llvm::consumeError(std::move(Clash));
      llvm::errs() << "serialint: warning: a fix in '" << displayPath(File)
                   << "' overlaps another and was not applied\n";
    }
  llvm::Expected<std::string> Fixed =
      tooling::applyAllReplacements((*Code)->getBuffer(), Replaces);
  if (!Fixed) {
    llvm::errs() << "serialint: error: cannot fix '" << displayPath(File)
                 << "': " << llvm::toString(Fixed.takeError()) << "\n";
    return false;
  }
  std::error_code Error;
  llvm::raw_fd_ostream Out(File, Error);
  if (Error) {
    llvm::errs() << "serialint: error: cannot write '" << displayPath(File)
                 << "': " << Error.message() << "\n";
    return false;
  }
  Out << *Fixed;
  llvm::errs() << "serialint: fixed '" << displayPath(File) << "' (" << Replaces.size()
               << (Replaces.size() == 1 ? " edit" : " edits") << ")\n";
  return true;
}

} // namespace

bool exportFixes(const RunResult &Result, llvm::StringRef Path) {
  tooling::TranslationUnitDiagnostics Export;
  if (!Result.Diagnostics.empty())
    Export.MainSourceFile = Result.Diagnostics.front().Main.File;
  for (const Diagnostic &D : Result.Diagnostics)
    if (!D.isParseError())
      Export.Diagnostics.push_back(toolingDiagnostic(D));
  std::error_code Error;
  llvm::raw_fd_ostream Out(Path, Error, llvm::sys::fs::OF_TextWithCRLF);
  if (Error) {
    llvm::errs() << "serialint: error: cannot write '" << Path << "': " << Error.message()
                 << "\n";
    return false;
  }
  llvm::yaml::Output Yaml(Out);
  Yaml << Export;
  return true;
}

bool applyFixes(const RunResult &Result) {
  bool AllWritten = true;
  for (const auto &Entry : editsByFile(Result))
    AllWritten &= rewrite(Entry.getKey(), Entry.getValue());
  return AllWritten;
}

} // namespace serialint::tool
