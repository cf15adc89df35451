//===--- PoolCallableCheck.cpp - serialint --------------------------------===//

#include "PoolCallableCheck.h"
#include "Findings.h"
#include "KnownTypes.h"
#include "SerializerModel.h"
#include "Reasons.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::serialint {

namespace {

// "'a', 'b' and 'c'" for the captures a fix turns into arguments.
std::string quotedList(llvm::ArrayRef<std::string> Names) {
  std::string Text;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I > 0)
      Text += I + 1 == Names.size() ? " and " : ", ";
    Text += "'" + Names[I] + "'";
  }
  return Text;
}

// "a", "a and b", "a, b, and c": the steps of a fix, in the order to take them.
std::string joinSteps(llvm::ArrayRef<std::string> Steps) {
  std::string Text;
  for (size_t I = 0; I < Steps.size(); ++I) {
    if (I > 0)
      Text += I + 1 < Steps.size() ? ", " : Steps.size() > 2 ? ", and " : " and ";
    Text += Steps[I];
  }
  return Text;
}

// The fix's steps, with the API's registration step second when it has one.
std::string fixSteps(const PoolApi &Api, std::string First, std::optional<std::string> Last) {
  std::vector<std::string> Steps{std::move(First)};
  if (!Api.RegistrationMacro.empty())
    Steps.push_back("register it with " + Api.RegistrationMacro);
  if (Last)
    Steps.push_back(std::move(*Last));
  return joinSteps(Steps);
}

// The seed 000 lesson: a namespace-scope function, and what the lambda
// captured passed as arguments (functools.partial, in C++).
std::string namespaceFunctionFix(const PoolApi &Api, const LambdaExpr &Lambda) {
  std::vector<std::string> Names;
  for (const UsedCapture &Use : usedCaptures(Lambda))
    if (Use.Var)
      Names.push_back(Use.Var->getNameAsString());
  std::string Pass = Names.empty() ? "pass its name"
                                   : "pass " + quotedList(Names) +
                                         (Names.size() == 1 ? " as an argument" : " as arguments");
  return fixSteps(Api, "define it as a namespace-scope function", std::move(Pass));
}

// The seed 003 lesson: the `work_wrapper` pattern.
std::string workWrapperFix(const PoolApi &Api) {
  return fixSteps(Api, "wrap the member call in a free function that takes the object by value",
                  "pass the object as an argument");
}

std::string localClassFix(const PoolApi &Api) {
  return fixSteps(Api, "move the class to namespace scope", std::nullopt);
}

// How a registration macro names the function: `&Counter::Add` for a
// method, `app::square` for a function in a namespace.
std::string registrationSpelling(const FunctionDecl &F) {
  const std::string Qualified = F.getQualifiedNameAsString();
  if (llvm::StringRef(Qualified).contains("(anonymous"))
    return F.getNameAsString();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&F); Method && !Method->isStatic())
    return "&" + Qualified;
  return Qualified;
}

// How a library lets work reach an object of the target process.
std::string objectHandleHint(const PoolApi &Api) {
  if (Api.Profile == "upcxx")
    return "; an object the target must update is reached through a upcxx::dist_object "
           "passed as an argument";
  if (Api.Profile == "ygm")
    return "; an object the target must update is reached through a ygm_ptr "
           "(comm::make_ygm_ptr) passed as an argument";
  return "";
}

llvm::StringRef howShipped(Policy P) {
  switch (P) {
  case Policy::ByName:
    return "by name";
  case Policy::ByBytes:
    return "byte for byte";
  case Policy::ByValue:
    return "by value, capture by capture";
  case Policy::PayloadOnly:
    return "not at all";
  }
  return "";
}

bool usesThis(const LambdaExpr &Lambda) {
  for (const UsedCapture &Use : usedCaptures(Lambda))
    if (!Use.Var)
      return true;
  return false;
}

