//===--- Workers.h - serialint command ------------------------------------===//
//
// Each translation unit is checked in a fresh process, up to N at a time, so
// a front end that crashes on one file costs that file only. The process is
// this binary again, with the command line it was given and a hidden
// `--serialint-worker=FILE`; it writes its report on stdout. One that dies
// by a signal, exits with a failure or takes longer than --unit-timeout
// marks its file as failed.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_WORKERS_H
#define SERIALINT_TOOL_WORKERS_H

#include "ResultCache.h"
#include <string>
#include <vector>

namespace serialint::tool {

/// How a worker is started: the program, and the arguments it was given.
struct WorkerCommand {
  std::string Program;
  std::vector<std::string> Arguments;
};

/// What a worker left behind: its report, or why there is none.
struct WorkerOutcome {
  std::string File;
  std::string Report;
  std::string Failure;
  /// What the cache did, when there is one.
  CacheEvent Cache;
};

/// The exit status of a worker that hit --unit-timeout, as timeout(1) has it.
constexpr int WorkerTimedOut = 124;
/// The exit status of a worker that found the command already gone.
constexpr int WorkerOrphaned = 125;

/// The outcome of every file, in the order of \p Files.
std::vector<WorkerOutcome> runWorkers(const std::vector<std::string> &Files, unsigned Jobs,
                                      const WorkerCommand &Command, unsigned UnitTimeout);

} // namespace serialint::tool

#endif
