//===--- MemberWrapper.h - serialint --------------------------------------===//
//
// The free function a by-name API can ship in place of a bound member
// function (the `work_wrapper` of seed 003), written out in full so that a
// note can show it: it takes the object by value, so the object travels and
// the function is found by its name.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_MEMBERWRAPPER_H
#define SERIALINT_CHECKS_MEMBERWRAPPER_H

#include "clang/AST/DeclCXX.h"
#include <optional>
#include <string>

namespace clang::tidy::serialint {

struct MemberWrapper {
  std::string Name;       ///< `apply_model`
  std::string Definition; ///< `int apply_model(Model model, int x) { return model.Apply(x); }`
};

/// The wrapper for `Method`, or nothing when it cannot be written with
/// certainty (a template, a variadic or `&&`-qualified member).
std::optional<MemberWrapper> memberWrapper(const CXXMethodDecl &Method, const ASTContext &Context);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_MEMBERWRAPPER_H