// The `&` written before an explicit by-reference capture, when the source
// is plain text there (not a macro).
std::optional<SourceLocation> ampersandBefore(SourceLocation NameLoc, const SourceManager &SM) {
  if (NameLoc.isMacroID())
    return std::nullopt;
  const auto [File, Offset] = SM.getDecomposedLoc(NameLoc);
  const llvm::StringRef Buffer = SM.getBufferData(File);
  for (unsigned I = Offset; I-- > 0;) {
    const char C = Buffer[I];
    if (C == '&')
      return NameLoc.getLocWithOffset(static_cast<int>(I) - static_cast<int>(Offset));
    if (C != ' ' && C != '\t')
      return std::nullopt;
  }
  return std::nullopt;
}

// Read by hand: the bool overloads of OptionsView are mangled differently by
// g++ and by the clang that built libclangTidy, so they do not link.
bool readBool(llvm::StringRef Value) {
  return !Value.equals_insensitive("false") && Value != "0" &&
         !Value.equals_insensitive("off");
}

const FunctionDecl *referencedFunction(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    E = Unary->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(Ref->getDecl());
  return nullptr;
}

} // namespace

PoolCallableCheck::PoolCallableCheck(StringRef Name, ClangTidyContext *Context)
    : PoolApiCheck(Name, Context),
      CheckRegistration(readBool(Options.get("CheckRegistration", "true"))),
      AssumeRegistered(Options.get("AssumeRegistered", "")),
      PoolHandleTypes(
          Options.getLocalOrGlobal("PoolHandleTypes", defaultPoolHandleTypes().str())),
      AssumeRegisteredPattern(AssumeRegistered) {
  std::string Error;
  if (!AssumeRegistered.empty() && !AssumeRegisteredPattern.isValid(Error))
    configurationDiag("invalid regular expression '%0' in option '%1.AssumeRegistered': %2",
                      DiagnosticIDs::Error)
        << AssumeRegistered << Name << Error;
}

void PoolCallableCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  PoolApiCheck::storeOptions(Opts);
  Options.store(Opts, "CheckRegistration", CheckRegistration ? "true" : "false");
  Options.store(Opts, "AssumeRegistered", AssumeRegistered);
  Options.store(Opts, "PoolHandleTypes", PoolHandleTypes);
}

void PoolCallableCheck::registerMatchers(MatchFinder *Finder) {
  PoolApiCheck::registerMatchers(Finder);
  if (CheckRegistration)
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasName("::ray::internal::RegisterRemoteFunctions"))))
            .bind("registration"),
        this);
}

void PoolCallableCheck::onStartOfTranslationUnit() {
  Model.reset();
  NamedUses.clear();
  Registered.clear();
  RegisteredInFunction.clear();
}

void PoolCallableCheck::checkOther(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("registration");
  if (!Call)
    return;
  // RAY_REMOTE in a function body registers only when that body runs, and a
  // worker never runs it: the name is missing there (seed 002, in C++).
  const auto Parents = Result.Context->getParents(*Call);
  const bool InFunction = !Parents.empty() && [&] {
    for (DynTypedNodeList Up = Parents; !Up.empty(); Up = Result.Context->getParents(Up[0])) {
      if (const auto *Var = Up[0].get<VarDecl>())
        return Var->isLocalVarDecl();
      if (Up[0].get<FunctionDecl>())
        return true;
    }
    return false;
  }();
  for (unsigned I = 1; I < Call->getNumArgs(); ++I)
    if (const FunctionDecl *F = referencedFunction(Call->getArg(I))) {
      if (InFunction)
        RegisteredInFunction.try_emplace(F->getCanonicalDecl(), Call->getBeginLoc());
      else
        Registered.insert(F->getCanonicalDecl());
    }
}

