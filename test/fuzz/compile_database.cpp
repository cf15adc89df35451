//===--- compile_database.cpp - serialint fuzz target ---------------------===//
//
// A compile_commands.json as serialint adjusts its commands
// (tool/CommandAdjusting.h): any database LLVM's reader takes gives, for
// every file, commands that name clang's resource directory, keep
// warnings warnings, check syntax only and write no output.
//
//===----------------------------------------------------------------------===//

#include "CommandAdjusting.h"
#include "FuzzSupport.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <fuzzer/FuzzedDataProvider.h>
#include <cstddef>
#include <cstdint>
#include <string>

using namespace clang;
using serialint::fuzz::expect;

namespace {

bool namesResourceDir(llvm::StringRef Arg) { return Arg.starts_with("-resource-dir"); }

void expectAdjusted(const tooling::CompileCommand &Command, const tidy::ClangTidyOptions &Config) {
  const std::vector<std::string> &Line = Command.CommandLine;
  if (Line.empty())
    return;
  const std::string Shown = llvm::join(Line, " ");
  expect(llvm::count_if(Line, namesResourceDir) >= 1, "a command names a resource directory", Shown);
  // Last of the options: before a `--` that ends them, as clang-tidy inserts.
  const auto End = llvm::find(Line, "--");
  expect(End != Line.begin() && *std::prev(End) == "-Wno-error", "-Wno-error is the last option",
         Shown);
  const std::vector<std::string> Run = serialint::tool::adjustedCommandLine(Command, Config);
  expect(llvm::is_contained(Run, "-fsyntax-only"), "clang-tidy's command checks syntax only",
         Command.Filename);
  // Unless the configuration's extra arguments ask for it, as they may.
  const bool ExtraOutput = llvm::is_contained(*Config.ExtraArgs, "-o") ||
                           llvm::is_contained(*Config.ExtraArgsBefore, "-o");
  expect(ExtraOutput || !llvm::is_contained(Run, "-o"), "clang-tidy's command writes no output",
         Command.Filename);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  FuzzedDataProvider Input(Data, Size);
  tidy::ClangTidyOptions Config;
  Config.ExtraArgsBefore = std::vector<std::string>{Input.ConsumeRandomLengthString(32)};
  Config.ExtraArgs = std::vector<std::string>{Input.ConsumeRandomLengthString(32)};
  const auto Syntax = Input.ConsumeBool() ? tooling::JSONCommandLineSyntax::Gnu
                                          : tooling::JSONCommandLineSyntax::AutoDetect;
  const std::string Text = Input.ConsumeRemainingBytesAsString();
  std::string Error;
  std::unique_ptr<tooling::CompilationDatabase> Database =
      tooling::JSONCompilationDatabase::loadFromBuffer(Text, Error, Syntax);
  if (!Database)
    return 0;
  Database = serialint::tool::withSerialintAdjusters(std::move(Database));
  for (const std::string &File : Database->getAllFiles())
    for (const tooling::CompileCommand &Command : Database->getCompileCommands(File))
      expectAdjusted(Command, Config);
  return 0;
}
