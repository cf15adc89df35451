//===--- Findings.cpp - serialint -----------------------------------------===//

#include "Findings.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::serialint {

namespace {

// A trait's member typedef (`std::remove_reference<T &>::type`,
// `hpx::tuple_element<1, tuple<...>>::type`) or a decltype says how a type
// was computed; users know the type by what it is.
bool isComputedName(const Type &Ty) {
  if (isa<DecltypeType>(Ty))
    return true;
  const auto *Typedef = dyn_cast<TypedefType>(&Ty);
  return Typedef && isa<ClassTemplateSpecializationDecl>(Typedef->getDecl()->getDeclContext());
}

QualType asUsersKnowIt(QualType T) {
  while (!T.isNull()) {
    const Type *Ty = T.getTypePtr();
    QualType Inner;
    if (const auto *Written = dyn_cast<ElaboratedType>(Ty);
        Written && isComputedName(*Written->getNamedType()))
      Inner = Written->getNamedType();
    else if (isComputedName(*Ty))
      Inner = Ty->getLocallyUnqualifiedSingleStepDesugaredType();
    else
      return T;
    T = Inner; // names are printed unqualified
  }
  return T;
}

} // namespace

std::string typeName(QualType T, const PrintingPolicy &Policy) {
  T = asUsersKnowIt(T);
  PrintingPolicy Printing = Policy;
  Printing.SuppressTagKeyword = true;
  Printing.FullyQualifiedName = false;
  std::string Name = T.getUnqualifiedType().getAsString(Printing);
  // A closure prints as `(lambda at file:line:col)`; messages add their own
  // parentheses.
  if (Name.size() > 2 && Name.front() == '(' && Name.back() == ')')
    Name = Name.substr(1, Name.size() - 2);
  return Name;
}

std::string describeCulprit(llvm::StringRef Root, const Verdict &V,
                            const PrintingPolicy &Policy, QualType Written) {
  const ReasonText Text = reasonText(V.Why);
  const std::string Path = renderPath(Root, V.Steps);
  const std::string Why = V.AuthorWhy.empty() ? Text.Why.str() : V.AuthorWhy;
  // The root itself at fault is named as the message already named it.
  const bool RootIsCulprit = V.Steps.empty() && !Written.isNull() && !V.Culprit.isNull() &&
                             Written.getCanonicalType().getUnqualifiedType() ==
                                 V.Culprit.getCanonicalType().getUnqualifiedType();
  return "'" + Path + "' is " + Text.Label.str() + " (" +
         typeName(RootIsCulprit ? Written : V.Culprit, Policy) + "): " + Why;
}

std::vector<Note> pathNotes(const Verdict &V, const PrintingPolicy &Policy) {
  std::vector<Note> Notes;
  for (const PathStep &Step : V.Steps) {
    if (Step.DeclLoc.isInvalid())
      continue;
    std::string Message =
        Step.Kind == StepKind::Base ? "base class '" + typeName(Step.Type, Policy) + "' declared here"
        : Step.Kind == StepKind::Capture
            ? "'" + Step.Name + "' captured here, as '" + typeName(Step.Type, Policy) + "'"
            : "'" + Step.Name + "' declared here, of type '" + typeName(Step.Type, Policy) + "'";
    if (!Step.WrittenBy.empty())
      Message += ", written by '" + Step.WrittenBy + "'";
    Notes.push_back({Step.DeclLoc, std::move(Message)});
  }
  return Notes;
}

void Finding::explain(const Verdict &V, const PrintingPolicy &Policy) {
  for (Note &N : pathNotes(V, Policy))
    Notes.push_back(std::move(N));
  if (!V.Detail.empty())
    Notes.push_back({At, "'" + typeName(V.Culprit, Policy) + "' " + V.Detail});
}

void report(ClangTidyCheck &Check, const Finding &F) {
  {
    auto Warning = Check.diag(F.At, "%0") << F.Message;
    for (const FixItHint &Fix : F.Fixes)
      Warning << Fix;
  }
  for (const Note &N : F.Notes)
    Check.diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  Check.diag(F.At, "%0", DiagnosticIDs::Note) << F.FixNote;
}

std::string fixHint(const Verdict &V, Backend Via, const PrintingPolicy &Policy) {
  if (V.Why == Reason::no_serializer)
    if (std::string Hint = serializerFixHint(Via, typeName(V.Culprit, Policy)); !Hint.empty())
      return Hint;
  return reasonText(V.Why).Hint.str();
}

std::optional<std::string> writtenText(const Expr &E, const ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  if (E.getBeginLoc().isMacroID() || E.getEndLoc().isMacroID())
    return std::nullopt;
  const CharSourceRange Range = CharSourceRange::getTokenRange(E.getSourceRange());
  const llvm::StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  if (Text.empty() || Text.size() > 40 || Text.contains('\n'))
    return std::nullopt;
  return Text.str();
}

std::string rootName(const Expr &Arg, unsigned Index, const ASTContext &Context) {
  const Expr *Bare = Arg.IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Bare))
    return Ref->getDecl()->getNameAsString();
  if (std::optional<std::string> Text = writtenText(*Bare, Context))
    return *Text;
  return "argument " + std::to_string(Index + 1);
}

} // namespace clang::tidy::serialint
