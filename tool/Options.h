//===--- Options.h - serialint command ------------------------------------===//
//
// The command line, read once into a plain struct the rest of the command
// takes by reference.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_OPTIONS_H
#define SERIALINT_TOOL_OPTIONS_H

#include "Shards.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace serialint::tool {

enum class OutputFormat { Text, Json, Sarif };

struct Options {
  std::vector<std::string> Files;
  std::string BuildPath;
  /// The flags given after `--`, as a database that applies them to any file.
  std::unique_ptr<clang::tooling::CompilationDatabase> FlagsAfterDashDash;

  std::string Checks;
  std::string Config;
  std::string ConfigFile;
  bool ListChecks = false;
  bool ListPoolApis = false;

  unsigned Jobs = 1;
  OutputFormat Format = OutputFormat::Text;
  std::string ExportFixes;
  bool Fix = false;
  std::string DiffBase;
  /// `--baseline FILE`: an earlier run's SARIF; `--only-new`: report and
  /// count only the findings it does not have.
  std::string Baseline;
  bool OnlyNew = false;
  /// `--shard K/N`: only the K-th of N slices of the units.
  std::optional<Shard> Slice;
  /// `--cache-dir DIR` or SERIALINT_CACHE_DIR: where results are kept
  /// (ResultCache.h); empty for no cache. `--cache-stats`: say what it did.
  std::string CacheDir;
  bool CacheStats = false;
  /// Seconds a translation unit may take; 0 for no limit.
  unsigned UnitTimeout = 0;

  /// Set in a worker process: the one file it checks (see Workers.h).
  std::string WorkerFile;
};

/// Reads argv; a usage error ends the process with status 2.
Options parseCommandLine(int Argc, const char **Argv);

} // namespace serialint::tool

#endif