void PoolCallableCheck::onEndOfTranslationUnit() {
  for (const NamedUse &Use : NamedUses) {
    const FunctionDecl *F = Use.Function->getCanonicalDecl();
    // A function defined in another file is registered there, beside its
    // definition, as Ray's own tests do; only this file's are in sight.
    if (Registered.contains(F) || !F->isDefined())
      continue;
    const std::string Name = F->getQualifiedNameAsString();
    if (!AssumeRegistered.empty() &&
        (AssumeRegisteredPattern.match(Name) || AssumeRegisteredPattern.match("::" + Name)))
      continue;
    diag(Use.Loc, "function '%0' passed to '%1' cannot be found by a worker: %2")
        << Name << Use.Api->displayName() << reasonText(Reason::unregistered).Why;
    auto Late = RegisteredInFunction.find(F);
    if (Late != RegisteredInFunction.end())
      diag(Late->second,
           "it is registered inside a function body, which a worker never runs; "
           "move %0(%1) to namespace scope",
           DiagnosticIDs::Note)
          << Use.Api->RegistrationMacro << registrationSpelling(*F);
    else
      diag(Use.Loc,
           "register it at namespace scope with %0(%1), or list it in option "
           "'%2.AssumeRegistered' when another file registers it",
           DiagnosticIDs::Note)
          << Use.Api->RegistrationMacro << registrationSpelling(*F) << getID();
  }
}

void PoolCallableCheck::checkCall(const PoolCall &Call, const PoolApi &Api,
                                  ASTContext &Context) {
  if (Call.Site->isInstantiationDependent())
    return;
  checkExplicitAction(Call, Api);
  if (!Call.CallableIndex)
    return;
  const CallableKind Callable = classifyCallable(Call.Args[*Call.CallableIndex]);
  switch (Api.CallPolicy) {
  case Policy::ByName:
    checkByName(Api, Callable);
    break;
  case Policy::ByBytes:
  case Policy::ByValue:
    if (Callable.What == CallableKind::Lambda)
      checkCaptures(Api, *Callable.TheLambda, Context);
    else if (Callable.What == CallableKind::TypeErased || Callable.What == CallableKind::Bind ||
             Callable.What == CallableKind::BoundMember)
      reportCallable(Callable.Source->getBeginLoc(), "type-erased callable", Api,
                     Reason::type_erased, reasonText(Reason::type_erased).Hint.str());
    else if (Api.CallPolicy == Policy::ByBytes && (Callable.What == CallableKind::Other ||
                                                   Callable.What == CallableKind::LocalObject))
      checkBoundOrObject(Api, *Callable.Source, Context);
    break;
  case Policy::PayloadOnly:
    break;
  }
}

// `upcxx::bind(f, args...)` serializes its arguments and copies `f` byte for
// byte: `f` is judged as a callable handed to the API itself.
const Expr *boundCallable(const Expr &Source) {
  const auto *Call = dyn_cast<CallExpr>(Source.IgnoreImplicitAsWritten()->IgnoreParenImpCasts());
  if (const auto *Construct =
          dyn_cast<CXXConstructExpr>(Source.IgnoreImplicitAsWritten()->IgnoreParenImpCasts());
      Construct && Construct->getNumArgs() == 1)
    Call = dyn_cast<CallExpr>(Construct->getArg(0)->IgnoreImplicitAsWritten());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || Call->getNumArgs() == 0 || Callee->getQualifiedNameAsString() != "upcxx::bind")
    return nullptr;
  return Call->getArg(0);
}

void PoolCallableCheck::checkBoundOrObject(const PoolApi &Api, const Expr &Source,
                                           ASTContext &Context) {
  const Expr *Bound = boundCallable(Source);
  if (!Bound)
    return checkFunctionObjectBytes(Api, Source, Context);
  const CallableKind Inner = classifyCallable(Bound);
  if (Inner.What == CallableKind::Lambda)
    checkCaptures(Api, *Inner.TheLambda, Context);
  else if (Inner.What == CallableKind::Other || Inner.What == CallableKind::LocalObject)
    checkFunctionObjectBytes(Api, *Inner.Source, Context);
}

