//===--- Main.cpp - the serialint command ---------------------------------===//
//
// Runs the serialint checks through clang-tidy's library over files or a
// whole compile database, one worker process per translation unit, and
// prints one merged, sorted result.
//
// Exit status: 0 clean, 1 findings, 2 usage or configuration error,
// 3 some translation units could not be analysed.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "CompileDatabase.h"
#include "Configuration.h"
#include "DiffBase.h"
#include "Fingerprint.h"
#include "SarifInput.h"
#include "SarifMerge.h"
#include "Shards.h"
#include "ExitStatus.h"
#include "Fixes.h"
#include "Options.h"
#include "Output.h"
#include "PoolApiListing.h"
#include "ResultCache.h"
#include "Results.h"
#include "UnitReport.h"
#include "WorkerProcess.h"
#include "Workers.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <optional>

namespace clang::tidy {
extern volatile int SerialintModuleAnchorSource;
[[maybe_unused]] static int SerialintModuleAnchorDestination =
    SerialintModuleAnchorSource;
} // namespace clang::tidy

using namespace serialint::tool;

namespace {

// The configuration of the first file named, or of the working directory.
clang::tidy::ClangTidyOptions configurationOf(const Options &Opts) {
  auto Provider = makeOptionsProvider(Opts);
  return Provider->getOptions(Opts.Files.empty() ? "dummy.cpp" : Opts.Files.front());
}

int listChecks(const Options &Opts) {
  for (const std::string &Check : clang::tidy::getCheckNames(configurationOf(Opts), false))
    llvm::outs() << Check << "\n";
  return Clean;
}

int listConfiguredPoolApis(const Options &Opts) {
  return listPoolApis(configurationOf(Opts), llvm::outs(), llvm::errs()) ? Clean : UsageError;
}

// Workers are this very binary, given the same command line.
WorkerCommand workerCommand(int Argc, const char **Argv) {
  static int AddressInThisBinary;
  WorkerCommand Command;
  Command.Program = llvm::sys::fs::getMainExecutable(Argv[0], &AddressInThisBinary);
  Command.Arguments.assign(Argv + 1, Argv + Argc);
  return Command;
}

std::vector<UnitReport> checkUnits(const Options &Opts,
                                   const clang::tooling::CompilationDatabase &Database,
                                   const std::vector<std::string> &Files,
                                   const WorkerCommand &Command,
                                   clang::tidy::ClangTidyContext &Context,
                                   CacheTotals &Cache) {
  std::vector<UnitReport> Reports;
  std::vector<std::string> Checkable;
  for (const std::string &File : Files) {
    if (Database.getCompileCommands(absolutePath(File)).empty())
      Reports.push_back({absolutePath(File), {}, "no compile command for it in the compile database"});
    else
      Checkable.push_back(File);
  }
  for (const WorkerOutcome &Outcome : runWorkers(Checkable, Opts.Jobs, Command, Opts.UnitTimeout)) {
    Reports.push_back(unitReportOf(Outcome, Context));
    Cache.add(Outcome.Cache);
  }
  return Reports;
}

void print(const RunResult &Result, const Options &Opts, clang::tidy::ClangTidyContext &Context,
           const Baseline *Earlier) {
  SourcePositions Positions;
  switch (Opts.Format) {
  case OutputFormat::Text:
    printText(Result, Context, Opts.Fix);
    break;
  case OutputFormat::Json:
    printJson(Result, Positions, llvm::outs());
    break;
  case OutputFormat::Sarif:
    printSarif(Result, Positions, llvm::outs(), Earlier);
    break;
  }
  llvm::outs().flush();
  printFailures(Result, llvm::errs());
}

// `--only-new`: the findings the baseline does not have; compile errors stay.
RunResult withoutBaseline(const RunResult &Result, const Baseline &Earlier) {
  RunResult Kept = Result;
  llvm::erase_if(Kept.Errors, [&](const clang::tidy::ClangTidyError &E) {
    return !isParseError(E) && Earlier.Results.contains(fingerprintOf(E));
  });
  return Kept;
}

// Made here, once: the workers share it, and a path that cannot be a
// directory is the user's mistake, said before any work is done.
void prepareCacheDirectory(const std::string &Directory) {
  if (Directory.empty())
    return;
  if (std::error_code Error = llvm::sys::fs::create_directories(Directory))
    usageError("cannot use '" + Directory + "' as the cache directory: " + Error.message());
  // create_directories accepts a file already at the path.
  if (!llvm::sys::fs::is_directory(Directory))
    usageError("cannot use '" + Directory + "' as the cache directory: it is not a directory");
}

void reportCache(const Options &Opts, const CacheTotals &Cache) {
  if (Opts.CacheDir.empty())
    return;
  printCacheWarnings(Cache, llvm::errs());
  if (Opts.CacheStats)
    printCacheStats(Cache, Opts.CacheDir, llvm::errs());
}

// A full disk under `> results.sarif` is said, not left to abort the exit.
void checkStandardOutput() {
  llvm::outs().flush();
  if (std::error_code Error = llvm::outs().error()) {
    llvm::outs().clear_error();
    usageError("cannot write the results to standard output: " + Error.message());
  }
}

std::string diffDirectory(const std::vector<std::string> &Files) {
  if (Files.empty())
    return ".";
  std::string Dir = llvm::sys::path::parent_path(absolutePath(Files.front())).str();
  return Dir.empty() ? "." : Dir;
}

} // namespace

int main(int argc, const char **argv) {
  if (argc > 1 && llvm::StringRef(argv[1]) == "merge")
    return runMerge(argc, argv);
  WorkerCommand Command = workerCommand(argc, argv);
  Options Opts = parseCommandLine(argc, argv);
  if (!Opts.WorkerFile.empty())
    return runAsWorker(Opts);
  if (Opts.ListPoolApis)
    return listConfiguredPoolApis(Opts);
  if (Opts.ListChecks)
    return listChecks(Opts);

  validateInputFiles(Opts.Files);
  std::unique_ptr<clang::tooling::CompilationDatabase> Database = loadCompilations(Opts);
  std::vector<std::string> Files = filesToCheck(Opts, *Database);
  validateConfiguration(Opts, Files);
  prepareCacheDirectory(Opts.CacheDir);
  if (Opts.Slice)
    Files = filesInShard(Files, *Opts.Slice);
  // Read before the analysis, so that a bad file stops the run at once.
  std::optional<Baseline> Earlier;
  if (!Opts.Baseline.empty())
    Earlier = readBaseline(Opts.Baseline);
  std::optional<ChangedLines> Changed;
  if (!Opts.DiffBase.empty())
    Changed = changedLinesSince(Opts.DiffBase, diffDirectory(Files));

  clang::tidy::ClangTidyContext Context(makeOptionsProvider(Opts));
  CacheTotals Cache;
  RunResult Result = mergeReports(checkUnits(Opts, *Database, Files, Command, Context, Cache));
  reportCache(Opts, Cache);
  if (Changed) {
    SourcePositions Positions;
    keepChangedLines(Result, *Changed, Positions);
  }
  RunResult Shown = Opts.OnlyNew ? withoutBaseline(Result, *Earlier) : Result;
  print(Shown, Opts, Context, Earlier ? &*Earlier : nullptr);
  checkStandardOutput();

  if (!Opts.ExportFixes.empty() && !Files.empty() &&
      !exportFixes(Shown, absolutePath(Files.front()), Opts.ExportFixes))
    return UsageError;
  return exitStatusOf(Shown);
}
