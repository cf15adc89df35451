//===--- RuntimeTraits.cpp - serialint ------------------------------------===//

#include "RuntimeTraits.h"
#include "SerializerModel.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::serialint {

namespace {

// A static data member of the class or of one of its bases: `value` of a
// pool_handle derived from std::true_type.
const VarDecl *staticMember(const CXXRecordDecl &Record, llvm::StringRef Name) {
  for (const NamedDecl *D : Record.lookup(&Record.getASTContext().Idents.get(Name)))
    if (const auto *Var = dyn_cast<VarDecl>(D))
      return Var;
  for (const CXXBaseSpecifier &Base : Record.bases())
    if (const CXXRecordDecl *BaseRecord = Base.getType()->getAsCXXRecordDecl())
      if (const VarDecl *Var = staticMember(*BaseRecord, Name))
        return Var;
  return nullptr;
}

std::optional<llvm::APSInt> integerValue(const VarDecl &Var) {
  const Expr *Init = Var.getAnyInitializer();
  if (!Init || Init->isValueDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!Init->EvaluateAsInt(Result, Var.getASTContext()))
    return std::nullopt;
  return Result.Val.getInt();
}

std::string stringValue(const VarDecl *Var) {
  if (!Var || !Var->getAnyInitializer())
    return "";
  if (const auto *Text =
          dyn_cast<StringLiteral>(Var->getAnyInitializer()->IgnoreParenImpCasts()))
    return Text->getString().str();
  return "";
}

// The user's word against T; judge() names T the culprit.
Verdict unshippable(Reason Why, std::string AuthorWhy = "") {
  Verdict V;
  V.Shippable = false;
  V.Why = Why;
  V.AuthorWhy = std::move(AuthorWhy);
  return V;
}

// `reason` (with an optional `why`), or `serializable`, which the runtime
// takes to vouch for the type whatever its value.
std::optional<Verdict> classified(const CXXRecordDecl &Spec) {
  if (staticMember(Spec, "serializable"))
    return Verdict();
  const VarDecl *Said = staticMember(Spec, "reason");
  if (!Said)
    return std::nullopt; // the runtime refuses to compile it
  std::optional<llvm::APSInt> Id = integerValue(*Said);
  if (!Id || Id->getExtValue() < 0 ||
      Id->getExtValue() >= static_cast<int64_t>(::serialint::reason_table.size()))
    return std::nullopt;
  return unshippable(static_cast<Reason>(Id->getExtValue()),
                     stringValue(staticMember(Spec, "why")));
}

} // namespace

std::optional<Verdict> judgeByRuntimeTraits(QualType T, ASTContext &Context) {
  if (const ClassTemplateSpecializationDecl *Classify =
          traitSpecialisationFor(T, Context, "serialint", "classify"))
    return classified(*Classify);
  if (const ClassTemplateSpecializationDecl *Pool =
          traitSpecialisationFor(T, Context, "serialint", "pool_handle"))
    if (const VarDecl *Value = staticMember(*Pool, "value"))
      if (std::optional<llvm::APSInt> IsPool = integerValue(*Value); IsPool && *IsPool != 0)
        return unshippable(Reason::pool_handle);
  return std::nullopt;
}

} // namespace clang::tidy::serialint
