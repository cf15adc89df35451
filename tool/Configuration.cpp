//===--- Configuration.cpp - serialint command ----------------------------===//

#include "Configuration.h"
#include "CheckCatalog.h"
#include "ExitStatus.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace clang::tidy;

namespace serialint::tool {
namespace {

const char *const DefaultChecks = "-*,serialint-*";
const char *const RestoredChecks = "serialint-*";

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

bool enablesASerialintCheck(const ClangTidyOptions &Options) {
  const CachedGlobList Enabled(Options.Checks.value_or(""));
  return llvm::any_of(clang::tidy::serialint::CheckCatalog, [&](const auto &Check) {
    return Enabled.contains(llvm::StringRef(Check.Name.data(), Check.Name.size()));
  });
}

// A project's `.clang-tidy` that turns every check off (HPX's starts with
// `Checks: -*`) is written for its clang-tidy runs; whoever runs serialint
// wants serialint's checks, so they come back unless --checks says which.
class SerialintChecksProvider : public ClangTidyOptionsProvider {
public:
  explicit SerialintChecksProvider(std::unique_ptr<ClangTidyOptionsProvider> Inner)
      : Inner(std::move(Inner)) {}

  const ClangTidyGlobalOptions &getGlobalOptions() override { return Inner->getGlobalOptions(); }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Inner->getRawOptions(FileName);
    ClangTidyOptions Merged;
    for (const OptionsSource &Source : Sources)
      Merged.mergeWith(Source.first, 0);
    if (!enablesASerialintCheck(Merged)) {
      ClangTidyOptions Restored;
      Restored.Checks = RestoredChecks;
      Sources.emplace_back(std::move(Restored), "serialint: checks the configuration disables");
    }
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Inner;
};

std::unique_ptr<ClangTidyOptionsProvider> configuredProvider(const Options &Opts) {
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

} // namespace

std::unique_ptr<ClangTidyOptionsProvider> makeOptionsProvider(const Options &Opts) {
  if (!Opts.Checks.empty())
    return configuredProvider(Opts);
  return std::make_unique<SerialintChecksProvider>(configuredProvider(Opts));
}

void validateConfiguration(const Options &Opts, const std::vector<std::string> &Files) {
  if (Opts.Config.empty() && Opts.ConfigFile.empty())
    validateClangTidyFilesAbove(Files);
  const std::string Probe = Files.empty() ? "dummy.cpp" : Files.front();
  if (Opts.Checks.empty() && !enablesASerialintCheck(configuredProvider(Opts)->getOptions(Probe)))
    llvm::errs() << "serialint: note: the configuration for '" << Probe
                 << "' disables serialint's checks; running '" << RestoredChecks
                 << "' (pass --checks to choose)\n";
  if (getCheckNames(makeOptionsProvider(Opts)->getOptions(Probe), false).empty())
    usageError("no checks enabled; check --checks and the .clang-tidy files");
}

} // namespace serialint::tool
