//===--- CompileDatabase.h - serialint command ----------------------------===//
//
// Where the compile flags come from: flags after `--`, `-p DIR`, or the
// nearest compile_commands.json (or compile_flags.txt) above the first file,
// and which files the run covers.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_COMPILEDATABASE_H
#define SERIALINT_TOOL_COMPILEDATABASE_H

#include "Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <string>
#include <vector>

namespace serialint::tool {

/// Ends the run with a usage error for a file that cannot be checked: missing,
/// a directory, not C or C++ by its name, or binary.
void validateInputFiles(const std::vector<std::string> &Files);

/// The database the options point at, with clang's resource directory added
/// to every command; a usage error when there is none.
std::unique_ptr<clang::tooling::CompilationDatabase> loadCompilations(Options &Opts);

/// The files named on the command line, or every C and C++ file of the
/// database when none are.
std::vector<std::string> filesToCheck(const Options &Opts,
                                      const clang::tooling::CompilationDatabase &Database);

} // namespace serialint::tool

#endif
