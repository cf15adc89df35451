//===--- JsonOutput.cpp - serialint command -------------------------------===//
//
// One JSON document for scripts: every diagnostic with its notes and fixes,
// and the translation units that could not be analysed.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Paths.h"
#include "llvm/Support/JSON.h"

using namespace clang;
using clang::tidy::ClangTidyError;

namespace serialint::tool {
namespace {

void writeLocation(llvm::json::OStream &J, const tooling::DiagnosticMessage &M,
                   SourcePositions &Positions) {
  if (M.FilePath.empty())
    return;
  Position At = Positions.at(M.FilePath, M.FileOffset);
  J.attribute("file", displayPath(M.FilePath));
  J.attribute("line", At.Line);
  J.attribute("column", At.Column);
  J.attribute("offset", M.FileOffset);
}

void writeFixes(llvm::json::OStream &J, const tooling::DiagnosticMessage &M) {
  J.attributeArray("fixes", [&] {
    for (const auto &FileEdits : M.Fix)
      for (const tooling::Replacement &R : FileEdits.second)
        J.object([&] {
          J.attribute("file", displayPath(R.getFilePath()));
          J.attribute("offset", R.getOffset());
          J.attribute("length", R.getLength());
          J.attribute("replacement", R.getReplacementText());
        });
  });
}

void writeError(llvm::json::OStream &J, const ClangTidyError &E, SourcePositions &Positions) {
  J.object([&] {
    J.attribute("check", E.DiagnosticName);
    J.attribute("severity", severityName(E));
    J.attribute("message", E.Message.Message);
    writeLocation(J, E.Message, Positions);
    J.attributeArray("notes", [&] {
      for (const tooling::DiagnosticMessage &Note : E.Notes)
        J.object([&] {
          J.attribute("message", Note.Message);
          writeLocation(J, Note, Positions);
        });
    });
    writeFixes(J, E.Message);
  });
}

} // namespace

void printJson(const RunResult &Result, SourcePositions &Positions, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("tool", "serialint");
    J.attribute("version", SERIALINT_VERSION);
    J.attribute("translationUnits", Result.UnitsChecked);
    J.attributeArray("diagnostics", [&] {
      for (const ClangTidyError &E : Result.Errors)
        writeError(J, E, Positions);
    });
    J.attributeArray("failed", [&] {
      for (const FailedUnit &Unit : Result.Failed)
        J.object([&] {
          J.attribute("file", displayPath(Unit.File));
          J.attribute("reason", Unit.Why);
        });
    });
  });
  OS << "\n";
}

} // namespace serialint::tool
