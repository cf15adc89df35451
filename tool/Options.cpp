//===--- Options.cpp - serialint command ----------------------------------===//

#include "Options.h"
#include "ExitStatus.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <cctype>
#include <cstdlib>

namespace cl = llvm::cl;

namespace serialint::tool {
namespace {

cl::OptionCategory Category("serialint options");

cl::list<std::string> FilesOpt(cl::Positional, cl::desc("[files...]"), cl::cat(Category));
cl::opt<std::string> BuildPathOpt(
    "p", cl::cat(Category), cl::value_desc("dir"),
    cl::desc("The build directory holding compile_commands.json (default: the "
             "nearest one above the first file)"));
cl::opt<std::string> ChecksOpt(
    "checks", cl::cat(Category),
    cl::desc("Comma-separated globs of checks, added to those of the "
             ".clang-tidy files (default: serialint-*)"));
cl::opt<std::string> ConfigOpt(
    "config", cl::cat(Category),
    cl::desc("Configuration in YAML, as in a .clang-tidy file; takes the "
             "place of .clang-tidy files"));
cl::opt<std::string> ConfigFileOpt(
    "config-file", cl::cat(Category),
    cl::desc("Read the configuration from this file instead of .clang-tidy files"));
cl::opt<bool> ListChecksOpt("list-checks", cl::cat(Category),
                            cl::desc("List the enabled checks and exit"));
cl::opt<bool> ListPoolApisOpt(
    "list-pool-apis", cl::cat(Category),
    cl::desc("List the pool APIs the configuration enables: profile, name, "
             "callable, payload, policy, backend"));
cl::opt<unsigned> JobsOpt("j", cl::cat(Category), cl::value_desc("n"),
                          cl::desc("Translation units checked at once (default: "
                                   "the number of cores)"));
cl::opt<OutputFormat> FormatOpt(
    "format", cl::cat(Category), cl::init(OutputFormat::Text),
    cl::desc("How findings are printed"),
    cl::values(clEnumValN(OutputFormat::Text, "text", "clang's diagnostic format"),
               clEnumValN(OutputFormat::Json, "json", "one JSON document"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0")));
cl::opt<std::string> ExportFixesOpt(
    "export-fixes", cl::cat(Category), cl::value_desc("file"),
    cl::desc("Write the fixes as YAML for clang-apply-replacements"));
cl::opt<bool> FixOpt("fix", cl::cat(Category), cl::desc("Apply the fixes to the files"));
cl::opt<std::string> DiffBaseOpt(
    "diff-base", cl::cat(Category), cl::value_desc("rev"),
    cl::desc("Report only findings on lines changed since this git revision"));
cl::opt<std::string> BaselineOpt(
    "baseline", cl::cat(Category), cl::value_desc("file"),
    cl::desc("An earlier run's SARIF: mark each finding new or unchanged (and "
             "the earlier ones now gone absent) in SARIF output"));
cl::opt<bool> OnlyNewOpt("only-new", cl::cat(Category),
                         cl::desc("With --baseline, report and count only new findings"));
cl::opt<std::string> ShardOpt(
    "shard", cl::cat(Category), cl::value_desc("K/N"),
    cl::desc("Check only the K-th of N disjoint slices of the translation units, "
             "chosen by a hash of each unit's path (for CI matrices)"));
cl::opt<std::string> CacheDirOpt(
    "cache-dir", cl::cat(Category), cl::value_desc("dir"),
    cl::desc("Keep each translation unit's results here and reuse them while "
             "the unit, its headers, the command and the configuration are "
             "unchanged (default: $SERIALINT_CACHE_DIR, else no cache)"));
cl::opt<bool> CacheStatsOpt("cache-stats", cl::cat(Category),
                            cl::desc("Print the cache's hits, misses and bytes on stderr"));

cl::opt<unsigned> UnitTimeoutOpt(
    "unit-timeout", cl::cat(Category), cl::value_desc("seconds"),
    cl::desc("Give up on a translation unit that takes longer, and report it "
             "(default: no limit)"));
// The parent starts itself again with this flag, once per translation unit.
cl::opt<std::string> WorkerFileOpt("serialint-worker", cl::Hidden, cl::cat(Category),
                                   cl::value_desc("file"));

void printVersion(llvm::raw_ostream &OS) {
  OS << "serialint " << SERIALINT_VERSION << " (clang-tidy library "
     << LLVM_VERSION_STRING << ")\n";
}

// llvm::cl explains a mistake over several lines, starting with the program
// name; keep its first line, in this command's voice.
std::string firstLineOf(llvm::StringRef Text) {
  llvm::StringRef Line = Text.split('\n').first.trim();
  Line.consume_front("serialint: ");
  Line = Line.rtrim('.').rtrim();
  std::string Result = Line.str();
  if (!Result.empty())
    Result[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(Result[0])));
  return Result;
}

std::unique_ptr<clang::tooling::CompilationDatabase>
takeFlagsAfterDashDash(int &Argc, const char **Argv) {
  std::string Error;
  auto Database = clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
      Argc, Argv, Error, /*Directory=*/".");
  if (!Error.empty())
    usageError(firstLineOf(Error));
  return Database;
}

std::string environmentCacheDir() {
  const char *Value = std::getenv("SERIALINT_CACHE_DIR");
  return Value ? Value : "";
}

} // namespace

Options parseCommandLine(int Argc, const char **Argv) {
  Options Result;
  Result.FlagsAfterDashDash = takeFlagsAfterDashDash(Argc, Argv);
  cl::SetVersionPrinter(printVersion);
  cl::HideUnrelatedOptions(Category);
  std::string Problems;
  llvm::raw_string_ostream ProblemStream(Problems);
  if (!cl::ParseCommandLineOptions(
          Argc, Argv, "serialint finds work that cannot cross a process boundary.\n",
          &ProblemStream))
    usageError(firstLineOf(ProblemStream.str()));

  Result.Files.assign(FilesOpt.begin(), FilesOpt.end());
  Result.BuildPath = BuildPathOpt;
  Result.Checks = ChecksOpt;
  Result.Config = ConfigOpt;
  Result.ConfigFile = ConfigFileOpt;
  Result.ListChecks = ListChecksOpt;
  Result.ListPoolApis = ListPoolApisOpt;
  Result.Format = FormatOpt;
  Result.ExportFixes = ExportFixesOpt;
  Result.Fix = FixOpt;
  Result.DiffBase = DiffBaseOpt;
  Result.UnitTimeout = UnitTimeoutOpt;
  Result.Baseline = BaselineOpt;
  Result.OnlyNew = OnlyNewOpt;
  if (Result.OnlyNew && Result.Baseline.empty())
    usageError("--only-new needs --baseline");
  if (ShardOpt.getNumOccurrences()) {
    Result.Slice = parseShard(ShardOpt.getValue());
    if (!Result.Slice)
      usageError("--shard: '" + ShardOpt.getValue() + "' is not K/N with 1 <= K <= N");
  }
  Result.CacheDir = CacheDirOpt.getNumOccurrences() ? CacheDirOpt.getValue()
                                                    : environmentCacheDir();
  Result.CacheStats = CacheStatsOpt;
  if (Result.CacheStats && Result.CacheDir.empty())
    usageError("--cache-stats needs --cache-dir or SERIALINT_CACHE_DIR");
  Result.WorkerFile = WorkerFileOpt;
  if (JobsOpt.getNumOccurrences() && JobsOpt == 0)
    usageError("-j needs at least one job");
  Result.Jobs = JobsOpt.getNumOccurrences()
                    ? JobsOpt.getValue()
                    : llvm::hardware_concurrency().compute_thread_count();
  if (!Result.Config.empty() && !Result.ConfigFile.empty())
    usageError("--config and --config-file cannot be used together");
  // handleErrors, which applies the fixes, prints clang-tidy's text on stdout.
  if (Result.Fix && Result.Format != OutputFormat::Text)
    usageError("--fix prints the text report; with --format=json or sarif, use "
               "--export-fixes and clang-apply-replacements");
  if (Result.FlagsAfterDashDash && !Result.BuildPath.empty())
    usageError("-p and flags after -- cannot be used together");
  return Result;
}

} // namespace serialint::tool
