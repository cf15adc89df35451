//===--- check_options.cpp - serialint fuzz target ------------------------===//
//
// The `.clang-tidy` option values serialint's checks read: `Profiles` (a
// list), `PoolAPIs` (a list of entries), and the regular expressions
// `PoolHandleTypes` and `AssumeRegistered`, which are matched against every
// type and function name the checks meet. Each list is taken into the
// registry or refused with one line per fault, every entry taken prints to
// a text that reads back, and a pattern either is refused or matches in
// bounded time (libFuzzer's -timeout turns a runaway match into a failure).
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "PoolApiRegistry.h"
#include "PoolApiSyntax.h"
#include "TypeModel.h"
#include "llvm/Support/Regex.h"
#include <fuzzer/FuzzedDataProvider.h>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace clang::tidy::serialint;
using serialint::fuzz::expect;
using serialint::fuzz::expectOneLineMessage;

namespace {

void checkLists(const std::string &Profiles, const std::string &PoolAPIs) {
  std::vector<RegistryError> Errors;
  const PoolApiRegistry Registry = PoolApiRegistry::fromOptions(Profiles, PoolAPIs, Errors);
  for (const RegistryError &Error : Errors)
    expectOneLineMessage(Error.message("serialint-pool-callable."));
  for (const PoolApi &Api : Registry.entries()) {
    const std::string Printed = printPoolApiEntry(Api);
    llvm::Expected<PoolApi> Again = parsePoolApiEntry(Printed);
    if (!Again)
      serialint::fuzz::brokenPromise("a registry entry prints to a text that parses",
                                     Printed + " -> " + llvm::toString(Again.takeError()));
  }
}

// Names as the checks match them: qualified class and function names.
void checkPattern(const std::string &Pattern, const std::string &Subject) {
  llvm::Regex Regex(Pattern);
  std::string Error;
  if (!Regex.isValid(Error)) {
    expectOneLineMessage(Error);
    return;
  }
  for (llvm::StringRef Name : {"ThreadPool", "hpx::execution::parallel_executor",
                               "ygm::comm", "std::vector<int, std::allocator<int>>",
                               "ns::detail::worker_pool_handle", ""})
    (void)Regex.match(Name);
  (void)Regex.match(Subject);
  (void)Regex.match("::" + Subject);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  FuzzedDataProvider Input(Data, Size);
  const std::string Profiles = Input.ConsumeRandomLengthString(256);
  const std::string PoolAPIs = Input.ConsumeRandomLengthString(1024);
  const std::string Pattern = Input.ConsumeRandomLengthString(128);
  const std::string Subject = Input.ConsumeRemainingBytesAsString();
  checkLists(Profiles, PoolAPIs);
  checkLists(PoolApiRegistry::defaultProfiles(), PoolAPIs);
  checkPattern(Pattern, Subject);
  checkPattern(defaultPoolHandleTypes().str(), Subject);
  return 0;
}
