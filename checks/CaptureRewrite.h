//===--- CaptureRewrite.h - serialint -------------------------------------===//
//
// The certain fix for a closure that holds more than it should, in the
// spirit of Spark's and Flink's ClosureCleaner: a capture list of exactly
// what the body uses, each by copy, and each member read through `this` as
// an init-capture of its value (`[this]` reading `scale` -> `[scale = scale]`).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_CAPTUREREWRITE_H
#define SERIALINT_CHECKS_CAPTUREREWRITE_H

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace clang::tidy::serialint {

struct CaptureRewrite {
  /// The capture list as written, `[&]` or `[=, this]`.
  CharSourceRange Range;
  /// What replaces it, `[factor, scale = scale]`.
  std::string Replacement;
};

/// The rewrite of a list with a capture default or `this`, when it is
/// certainly right: the list is plain text, every
/// capture is a simple one, everything the body uses through a reference or
/// `this` is only read, and `Ships` says each copied value can travel.
/// Members are taken only when the body names them alone (`scale`, not
/// `this->scale` nor a call of a member function).
std::optional<CaptureRewrite> rewriteCaptures(const LambdaExpr &Lambda, ASTContext &Context,
                                              llvm::function_ref<bool(QualType)> Ships);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_CAPTUREREWRITE_H
