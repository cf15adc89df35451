//===--- Output.h - serialint command -------------------------------------===//
//
// The three forms of a result: clang's text, a JSON document, SARIF 2.1.0.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_OUTPUT_H
#define SERIALINT_TOOL_OUTPUT_H

#include "Options.h"
#include "Results.h"
#include "SourceFiles.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

void printText(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS);
void printJson(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS);
void printSarif(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS);

/// One line on stderr per translation unit that could not be analysed.
void printFailures(const RunResult &Result, llvm::raw_ostream &OS);

llvm::StringRef severityName(Severity Level);

} // namespace serialint::tool

#endif
