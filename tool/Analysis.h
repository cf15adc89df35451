//===--- Analysis.h - serialint command -----------------------------------===//
//
// One translation unit through clang-tidy's library, in a worker process.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_ANALYSIS_H
#define SERIALINT_TOOL_ANALYSIS_H

#include "Options.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <vector>

namespace serialint::tool {

/// clang-tidy's errors for the file, every path in them absolute.
std::vector<clang::tidy::ClangTidyError>
analyzeUnit(const Options &Opts, const clang::tooling::CompilationDatabase &Database,
            const std::string &File);

/// The path as an absolute, normalised one: the form every report uses.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef BaseDirectory = "");

} // namespace serialint::tool

#endif
