//===--- UnitReport.h - serialint command ---------------------------------===//
//
// What a worker sends back about one translation unit: clang-tidy's errors
// in clang-tidy's own YAML, the TranslationUnitDiagnostics document that
// `clang-tidy --export-fixes` writes, read back into ClangTidyErrors so the
// parent prints, exports and fixes them with clang-tidy's functions.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_UNITREPORT_H
#define SERIALINT_TOOL_UNITREPORT_H

#include "Results.h"
#include "Workers.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace serialint::tool {

void writeUnitReport(llvm::StringRef MainFile,
                     const std::vector<clang::tidy::ClangTidyError> &Errors,
                     llvm::raw_ostream &OS);

/// The errors of a report; an error when the YAML does not parse. The YAML
/// has no IsWarningAsError, so it is computed again from the configuration
/// of the report's main file, as clang-tidy's diagnostic consumer computes it.
llvm::Expected<std::vector<clang::tidy::ClangTidyError>>
readUnitReport(llvm::StringRef Yaml, clang::tidy::ClangTidyContext &Context);

/// The report of a unit from what its worker left: the errors it read, or
/// why there are none; a unit with compiler errors is marked as failed.
UnitReport unitReportOf(const WorkerOutcome &Outcome, clang::tidy::ClangTidyContext &Context);

} // namespace serialint::tool

#endif
