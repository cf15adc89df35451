//===--- UnsentMemberCheck.cpp - serialint --------------------------------===//

#include "UnsentMemberCheck.h"
#include "CallableAnalysis.h"
#include "Findings.h"
#include "KnownTypes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include <algorithm>

namespace clang::tidy::serialint {

namespace {

// The function an action sends: the `&f` HPX_PLAIN_ACTION and
// HPX_DEFINE_COMPONENT_ACTION pass to a base of the action's class
// (`hpx::actions::action<R (*)(Ps...), &f, f_action>`).
const FunctionDecl *actionFunction(const CXXRecordDecl &Action, unsigned Depth = 0) {
  const CXXRecordDecl *Definition = Action.getDefinition();
  if (!Definition || Depth > 8)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Definition))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Declaration)
        if (const auto *FD = dyn_cast<FunctionDecl>(Arg.getAsDecl()))
          return FD;
  for (const CXXBaseSpecifier &Base : Definition->bases())
    if (const CXXRecordDecl *BaseRecord = Base.getType()->getAsCXXRecordDecl())
      if (const FunctionDecl *FD = actionFunction(*BaseRecord, Depth + 1))
        return FD;
  return nullptr;
}

// What an object of class type runs when it is called on the far side: the
// function of an action, or the one call operator of a function object.
const FunctionDecl *objectFunction(QualType T) {
  const auto *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->getDefinition())
    return nullptr;
  if (const FunctionDecl *FD = actionFunction(*Record))
    return FD;
  if (Record->isLambda())
    return Record->getLambdaCallOperator();
  const FunctionDecl *Call = nullptr;
  for (const NamedDecl *D : Record->getDefinition()->lookup(
           Record->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call))) {
    if (Call)
      return nullptr; // overloaded: which one runs is not read here
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      Call = FT->getTemplatedDecl();
    else
      Call = dyn_cast<FunctionDecl>(D);
  }
  return Call;
}

const FunctionDecl *callableFunction(const Expr *Arg) {
  const CallableKind Kind = classifyCallable(Arg);
  switch (Kind.What) {
  case CallableKind::Lambda:
    return Kind.TheLambda->getCallOperator();
  case CallableKind::Function:
  case CallableKind::MemberFunction:
    return Kind.TheFunction;
  case CallableKind::Other:
  case CallableKind::LocalObject:
    return objectFunction(Kind.Source->getType());
  default:
    return nullptr;
  }
}

bool sameRecord(QualType T, const CXXRecordDecl &Record) {
  const auto *Other = T.getNonReferenceType()->getAsCXXRecordDecl();
  return Other && Other->getCanonicalDecl() == Record.getCanonicalDecl();
}

// Where a payload argument's members are used in the work that receives it:
// each read, and each assignment of a whole member (`j.name = ...`), at the
// end of the assignment, so that `j.n = j.n + 1` reads before it writes.
class MemberUses : public RecursiveASTVisitor<MemberUses> {
public:
  struct Use {
    const FieldDecl *Field; ///< null: the whole parameter is assigned
    SourceLocation At;
    bool Assigns;
  };

  MemberUses(const ParmVarDecl &Param, const CXXRecordDecl &Payload,
             const WrittenFields &Written)
      : Param(Param), Payload(Payload), Written(Written) {}

  bool shouldVisitTemplateInstantiations() const { return false; }

  // Unevaluated operands read nothing.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *, DataRecursionQueue * = nullptr) {
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->getOpcode() == BO_Assign)
      noteAssignment(E->getLHS(), E->getEndLoc());
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *E) {
    if (E->getOperator() == OO_Equal && E->getNumArgs() == 2)
      noteAssignment(E->getArg(0), E->getEndLoc());
    return true;
  }

  bool VisitMemberExpr(MemberExpr *E) {
    if (isParam(E->getBase()))
      if (const auto *Field = dyn_cast<FieldDecl>(E->getMemberDecl()))
        use(E, Field, E->getMemberLoc());
    return true;
  }

  // The parameter of a generic lambda (`auto j`): its members are named, not
  // resolved.
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    if (E->isImplicitAccess() || !isParam(E->getBase()))
      return true;
    if (const IdentifierInfo *Id = E->getMember().getAsIdentifierInfo())
      if (const FieldDecl *Field = Written.fieldNamed(Payload, Id->getName()))
        use(E, Field, E->getMemberLoc());
    return true;
  }

  std::vector<Use> Uses;

