//===--- WorkerProcess.cpp - serialint command ----------------------------===//

#include "WorkerProcess.h"
#include "Analysis.h"
#include "CacheKey.h"
#include "CompileDatabase.h"
#include "ResultCache.h"
#include "UnitReport.h"
#include "Workers.h"
#include <chrono>
#include <cstdlib>
#include <thread>
#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

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

// A stopped command (Ctrl-C, a cancelled CI job) must not leave its workers
// running on: a unit may take hours, and with no --unit-timeout nothing else
// ends it.
void stopWithParent() {
#ifdef __linux__
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() == 1) // it had already gone
    std::_Exit(WorkerOrphaned);
#endif
}

std::string freshReport(const Options &Opts, const clang::tooling::CompilationDatabase &Database,
                        const std::string &File, bool &Compiled) {
  std::vector<clang::tidy::ClangTidyError> Errors = analyzeUnit(Opts, Database, File);
  Compiled = llvm::none_of(Errors, isParseError);
  std::string Report;
  llvm::raw_string_ostream OS(Report);
  writeUnitReport(File, Errors, OS);
  return Report;
}

// The result key by the unit's probes when they still hold (no
// preprocessing), else by preprocessing it, which records its probes.
std::optional<std::string> resultKey(const ResultCache &Cache, const UnitCommands &Unit,
                                     CacheEvent &Event, FileProbes &Probes, bool &Preprocessed) {
  Preprocessed = false;
  if (std::optional<std::string> Known = Cache.resultKeyByProbes(Unit.CommandKey, Event))
    return Known;
  Preprocessed = true;
  bool ProbesHold = true;
  llvm::Expected<std::string> Key = resultKeyOf(Unit, Probes, ProbesHold);
  if (!Key) {
    llvm::consumeError(Key.takeError());
    return std::nullopt;
  }
  if (!ProbesHold)
    Preprocessed = false; // nothing worth keeping
  return *Key;
}

// The report from the cache when it has the unit, else a fresh one, kept
// for next time unless the unit does not compile: a header it lacks may be
// generated before the next run, which the key would not see coming.
std::string cachedReport(const Options &Opts, const clang::tooling::CompilationDatabase &Database,
                         const std::string &File) {
  ResultCache Cache(Opts.CacheDir);
  CacheEvent Event;
  FileProbes Probes;
  bool NewProbes = false;
  std::optional<std::string> Key;
  llvm::Expected<UnitCommands> Unit = unitCommandsOf(Opts, Database, File);
  if (!Unit)
    llvm::consumeError(Unit.takeError());
  else
    Key = resultKey(Cache, *Unit, Event, Probes, NewProbes);
  CacheEvent Result;
  if (Key) {
    if (std::optional<std::string> Kept = Cache.lookup(*Key, Result)) {
      if (NewProbes)
        Cache.storeProbes(Unit->CommandKey, *Key, Probes, Result);
      Result.absorb(Event);
      return cacheEventLine(Result) + *Kept;
    }
  }
  Result.What = CacheEvent::Miss;
  Result.absorb(Event);
  bool Compiled = false;
  std::string Report = freshReport(Opts, Database, File, Compiled);
  if (Key && Compiled) {
    Cache.store(*Key, Report, Result);
    if (NewProbes)
      Cache.storeProbes(Unit->CommandKey, *Key, Probes, Result);
  }
  return cacheEventLine(Result) + Report;
}

} // namespace

int runAsWorker(Options &Opts) {
  stopWithParent();
  startWatchdog(Opts.UnitTimeout);
  std::unique_ptr<clang::tooling::CompilationDatabase> Database = loadCompilations(Opts);
  std::string File = absolutePath(Opts.WorkerFile);
  bool Compiled = false;
  llvm::outs() << (Opts.CacheDir.empty() ? freshReport(Opts, *Database, File, Compiled)
                                         : cachedReport(Opts, *Database, File));
  llvm::outs().flush();
  bool Failed = llvm::outs().has_error();
  // Said through the exit status; unhandled, the error would abort the exit.
  llvm::outs().clear_error();
  return Failed ? 1 : 0;
}

} // namespace serialint::tool
