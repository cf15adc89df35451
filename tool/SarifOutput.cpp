//===--- SarifOutput.cpp - serialint command ------------------------------===//
//
// SARIF 2.1.0, the form GitHub code scanning takes: one rule per check, a
// result per diagnostic with its notes as related locations and its fix-its
// as fixes. Paths below the working directory are relative to %SRCROOT%, so
// an upload from the repository root lines up with the repository.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace serialint::tool {
namespace {

const char *const SourceRoot = "%SRCROOT%";

llvm::StringRef ruleDescription(llvm::StringRef Check) {
  if (Check == "serialint-pool-callable")
    return "A callable passed to a pool API cannot be sent to another process";
  if (Check == "serialint-pool-payload")
    return "An argument passed to a pool API cannot be serialized for another process";
  if (Check.starts_with("clang-diagnostic-"))
    return "The compiler reported a problem";
  return "A serialint finding";
}

llvm::StringRef sarifLevel(Severity Level) {
  switch (Level) {
  case Severity::Remark:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

// RFC 3986: keep the unreserved characters and '/', escape the rest.
std::string uriEscape(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += static_cast<char>(C);
    else {
      Out += '%';
      Out += llvm::hexdigit(C >> 4);
      Out += llvm::hexdigit(C & 15);
    }
  }
  return Out;
}

void writeArtifact(llvm::json::OStream &J, llvm::StringRef AbsolutePath) {
  std::string Shown = displayPath(AbsolutePath);
  J.attributeObject("artifactLocation", [&] {
    if (llvm::sys::path::is_absolute(Shown)) {
      J.attribute("uri", "file://" + uriEscape(Shown));
    } else {
      J.attribute("uri", uriEscape(Shown));
      J.attribute("uriBaseId", SourceRoot);
    }
  });
}

void writeRegion(llvm::json::OStream &J, const Position &Begin, const Position *End) {
  J.attributeObject(End ? "deletedRegion" : "region", [&] {
    J.attribute("startLine", Begin.Line);
    J.attribute("startColumn", Begin.Column);
    if (End) {
      J.attribute("endLine", End->Line);
      J.attribute("endColumn", End->Column);
    }
  });
}

void writePhysicalLocation(llvm::json::OStream &J, const Message &M, SourceFiles &Sources) {
  J.attributeObject("physicalLocation", [&] {
    writeArtifact(J, M.File);
    Position At = Sources.locate(M.File, M.Offset);
    if (At.Line)
      writeRegion(J, At, nullptr);
  });
}

void writeFixes(llvm::json::OStream &J, const Diagnostic &D, SourceFiles &Sources) {
  llvm::StringMap<std::vector<const Edit *>> ByFile;
  std::vector<std::string> Order;
  for (const Edit &E : D.Main.Edits) {
    if (!ByFile.count(E.File))
      Order.push_back(E.File);
    ByFile[E.File].push_back(&E);
  }
  J.attributeArray("fixes", [&] {
    if (Order.empty())
      return;
    J.object([&] {
      J.attributeObject("description", [&] { J.attribute("text", "apply the fix-it"); });
      J.attributeArray("artifactChanges", [&] {
        for (const std::string &File : Order)
          J.object([&] {
            writeArtifact(J, File);
            J.attributeArray("replacements", [&] {
              for (const Edit *E : ByFile[File])
                J.object([&] {
                  Position Begin = Sources.locate(E->File, E->Offset);
                  Position End = Sources.locate(E->File, E->Offset + E->Length);
                  writeRegion(J, Begin, &End);
                  J.attributeObject("insertedContent", [&] { J.attribute("text", E->Text); });
                });
            });
          });
      });
    });
  });
}

void writeResult(llvm::json::OStream &J, const Diagnostic &D, unsigned RuleIndex,
                 SourceFiles &Sources) {
  J.object([&] {
    J.attribute("ruleId", D.Check);
    J.attribute("ruleIndex", RuleIndex);
    J.attribute("level", sarifLevel(D.Level));
    J.attributeObject("message", [&] { J.attribute("text", D.Main.Text); });
    J.attributeArray("locations", [&] {
      if (!D.Main.File.empty())
        J.object([&] { writePhysicalLocation(J, D.Main, Sources); });
    });
    J.attributeArray("relatedLocations", [&] {
      unsigned Id = 0;
      for (const Message &Note : D.Notes) {
        if (Note.File.empty())
          continue;
        J.object([&] {
          J.attribute("id", Id++);
          J.attributeObject("message", [&] { J.attribute("text", Note.Text); });
          writePhysicalLocation(J, Note, Sources);
        });
      }
    });
    writeFixes(J, D, Sources);
  });
}

std::vector<std::string> ruleIds(const RunResult &Result) {
  std::vector<std::string> Ids = {"serialint-pool-callable", "serialint-pool-payload"};
  for (const Diagnostic &D : Result.Diagnostics)
    if (std::find(Ids.begin(), Ids.end(), D.Check) == Ids.end())
      Ids.push_back(D.Check);
  return Ids;
}

void writeDriver(llvm::json::OStream &J, const std::vector<std::string> &Rules) {
  J.attributeObject("driver", [&] {
    J.attribute("name", "serialint");
    J.attribute("version", SERIALINT_VERSION);
    J.attribute("semanticVersion", SERIALINT_VERSION);
    J.attributeArray("rules", [&] {
      for (const std::string &Id : Rules)
        J.object([&] {
          J.attribute("id", Id);
          J.attributeObject("shortDescription",
                            [&] { J.attribute("text", ruleDescription(Id)); });
          J.attributeObject("defaultConfiguration", [&] {
            J.attribute("level", llvm::StringRef(Id).starts_with("clang-diagnostic-")
                                     ? "error"
                                     : "warning");
          });
        });
    });
  });
}

void writeInvocation(llvm::json::OStream &J, const RunResult &Result) {
  J.attributeArray("invocations", [&] {
    J.object([&] {
      J.attribute("executionSuccessful", Result.Failed.empty());
      J.attributeArray("toolExecutionNotifications", [&] {
        for (const FailedUnit &Unit : Result.Failed)
          J.object([&] {
            J.attribute("level", "error");
            J.attributeObject("message", [&] {
              J.attribute("text", "could not analyse '" + displayPath(Unit.File) +
                                      "': " + Unit.Why);
            });
            J.attributeArray("locations", [&] {
              J.object([&] {
                J.attributeObject("physicalLocation", [&] { writeArtifact(J, Unit.File); });
              });
            });
          });
      });
    });
  });
}

std::string workingDirectoryUri() {
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  return "file://" + uriEscape(Dir) + "/";
}

} // namespace

void printSarif(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS) {
  std::vector<std::string> Rules = ruleIds(Result);
  auto IndexOf = [&Rules](llvm::StringRef Id) {
    return static_cast<unsigned>(std::find(Rules.begin(), Rules.end(), Id) - Rules.begin());
  };
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeArray("runs", [&] {
      J.object([&] {
        J.attributeObject("tool", [&] { writeDriver(J, Rules); });
        J.attributeObject("originalUriBaseIds", [&] {
          J.attributeObject(SourceRoot, [&] { J.attribute("uri", workingDirectoryUri()); });
        });
        writeInvocation(J, Result);
        J.attributeArray("results", [&] {
          for (const Diagnostic &D : Result.Diagnostics)
            writeResult(J, D, IndexOf(D.Check), Sources);
        });
      });
    });
  });
  OS << "\n";
}

} // namespace serialint::tool