private:
  bool isParam(const Expr *E) const {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    return Ref && Ref->getDecl() == &Param;
  }

  bool isMemberOfParam(const Expr *E) const {
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return isParam(Member->getBase());
    if (const auto *Member = dyn_cast<CXXDependentScopeMemberExpr>(E))
      return !Member->isImplicitAccess() && isParam(Member->getBase());
    return false;
  }

  void noteAssignment(const Expr *Target, SourceLocation End) {
    Target = Target->IgnoreParenImpCasts();
    if (isParam(Target)) {
      Uses.push_back({nullptr, End, true});
      return;
    }
    if (isMemberOfParam(Target)) {
      Assigned[Target] = End;
      return;
    }
    // `j.inner.x = ...` writes part of `j.inner`: neither a read of it nor
    // the whole of it written.
    for (const Expr *E = Target; E;) {
      const Expr *Base = nullptr;
      if (const auto *Member = dyn_cast<MemberExpr>(E))
        Base = Member->getBase()->IgnoreParenImpCasts();
      else if (const auto *Dependent = dyn_cast<CXXDependentScopeMemberExpr>(E))
        Base = Dependent->isImplicitAccess() ? nullptr
                                             : Dependent->getBase()->IgnoreParenImpCasts();
      if (Base && isMemberOfParam(Base)) {
        PartlyAssigned.insert(Base);
        return;
      }
      E = Base;
    }
  }

  void use(const Expr *E, const FieldDecl *Field, SourceLocation Read) {
    if (PartlyAssigned.contains(E))
      return;
    auto It = Assigned.find(E);
    if (It != Assigned.end())
      Uses.push_back({Field, It->second, true});
    else
      Uses.push_back({Field, Read, false});
  }

  const ParmVarDecl &Param;
  const CXXRecordDecl &Payload;
  const WrittenFields &Written;
  llvm::DenseMap<const Expr *, SourceLocation> Assigned;
  llvm::SmallPtrSet<const Expr *, 4> PartlyAssigned;
};

// The APIs call the work with the payload last, after whatever they pass
// first (YGM's communicator, a container's key and value): only a payload
// that is the call's trailing arguments, after its callable, is mapped onto
// the work's trailing parameters.
bool passedOnLast(const PoolCall &Call) {
  const llvm::ArrayRef<unsigned> Payload = Call.PayloadIndexes;
  if (Payload.empty() || Payload.back() + 1 != Call.Args.size() ||
      Payload.back() - Payload.front() + 1 != Payload.size())
    return false;
  return !Call.CallableIndex || *Call.CallableIndex < Payload.front();
}

// A serializer written by a macro (`MSGPACK_DEFINE`) is named by the macro,
// with no scope.
bool isMacroSerializer(const Serializer &S) {
  return !llvm::StringRef(S.Name).contains("::") && !llvm::StringRef(S.Name).contains('(');
}

} // namespace

UnsentMemberCheck::UnsentMemberCheck(StringRef Name, ClangTidyContext *Context)
    : PoolApiCheck(Name, Context) {}

void UnsentMemberCheck::onStartOfTranslationUnit() {
  PoolApiCheck::onStartOfTranslationUnit();
  Reported.clear();
}

// `ray::Task(f).Remote(x)`, `handle.Task(&A::m).Remote(x)`: the payload's
// call is made on what another pool-API call made, and that call has the
// callable. Through temporaries, a local initialised from it, and option
// setters that return the same caller (`.SetName("n")`).
const FunctionDecl *UnsentMemberCheck::callerReceiver(const Expr &Object) const {
  const Expr *E = &Object;
  for (int Step = 0; E && Step < 16; ++Step) {
    E = resolveCallable(E)->IgnoreParenImpCasts();
    const auto *Call = dyn_cast<CallExpr>(E);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee)
      return nullptr;
    if (const PoolApi *Maker = registry().find(*Callee); Maker && Maker->Callable) {
      llvm::SmallVector<const Expr *, 8> Args;
      for (const Expr *Arg : Call->arguments())
        if (!isa<CXXDefaultArgExpr>(Arg))
          Args.push_back(Arg);
      const PoolCall Made = resolveCall(*Maker, *Call, *Callee, Args);
      return Made.CallableIndex ? callableFunction(Made.Args[*Made.CallableIndex]) : nullptr;
    }
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXRecordDecl *Caller =
        Member ? Member->getImplicitObjectArgument()->getType()->getAsCXXRecordDecl() : nullptr;
    if (!Caller || !sameRecord(Member->getType(), *Caller))
      return nullptr;
    E = Member->getImplicitObjectArgument();
  }
  return nullptr;
}

const FunctionDecl *UnsentMemberCheck::receiver(const PoolCall &Call, const PoolApi &Api) const {
  if (Call.CallableIndex)
    return callableFunction(Call.Args[*Call.CallableIndex]);
  // `hpx::async<f_action>(id, x)`: the action is the template argument.
  if (!Api.ActionBase.empty())
    if (const TemplateArgumentList *Args = Call.Callee->getTemplateSpecializationArgs())
      if (Args->size() > 0 && Args->get(0).getKind() == TemplateArgument::Type)
        if (const auto *Action = Args->get(0).getAsType()->getAsCXXRecordDecl())
          return actionFunction(*Action);
  // `act(id, x)` on an action object; `ray::Task(f).Remote(x)`.
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call.Site))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call.Site);
           Operator && Operator->getNumArgs() > 0)
    Object = Operator->getArg(0);
  if (!Object)
    return nullptr;
  // The object as written, not the base class that declares the operator.
  Object = Object->IgnoreParenImpCasts();
  if (const auto *Record = Object->getType()->getAsCXXRecordDecl())
    if (const FunctionDecl *FD = actionFunction(*Record))
      return FD;
  return callerReceiver(*Object);
}

