//===--- UnitReport.cpp - serialint command -------------------------------===//

#include "UnitReport.h"
#include "Analysis.h"
#include "clang/Tooling/DiagnosticsYaml.h"

using namespace clang;
using namespace clang::tidy;

namespace serialint::tool {
namespace {

// yaml::Input prints what it cannot parse; the caller says it in one line.
void ignoreYamlDiagnostic(const llvm::SMDiagnostic &, void *) {}

ClangTidyError errorOf(const tooling::Diagnostic &Diagnostic, const ClangTidyContext &Context) {
  bool IsWarningAsError = Diagnostic.DiagLevel == tooling::Diagnostic::Warning &&
                          Context.treatAsError(Diagnostic.DiagnosticName);
  ClangTidyError Error(Diagnostic.DiagnosticName, Diagnostic.DiagLevel,
                       Diagnostic.BuildDirectory, IsWarningAsError);
  Error.Message = Diagnostic.Message;
  Error.Notes = Diagnostic.Notes;
  // EnabledDiagnosticAliases stays empty: only clang-tidy's alias checks
  // (cert-*, ...) fill it, and the command links none of them.
  return Error;
}

} // namespace

void writeUnitReport(llvm::StringRef MainFile, const std::vector<ClangTidyError> &Errors,
                     llvm::raw_ostream &OS) {
  // clang::tidy::exportReplacements would write the same document, but with
  // warnings-as-errors turned into errors, which could not be told apart
  // from the compiler's own errors again.
  tooling::TranslationUnitDiagnostics Report;
  Report.MainSourceFile = MainFile.str();
  Report.Diagnostics.assign(Errors.begin(), Errors.end());
  llvm::yaml::Output Yaml(OS);
  Yaml << Report;
}

llvm::Expected<std::vector<ClangTidyError>> readUnitReport(llvm::StringRef Yaml,
                                                           ClangTidyContext &Context) {
  tooling::TranslationUnitDiagnostics Report;
  llvm::yaml::Input In(Yaml, nullptr, ignoreYamlDiagnostic);
  In >> Report;
  if (In.error() || Report.MainSourceFile.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the worker's report was cut short");
  Context.setCurrentFile(Report.MainSourceFile);
  std::vector<ClangTidyError> Errors;
  for (const tooling::Diagnostic &Diagnostic : Report.Diagnostics)
    Errors.push_back(errorOf(Diagnostic, Context));
  return Errors;
}

UnitReport unitReportOf(const WorkerOutcome &Outcome, ClangTidyContext &Context) {
  UnitReport Report{absolutePath(Outcome.File), {}, Outcome.Failure};
  if (!Report.Failure.empty())
    return Report;
  llvm::Expected<std::vector<ClangTidyError>> Errors = readUnitReport(Outcome.Report, Context);
  if (!Errors) {
    Report.Failure = llvm::toString(Errors.takeError());
    return Report;
  }
  Report.Errors = std::move(*Errors);
  if (llvm::any_of(Report.Errors, isParseError))
    Report.Failure = "it does not compile";
  return Report;
}

} // namespace serialint::tool
