//===--- FuzzSupport.h - serialint fuzz targets ---------------------------===//
//
// What every target asserts of serialint's answers. A broken promise aborts,
// so libFuzzer keeps the input as a crash, as it keeps a sanitizer's report.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TEST_FUZZ_FUZZSUPPORT_H
#define SERIALINT_TEST_FUZZ_FUZZSUPPORT_H

#include "llvm/ADT/StringRef.h"
#include <cstdio>
#include <cstdlib>

namespace serialint::fuzz {

[[noreturn]] inline void brokenPromise(const char *Promise, llvm::StringRef Detail) {
  std::fprintf(stderr, "serialint fuzz: broken promise: %s: %.*s\n", Promise,
               static_cast<int>(Detail.size()), Detail.data());
  std::abort();
}

inline void expect(bool Holds, const char *Promise, llvm::StringRef Detail = "") {
  if (!Holds)
    brokenPromise(Promise, Detail);
}

// Bad input gets one line that says what is wrong.
inline void expectOneLineMessage(llvm::StringRef Message) {
  expect(!Message.trim().empty(), "an error message says something");
  expect(!Message.contains('\n') && !Message.contains('\r'), "an error message is one line",
         Message);
}

} // namespace serialint::fuzz

#endif
