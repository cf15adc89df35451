//===--- Instantiation.cpp - serialint ------------------------------------===//

#include "Instantiation.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::serialint {

namespace {

// Deep enough for any chain a user reads; clang's own default is 10 too.
constexpr unsigned MaxNotes = 10;

const FunctionDecl *enclosingFunction(DynTypedNodeList Up, ASTContext &Context) {
  for (; !Up.empty(); Up = Context.getParents(Up[0]))
    if (const auto *F = Up[0].get<FunctionDecl>()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(F);
      if (!Method || !Method->getParent()->isLambda() || F->isTemplateInstantiation())
        return F;
    }
  return nullptr;
}

// The expression that asked for `F` at `Where`, found in the instantiated
// bodies too: the place clang recorded as the point of instantiation.
class RequestFinder : public RecursiveASTVisitor<RequestFinder> {
public:
  RequestFinder(const FunctionDecl &F, SourceLocation Where) : Wanted(F), Where(Where) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitDeclRefExpr(DeclRefExpr *E) { return look(E, E->getDecl(), E->getLocation()); }
  bool VisitMemberExpr(MemberExpr *E) { return look(E, E->getMemberDecl(), E->getMemberLoc()); }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    return look(E, E->getConstructor(), E->getLocation());
  }

  const Stmt *Found = nullptr;

private:
  bool look(const Stmt *E, const Decl *D, SourceLocation At) {
    if (D == &Wanted && At == Where)
      Found = E;
    return !Found;
  }

  const FunctionDecl &Wanted;
  SourceLocation Where;
};

std::string describe(const FunctionDecl &F, const PrintingPolicy &Policy) {
  std::string Name;
  llvm::raw_string_ostream Out(Name);
  F.getNameForDiagnostic(Out, Policy, /*Qualified=*/true);
  const char *Kind = F.getPrimaryTemplate() ? "function template specialization"
                                            : "member function";
  return "in instantiation of " + std::string(Kind) + " '" + Name + "' requested here";
}

bool isUsersCode(SourceLocation Loc, const SourceManager &SM) {
  const SourceLocation At = SM.getExpansionLoc(Loc);
  return SM.isInMainFile(At) || !SM.isInSystemHeader(At);
}

// The statement of `Body` at `Loc` of `Class`, if there is one.
const Stmt *sameStatement(const Stmt *Body, Stmt::StmtClass Class, SourceLocation Loc) {
  if (!Body)
    return nullptr;
  if (Body->getStmtClass() == Class && Body->getBeginLoc() == Loc)
    return Body;
  for (const Stmt *Child : Body->children())
    if (const Stmt *Found = sameStatement(Child, Class, Loc))
      return Found;
  return nullptr;
}

} // namespace

const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  return enclosingFunction(Context.getParents(S), Context);
}

std::vector<Note> instantiationNotes(const Stmt &S, ASTContext &Context) {
  std::vector<Note> Notes;
  const SourceManager &SM = Context.getSourceManager();
  const FunctionDecl *F = enclosingFunction(S, Context);
  while (F && F->isTemplateInstantiation() && Notes.size() < MaxNotes) {
    const SourceLocation Requested = F->getPointOfInstantiation();
    if (Requested.isInvalid())
      break;
    Notes.push_back({Requested, describe(*F, Context.getPrintingPolicy())});
    if (isUsersCode(Requested, SM))
      break;
    RequestFinder Finder(*F, Requested);
    Finder.TraverseAST(Context);
    F = Finder.Found ? enclosingFunction(*Finder.Found, Context) : nullptr;
  }
  return Notes;
}

bool judgedInTemplate(const Stmt &S, ASTContext &Context) {
  const FunctionDecl *F = enclosingFunction(S, Context);
  const FunctionDecl *Pattern = F ? F->getTemplateInstantiationPattern() : nullptr;
  if (!Pattern || Pattern == F)
    return false;
  const Stmt *InTemplate = sameStatement(Pattern->getBody(), S.getStmtClass(), S.getBeginLoc());
  const auto *Call = dyn_cast_or_null<Expr>(InTemplate);
  return Call && !Call->isInstantiationDependent();
}

} // namespace clang::tidy::serialint
