//===--- Results.cpp - serialint command ----------------------------------===//

#include "Results.h"
#include <algorithm>
#include <tuple>

using clang::tidy::ClangTidyError;

namespace serialint::tool {
namespace {

// clang-tidy's own order and identity of errors (LessClangTidyError and
// EqualClangTidyError, private to its diagnostic consumer), so that the
// merged units print as one clang-tidy run over all of them would.
auto sortKey(const ClangTidyError &E) {
  return std::tie(E.Message.FilePath, E.Message.FileOffset, E.DiagnosticName,
                  E.Message.Message);
}

} // namespace

bool isParseError(const ClangTidyError &Error) {
  return Error.DiagLevel == ClangTidyError::Error &&
         llvm::StringRef(Error.DiagnosticName).starts_with("clang-diagnostic-");
}

RunResult mergeReports(std::vector<UnitReport> Reports) {
  RunResult Result;
  Result.UnitsChecked = Reports.size();
  for (UnitReport &Report : Reports) {
    if (!Report.Failure.empty())
      Result.Failed.push_back({Report.File, Report.Failure});
    std::move(Report.Errors.begin(), Report.Errors.end(), std::back_inserter(Result.Errors));
  }
  std::stable_sort(Result.Errors.begin(), Result.Errors.end(),
                   [](const ClangTidyError &A, const ClangTidyError &B) {
                     return sortKey(A) < sortKey(B);
                   });
  Result.Errors.erase(std::unique(Result.Errors.begin(), Result.Errors.end(),
                                  [](const ClangTidyError &A, const ClangTidyError &B) {
                                    return sortKey(A) == sortKey(B);
                                  }),
                      Result.Errors.end());
  std::sort(Result.Failed.begin(), Result.Failed.end(),
            [](const FailedUnit &A, const FailedUnit &B) { return A.File < B.File; });
  return Result;
}

ExitStatus exitStatusOf(const RunResult &Result) {
  if (!Result.Failed.empty())
    return ParseFailure;
  for (const ClangTidyError &Error : Result.Errors)
    if (!isParseError(Error))
      return Findings;
  return Clean;
}

} // namespace serialint::tool
