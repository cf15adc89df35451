//===--- Results.cpp - serialint command ----------------------------------===//

#include "Results.h"
#include <algorithm>
#include <tuple>

namespace serialint::tool {
namespace {

auto sortKey(const Diagnostic &D) {
  return std::tie(D.Main.File, D.Main.Offset, D.Check, D.Main.Text);
}

bool sameNotes(const Diagnostic &A, const Diagnostic &B) {
  return std::equal(A.Notes.begin(), A.Notes.end(), B.Notes.begin(), B.Notes.end(),
                    [](const Message &X, const Message &Y) {
                      return std::tie(X.File, X.Offset, X.Text) ==
                             std::tie(Y.File, Y.Offset, Y.Text);
                    });
}

} // namespace

RunResult mergeReports(std::vector<UnitReport> Reports) {
  RunResult Result;
  Result.UnitsChecked = Reports.size();
  for (UnitReport &Report : Reports) {
    if (Report.failed())
      Result.Failed.push_back({Report.File, Report.Failure});
    for (Diagnostic &D : Report.Diagnostics)
      Result.Diagnostics.push_back(std::move(D));
  }
  std::stable_sort(Result.Diagnostics.begin(), Result.Diagnostics.end(),
                   [](const Diagnostic &A, const Diagnostic &B) {
                     return sortKey(A) < sortKey(B);
                   });
  auto Duplicate = [](const Diagnostic &A, const Diagnostic &B) {
    return sortKey(A) == sortKey(B) && sameNotes(A, B);
  };
  Result.Diagnostics.erase(
      std::unique(Result.Diagnostics.begin(), Result.Diagnostics.end(), Duplicate),
      Result.Diagnostics.end());
  std::sort(Result.Failed.begin(), Result.Failed.end(),
            [](const FailedUnit &A, const FailedUnit &B) { return A.File < B.File; });
  return Result;
}

ExitStatus exitStatusOf(const RunResult &Result) {
  if (!Result.Failed.empty())
    return ParseFailure;
  for (const Diagnostic &D : Result.Diagnostics)
    if (!D.isParseError())
      return Findings;
  return Clean;
}

} // namespace serialint::tool
