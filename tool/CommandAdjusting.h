//===--- CommandAdjusting.h - serialint command ---------------------------===//
//
// A compile database's commands as serialint runs them: what serialint adds
// to every command, and what clang-tidy then does to it. Kept apart from the
// loading so that both can be tested, and fuzzed, on any command.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_COMMANDADJUSTING_H
#define SERIALINT_TOOL_COMMANDADJUSTING_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <string>
#include <vector>

namespace serialint::tool {

/// \p Base with serialint's adjusters: clang's resource directory unless the
/// command names one, and `-Wno-error` last.
std::unique_ptr<clang::tooling::CompilationDatabase>
withSerialintAdjusters(std::unique_ptr<clang::tooling::CompilationDatabase> Base);

/// The command line clang-tidy's runClangTidy compiles \p Command with.
std::vector<std::string> adjustedCommandLine(const clang::tooling::CompileCommand &Command,
                                             const clang::tidy::ClangTidyOptions &Config);

} // namespace serialint::tool

#endif
