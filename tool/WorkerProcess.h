//===--- WorkerProcess.h - serialint command ------------------------------===//
//
// The worker side of Workers.h: a process started with
// `--serialint-worker=FILE` checks that one file and writes clang-tidy's
// YAML for it on stdout (UnitReport.h).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_WORKERPROCESS_H
#define SERIALINT_TOOL_WORKERPROCESS_H

#include "Options.h"

namespace serialint::tool {

/// The worker's exit status: 0 once the report is written.
int runAsWorker(Options &Opts);

} // namespace serialint::tool

#endif
