//===--- CallableAnalysis.cpp - serialint ---------------------------------===//

#include "CallableAnalysis.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::serialint {

namespace {

bool isMoveOrForward(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() != 1 || !Callee->isInStdNamespace())
    return false;
  const IdentifierInfo *Id = Callee->getIdentifier();
  return Id && (Id->isStr("move") || Id->isStr("forward"));
}

bool isCopyOrMove(const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  return Construct.getNumArgs() >= 1 && Ctor &&
         (Ctor->isCopyOrMoveConstructor() || Ctor->isConvertingConstructor(false));
}

// One unwrapping step; null when there is nothing left to take off.
const Expr *unwrapOnce(const Expr *E) {
  if (const auto *Paren = dyn_cast<ParenExpr>(E))
    return Paren->getSubExpr();
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return Cast->getSubExpr();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return Temp->getSubExpr();
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Bind->getSubExpr();
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return Cleanups->getSubExpr();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return isCopyOrMove(*Construct) ? Construct->getArg(0) : nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return isMoveOrForward(*Call) ? Call->getArg(0) : nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    // Only a local's initializer is known to be what reaches the call; a
    // parameter or a global could hold anything.
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->isLocalVarDecl())
      return Var->getInit();
  }
  return nullptr;
}

} // namespace

const Expr *resolveCallable(const Expr *Arg) {
  const Expr *Current = Arg;
  // A bound keeps a self-referencing initializer from looping forever.
  for (int Step = 0; Current && Step < 64; ++Step) {
    const Expr *Next = unwrapOnce(Current);
    if (!Next)
      return Current;
    Current = Next;
  }
  return Current;
}

const LambdaExpr *resolveLambda(const Expr *Arg) {
  return dyn_cast_or_null<LambdaExpr>(resolveCallable(Arg));
}

} // namespace clang::tidy::serialint
