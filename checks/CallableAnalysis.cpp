//===--- CallableAnalysis.cpp - serialint ---------------------------------===//

#include "CallableAnalysis.h"
#include "KnownTypes.h"
#include "PoolApiRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

namespace clang::tidy::serialint {

namespace {

bool isStdCall(const CallExpr &Call, std::initializer_list<llvm::StringRef> Names) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return false;
  const std::string Qualified = registryName(*Callee);
  for (llvm::StringRef Name : Names)
    if (Qualified == Name)
      return true;
  return false;
}

bool isBind(const CallExpr &Call) {
  return isStdCall(Call, {"std::bind", "std::bind_front", "std::bind_back", "boost::bind"});
}

bool isCopyOrMove(const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  return Construct.getNumArgs() >= 1 && Ctor && Ctor->isCopyOrMoveConstructor();
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
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    return Unary->getOpcode() == UO_AddrOf &&
                   !isa<CXXMethodDecl>(Unary->getSubExpr()->getReferencedDeclOfCallee())
               ? Unary->getSubExpr()
               : nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    // Only a local's initializer is known to be what reaches the call; a
    // parameter or a global could hold anything.
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->isLocalVarDecl())
      return Var->getInit();
  }
  return nullptr;
}

// One table says which library types erase their target: KnownTypes.
bool isTypeErased(QualType T) {
  const auto *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  const std::optional<KnownType> Known = lookupKnownType(*Record);
  return Known && Known->What == KnownType::Culprit && Known->Why == Reason::type_erased;
}

// The function a bind wraps, `&stats::Clamp` or `stats::Clamp`, when it names one.
const FunctionDecl *boundFunction(const CallExpr &Bind) {
  if (Bind.getNumArgs() == 0)
    return nullptr;
  const Expr *Target = Bind.getArg(0)->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Target); Unary && Unary->getOpcode() == UO_AddrOf)
    Target = Unary->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Target);
  return Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
}

bool bindsMember(const CallExpr &Bind) {
  if (Bind.getNumArgs() == 0)
    return false;
  return Bind.getArg(0)->IgnoreParenImpCasts()->getType()->isMemberFunctionPointerType();
}

class CaptureUses : public RecursiveASTVisitor<CaptureUses> {
public:
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (!First.count(Ref->getDecl()))
      First[Ref->getDecl()] = Ref->getLocation();
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *This) {
    if (ThisAt.isInvalid())
      ThisAt = This->getLocation();
    return true;
  }
  llvm::DenseMap<const Decl *, SourceLocation> First;
  SourceLocation ThisAt;
};

} // namespace

bool isMoveOrForward(const CallExpr &Call) {
  return Call.getNumArgs() == 1 && isStdCall(Call, {"std::move", "std::forward"});
}

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

CallableKind classifyCallable(const Expr *Arg) {
  CallableKind K;
  if (!Arg)
    return K;
  const Expr *E = resolveCallable(Arg);
  K.Source = E;
  if (const auto *Call = dyn_cast<CallExpr>(E); Call && isBind(*Call)) {
    K.What = bindsMember(*Call) ? CallableKind::BoundMember : CallableKind::Bind;
    K.TheFunction = boundFunction(*Call);
    return K;
  }
  // The type as handed over, before unwrapping strips a std::function.
  if (isTypeErased(Arg->IgnoreParenImpCasts()->getType())) {
    K.What = CallableKind::TypeErased;
    K.Source = Arg;
    return K;
  }
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    K.What = CallableKind::Lambda;
    K.TheLambda = Lambda;
  } else if (E->getType()->isMemberFunctionPointerType()) {
    K.What = CallableKind::MemberFunction;
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      K.TheFunction = dyn_cast_or_null<FunctionDecl>(
          Unary->getSubExpr()->getReferencedDeclOfCallee());
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E);
             Ref && isa<FunctionDecl>(Ref->getDecl())) {
    K.What = CallableKind::Function;
    K.TheFunction = cast<FunctionDecl>(Ref->getDecl());
  } else if (isTypeErased(E->getType())) {
    K.What = CallableKind::TypeErased;
  } else if (const auto *Record = E->getType()->getAsCXXRecordDecl();
             Record && isLocalClass(*Record)) {
    K.What = CallableKind::LocalObject;
  }
  return K;
}

llvm::SmallVector<UsedCapture, 4> usedCaptures(const LambdaExpr &Lambda) {
  CaptureUses Uses;
  Uses.TraverseStmt(Lambda.getBody());
  llvm::SmallVector<UsedCapture, 4> Result;
  for (const LambdaCapture &Capture : Lambda.captures()) {
    const bool Implicit = Capture.isImplicit();
    if (Capture.capturesThis()) {
      if (Uses.ThisAt.isValid())
        Result.push_back({&Capture, nullptr, Capture.getCaptureKind() == LCK_This,
                          Implicit, Implicit ? Uses.ThisAt : Capture.getLocation()});
      continue;
    }
    if (!Capture.capturesVariable())
      continue;
    const ValueDecl *Var = Capture.getCapturedVar();
    auto Use = Uses.First.find(Var);
    if (Use == Uses.First.end())
      continue; // captured but never used: nothing of it is read over there
    Result.push_back({&Capture, Var, Capture.getCaptureKind() == LCK_ByRef, Implicit,
                      Implicit ? Use->second : Capture.getLocation()});
  }
  return Result;
}

bool onlyReads(const LambdaExpr &Lambda, const ValueDecl &Var, ASTContext &Context) {
  ExprMutationAnalyzer Analyzer(*Lambda.getBody(), Context);
  return !Analyzer.isMutated(&Var);
}

bool isLocalClass(const CXXRecordDecl &Record) {
  return !Record.isLambda() && Record.isLocalClass() != nullptr;
}

} // namespace clang::tidy::serialint
