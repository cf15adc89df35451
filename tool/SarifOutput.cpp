//===--- SarifOutput.cpp - serialint command ------------------------------===//
//
// SARIF 2.1.0, the form GitHub code scanning takes: one rule per check, a
// result per diagnostic with its notes as related locations and its fix-its
// as fixes. Paths below the working directory are relative to %SRCROOT%, so
// an upload from the repository root lines up with the repository.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "Output.h"
#include "Paths.h"
#include "Fingerprint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace clang;
using clang::tidy::ClangTidyError;
using clang::tidy::serialint::CheckCatalog;
using clang::tidy::serialint::CheckInfo;

namespace serialint::tool {
namespace {

const char *const SourceRoot = "%SRCROOT%";
const CheckInfo *catalogEntry(llvm::StringRef Check) {
  for (const CheckInfo &Info : CheckCatalog)
    if (Check == llvm::StringRef(Info.Name.data(), Info.Name.size()))
      return &Info;
  return nullptr;
}

std::string ruleDescription(llvm::StringRef Check) {
  if (const CheckInfo *Info = catalogEntry(Check))
    return std::string(Info->Summary);
  if (Check.starts_with("clang-diagnostic-"))
    return "The compiler reported a problem";
  return "A serialint finding";
}

llvm::StringRef sarifLevel(const ClangTidyError &Error) {
  llvm::StringRef Severity = severityName(Error);
  return Severity == "remark" ? "note" : Severity;
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

void writePhysicalLocation(llvm::json::OStream &J, const tooling::DiagnosticMessage &M,
                           SourcePositions &Positions) {
  J.attributeObject("physicalLocation", [&] {
    writeArtifact(J, M.FilePath);
    Position At = Positions.at(M.FilePath, M.FileOffset);
    if (At.Line)
      writeRegion(J, At, nullptr);
  });
}

void writeReplacements(llvm::json::OStream &J, const tooling::Replacements &Edits,
                       SourcePositions &Positions) {
  J.attributeArray("replacements", [&] {
    for (const tooling::Replacement &R : Edits)
      J.object([&] {
        Position Begin = Positions.at(R.getFilePath(), R.getOffset());
        Position End = Positions.at(R.getFilePath(), R.getOffset() + R.getLength());
        writeRegion(J, Begin, &End);
        J.attributeObject("insertedContent",
                          [&] { J.attribute("text", R.getReplacementText()); });
      });
  });
}

void writeFixes(llvm::json::OStream &J, const ClangTidyError &E, SourcePositions &Positions) {
  J.attributeArray("fixes", [&] {
    if (E.Message.Fix.empty())
      return;
    J.object([&] {
      J.attributeObject("description", [&] { J.attribute("text", "apply the fix-it"); });
      J.attributeArray("artifactChanges", [&] {
        for (const auto &FileEdits : E.Message.Fix)
          J.object([&] {
            writeArtifact(J, FileEdits.first());
            writeReplacements(J, FileEdits.second, Positions);
          });
      });
    });
  });
}

void writeResult(llvm::json::OStream &J, const ClangTidyError &E, unsigned RuleIndex,
                 SourcePositions &Positions, const Baseline *Earlier) {
  J.object([&] {
    if (Earlier)
      J.attribute("baselineState",
                  Earlier->Results.contains(fingerprintOf(E)) ? "unchanged" : "new");
    J.attribute("ruleId", E.DiagnosticName);
    J.attribute("ruleIndex", RuleIndex);
    J.attribute("level", sarifLevel(E));
    J.attributeObject("message", [&] { J.attribute("text", E.Message.Message); });
    J.attributeArray("locations", [&] {
      if (!E.Message.FilePath.empty())
        J.object([&] { writePhysicalLocation(J, E.Message, Positions); });
    });
    J.attributeArray("relatedLocations", [&] {
      unsigned Id = 0;
      for (const tooling::DiagnosticMessage &Note : E.Notes) {
        if (Note.FilePath.empty())
          continue;
        J.object([&] {
          J.attribute("id", Id++);
          J.attributeObject("message", [&] { J.attribute("text", Note.Message); });
          writePhysicalLocation(J, Note, Positions);
        });
      }
    });
    writeFixes(J, E, Positions);
    // Line numbers move with every edit above a finding; what it is does not.
    J.attributeObject("partialFingerprints", [&] {
      J.attribute(FingerprintKey, fingerprintOf(E));
    });
  });
}

std::vector<std::string> ruleIds(const RunResult &Result) {
  std::vector<std::string> Ids;
  for (const CheckInfo &Info : CheckCatalog)
    Ids.emplace_back(Info.Name);
  for (const ClangTidyError &E : Result.Errors)
    if (std::find(Ids.begin(), Ids.end(), E.DiagnosticName) == Ids.end())
      Ids.push_back(E.DiagnosticName);
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
          if (const CheckInfo *Info = catalogEntry(Id))
            J.attributeObject("help", [&] {
              J.attribute("text", "See " + std::string(Info->DocsPage) +
                                      " in the serialint documentation.");
            });
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

// The baseline's results this run no longer has, as they were written then.
std::vector<const llvm::json::Object *> absentResults(const Baseline &Earlier,
                                                      const RunResult &Result) {
  llvm::StringSet<> Now;
  for (const ClangTidyError &E : Result.Errors)
    Now.insert(fingerprintOf(E));
  std::vector<const llvm::json::Object *> Absent;
  for (const auto &Entry : Earlier.Results)
    if (!Now.contains(Entry.getKey()))
      Absent.push_back(&Entry.getValue());
  // StringMap's order is its hash's: sort for output that does not vary.
  llvm::sort(Absent, [](const llvm::json::Object *A, const llvm::json::Object *B) {
    return fingerprintOfResult(*A) < fingerprintOfResult(*B);
  });
  return Absent;
}

void addAbsentRules(std::vector<std::string> &Rules, const Baseline &Earlier,
                    const RunResult &Result) {
  for (const llvm::json::Object *Old : absentResults(Earlier, Result))
    if (auto Id = Old->getString("ruleId"))
      if (std::find(Rules.begin(), Rules.end(), *Id) == Rules.end())
        Rules.push_back(Id->str());
}

template <class IndexOfRule>
void writeAbsent(llvm::json::OStream &J, const Baseline &Earlier, const RunResult &Result,
                 const IndexOfRule &IndexOf) {
  for (const llvm::json::Object *Old : absentResults(Earlier, Result)) {
    llvm::json::Object Copy = *Old;
    Copy["baselineState"] = "absent";
    if (auto Id = Copy.getString("ruleId"))
      Copy["ruleIndex"] = IndexOf(*Id);
    J.value(llvm::json::Value(std::move(Copy)));
  }
}

std::string workingDirectoryUri() {
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  return "file://" + uriEscape(Dir) + "/";
}

} // namespace

void printSarif(const RunResult &Result, SourcePositions &Positions, llvm::raw_ostream &OS,
                const Baseline *Earlier) {
  std::vector<std::string> Rules = ruleIds(Result);
  if (Earlier)
    addAbsentRules(Rules, *Earlier, Result);
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
          for (const ClangTidyError &E : Result.Errors)
            writeResult(J, E, IndexOf(E.DiagnosticName), Positions, Earlier);
          if (Earlier)
            writeAbsent(J, *Earlier, Result, IndexOf);
        });
      });
    });
  });
  OS << "\n";
}

} // namespace serialint::tool
