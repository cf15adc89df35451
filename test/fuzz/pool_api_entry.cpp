//===--- pool_api_entry.cpp - serialint fuzz target -----------------------===//
//
// The one syntax of pool-API entries (checks/PoolApiSyntax.h), as a user
// writes it in `PoolAPIs`, a profile's .def holds it, and a
// SERIALINT_POOL_API annotation writes its settings. An entry that parses
// prints to a text that parses to the same entry; one that does not gets a
// one-line error.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "PoolApiSyntax.h"
#include "llvm/ADT/StringExtras.h"
#include <cstddef>
#include <cstdint>

using namespace clang::tidy::serialint;
using serialint::fuzz::expect;
using serialint::fuzz::expectOneLineMessage;

namespace {

void expectPrintedFormIsAFixedPoint(const PoolApi &Api) {
  const std::string Printed = printPoolApiEntry(Api);
  llvm::Expected<PoolApi> Again = parsePoolApiEntry(Printed);
  if (!Again) {
    const std::string Why = llvm::toString(Again.takeError());
    serialint::fuzz::brokenPromise("a printed entry parses", Printed + " -> " + Why);
  }
  expect(printPoolApiEntry(*Again) == Printed, "printing a parsed printed entry changes nothing",
         Printed);
}

template <class Parsed> void check(Parsed Result) {
  if (Result)
    expectPrintedFormIsAFixedPoint(*Result);
  else
    expectOneLineMessage(llvm::toString(Result.takeError()));
}

// An annotated function's name as the AST gives it: identifiers joined by
// `::` (never first, never empty), or an operator() (HPX's actions are called
// through one).
std::string qualifiedName(llvm::StringRef Line) {
  std::string Name;
  for (char C : Line)
    if (llvm::isAlnum(C) || C == '_' || C == ':')
      Name += C;
  if (llvm::StringRef(Name).ends_with("operator"))
    Name += "()";
  const llvm::StringRef Written = llvm::StringRef(Name).ltrim(':');
  return Written.empty() ? "ns::submit" : Written.str();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  const llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  check(parsePoolApiEntry(Text));
  // The annotation's settings, with and without a name an entry could have.
  check(parsePoolApiSpec("ns::submit", Text));
  const auto [Line, Spec] = Text.split('\n');
  check(parsePoolApiSpec(qualifiedName(Line), Spec));
  return 0;
}