// A function object that is not a lambda is copied byte for byte too: its
// members are judged as a lambda's captures are. Libraries' own callables
// (bind results, std::plus) travel through the library's own serializers.
void PoolCallableCheck::checkFunctionObjectBytes(const PoolApi &Api, const Expr &Source,
                                                 ASTContext &Context) {
  const QualType T = Source.getType().getNonReferenceType().getUnqualifiedType();
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (!Record || T->isDependentType() || Record->isLambda() ||
      isLibraryName(registryName(*Record)))
    return;
  if (!Model)
    Model = std::make_unique<TypeModel>(Context, TypeModelOptions{PoolHandleTypes});
  // UPC++ serializes a function object that has its own serialization
  // (UPCXX_SERIALIZED_FIELDS); only the others are copied byte for byte.
  const Backend Via = Api.WireBackend == Backend::Upcxx &&
                              findSerializer(*Record, Backend::Upcxx, Context)
                          ? Backend::Upcxx
                          : Backend::Bitwise;
  const Verdict &V = Model->judge(T, Via);
  if (V.Shippable)
    return;
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const auto *Named = dyn_cast<DeclRefExpr>(Source.IgnoreParenImpCasts());
  const std::string Root =
      Named ? Named->getDecl()->getNameAsString() : typeName(T, Policy);
  const SourceLocation At = Source.getBeginLoc();
  diag(At, "function object '%0' passed to '%1' cannot be sent to another process: %2")
      << Root << Api.displayName() << describeCulprit(Root, V, Policy);
  for (const Note &N : pathNotes(V, Policy))
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  if (!V.Detail.empty())
    diag(At, "'%0' %1", DiagnosticIDs::Note) << typeName(V.Culprit, Policy) << V.Detail;
  diag(At, "'%0' copies its callable %1 (policy '%2'); %3", DiagnosticIDs::Note)
      << Api.displayName() << howShipped(Api.CallPolicy) << policyName(Api.CallPolicy)
      << fixHint(V, Via, Policy);
}

void PoolCallableCheck::reportCallable(SourceLocation Loc, llvm::StringRef What,
                                       const PoolApi &Api, Reason Why, const std::string &Fix) {
  diag(Loc, "%0 passed to '%1' cannot be sent to another process: %2")
      << What << Api.displayName() << reasonText(Why).Why;
  diag(Loc, "'%0' ships its callable %1 (policy '%2'); %3", DiagnosticIDs::Note)
      << Api.displayName() << howShipped(Api.CallPolicy) << policyName(Api.CallPolicy) << Fix;
}

void PoolCallableCheck::checkByName(const PoolApi &Api, const CallableKind &Callable) {
  const SourceLocation Loc = Callable.Source->getBeginLoc();
  switch (Callable.What) {
  case CallableKind::Lambda:
    return checkLambdaByName(Api, *Callable.TheLambda);
  case CallableKind::Function:
    return checkFunctionByName(Api, Callable);
  case CallableKind::MemberFunction:
    if (Api.TakesMemberFunctions)
      return checkFunctionByName(Api, Callable);
    return reportCallable(Loc, "member function pointer", Api, Reason::member_function,
                          workWrapperFix(Api));
  case CallableKind::BoundMember:
    return reportCallable(Loc, "member function bound to an object", Api,
                          Reason::member_function, workWrapperFix(Api));
  case CallableKind::Bind:
    return reportCallable(Loc, "bind expression", Api, Reason::type_erased,
                          "pass the function by name and its bound values as arguments");
  case CallableKind::TypeErased:
    return reportCallable(Loc, "type-erased callable", Api, Reason::type_erased,
                          "pass a registered function by name instead");
  case CallableKind::LocalObject:
    return reportCallable(Loc, "function object of a local class", Api, Reason::local_type,
                          localClassFix(Api));
  case CallableKind::Other:
    return;
  }
}

