//===--- WorkerProcess.cpp - serialint command ----------------------------===//

#include "WorkerProcess.h"
#include "Analysis.h"
#include "CompileDatabase.h"
#include "UnitReport.h"
#include "Workers.h"
#include <chrono>
#include <cstdlib>
#include <thread>

namespace serialint::tool {
namespace {

// A front end stuck in a loop is ended from inside the process, which needs
// nothing platform-specific; the parent reads the exit status.
void startWatchdog(unsigned Seconds) {
  if (Seconds == 0)
    return;
  std::thread([Seconds] {
    std::this_thread::sleep_for(std::chrono::seconds(Seconds));
    std::_Exit(WorkerTimedOut);
  }).detach();
}

} // namespace

int runAsWorker(Options &Opts) {
  startWatchdog(Opts.UnitTimeout);
  std::unique_ptr<clang::tooling::CompilationDatabase> Database = loadCompilations(Opts);
  std::string File = absolutePath(Opts.WorkerFile);
  writeUnitReport(File, analyzeUnit(Opts, *Database, File), llvm::outs());
  llvm::outs().flush();
  bool Failed = llvm::outs().has_error();
  // Said through the exit status; unhandled, the error would abort the exit.
  llvm::outs().clear_error();
  return Failed ? 1 : 0;
}

} // namespace serialint::tool
