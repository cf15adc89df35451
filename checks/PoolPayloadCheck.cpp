//===--- PoolPayloadCheck.cpp - serialint ---------------------------------===//

#include "PoolPayloadCheck.h"
#include "CallableAnalysis.h"
#include "Findings.h"
#include "SerializerModel.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::serialint {

namespace {

// `send(dest, tag, const T *values, int n)` and kin ship the array, not the
// pointer.
bool isArrayOverload(const FunctionDecl &Callee, unsigned ParamIndex) {
  if (ParamIndex + 1 >= Callee.getNumParams())
    return false;
  return Callee.getParamDecl(ParamIndex)->getType()->isPointerType() &&
         Callee.getParamDecl(ParamIndex + 1)->getType()->isIntegerType();
}

// `std::move(p)` has the type std::move's declaration spells,
// `typename std::remove_reference<partition &>::type`; `p` has the type the
// user wrote.
const Expr *asWritten(const Expr *Arg) {
  Arg = Arg->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(Arg); Call && isMoveOrForward(*Call))
    return asWritten(Call->getArg(0));
  return Arg;
}

} // namespace

PoolPayloadCheck::PoolPayloadCheck(StringRef Name, ClangTidyContext *Context)
    : PoolApiCheck(Name, Context) {}

void PoolPayloadCheck::checkCall(const PoolCall &Call, const PoolApi &Api,
                                 ASTContext &Context) {
  if (Call.Site->isInstantiationDependent())
    return;
  for (unsigned Index : Call.PayloadIndexes) {
    const Expr *Arg = Call.Args[Index];
    // The argument as written keeps its alias; deduction would drop it.
    QualType Shipped = asWritten(Arg)->getType().getNonReferenceType();
    if (Shipped->isDependentType())
      continue;
    if (Api.CountedArrays && isArrayOverload(*Call.Callee, Index))
      Shipped = Shipped->isArrayType() ? Context.getAsArrayType(Shipped)->getElementType()
                                       : Shipped->getPointeeType();
    checkArgument(*Arg, Index, Shipped, Api, Context);
  }
}

void PoolPayloadCheck::checkArgument(const Expr &Arg, unsigned Index, QualType Shipped,
                                     const PoolApi &Api, ASTContext &Context) {
  const Verdict &V = model(Context).judge(Shipped, Api.WireBackend);
  if (V.Shippable)
    return;
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const std::string Root = rootName(Arg, Index, Context);
  Finding F;
  F.At = Arg.getBeginLoc();
  F.Message = "argument '" + Root + "' of type '" + typeName(Shipped, Policy) +
              "' cannot be sent to another process by '" + Api.displayName().str() +
              "': " + describeCulprit(Root, V, Policy, Shipped);
  F.explain(V, Policy);
  F.FixNote = fixHint(V, Api.WireBackend, Policy);
  report(F);
}

} // namespace clang::tidy::serialint
