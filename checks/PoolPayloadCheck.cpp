//===--- PoolPayloadCheck.cpp - serialint ---------------------------------===//

#include "PoolPayloadCheck.h"
#include "Findings.h"
#include "SerializerModel.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::serialint {

namespace {

// Boost.MPI's `send(dest, tag, const T *values, int n)` and kin ship the
// array, not the pointer.
bool isArrayOverload(const FunctionDecl &Callee, unsigned ParamIndex) {
  if (ParamIndex + 1 >= Callee.getNumParams())
    return false;
  return Callee.getParamDecl(ParamIndex)->getType()->isPointerType() &&
         Callee.getParamDecl(ParamIndex + 1)->getType()->isIntegerType();
}

} // namespace

PoolPayloadCheck::PoolPayloadCheck(StringRef Name, ClangTidyContext *Context)
    : PoolApiCheck(Name, Context),
      PoolHandleTypes(
          Options.getLocalOrGlobal("PoolHandleTypes", defaultPoolHandleTypes().str())) {
  std::string Error;
  if (!llvm::Regex(PoolHandleTypes).isValid(Error))
    configurationDiag("invalid regular expression '%0' in option '%1.PoolHandleTypes': %2",
                      DiagnosticIDs::Error)
        << PoolHandleTypes << Name << Error;
}

void PoolPayloadCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  PoolApiCheck::storeOptions(Opts);
  Options.store(Opts, "PoolHandleTypes", PoolHandleTypes);
}

TypeModel &PoolPayloadCheck::model(ASTContext &Context) {
  if (!Model)
    Model = std::make_unique<TypeModel>(Context, TypeModelOptions{PoolHandleTypes});
  return *Model;
}

void PoolPayloadCheck::checkCall(const PoolCall &Call, const PoolApi &Api,
                                 ASTContext &Context) {
  if (Call.Site->isInstantiationDependent())
    return;
  for (unsigned Index : Call.PayloadIndexes) {
    const Expr *Arg = Call.Args[Index];
    // The argument as written keeps its alias; deduction would drop it.
    QualType Shipped = Arg->IgnoreParenImpCasts()->getType().getNonReferenceType();
    if (Shipped->isDependentType())
      continue;
    const FunctionDecl &Callee = *Call.Callee;
    if (Api.WireBackend == Backend::BoostSerialization && isArrayOverload(Callee, Index))
      Shipped = Shipped->isArrayType() ? Context.getAsArrayType(Shipped)->getElementType()
                                       : Shipped->getPointeeType();
    Backend Via = Api.WireBackend;
    if (Via == Backend::BoostSerialization && isMpiDatatype(Shipped, Context))
      Via = Backend::Bitwise;
    checkArgument(*Arg, Index, Shipped, Via, Api, Context);
  }
}

void PoolPayloadCheck::checkArgument(const Expr &Arg, unsigned Index, QualType Shipped,
                                     Backend Via, const PoolApi &Api, ASTContext &Context) {
  const Verdict &V = model(Context).judge(Shipped, Via);
  if (V.Shippable)
    return;
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const std::string Root = rootName(Arg, Index, Context);
  diag(Arg.getBeginLoc(), "argument '%0' of type '%1' cannot be sent to another process "
                          "by '%2': %3")
      << Root << typeName(Shipped, Policy) << Api.displayName()
      << describeCulprit(Root, V, Policy);
  for (const Note &N : pathNotes(V, Policy))
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  if (!V.Detail.empty())
    diag(Arg.getBeginLoc(), "'%0' %1", DiagnosticIDs::Note)
        << typeName(V.Culprit, Policy) << V.Detail;
  diag(Arg.getBeginLoc(), "%0", DiagnosticIDs::Note) << fixHint(V, Via, Policy);
}

} // namespace clang::tidy::serialint
