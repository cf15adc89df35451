//===--- Configuration.cpp - serialint command ----------------------------===//

#include "Configuration.h"
#include "ExitStatus.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace clang::tidy;

namespace serialint::tool {
namespace {

const char *const DefaultChecks = "-*,serialint-*";

ClangTidyOptions defaultOptions() {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = DefaultChecks;
  return Defaults;
}

ClangTidyOptions overrideOptions(const Options &Opts) {
  ClangTidyOptions Overrides;
  if (!Opts.Checks.empty())
    Overrides.Checks = Opts.Checks;
  return Overrides;
}

// The YAML parser reports through a callback; keep the first problem, with
// its line and column, for a one-line message.
ClangTidyOptions parsedConfig(llvm::StringRef Text, llvm::StringRef Source) {
  std::string Problem;
  auto Keep = [&Problem](const llvm::SMDiagnostic &D) {
    if (Problem.empty())
      Problem = std::to_string(D.getLineNo()) + ":" + std::to_string(D.getColumnNo() + 1) +
                ": " + D.getMessage().str();
  };
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfigurationWithDiags(llvm::MemoryBufferRef(Text, Source), Keep);
  if (!Parsed)
    usageError("invalid configuration in " + Source + ": " +
               (Problem.empty() ? Parsed.getError().message() : Problem));
  return *Parsed;
}

ClangTidyOptions readConfigFile(llvm::StringRef Path) {
  auto Text = llvm::MemoryBuffer::getFile(Path);
  if (!Text)
    usageError("cannot read configuration file '" + Path + "': " + Text.getError().message());
  return parsedConfig((*Text)->getBuffer(), Path);
}

std::string absoluteDirectoryOf(llvm::StringRef File) {
  llvm::SmallString<256> Path(File);
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return llvm::sys::path::parent_path(Path).str();
}

// Every `.clang-tidy` from the files' directories up to the root; clang-tidy
// reads the nearest and, through InheritParentConfig, those above it.
void validateClangTidyFilesAbove(const std::vector<std::string> &Files) {
  llvm::StringSet<> Seen;
  for (const std::string &File : Files) {
    for (std::string Dir = absoluteDirectoryOf(File); !Dir.empty();
         Dir = llvm::sys::path::parent_path(Dir).str()) {
      if (!Seen.insert(Dir).second)
        break;
      llvm::SmallString<256> Candidate(Dir);
      llvm::sys::path::append(Candidate, ".clang-tidy");
      if (llvm::sys::fs::is_regular_file(Candidate))
        readConfigFile(Candidate);
    }
  }
}

} // namespace

std::unique_ptr<ClangTidyOptionsProvider> makeOptionsProvider(const Options &Opts) {
  ClangTidyGlobalOptions Global;
  std::optional<ClangTidyOptions> Explicit;
  if (!Opts.Config.empty())
    Explicit = parsedConfig(Opts.Config, "--config");
  if (!Opts.ConfigFile.empty())
    Explicit = readConfigFile(Opts.ConfigFile);
  if (Explicit)
    return std::make_unique<ConfigOptionsProvider>(std::move(Global), defaultOptions(),
                                                   std::move(*Explicit),
                                                   overrideOptions(Opts));
  return std::make_unique<FileOptionsProvider>(std::move(Global), defaultOptions(),
                                               overrideOptions(Opts));
}

void validateConfiguration(const Options &Opts, const std::vector<std::string> &Files) {
  if (Opts.Config.empty() && Opts.ConfigFile.empty())
    validateClangTidyFilesAbove(Files);
  auto Provider = makeOptionsProvider(Opts);
  const std::string Probe = Files.empty() ? "dummy.cpp" : Files.front();
  if (getCheckNames(Provider->getOptions(Probe), false).empty())
    usageError("no checks enabled; check --checks and the .clang-tidy files");
}

} // namespace serialint::tool