void UnsentMemberCheck::checkCall(const PoolCall &Call, const PoolApi &Api,
                                  ASTContext &Context) {
  if (Api.CallPolicy == Policy::PayloadOnly || !passedOnLast(Call) ||
      Call.Site->isInstantiationDependent())
    return;
  const FunctionDecl *Work = visibleDefinition(receiver(Call, Api));
  if (!Work || !Work->getBody())
    return;
  const unsigned Params = Work->getNumParams();
  const unsigned Payloads = Call.PayloadIndexes.size();
  if (Params < Payloads)
    return;
  for (const ParmVarDecl *Param : Work->parameters())
    // A pack or a default argument leaves which parameter gets what unclear.
    if (Param->isParameterPack() || (Params != Payloads && Param->hasDefaultArg()))
      return;
  for (unsigned K = 0; K < Payloads; ++K) {
    const Expr *Arg = Call.Args[Call.PayloadIndexes[K]]->IgnoreParenImpCasts();
    const QualType Shipped = Arg->getType().getNonReferenceType();
    if (Shipped->isDependentType())
      continue;
    const auto *Payload = Shipped->getAsCXXRecordDecl();
    if (!Payload || !Payload->getDefinition() || Payload->isUnion() || Payload->isLambda())
      continue;
    Payload = Payload->getDefinition();
    // A library's class is written by the library; a class sent as its
    // bytes sends every member.
    if (isLibraryName(registryName(*Payload)) || lookupKnownType(*Payload) ||
        sentAsBytes(Shipped, Api.WireBackend, Context))
      continue;
    const ParmVarDecl *Param = Work->getParamDecl(Params - Payloads + K);
    const QualType Received = Param->getType();
    if (!Received->isDependentType() && !sameRecord(Received, *Payload))
      continue; // converted to another type on the way
    const std::optional<WrittenFields> Written = fieldsWritten(*Payload, Api.WireBackend, Context);
    if (Written)
      checkParameter(Api, *Payload, *Written, *Work, *Param, Context);
  }
}

void UnsentMemberCheck::checkParameter(const PoolApi &Api, const CXXRecordDecl &Payload,
                                       const WrittenFields &Written, const FunctionDecl &Work,
                                       const ParmVarDecl &Param, ASTContext &Context) {
  MemberUses Uses(Param, Payload, Written);
  Uses.TraverseStmt(Work.getBody());
  const SourceManager &SM = Context.getSourceManager();
  std::stable_sort(Uses.Uses.begin(), Uses.Uses.end(),
                   [&](const MemberUses::Use &A, const MemberUses::Use &B) {
                     return SM.isBeforeInTranslationUnit(A.At, B.At);
                   });
  llvm::SmallPtrSet<const FieldDecl *, 8> Seen;
  bool WholeAssigned = false;
  for (const MemberUses::Use &Use : Uses.Uses) {
    if (!Use.Field) {
      WholeAssigned = true;
      continue;
    }
    if (!Seen.insert(Use.Field).second || WholeAssigned || Use.Assigns ||
        Written.writes(*Use.Field))
      continue;
    const Serializer *S = Written.serializerOf(*Use.Field);
    // A field of a class the serializer does not write (an unwritten base)
    // is not known either way; one the backend could not ship is left out
    // on purpose.
    if (!S || !model(Context).judge(Use.Field->getType(), Api.WireBackend).Shippable)
      continue;
    if (!Reported.insert({Use.Field, Use.At.getRawEncoding()}).second)
      continue;
    const std::string Member = Use.Field->getNameAsString();
    // A serializer a macro wrote is shown where the macro is used.
    const SourceLocation SerializerAt = SM.getExpansionLoc(S->Loc);
    Finding F;
    F.At = Use.At;
    F.Message = "'" + Member + "' is read by the work sent to '" + Api.displayName().str() +
                "' but '" + S->Name +
                "' never writes it: the worker sees a default-constructed value";
    if (isMacroSerializer(*S)) {
      F.Notes.push_back({SerializerAt, "'" + S->Name + "' used here, without '" + Member + "'"});
      F.FixNote = "add '" + Member + "' to " + S->Name + "(...), or stop reading it in the work";
    } else {
      F.Notes.push_back({SerializerAt, "'" + S->Name + "' declared here, without '" + Member + "'"});
      F.FixNote = "write '" + Member + "' in '" + S->Name + "', or stop reading it in the work";
    }
    report(F);
  }
}

} // namespace clang::tidy::serialint
