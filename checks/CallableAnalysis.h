//===--- CallableAnalysis.h - serialint -----------------------------------===//
//
// Finds what a pool API is really handed as its callable: through
// parentheses, casts, std::move/std::forward, temporaries and the initializer
// of a local variable (`auto f = [&] {...}; rpc(0, f);`).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_CALLABLEANALYSIS_H
#define SERIALINT_CHECKS_CALLABLEANALYSIS_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::serialint {

/// The expression a callable argument came from, with every wrapper that
/// does not change which callable it is taken off.
const Expr *resolveCallable(const Expr *Arg);

/// The lambda a callable argument came from, or null.
const LambdaExpr *resolveLambda(const Expr *Arg);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_CALLABLEANALYSIS_H
