//===--- sarif_input.cpp - serialint fuzz target --------------------------===//
//
// The reader of serialint's SARIF (tool/SarifInput.h), behind `--baseline`
// and `serialint merge`: any text is taken as a run or refused in one line.
// A run taken is a baseline, merges with itself into one run that the reader
// takes again, and merging it twice adds no result.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "SarifInput.h"
#include "SarifMerge.h"
#include <cstddef>
#include <cstdint>
#include <string>

namespace json = llvm::json;
using serialint::fuzz::brokenPromise;
using serialint::fuzz::expect;
using serialint::fuzz::expectOneLineMessage;

namespace {

std::size_t resultCount(const json::Value &Document) {
  llvm::Expected<json::Object> Run = serialint::tool::parseSerialintRun(llvm::formatv("{0}", Document).str());
  if (!Run)
    brokenPromise("a merged run reads back", llvm::toString(Run.takeError()));
  return Run->getArray("results")->size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  const llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<json::Object> Run = serialint::tool::parseSerialintRun(Text);
  if (!Run) {
    expectOneLineMessage(llvm::toString(Run.takeError()));
    return 0;
  }
  const serialint::tool::Baseline Earlier = serialint::tool::baselineOf("fuzz.sarif", *Run);
  for (const auto &Entry : Earlier.Results)
    expect(!Entry.getKey().empty(), "every baseline result has a fingerprint");
  const std::size_t Once = resultCount(serialint::tool::mergeRuns({*Run}));
  const std::size_t Twice = resultCount(serialint::tool::mergeRuns({*Run, *Run}));
  expect(Once == Twice, "merging a run with itself adds no result",
         std::to_string(Once) + " then " + std::to_string(Twice));
  return 0;
}
