//===--- RegistrationMacros.h - serialint -----------------------*- C++ -*-===//
//
// The functions a registration macro is called with, as written:
// `RAY_REMOTE(f, &Counter::Add)` gives `f` and `Counter::Add`. What a macro
// is called with is stable across a framework's releases; what it expands to
// is not.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_REGISTRATIONMACROS_H
#define SERIALINT_CHECKS_REGISTRATIONMACROS_H

#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class FunctionDecl;
class Preprocessor;
} // namespace clang

namespace clang::tidy::serialint {

class RegistrationMacros {
public:
  /// Watches `PP` for expansions of the macros in `Names`.
  void watch(Preprocessor &PP, llvm::StringSet<> Names);
  /// Whether a watched macro was called with `F`, by its name, qualified
  /// name, or a qualified name's tail (`square` for `app::square`).
  bool names(const FunctionDecl &F) const;

private:
  class Callbacks;
  llvm::StringSet<> Written;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_REGISTRATIONMACROS_H