void PoolCallableCheck::checkLambdaByName(const PoolApi &Api, const LambdaExpr &Lambda) {
  const SourceLocation Loc = Lambda.getBeginLoc();
  if (Api.TakesCapturelessLambda) {
    if (Lambda.capture_size() == 0)
      return;
    return reportCallable(Loc, "capturing lambda", Api, Reason::closure,
                          "it needs an empty capture list: " +
                              namespaceFunctionFix(Api, Lambda));
  }
  if (usesThis(Lambda))
    return reportCallable(Loc, "lambda capturing 'this'", Api, Reason::member_function,
                          workWrapperFix(Api));
  reportCallable(Loc, "lambda", Api, Reason::closure, namespaceFunctionFix(Api, Lambda));
}

void PoolCallableCheck::checkFunctionByName(const PoolApi &Api, const CallableKind &Callable) {
  const FunctionDecl *F = Callable.TheFunction;
  if (!F)
    return;
  const SourceLocation Loc = Callable.Source->getBeginLoc();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
    if (isLocalClass(*Method->getParent()))
      return reportCallable(Loc, "member of a local class", Api, Reason::local_type,
                            localClassFix(Api));
  if (CheckRegistration && Api.RegistrationMacro == "RAY_REMOTE")
    NamedUses.push_back({F, Loc, &Api});
}

void PoolCallableCheck::checkExplicitAction(const PoolCall &Call, const PoolApi &Api) {
  if (Api.TargetType.empty())
    return;
  const TemplateArgumentList *Args = Call.Callee->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return;
  const auto *Action = Args->get(0).getAsType()->getAsCXXRecordDecl();
  if (!Action || !isLocalClass(*Action))
    return;
  diag(Call.Site->getBeginLoc(),
       "action '%0' passed to '%1' cannot be sent to another process: %2")
      << Action->getName() << Api.displayName() << reasonText(Reason::local_type).Why;
  diag(Action->getLocation(),
       "'%0' is declared inside a function; move HPX_PLAIN_ACTION to namespace scope",
       DiagnosticIDs::Note)
      << Action->getName();
}

void PoolCallableCheck::checkCaptures(const PoolApi &Api, const LambdaExpr &Lambda,
                                      ASTContext &Context) {
  for (const UsedCapture &Use : usedCaptures(Lambda))
    reportCapture(Api, Lambda, Use, Context);
}

// What to do with a capture that cannot travel in the closure. A value the
// API's arguments can carry goes there: UPC++ and YGM serialize arguments but
// copy the closure's bytes.
std::string PoolCallableCheck::captureFix(const PoolApi &Api, const UsedCapture &Use,
                                          const Verdict &V, ASTContext &Context) {
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  if (!Use.Var)
    return "pass the members the work needs as arguments of '" + Api.displayName().str() +
           "'" + objectHandleHint(Api);
  const std::string Name = Use.Var->getNameAsString();
  if (V.Why != Reason::address_bound)
    return fixHint(V, Api.WireBackend, Policy);
  const QualType Value = Use.Var->getType().getNonReferenceType().getUnqualifiedType();
  const bool ValueShips = !Value->isPointerType() && Model->judge(Value, Api.WireBackend).Shippable;
  if (ValueShips && Api.CallPolicy == Policy::ByValue && Use.ByReference)
    return "capture '" + Name + "' by copy";
  if (ValueShips && Api.Payload)
    return "pass '" + Name + "' as an argument of '" + Api.displayName().str() +
           "', which serializes it, instead of capturing it" +
           (Use.ByReference ? objectHandleHint(Api) : "");
  return fixHint(V, Api.WireBackend, Policy);
}

