//===--- Workers.cpp - serialint command ----------------------------------===//

#include "Workers.h"
#include "Analysis.h"
#include "Progress.h"
#include "Wire.h"
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace serialint::tool {
namespace {

struct Worker {
  pid_t Pid = -1;
  std::string File;
  std::string Received;
};

bool writeAll(int Fd, llvm::StringRef Bytes) {
  while (!Bytes.empty()) {
    ssize_t Written = ::write(Fd, Bytes.data(), Bytes.size());
    if (Written < 0 && errno == EINTR)
      continue;
    if (Written <= 0)
      return false;
    Bytes = Bytes.drop_front(static_cast<size_t>(Written));
  }
  return true;
}

// The front end writes "Error while processing ..." and, when it crashes, a
// stack dump; the report already says what went wrong, in one line.
void silenceStandardStreams() {
  int Null = ::open("/dev/null", O_WRONLY);
  if (Null < 0)
    return;
  ::dup2(Null, STDOUT_FILENO);
  ::dup2(Null, STDERR_FILENO);
  ::close(Null);
}

[[noreturn]] void runChild(int Out, const std::string &File, AnalyzeUnit Analyze) {
  silenceStandardStreams();
  ::setenv("LLVM_DISABLE_SYMBOLIZATION", "1", 1);
  UnitReport Report = Analyze(File);
  bool Sent = writeAll(Out, encodeReport(Report));
  // Skip the destructors of the parent's objects this process inherited.
  ::_exit(Sent ? 0 : 1);
}

std::string describeEnd(int Status) {
  if (WIFSIGNALED(Status))
    return "the front end crashed (signal " + std::to_string(WTERMSIG(Status)) + ": " +
           ::strsignal(WTERMSIG(Status)) + ")";
  if (WIFEXITED(Status) && WEXITSTATUS(Status) != 0)
    return "the worker exited with status " + std::to_string(WEXITSTATUS(Status));
  return "the worker's report was cut short";
}

UnitReport finish(Worker &W) {
  int Status = 0;
  while (::waitpid(W.Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  bool ExitedCleanly = WIFEXITED(Status) && WEXITSTATUS(Status) == 0;
  if (ExitedCleanly)
    if (std::optional<UnitReport> Report = decodeReport(W.Received))
      return std::move(*Report);
  UnitReport Failed;
  Failed.File = absolutePath(W.File);
  Failed.Failure = describeEnd(Status);
  return Failed;
}

class Pool {
public:
  Pool(unsigned Jobs, AnalyzeUnit Analyze) : Jobs(Jobs), Analyze(Analyze) {}

  std::vector<UnitReport> run(const std::vector<std::string> &Files) {
    Progress Shown(Files.size());
    std::vector<UnitReport> Reports;
    size_t Next = 0;
    while (Next < Files.size() || !Running.empty()) {
      while (Running.size() < Jobs && Next < Files.size())
        start(Files[Next++], Reports);
      collect(Reports, Shown);
    }
    return Reports;
  }

private:
  void start(const std::string &File, std::vector<UnitReport> &Reports) {
    int Ends[2];
    if (::pipe2(Ends, O_CLOEXEC) != 0) {
      Reports.push_back({absolutePath(File), {}, std::string("cannot start a worker: ") +
                                                     std::strerror(errno)});
      return;
    }
    std::fflush(nullptr);
    pid_t Pid = ::fork();
    if (Pid == 0) {
      ::close(Ends[0]);
      runChild(Ends[1], File, Analyze);
    }
    ::close(Ends[1]);
    if (Pid < 0) {
      ::close(Ends[0]);
      Reports.push_back({absolutePath(File), {}, std::string("cannot start a worker: ") +
                                                     std::strerror(errno)});
      return;
    }
    Running[Ends[0]] = Worker{Pid, File, {}};
  }

  // Waits for output from any worker; reads it, and finishes the workers
  // whose pipes closed.
  void collect(std::vector<UnitReport> &Reports, Progress &Shown) {
    if (Running.empty())
      return;
    std::vector<pollfd> Watched;
    for (const auto &Entry : Running)
      Watched.push_back({Entry.first, POLLIN, 0});
    if (::poll(Watched.data(), Watched.size(), -1) < 0)
      return; // EINTR: poll again
    for (const pollfd &P : Watched) {
      if (!(P.revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      Worker &W = Running[P.fd];
      char Buffer[65536];
      ssize_t Read = ::read(P.fd, Buffer, sizeof Buffer);
      if (Read < 0 && errno == EINTR)
        continue;
      if (Read > 0) {
        W.Received.append(Buffer, static_cast<size_t>(Read));
        continue;
      }
      ::close(P.fd);
      Reports.push_back(finish(W));
      Shown.finished(Reports.back().File);
      Running.erase(P.fd);
    }
  }

  unsigned Jobs;
  AnalyzeUnit Analyze;
  std::map<int, Worker> Running;
};

} // namespace

std::vector<UnitReport> runWorkers(const std::vector<std::string> &Files, unsigned Jobs,
                                   AnalyzeUnit Analyze) {
  return Pool(Jobs, Analyze).run(Files);
}

} // namespace serialint::tool
