//===--- Workers.cpp - serialint command ----------------------------------===//

#include "Workers.h"
#include "Progress.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <thread>

namespace serialint::tool {
namespace {

// llvm::sys::Wait tells a signal by its description only; people, and
// clang's own crash reports, know it by number too.
std::string crashDescription(llvm::StringRef Description) {
  Description.consume_back(" (core dumped)");
#ifdef LLVM_ON_UNIX
  for (int Signal = 1; Signal < NSIG; ++Signal)
    if (const char *Name = ::strsignal(Signal); Name && Description == Name) {
      std::string Named = "(signal " + std::to_string(Signal) + ": " + Description.str() + ")";
      // Nothing in the front end raises SIGKILL; the kernel's OOM killer does.
      if (Signal == SIGKILL)
        return "the worker was killed " + Named + ", by a user or for want of memory";
      return "the front end crashed " + Named;
    }
#endif
  return "the front end crashed (" + Description.str() + ")";
}

std::string failureOf(int Status, const std::string &Message, unsigned UnitTimeout) {
  if (Status == -2)
    return crashDescription(Message);
  if (Status == WorkerTimedOut)
    return "it took longer than " + std::to_string(UnitTimeout) + " s (--unit-timeout)";
  return "the worker exited with status " + std::to_string(Status);
}

WorkerOutcome runOne(const std::string &File, const WorkerCommand &Command,
                     unsigned UnitTimeout) {
  WorkerOutcome Outcome{File, {}, {}, {}};
  llvm::SmallString<128> ReportPath;
  if (std::error_code Error =
          llvm::sys::fs::createTemporaryFile("serialint-unit", "yaml", ReportPath)) {
    Outcome.Failure = "cannot start a worker: " + Error.message();
    return Outcome;
  }
  llvm::FileRemover RemoveReport(ReportPath);
  std::string WorkerFlag = "--serialint-worker=" + File;
  std::vector<llvm::StringRef> Argv = {Command.Program, WorkerFlag};
  Argv.insert(Argv.end(), Command.Arguments.begin(), Command.Arguments.end());
  // The front end writes "Error while processing ..." and, when it crashes,
  // a stack dump on stderr; the failure is said in one line instead.
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), ReportPath.str(),
                                                llvm::StringRef("")};
  std::string Message;
  bool StartFailed = false;
  int Status = llvm::sys::ExecuteAndWait(Command.Program, Argv, std::nullopt, Redirects,
                                         /*SecondsToWait=*/0, /*MemoryLimit=*/0, &Message,
                                         &StartFailed);
  if (StartFailed || Status == -1) {
    Outcome.Failure = "cannot start a worker: " + Message;
    return Outcome;
  }
  if (Status != 0) {
    Outcome.Failure = failureOf(Status, Message, UnitTimeout);
    return Outcome;
  }
  if (auto Report = llvm::MemoryBuffer::getFile(ReportPath))
    Outcome.Report = (*Report)->getBuffer().str();
  Outcome.Cache = takeCacheEvent(Outcome.Report);
  return Outcome;
}

} // namespace

std::vector<WorkerOutcome> runWorkers(const std::vector<std::string> &Files, unsigned Jobs,
                                      const WorkerCommand &Command, unsigned UnitTimeout) {
  std::vector<WorkerOutcome> Outcomes(Files.size());
  std::atomic<size_t> Next = 0;
  std::mutex ProgressLock;
  Progress Shown(Files.size());
  // A thread only waits on its own worker process: the parsing happens there.
  auto Drain = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      Outcomes[I] = runOne(Files[I], Command, UnitTimeout);
      std::lock_guard<std::mutex> Hold(ProgressLock);
      Shown.finished(Files[I]);
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned I = 0; I < std::min<size_t>(Jobs, Files.size()); ++I)
    Threads.emplace_back(Drain);
  for (std::thread &Thread : Threads)
    Thread.join();
  return Outcomes;
}

} // namespace serialint::tool
