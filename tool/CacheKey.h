//===--- CacheKey.h - serialint command -----------------------------------===//
//
// The name of a translation unit's cached result: everything its report
// depends on, hashed. serialint's build, the checks and options in effect
// for the file, the compile command as clang-tidy adjusts it, and the
// preprocessed unit (PreprocessedDigest.h).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_CACHEKEY_H
#define SERIALINT_TOOL_CACHEKEY_H

#include "FileProbes.h"
#include "Options.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace serialint::tool {

/// A unit's compile commands as clang-tidy runs them, and the key of
/// everything but their preprocessed text: serialint's build, the checks and
/// options in effect for the file, the commands, and the environment the
/// driver searches for headers by.
struct UnitCommands {
  std::string CommandKey;
  std::vector<clang::tooling::CompileCommand> Commands;
};

/// An error when the file has no compile command.
llvm::Expected<UnitCommands> unitCommandsOf(const Options &Opts,
                                            const clang::tooling::CompilationDatabase &Database,
                                            const std::string &File);

/// The key, 64 hex digits, of the unit's result: the command key and the
/// preprocessed digest of every command. What the preprocessing asked of the
/// file system goes into \p Probes (ProbesHold as in preprocessedDigest).
/// An error when the unit does not preprocess; it is analysed uncached.
llvm::Expected<std::string> resultKeyOf(const UnitCommands &Unit, FileProbes &Probes,
                                        bool &ProbesHold);

} // namespace serialint::tool

#endif
