//===--- CacheKey.cpp - serialint command ---------------------------------===//

#include "CacheKey.h"
#include "CommandAdjusting.h"
#include "Configuration.h"
#include "Digest.h"
#include "PreprocessedDigest.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include <cstdlib>

using namespace clang;

namespace serialint::tool {
namespace {

// A rebuilt serialint may report differently under the same version, so
// the binary itself is named by its size and time, as ccache names compilers.
std::string buildIdentity() {
  static int AddressInThisBinary;
  std::string Binary = llvm::sys::fs::getMainExecutable("serialint", &AddressInThisBinary);
  std::string Identity = std::string("serialint ") + SERIALINT_VERSION + " llvm " +
                         LLVM_VERSION_STRING;
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Binary, Status))
    Identity += " size " + std::to_string(Status.getSize()) + " time " +
                std::to_string(llvm::sys::toTimeT(Status.getLastModificationTime()));
  return Identity;
}

// Fields go in by name as well as value, so that one cannot stand for another.
void add(Digest &Key, llvm::StringRef Name, llvm::StringRef Value) {
  Key.field(Name);
  Key.field(Value);
}

// Clang's driver adds these to the header search path.
constexpr const char *HeaderSearchVariables[] = {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH",
                                                 "OBJC_INCLUDE_PATH", "OBJCPLUS_INCLUDE_PATH"};

std::string getenvOrEmpty(const char *Variable) {
  const char *Value = std::getenv(Variable);
  return Value ? Value : "";
}

std::string joined(const std::vector<std::string> &Parts) {
  std::string Text;
  for (const std::string &Part : Parts)
    Text += Part + '\0';
  return Text;
}

} // namespace

llvm::Expected<UnitCommands> unitCommandsOf(const Options &Opts,
                                            const tooling::CompilationDatabase &Database,
                                            const std::string &File) {
  std::vector<tooling::CompileCommand> Commands = Database.getCompileCommands(File);
  if (Commands.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "no compile command");
  tidy::ClangTidyOptions Config = makeOptionsProvider(Opts)->getOptions(File);
  Digest Key;
  add(Key, "build", buildIdentity());
  add(Key, "checks", joined(tidy::getCheckNames(Config, /*AllowEnablingAnalyzerAlphaCheckers=*/false)));
  add(Key, "options", tidy::configurationAsText(Config));
  add(Key, "file", File);
  for (const char *Variable : HeaderSearchVariables)
    add(Key, Variable, getenvOrEmpty(Variable));
  // runClangTidy checks each command the database has for the file.
  for (tooling::CompileCommand &Command : Commands) {
    Command.CommandLine = adjustedCommandLine(Command, Config);
    add(Key, "directory", Command.Directory);
    add(Key, "command", joined(Command.CommandLine));
  }
  return UnitCommands{Key.hex(), std::move(Commands)};
}

llvm::Expected<std::string> resultKeyOf(const UnitCommands &Unit, FileProbes &Probes,
                                        bool &ProbesHold) {
  Digest Key;
  add(Key, "commands", Unit.CommandKey);
  for (const tooling::CompileCommand &Command : Unit.Commands) {
    llvm::Expected<std::string> Text =
        preprocessedDigest(Command.CommandLine, Command.Directory, Probes, ProbesHold);
    if (!Text)
      return Text.takeError();
    add(Key, "preprocessed", *Text);
  }
  return Key.hex();
}

} // namespace serialint::tool
