//===--- SarifMerge.cpp - serialint command -------------------------------===//

#include "SarifMerge.h"
#include "AtomicFile.h"
#include "ExitStatus.h"
#include "SarifInput.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cassert>
#include <cstdlib>
#include <string>
#include <vector>

namespace json = llvm::json;

namespace serialint::tool {
namespace {

struct MergeArguments {
  std::vector<std::string> Inputs;
  std::string Output; // empty: stdout
};

MergeArguments parseMergeArguments(int Argc, const char **Argv) {
  MergeArguments Result;
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--help" || Arg == "-h") {
      llvm::outs() << "USAGE: serialint merge [options] <file.sarif>...\n\n"
                      "One SARIF run from several of serialint's (the shards of a CI matrix).\n\n"
                      "OPTIONS:\n"
                      "  -o <file>          Write the merged SARIF here (default: standard output)\n"
                      "  --output=<file>    The same\n";
      std::exit(Clean);
    } else if (Arg == "-o" || Arg == "--output") {
      if (I + 1 == Argc)
        usageError("merge: " + Arg + " needs a file name");
      Result.Output = Argv[++I];
    } else if (Arg.consume_front("--output=") || Arg.consume_front("-o=")) {
      Result.Output = Arg.str();
    } else if (Arg.starts_with("-") && Arg != "-") {
      usageError("merge: unknown option '" + Arg + "'");
    } else {
      Result.Inputs.push_back(Arg.str());
    }
  }
  if (Result.Inputs.empty())
    usageError("merge: no SARIF files given (serialint merge A.sarif B.sarif ... -o OUT)");
  return Result;
}

std::string canonical(const json::Value &Value) { return llvm::formatv("{0}", Value).str(); }

// Built afresh, not copied and erased from: LLVM 19's json::Object, copied
// after an erase, brings the erased member back without its value (its
// ObjectKey keeps the old string behind the tombstone), and printing it
// crashes. The fuzz target sarif_input found it.
json::Object withoutRuleIndex(const json::Object &Result) {
  json::Object Copy;
  for (const auto &[Key, Value] : Result)
    if (Key != "ruleIndex")
      Copy.try_emplace(Key, Value);
  return Copy;
}

class RunMerger {
public:
  explicit RunMerger(json::Object First) : Merged(std::move(First)) {
    json::Array &FirstResults = *Merged.getArray("results");
    json::Array Results = std::move(FirstResults);
    FirstResults.clear();
    // A run with no findings may have written no rules.
    if (const json::Array *Rules = Merged.getObject("tool")->getObject("driver")->getArray("rules"))
      addRules(*Rules);
    Success = invocationSucceeded(Merged);
    addNotifications(Merged);
    addResults(Results);
  }

  void add(const json::Object &Run) {
    if (const json::Array *Rules = Run.getObject("tool")->getObject("driver")->getArray("rules"))
      addRules(*Rules);
    Success = Success && invocationSucceeded(Run);
    addNotifications(Run);
    addResults(*Run.getArray("results"));
  }

  json::Value finish() {
    json::Object &Driver = *Merged.getObject("tool")->getObject("driver");
    Driver["rules"] = json::Array(RuleObjects);
    Merged["invocations"] = json::Array{json::Object{
        {"executionSuccessful", Success}, {"toolExecutionNotifications", std::move(Notes)}}};
    return json::Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", json::Array{std::move(Merged)}}};
  }

private:
  static bool invocationSucceeded(const json::Object &Run) {
    if (const json::Array *Invocations = Run.getArray("invocations"))
      for (const json::Value &Invocation : *Invocations)
        if (const json::Object *I = Invocation.getAsObject())
          if (I->getBoolean("executionSuccessful") == false)
            return false;
    return true;
  }

  void addRules(const json::Array &Rules) {
    for (const json::Value &Rule : Rules)
      if (const json::Object *R = Rule.getAsObject())
        if (auto Id = R->getString("id"); Id && RuleIds.insert(*Id).second) {
          RuleOrder.push_back(Id->str());
          RuleObjects.push_back(json::Object(*R));
        }
  }

  unsigned indexOf(llvm::StringRef Id) const {
    return static_cast<unsigned>(std::find(RuleOrder.begin(), RuleOrder.end(), Id) -
                                 RuleOrder.begin());
  }

  void addNotifications(const json::Object &Run) {
    if (const json::Array *Invocations = Run.getArray("invocations"))
      for (const json::Value &Invocation : *Invocations)
        if (const json::Object *I = Invocation.getAsObject())
          if (const json::Array *List = I->getArray("toolExecutionNotifications"))
            for (const json::Value &Note : *List)
              if (NoteKeys.insert(canonical(Note)).second)
                Notes.push_back(Note);
  }

  // A result is the same finding as another when all but its ruleIndex, which
  // points into its own run's rules, is the same.
  void addResults(const json::Array &Results) {
    json::Array &Out = *Merged.getArray("results");
    for (const json::Value &Result : Results) {
      const json::Object *R = Result.getAsObject();
      if (!R)
        continue;
      json::Object Copy = withoutRuleIndex(*R);
      if (!ResultKeys.insert(canonical(json::Value(json::Object(Copy)))).second)
        continue;
      if (auto Id = Copy.getString("ruleId"))
        Copy["ruleIndex"] = indexOf(*Id);
      Out.push_back(std::move(Copy));
    }
  }

  json::Object Merged;
  std::vector<std::string> RuleOrder;
  llvm::StringSet<> RuleIds;
  json::Array RuleObjects;
  llvm::StringSet<> ResultKeys;
  llvm::StringSet<> NoteKeys;
  json::Array Notes;
  bool Success = true;
};

} // namespace

json::Value mergeRuns(std::vector<json::Object> Runs) {
  assert(!Runs.empty() && "nothing to merge");
  RunMerger Merger(std::move(Runs.front()));
  for (std::size_t I = 1; I < Runs.size(); ++I)
    Merger.add(Runs[I]);
  return Merger.finish();
}

int runMerge(int Argc, const char **Argv) {
  MergeArguments Args = parseMergeArguments(Argc, Argv);
  std::vector<json::Object> Runs;
  for (const std::string &Input : Args.Inputs)
    Runs.push_back(readSerialintRun(Input, "merge"));
  json::Value Document = mergeRuns(std::move(Runs));
  if (Args.Output.empty()) {
    llvm::outs() << llvm::formatv("{0:2}", Document) << "\n";
    return Clean;
  }
  // Whole or not at all: a CI step that uploads it must not find half a run.
  std::string Text = llvm::formatv("{0:2}", Document).str() + "\n";
  if (llvm::Error Error = writeFileAtomically(Args.Output, Text))
    usageError("merge: cannot write '" + Args.Output + "': " + llvm::toString(std::move(Error)));
  return Clean;
}

} // namespace serialint::tool
