//===--- CallableNames.h - serialint --------------------------------------===//
//
// How a finding names the callable it is about, as the user wrote it: the
// lambda's introducer, a capture as its capture list spells it, the function
// a bind wraps, the qualified name of a member of a local class.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_CALLABLENAMES_H
#define SERIALINT_CHECKS_CALLABLENAMES_H

#include "CallableAnalysis.h"
#include <string>

namespace clang::tidy::serialint {

/// "lambda '[&total](int x)'", "member function 'Model::Apply' bound to an
/// object", "type-erased callable 'task' of type 'std::function<int (int)>'".
std::string describeCallable(const CallableKind &Callable, const ASTContext &Context);

/// A capture as written in the capture list: `x`, `[&x]`, `[this]`.
std::string captureSpelling(const UsedCapture &Use);

/// "'factor' and '[&offset]'", the captures the body uses.
std::string usedCaptureList(const LambdaExpr &Lambda);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_CALLABLENAMES_H
