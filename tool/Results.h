//===--- Results.h - serialint command ------------------------------------===//
//
// The reports of all translation units merged into one result: sorted by
// file and position, a diagnostic in a header seen by several units kept
// once, and the units that could not be analysed listed.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_RESULTS_H
#define SERIALINT_TOOL_RESULTS_H

#include "ExitStatus.h"
#include "Report.h"
#include <vector>

namespace serialint::tool {

struct FailedUnit {
  std::string File;
  std::string Why;
};

struct RunResult {
  std::vector<Diagnostic> Diagnostics;
  std::vector<FailedUnit> Failed;
  unsigned UnitsChecked = 0;
};

RunResult mergeReports(std::vector<UnitReport> Reports);

ExitStatus exitStatusOf(const RunResult &Result);

} // namespace serialint::tool

#endif
