//===--- PoolPayloadCheck.h - serialint -----------------------------------===//
//
// Judges every payload argument of a pool-API call with the type model, and
// names the member that cannot be shipped, step by step.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLPAYLOADCHECK_H
#define SERIALINT_CHECKS_POOLPAYLOADCHECK_H

#include "PoolApiCheck.h"
#include "TypeModel.h"
#include <memory>

namespace clang::tidy::serialint {

class PoolPayloadCheck : public PoolApiCheck {
public:
  PoolPayloadCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override { Model.reset(); }

private:
  void checkCall(const PoolCall &Call, const PoolApi &Api, ASTContext &Context) override;
  void checkArgument(const Expr &Arg, unsigned Index, QualType Shipped, Backend Via,
                     const PoolApi &Api, ASTContext &Context);
  TypeModel &model(ASTContext &Context);

  const std::string PoolHandleTypes;
  std::unique_ptr<TypeModel> Model;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLPAYLOADCHECK_H