void PoolCallableCheck::reportCapture(const PoolApi &Api, const LambdaExpr &Lambda,
                                      const UsedCapture &Use, ASTContext &Context) {
  if (!Model)
    Model = std::make_unique<TypeModel>(Context, TypeModelOptions{PoolHandleTypes});
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const Backend Via = Api.CallPolicy == Policy::ByBytes ? Backend::Bitwise : Api.WireBackend;
  std::string Root;
  Verdict ByAddress;
  const Verdict *V = &ByAddress;
  if (!Use.Var) {
    Root = "[this]";
    ByAddress.Shippable = false;
    ByAddress.Why = Reason::address_bound;
    for (const DeclContext *Ctx = Lambda.getLambdaClass()->getDeclContext(); Ctx;
         Ctx = Ctx->getParent())
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Ctx); Method && !Method->isStatic() &&
                                                            !Method->getParent()->isLambda()) {
        ByAddress.Culprit = Method->getThisType();
        break;
      }
  } else if (Use.ByReference) {
    Root = "[&" + Use.Var->getNameAsString() + "]";
    ByAddress.Shippable = false;
    ByAddress.Why = Reason::address_bound;
    ByAddress.Culprit = Context.getLValueReferenceType(Use.Var->getType().getNonReferenceType());
    // A pool, a mutex, a stream: what it refers to is the more useful answer.
    const Verdict &Referred = Model->judge(Use.Var->getType().getNonReferenceType(), Via);
    if (!Referred.Shippable && Referred.Steps.empty() && Referred.Why != Reason::address_bound &&
        Referred.Why != Reason::no_serializer)
      V = &Referred;
  } else {
    Root = Use.Var->getNameAsString();
    V = &Model->judge(Use.Var->getType().getNonReferenceType(), Via);
    if (V->Shippable)
      return;
  }
  // `&x` -> `x`, when a copy is certainly what the worker needs: a local
  // that is trivially copyable, holds no address, and is only read.
  const auto *Local = dyn_cast_or_null<VarDecl>(Use.Var);
  std::optional<SourceLocation> Amp;
  if (Use.ByReference && !Use.Implicit && Local && Api.CallPolicy == Policy::ByBytes &&
      Local->isLocalVarDecl() && !Local->getType()->isReferenceType() &&
      Local->getType().isTriviallyCopyableType(Context) &&
      Model->judge(Local->getType(), Backend::Bitwise).Shippable &&
      onlyReads(Lambda, *Local, Context))
    Amp = ampersandBefore(Use.Loc, Context.getSourceManager());
  const std::optional<SourceLocation> Written =
      Use.ByReference && !Use.Implicit && Use.Var ? ampersandBefore(Use.Loc, Context.getSourceManager())
                                                  : std::nullopt;
  const SourceLocation At = Written ? *Written : Use.Loc;
  {
    auto Warning = diag(At, "capture '%0' of the lambda passed to '%1' cannot be sent "
                                 "to another process: %2");
    Warning << Root << Api.displayName() << describeCulprit(Root, *V, Policy);
    if (Amp)
      Warning << FixItHint::CreateRemoval(CharSourceRange::getCharRange(*Amp, Use.Loc));
  }
  const bool Fixed = Amp.has_value();
  for (const Note &N : pathNotes(*V, Policy))
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  if (!V->Detail.empty())
    diag(At, "'%0' %1", DiagnosticIDs::Note) << typeName(V->Culprit, Policy) << V->Detail;
  if (Use.Implicit && Use.Var)
    diag(Lambda.getCaptureDefaultLoc(), "'%0' is captured through this default capture",
         DiagnosticIDs::Note)
        << Use.Var->getName();
  const std::string Fix = Fixed ? "capture '" + Use.Var->getNameAsString() + "' by copy"
                                : captureFix(Api, Use, *V, Context);
  diag(At, "'%0' copies its callable %1 (policy '%2'); %3", DiagnosticIDs::Note)
      << Api.displayName() << howShipped(Api.CallPolicy) << policyName(Api.CallPolicy) << Fix;
}

} // namespace clang::tidy::serialint
