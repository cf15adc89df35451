//===--- CommandAdjusting.cpp - serialint command -------------------------===//

#include "CommandAdjusting.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"

using namespace clang;

namespace serialint::tool {
namespace {

bool hasResourceDir(const tooling::CommandLineArguments &Args) {
  for (const std::string &Arg : Args)
    if (llvm::StringRef(Arg).starts_with("-resource-dir"))
      return true;
  return false;
}

// clang finds its own headers (stddef.h, ...) relative to the running binary;
// this binary is not installed beside them, so say where they are.
tooling::ArgumentsAdjuster resourceDirAdjuster() {
  return [](const tooling::CommandLineArguments &Args, llvm::StringRef) {
    if (hasResourceDir(Args))
      return Args;
    tooling::CommandLineArguments Adjusted = Args;
    Adjusted.insert(Adjusted.begin() + (Adjusted.empty() ? 0 : 1),
                    "-resource-dir=" SERIALINT_CLANG_RESOURCE_DIR);
    return Adjusted;
  };
}

// A project built with -Werror would have every compiler warning clang adds
// over its usual compiler stop the analysis; warnings are the compiler's
// business, and without the promotion the check filter hides them.
tooling::ArgumentsAdjuster keepWarningsWarnings() {
  return tooling::getInsertArgumentAdjuster("-Wno-error",
                                            tooling::ArgumentInsertPosition::END);
}

} // namespace

std::unique_ptr<tooling::CompilationDatabase>
withSerialintAdjusters(std::unique_ptr<tooling::CompilationDatabase> Base) {
  auto Adjusting = std::make_unique<tooling::ArgumentsAdjustingCompilations>(std::move(Base));
  Adjusting->appendArgumentsAdjuster(resourceDirAdjuster());
  Adjusting->appendArgumentsAdjuster(keepWarningsWarnings());
  return Adjusting;
}

std::vector<std::string> adjustedCommandLine(const tooling::CompileCommand &Command,
                                             const tidy::ClangTidyOptions &Config) {
  // ClangTool's own three, then the two runClangTidy appends, in that order.
  tooling::CommandLineArguments Args = Command.CommandLine;
  for (const tooling::ArgumentsAdjuster &Adjust :
       {tooling::getClangStripOutputAdjuster(), tooling::getClangSyntaxOnlyAdjuster(),
        tooling::getClangStripDependencyFileAdjuster()})
    Args = Adjust(Args, Command.Filename);
  if (Config.ExtraArgsBefore && !Args.empty())
    Args.insert(Args.begin() + 1, Config.ExtraArgsBefore->begin(),
                Config.ExtraArgsBefore->end());
  if (Config.ExtraArgs)
    Args.insert(Args.end(), Config.ExtraArgs->begin(), Config.ExtraArgs->end());
  return tooling::getStripPluginsAdjuster()(Args, Command.Filename);
}

} // namespace serialint::tool
