//===--- Output.h - serialint command -------------------------------------===//
//
// The three forms of a result, all from the same ClangTidyErrors: clang-tidy's
// text, printed by clang-tidy itself; a JSON document; SARIF 2.1.0.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_OUTPUT_H
#define SERIALINT_TOOL_OUTPUT_H

#include "Results.h"
#include "SarifInput.h"
#include "SourcePositions.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

/// On stdout, through clang::tidy::handleErrors, which also applies the
/// fix-its when \p ApplyFixes is set, as `clang-tidy --fix` does.
void printText(const RunResult &Result, clang::tidy::ClangTidyContext &Context,
               bool ApplyFixes);
void printJson(const RunResult &Result, SourcePositions &Positions, llvm::raw_ostream &OS);
/// With a baseline, each result says whether it is new or unchanged, and
/// the baseline's results no longer found follow, marked absent.
void printSarif(const RunResult &Result, SourcePositions &Positions, llvm::raw_ostream &OS,
                const Baseline *Earlier = nullptr);

/// One line on stderr per translation unit that could not be analysed.
void printFailures(const RunResult &Result, llvm::raw_ostream &OS);

/// "remark", "warning" or "error", a warning-as-error being an error.
llvm::StringRef severityName(const clang::tidy::ClangTidyError &Error);

} // namespace serialint::tool

#endif
