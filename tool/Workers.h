//===--- Workers.h - serialint command ------------------------------------===//
//
// Each translation unit is checked in a child process, up to N at a time, so
// a front end that crashes on one file costs that file only. A child sends
// its report back through a pipe; one that dies by a signal, or sends a cut
// short report, marks its file as failed.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_WORKERS_H
#define SERIALINT_TOOL_WORKERS_H

#include "Report.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace serialint::tool {

using AnalyzeUnit = llvm::function_ref<UnitReport(const std::string &File)>;

/// The reports of every file, in no particular order.
std::vector<UnitReport> runWorkers(const std::vector<std::string> &Files, unsigned Jobs,
                                   AnalyzeUnit Analyze);

} // namespace serialint::tool

#endif
