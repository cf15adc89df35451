//===--- UnsentMemberCheck.h - serialint ----------------------------------===//
//
// Flags a member that the work run in the other process reads, but that the
// payload's serializer never writes: the worker reads the value a default
// constructed object has, not the sender's (SpotBugs'
// SE_TRANSIENT_FIELD_NOT_RESTORED, for C++ pool APIs).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_UNSENTMEMBERCHECK_H
#define SERIALINT_CHECKS_UNSENTMEMBERCHECK_H

#include "PoolApiCheck.h"
#include "SerializerModel.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::serialint {

class UnsentMemberCheck : public PoolApiCheck {
public:
  UnsentMemberCheck(StringRef Name, ClangTidyContext *Context);
  void onStartOfTranslationUnit() override;

private:
  void checkCall(const PoolCall &Call, const PoolApi &Api, ASTContext &Context) override;
  /// The function that runs on the far side with the payload as its
  /// arguments, when its body is in this translation unit.
  const FunctionDecl *receiver(const PoolCall &Call, const PoolApi &Api) const;
  const FunctionDecl *callerReceiver(const Expr &Object) const;
  void checkParameter(const PoolApi &Api, const CXXRecordDecl &Payload,
                      const WrittenFields &Written, const FunctionDecl &Work,
                      const ParmVarDecl &Param, ASTContext &Context);

  /// (field, read) pairs already reported: a function shipped by several
  /// calls is told once.
  llvm::DenseSet<std::pair<const FieldDecl *, unsigned>> Reported;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_UNSENTMEMBERCHECK_H
