//===--- PoolCallableCheck.h - serialint ----------------------------------===//
//
// Flags callables handed to a pool API that cannot reach the worker the way
// that API ships them: a lambda sent to an API that finds functions by name.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLCALLABLECHECK_H
#define SERIALINT_CHECKS_POOLCALLABLECHECK_H

#include "PoolApiCheck.h"

namespace clang::tidy::serialint {

class PoolCallableCheck : public PoolApiCheck {
public:
  PoolCallableCheck(StringRef Name, ClangTidyContext *Context)
      : PoolApiCheck(Name, Context) {}

private:
  void checkCall(const CallExpr &Call, const FunctionDecl &Callee, const PoolApi &Api,
                 ASTContext &Context) override;
  void checkByName(const PoolApi &Api, const LambdaExpr &Lambda);
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLCALLABLECHECK_H
