//===--- CaptureRewrite.cpp - serialint -----------------------------------===//

#include "CaptureRewrite.h"
#include "CallableAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::serialint {

namespace {

// What the body does with `this`: the fields it reads through it, and
// whether it does anything else with it.
class ThisUses : public RecursiveASTVisitor<ThisUses> {
public:
  bool VisitCXXThisExpr(CXXThisExpr *) {
    ++Uses;
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    const auto *This = dyn_cast<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts());
    if (!This)
      return true;
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field || !This->isImplicit() || Member->getQualifier())
      return true; // counted as another use of `this`
    ++FieldUses;
    Fields.insert(Field);
    Reads.push_back(Member);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *) {
    Nested = true;
    return true;
  }

  unsigned Uses = 0;
  unsigned FieldUses = 0;
  bool Nested = false;
  llvm::SetVector<const FieldDecl *> Fields;
  llvm::SmallVector<const MemberExpr *, 4> Reads;
};

bool simpleList(const LambdaExpr &Lambda) {
  for (const LambdaCapture &Capture : Lambda.explicit_captures()) {
    if (Capture.capturesVLAType() || Capture.isPackExpansion() ||
        Capture.getCaptureKind() == LCK_StarThis)
      return false;
    if (const auto *Var = dyn_cast_or_null<VarDecl>(
            Capture.capturesVariable() ? Capture.getCapturedVar() : nullptr);
        Var && Var->isInitCapture())
      return false;
  }
  return true;
}

// A copy of what a reference capture names reads the same: a variable of
// the function's own, not one a reference parameter lends, that the body
// only reads.
bool copyKeepsMeaning(const LambdaExpr &Lambda, const ValueDecl &Captured, ASTContext &Context) {
  const auto *Var = dyn_cast<VarDecl>(&Captured);
  return Var && Var->hasLocalStorage() && !Var->getType()->isReferenceType() &&
         onlyReads(Lambda, *Var, Context);
}

// The rewrite is for a list that captures by default or captures `this`;
// an explicit list names what it takes, and each of its captures has its
// own fix.
bool capturesWholesale(const LambdaExpr &Lambda) {
  if (Lambda.getCaptureDefault() != LCD_None)
    return true;
  return llvm::any_of(Lambda.explicit_captures(),
                      [](const LambdaCapture &C) { return C.capturesThis(); });
}

} // namespace

std::optional<CaptureRewrite> rewriteCaptures(const LambdaExpr &Lambda, ASTContext &Context,
                                              llvm::function_ref<bool(QualType)> Ships) {
  const SourceRange List = Lambda.getIntroducerRange();
  if (List.getBegin().isMacroID() || List.getEnd().isMacroID() || !capturesWholesale(Lambda) ||
      !simpleList(Lambda))
    return std::nullopt;
  ThisUses This;
  This.TraverseStmt(Lambda.getBody());
  std::vector<std::string> Items;
  llvm::StringSet<> Names;
  for (const UsedCapture &Use : usedCaptures(Lambda)) {
    if (!Use.Var)
      continue; // `this` is replaced by the fields it reads, below
    const QualType Value = Use.Var->getType().getNonReferenceType();
    if (!Ships(Value) || (Use.ByReference && !copyKeepsMeaning(Lambda, *Use.Var, Context)))
      return std::nullopt;
    Items.push_back(Use.Var->getNameAsString());
    Names.insert(Items.back());
  }
  if (This.Uses > 0) {
    if (This.Uses != This.FieldUses || This.Nested)
      return std::nullopt;
    ExprMutationAnalyzer Mutations(*Lambda.getBody(), Context);
    for (const MemberExpr *Read : This.Reads)
      if (Mutations.isMutated(Read))
        return std::nullopt;
    for (const FieldDecl *Field : This.Fields) {
      const std::string Name = Field->getNameAsString();
      if (Field->getType()->isReferenceType() || !Ships(Field->getType()) ||
          !Names.insert(Name).second)
        return std::nullopt;
      Items.push_back(Name + " = " + Name);
    }
  }
  std::string Replacement = "[";
  for (size_t I = 0; I < Items.size(); ++I)
    Replacement += (I ? ", " : "") + Items[I];
  Replacement += "]";
  const CharSourceRange Range = CharSourceRange::getTokenRange(List);
  const llvm::StringRef Written =
      Lexer::getSourceText(Range, Context.getSourceManager(), Context.getLangOpts());
  if (Written.empty() || Written == Replacement)
    return std::nullopt;
  return CaptureRewrite{Range, std::move(Replacement)};
}

} // namespace clang::tidy::serialint
