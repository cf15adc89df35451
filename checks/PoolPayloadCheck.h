//===--- PoolPayloadCheck.h - serialint -----------------------------------===//
//
// Judges every payload argument of a pool-API call with the type model, and
// names the member that cannot be shipped, step by step.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLPAYLOADCHECK_H
#define SERIALINT_CHECKS_POOLPAYLOADCHECK_H

#include "PoolApiCheck.h"

namespace clang::tidy::serialint {

class PoolPayloadCheck : public PoolApiCheck {
public:
  PoolPayloadCheck(StringRef Name, ClangTidyContext *Context);

private:
  void checkCall(const PoolCall &Call, const PoolApi &Api, ASTContext &Context) override;
  void checkArgument(const Expr &Arg, unsigned Index, QualType Shipped, const PoolApi &Api,
                     ASTContext &Context);
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLPAYLOADCHECK_H
