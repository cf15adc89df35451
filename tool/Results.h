//===--- Results.h - serialint command ------------------------------------===//
//
// The errors of all translation units merged into one result, as clang-tidy
// merges those of the files it is given: sorted by file and position, an
// error in a header seen by several units kept once; and the units that
// could not be analysed, listed.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_RESULTS_H
#define SERIALINT_TOOL_RESULTS_H

#include "ExitStatus.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>
#include <vector>

namespace serialint::tool {

/// The outcome of one translation unit.
struct UnitReport {
  std::string File;
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// Set when the unit could not be analysed in full; says why.
  std::string Failure;
};

struct FailedUnit {
  std::string File;
  std::string Why;
};

struct RunResult {
  std::vector<clang::tidy::ClangTidyError> Errors;
  std::vector<FailedUnit> Failed;
  unsigned UnitsChecked = 0;
};

/// A compiler error, as opposed to a finding of a check (or a warning a
/// `.clang-tidy` turned into an error).
bool isParseError(const clang::tidy::ClangTidyError &Error);

RunResult mergeReports(std::vector<UnitReport> Reports);

ExitStatus exitStatusOf(const RunResult &Result);

} // namespace serialint::tool

#endif
