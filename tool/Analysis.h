//===--- Analysis.h - serialint command -----------------------------------===//
//
// One translation unit through clang-tidy's library, in a worker process.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_ANALYSIS_H
#define SERIALINT_TOOL_ANALYSIS_H

#include "Options.h"
#include "Report.h"
#include "clang/Tooling/CompilationDatabase.h"

namespace serialint::tool {

UnitReport analyzeUnit(const Options &Opts,
                       const clang::tooling::CompilationDatabase &Database,
                       const std::string &File);

/// The path as an absolute, normalised one: the form every report uses.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef BaseDirectory = "");

} // namespace serialint::tool

#endif
