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
#include "ExitStatus.h"
#include "Fixes.h"
#include "Options.h"
#include "Output.h"
#include "PoolApiListing.h"
#include "Results.h"
#include "Workers.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/Path.h"

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

void print(const RunResult &Result, OutputFormat Format, SourceFiles &Sources) {
  switch (Format) {
  case OutputFormat::Text:
    printText(Result, Sources, llvm::outs());
    break;
  case OutputFormat::Json:
    printJson(Result, Sources, llvm::outs());
    break;
  case OutputFormat::Sarif:
    printSarif(Result, Sources, llvm::outs());
    break;
  }
  llvm::outs().flush();
  printFailures(Result, llvm::errs());
}

std::string diffDirectory(const std::vector<std::string> &Files) {
  if (Files.empty())
    return ".";
  std::string Dir = llvm::sys::path::parent_path(absolutePath(Files.front())).str();
  return Dir.empty() ? "." : Dir;
}

} // namespace

int main(int argc, const char **argv) {
  Options Opts = parseCommandLine(argc, argv);
  if (Opts.ListPoolApis)
    return listConfiguredPoolApis(Opts);
  if (Opts.ListChecks)
    return listChecks(Opts);

  validateInputFiles(Opts.Files);
  std::unique_ptr<clang::tooling::CompilationDatabase> Database = loadCompilations(Opts);
  std::vector<std::string> Files = filesToCheck(Opts, *Database);
  validateConfiguration(Opts, Files);
  std::optional<ChangedLines> Changed;
  if (!Opts.DiffBase.empty())
    Changed = changedLinesSince(Opts.DiffBase, diffDirectory(Files));

  RunResult Result = mergeReports(runWorkers(Files, Opts.Jobs, [&](const std::string &File) {
    return analyzeUnit(Opts, *Database, File);
  }));
  SourceFiles Sources;
  if (Changed)
    keepChangedLines(Result, *Changed, Sources);
  print(Result, Opts.Format, Sources);

  if (!Opts.ExportFixes.empty() && !exportFixes(Result, Opts.ExportFixes))
    return UsageError;
  if (Opts.Fix && !applyFixes(Result))
    return UsageError;
  return exitStatusOf(Result);
}
