//===--- JsonOutput.cpp - serialint command -------------------------------===//
//
// One JSON document for scripts: every diagnostic with its notes and fixes,
// and the translation units that could not be analysed.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Paths.h"
#include "llvm/Support/JSON.h"

namespace serialint::tool {
namespace {

void writeLocation(llvm::json::OStream &J, const Message &M, SourceFiles &Sources) {
  if (M.File.empty())
    return;
  Position At = Sources.locate(M.File, M.Offset);
  J.attribute("file", displayPath(M.File));
  J.attribute("line", At.Line);
  J.attribute("column", At.Column);
  J.attribute("offset", M.Offset);
}

void writeEdits(llvm::json::OStream &J, const std::vector<Edit> &Edits) {
  J.attributeArray("fixes", [&] {
    for (const Edit &E : Edits)
      J.object([&] {
        J.attribute("file", displayPath(E.File));
        J.attribute("offset", E.Offset);
        J.attribute("length", E.Length);
        J.attribute("replacement", E.Text);
      });
  });
}

void writeDiagnostic(llvm::json::OStream &J, const Diagnostic &D, SourceFiles &Sources) {
  J.object([&] {
    J.attribute("check", D.Check);
    J.attribute("severity", severityName(D.Level));
    J.attribute("message", D.Main.Text);
    writeLocation(J, D.Main, Sources);
    J.attributeArray("notes", [&] {
      for (const Message &Note : D.Notes)
        J.object([&] {
          J.attribute("message", Note.Text);
          writeLocation(J, Note, Sources);
        });
    });
    writeEdits(J, D.Main.Edits);
  });
}

} // namespace

void printJson(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("tool", "serialint");
    J.attribute("version", SERIALINT_VERSION);
    J.attribute("translationUnits", Result.UnitsChecked);
    J.attributeArray("diagnostics", [&] {
      for (const Diagnostic &D : Result.Diagnostics)
        writeDiagnostic(J, D, Sources);
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
