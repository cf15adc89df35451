//===--- PoolCallableCheck.cpp - serialint --------------------------------===//

#include "PoolCallableCheck.h"
#include "CallableNames.h"
#include "Findings.h"
#include "KnownTypes.h"
#include "MemberWrapper.h"
#include "Names.h"
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

// The seed 003 lesson: the `work_wrapper` pattern, written out when the
// member function is known.
std::string workWrapperFix(const PoolApi &Api, const FunctionDecl *Target = nullptr,
                           const ASTContext *Context = nullptr) {
  const std::string Wrap = "wrap the member call in a free function that takes the object by value";
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Target);
  std::optional<MemberWrapper> W =
      Method && Context ? memberWrapper(*Method, *Context) : std::nullopt;
  if (!W)
    return fixSteps(Api, Wrap, "pass the object as an argument");
  std::vector<std::string> Steps{Wrap + ", '" + W->Definition + "'"};
  if (!Api.RegistrationMacro.empty())
    Steps.push_back("register it with " + Api.RegistrationMacro + "(" + W->Name + ")");
  Steps.push_back("pass '" + W->Name + "' in its place with the object as an argument");
  return joinSteps(Steps);
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
  if (Api.RemoteObject.empty())
    return "";
  return "; an object the target must update is reached through " + Api.RemoteObject +
         " passed as an argument";
}

llvm::StringRef howShipped(Policy P) {
  switch (P) {
  case Policy::ByName:
    return "by name";
  case Policy::ByBytes:
    return "byte for byte";
  case Policy::ByValue:
    return "by value, capture by capture";
  case Policy::ByType:
    return "as its type alone";
  case Policy::PayloadOnly:
    return "not at all";
  }
  return "";
}

// The note that ends a finding on a callable: how the API moves it, then the
// fix. `Verb` is "ships", or "copies" for a callable that travels as a copy.
std::string callableNote(const PoolApi &Api, llvm::StringRef Verb, const std::string &Fix) {
  return "'" + Api.displayName().str() + "' " + Verb.str() + " its callable " +
         howShipped(Api.CallPolicy).str() + " (policy '" + policyName(Api.CallPolicy).str() +
         "'); " + Fix;
}

// The fix for a value the API's arguments can carry.
std::string passAsArgument(const PoolApi &Api, const UsedCapture &Use) {
  return "pass '" + Use.Var->getNameAsString() + "' as an argument of '" +
         Api.displayName().str() + "', which serializes it, instead of capturing it" +
         (Use.ByReference ? objectHandleHint(Api) : "");
}

// "lambda capturing 'factor' and '[&offset]'", or the lambda as written
// (`Written`) when the body uses none of what the list captures.
std::string capturingLambda(const LambdaExpr &Lambda, const std::string &Written) {
  const std::string Used = usedCaptureList(Lambda);
  return Used.empty() ? Written : "lambda capturing " + Used;
}

// How the API writes a closure's captures: byte for byte, or each with its
// serializer.
Backend closureBackend(const PoolApi &Api) {
  return Api.CallPolicy == Policy::ByBytes ? Backend::Bitwise : Api.WireBackend;
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
// g++ and by the clang that built libclangTidy, so they do not link. The
// spellings are clang-tidy's: true, false, 1, 0, on, off, yes, no.
std::optional<bool> readBool(llvm::StringRef Value) {
  const std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "off" || Lower == "no")
    return false;
  return std::nullopt;
}

// The arguments of a call as its function's parameters count them: a member
// call's object is not one of them.
llvm::ArrayRef<const Expr *> callArgs(const CallExpr &Call) {
  return {Call.getArgs(), Call.getNumArgs()};
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
      CheckRegistration(readBool(Options.get("CheckRegistration", "true")).value_or(true)),
      AssumeRegistered(Options.get("AssumeRegistered", "")),
      AssumeRegisteredPattern(AssumeRegistered) {
  if (llvm::StringRef Value = Options.get("CheckRegistration", "true"); !readBool(Value))
    configurationDiag("invalid configuration value '%0' for option '%1.CheckRegistration'; "
                      "use true or false",
                      DiagnosticIDs::Error)
        << Value << Name;
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
}

void PoolCallableCheck::registerMatchers(MatchFinder *Finder) {
  PoolApiCheck::registerMatchers(Finder);
  const std::vector<std::string> Registrations = registry().qualifiedNames(Role::Registration);
  if (!CheckRegistration || Registrations.empty())
    return;
  const std::vector<StringRef> Names(Registrations.begin(), Registrations.end());
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasAnyName(Names)).bind("registrar"))).bind("registration"),
      this);
}

void PoolCallableCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                            Preprocessor *ModuleExpanderPP) {
  PoolApiCheck::registerPPCallbacks(SM, PP, ModuleExpanderPP);
  llvm::StringSet<> Macros;
  if (CheckRegistration)
    for (const PoolApi &Api : registry().entries())
      if (Api.What == Role::Registration && !Api.RegistrationMacro.empty())
        Macros.insert(Api.RegistrationMacro);
  NamedInMacros.watch(*PP, std::move(Macros));
}

void PoolCallableCheck::onStartOfTranslationUnit() {
  PoolApiCheck::onStartOfTranslationUnit();
  NamedUses.clear();
  Registered.clear();
  RegisteredInFunction.clear();
}

void PoolCallableCheck::checkOther(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("registration");
  const auto *Registrar = Result.Nodes.getNodeAs<FunctionDecl>("registrar");
  const PoolApi *Registration =
      Registrar ? registry().find(*Registrar, Role::Registration) : nullptr;
  if (!Call || !Registration)
    return;
  // A registration in a function body registers only when that body runs, and a
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
  const llvm::ArrayRef<const Expr *> Args = callArgs(*Call);
  for (unsigned I : positionIndexes(*Registration->Functions, *Registrar, Args.size()))
    if (const FunctionDecl *F = referencedFunction(Args[I])) {
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
    // definition, as frameworks' own tests do; only this file's are in sight.
    if (Registered.contains(F) || !F->isDefined())
      continue;
    // Named in a registration macro whose expansion no entry describes (a
    // release serialint has no entry for): the macro's word is taken.
    if (!RegisteredInFunction.contains(F) && NamedInMacros.names(*F))
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
    checkByName(Api, Callable, Context);
    break;
  case Policy::ByBytes:
  case Policy::ByValue:
    if (Callable.What == CallableKind::Lambda && Api.TakesCapturelessLambda &&
        Callable.TheLambda->capture_size() > 0)
      reportUnrebuildableLambda(Api, *Callable.TheLambda, describeCallable(Callable, Context));
    else if (Callable.What == CallableKind::Lambda)
      checkCaptures(Api, *Callable.TheLambda, Context);
    else if (Callable.What == CallableKind::TypeErased || Callable.What == CallableKind::Bind ||
             Callable.What == CallableKind::BoundMember)
      reportCallable(Callable.Source->getBeginLoc(), describeCallable(Callable, Context), Api,
                     Reason::type_erased, reasonText(Reason::type_erased).Hint.str());
    else if (Api.CallPolicy == Policy::ByBytes && (Callable.What == CallableKind::Other ||
                                                   Callable.What == CallableKind::LocalObject))
      checkBoundOrObject(Api, *Callable.Source, Context);
    break;
  case Policy::ByType:
    checkTypeOnly(Api, Callable, Context);
    break;
  case Policy::PayloadOnly:
    break;
  }
}

// A binder (`bind(f, args...)`) serializes its arguments and copies `f` byte
// for byte: `f` is judged as a callable handed to the API itself.
const Expr *PoolCallableCheck::boundCallable(const Expr &Source) const {
  const auto *Call = dyn_cast<CallExpr>(Source.IgnoreImplicitAsWritten()->IgnoreParenImpCasts());
  if (const auto *Construct =
          dyn_cast<CXXConstructExpr>(Source.IgnoreImplicitAsWritten()->IgnoreParenImpCasts());
      Construct && Construct->getNumArgs() == 1)
    Call = dyn_cast<CallExpr>(Construct->getArg(0)->IgnoreImplicitAsWritten());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  const PoolApi *Binder = Callee ? registry().find(*Callee, Role::Binder) : nullptr;
  if (!Binder)
    return nullptr;
  const llvm::SmallVector<unsigned, 4> At =
      positionIndexes(*Binder->Callable, *Callee, Call->getNumArgs());
  return At.empty() ? nullptr : Call->getArg(At.front());
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
  // A backend may serialize a function object that has its own serialization
  // (a list of fields to send); the others are copied byte for byte.
  const Backend Via = backendInfo(Api.WireBackend).SerializesFunctionObjects &&
                              findSerializer(*Record, Api.WireBackend, Context)
                          ? Api.WireBackend
                          : Backend::Bitwise;
  const Verdict &V = model(Context).judge(T, Via);
  if (V.Shippable)
    return;
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const auto *Named = dyn_cast<DeclRefExpr>(Source.IgnoreParenImpCasts());
  const std::string Root =
      Named ? Named->getDecl()->getNameAsString() : typeName(T, Policy);
  Finding F;
  F.At = Source.getBeginLoc();
  F.Message = "function object '" + Root + "' passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: " + describeCulprit(Root, V, Policy);
  F.explain(V, Policy);
  F.FixNote = callableNote(Api, "copies", fixHint(V, Via, Policy));
  report(F);
}

void PoolCallableCheck::reportCallable(SourceLocation Loc, const std::string &What,
                                       const PoolApi &Api, Reason Why, const std::string &Fix) {
  Finding F;
  F.At = Loc;
  F.Message = What + " passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: " + reasonText(Why).Why.str();
  F.FixNote = callableNote(Api, "ships", Fix);
  report(F);
}

void PoolCallableCheck::checkByName(const PoolApi &Api, const CallableKind &Callable,
                                    ASTContext &Context) {
  const SourceLocation Loc = Callable.Source->getBeginLoc();
  const std::string What = describeCallable(Callable, Context);
  switch (Callable.What) {
  case CallableKind::Lambda:
    return checkLambdaByName(Api, *Callable.TheLambda, What);
  case CallableKind::Function:
    return checkFunctionByName(Api, Callable);
  case CallableKind::MemberFunction:
    if (Api.TakesMemberFunctions)
      return checkFunctionByName(Api, Callable);
    return reportCallable(Loc, What, Api, Reason::member_function,
                          workWrapperFix(Api, Callable.TheFunction, &Context));
  case CallableKind::BoundMember:
    return reportCallable(Loc, What, Api, Reason::member_function,
                          workWrapperFix(Api, Callable.TheFunction, &Context));
  case CallableKind::Bind:
    return reportCallable(Loc, What, Api, Reason::type_erased,
                          "pass the function by name and its bound values as arguments");
  case CallableKind::TypeErased:
    return reportCallable(Loc, What, Api, Reason::type_erased,
                          "pass a registered function by name instead");
  case CallableKind::LocalObject:
    return reportCallable(Loc, What, Api, Reason::local_type, localClassFix(Api));
  case CallableKind::Other:
    return;
  }
}

void PoolCallableCheck::checkLambdaByName(const PoolApi &Api, const LambdaExpr &Lambda,
                                          const std::string &What) {
  const SourceLocation Loc = Lambda.getBeginLoc();
  if (Api.TakesCapturelessLambda) {
    if (Lambda.capture_size() == 0)
      return;
    return reportCallable(Loc, capturingLambda(Lambda, What), Api, Reason::closure,
                          "it needs an empty capture list: " +
                              namespaceFunctionFix(Api, Lambda));
  }
  if (usesThis(Lambda))
    return reportCallable(Loc, "lambda capturing 'this'", Api, Reason::member_function,
                          workWrapperFix(Api));
  reportCallable(Loc, What, Api, Reason::closure, namespaceFunctionFix(Api, Lambda));
}

void PoolCallableCheck::checkFunctionByName(const PoolApi &Api, const CallableKind &Callable) {
  const FunctionDecl *F = Callable.TheFunction;
  if (!F)
    return;
  const SourceLocation Loc = Callable.Source->getBeginLoc();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
    if (isLocalClass(*Method->getParent()))
      return reportCallable(Loc, "member function '" + registryName(*Method) + "' of a local class",
                            Api, Reason::local_type, localClassFix(Api));
  if (CheckRegistration && registry().registersWith(Api.RegistrationMacro))
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
  const std::string Name = Action->getNameAsString();
  Finding F;
  F.At = Call.Site->getBeginLoc();
  F.Message = "action '" + Name + "' passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: " + reasonText(Reason::local_type).Why.str();
  F.Notes.push_back({Action->getLocation(), "'" + Name + "' is declared inside a function"});
  F.FixNote = "move " +
              (Api.RegistrationMacro.empty() ? std::string("its declaration") : Api.RegistrationMacro) +
              " to namespace scope";
  report(F);
}

// The far side calls a default object of the callable's type: whatever the
// object holds stays here, and a function pointer is a null one there.
void PoolCallableCheck::checkTypeOnly(const PoolApi &Api, const CallableKind &Callable,
                                      ASTContext &Context) {
  const SourceLocation Loc = Callable.Source->getBeginLoc();
  switch (Callable.What) {
  case CallableKind::Lambda:
    for (const UsedCapture &Use : usedCaptures(*Callable.TheLambda))
      reportStateNotSent(Api, Use);
    return;
  case CallableKind::Function:
  case CallableKind::MemberFunction: {
    if (!Callable.TheFunction)
      return reportCallable(Loc, describeCallable(Callable, Context), Api, Reason::type_only,
                            "pass a lambda with an empty capture list that calls the function");
    const std::string Name = "'" + Callable.TheFunction->getQualifiedNameAsString() + "'";
    return reportCallable(Loc, "function " + Name, Api, Reason::type_only,
                          "pass a lambda with an empty capture list that calls " + Name);
  }
  case CallableKind::Other:
  case CallableKind::LocalObject:
  case CallableKind::Bind:
  case CallableKind::BoundMember:
  case CallableKind::TypeErased: {
    const QualType T = Callable.Source->getType().getNonReferenceType().getUnqualifiedType();
    const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
    if (T->isDependentType() || (Record && Record->hasDefinition() && Record->isEmpty()))
      return;
    const std::string Name =
        "function object of type '" + typeName(T, Context.getPrintingPolicy()) + "'";
    return reportCallable(Loc, Name, Api, Reason::type_only,
                          reasonText(Reason::type_only).Hint.str());
  }
  }
}

// An API that rebuilds its target on the receiver from the type needs a
// default constructor and a serializer, which no closure with captures has,
// whatever it captures.
void PoolCallableCheck::reportUnrebuildableLambda(const PoolApi &Api, const LambdaExpr &Lambda,
                                                  const std::string &What) {
  std::vector<std::string> Names;
  for (const UsedCapture &Use : usedCaptures(Lambda))
    if (Use.Var)
      Names.push_back(Use.Var->getNameAsString());
  const std::string Registered =
      Api.RegistrationMacro.empty() ? "a registered function"
                                    : "a function registered with " + Api.RegistrationMacro;
  std::string Fix = "store a lambda with an empty capture list, " + Registered +
                    " or a bind of one, or a serializable function object with a default "
                    "constructor";
  if (!Names.empty())
    Fix += ", and pass " + quotedList(Names) + " as " +
           (Names.size() == 1 ? "an argument" : "arguments") + " when calling it";
  Finding F;
  F.At = Lambda.getBeginLoc();
  F.Message = capturingLambda(Lambda, What) + " passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: the receiver rebuilds the target from "
              "its type, and a closure with captures has neither a default constructor nor "
              "a serializer";
  F.FixNote = callableNote(Api, "copies", Fix);
  report(F);
}

void PoolCallableCheck::reportStateNotSent(const PoolApi &Api, const UsedCapture &Use) {
  const std::string Root = captureSpelling(Use);
  Finding F;
  F.At = Use.Loc;
  F.Message = "capture '" + Root + "' of the lambda passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: " + reasonText(Reason::type_only).Why.str();
  const std::string Fix = Use.Var && Api.Payload
                              ? passAsArgument(Api, Use)
                              : "pass what the lambda needs as arguments of '" +
                                    Api.displayName().str() + "'" + objectHandleHint(Api);
  F.FixNote = callableNote(Api, "sends", Fix);
  report(F);
}

void PoolCallableCheck::checkCaptures(const PoolApi &Api, const LambdaExpr &Lambda,
                                      ASTContext &Context) {
  const llvm::SmallVector<UsedCapture, 4> Uses = usedCaptures(Lambda);
  std::optional<CaptureRewrite> Rewrite;
  bool Computed = false;
  bool RewriteOffered = false;
  for (const UsedCapture &Use : Uses) {
    // Only a lambda with a finding is rewritten, and the rewrite is worked
    // out once for all its findings.
    if (!Computed && !captureShips(Api, Lambda, Use, Context)) {
      Rewrite = cleanCaptures(Api, Lambda, Context);
      Computed = true;
    }
    reportCapture(Api, Lambda, Use, Rewrite, RewriteOffered, Context);
  }
}

bool PoolCallableCheck::captureShips(const PoolApi &Api, const LambdaExpr &Lambda,
                                     const UsedCapture &Use, ASTContext &Context) {
  Verdict ByAddress;
  return captureVerdict(Lambda, Use, closureBackend(Api), ByAddress, Context).Shippable;
}

// The ClosureCleaner rewrite for a lambda this API copies, unless the lambda
// is part of a template instantiation, whose source other instantiations
// share.
std::optional<CaptureRewrite> PoolCallableCheck::cleanCaptures(const PoolApi &Api,
                                                               const LambdaExpr &Lambda,
                                                               ASTContext &Context) {
  for (const DeclContext *Ctx = Lambda.getLambdaClass()->getDeclContext(); Ctx;
       Ctx = Ctx->getParent())
    if (const auto *F = dyn_cast<FunctionDecl>(Ctx); F && F->isTemplateInstantiation())
      return std::nullopt;
  const bool Bytes = Api.CallPolicy == Policy::ByBytes;
  const Backend Via = closureBackend(Api);
  return rewriteCaptures(Lambda, Context, [&](QualType T) {
    return (!Bytes || T.isTriviallyCopyableType(Context)) && model(Context).judge(T, Via).Shippable;
  });
}

// What to do with a capture that cannot travel in the closure. A value the
// API's arguments can carry goes there: by-bytes APIs serialize arguments but
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
  const bool ValueShips =
      !Value->isPointerType() && model(Context).judge(Value, Api.WireBackend).Shippable;
  if (ValueShips && Api.CallPolicy == Policy::ByValue && Use.ByReference)
    return "capture '" + Name + "' by copy";
  if (ValueShips && Api.Payload)
    return passAsArgument(Api, Use);
  return fixHint(V, Api.WireBackend, Policy);
}

// The capture's verdict: its value's, or for a reference and `this` the
// address it holds, unless what it refers to is the more telling culprit (a
// pool, a mutex, a stream).
const Verdict &PoolCallableCheck::captureVerdict(const LambdaExpr &Lambda, const UsedCapture &Use,
                                                 Backend Via, Verdict &ByAddress,
                                                 ASTContext &Context) {
  if (Use.Var && !Use.ByReference)
    return model(Context).judge(Use.Var->getType().getNonReferenceType(), Via);
  ByAddress.Shippable = false;
  ByAddress.Why = Reason::address_bound;
  if (!Use.Var) {
    for (const DeclContext *Ctx = Lambda.getLambdaClass()->getDeclContext(); Ctx;
         Ctx = Ctx->getParent())
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Ctx);
          Method && !Method->isStatic() && !Method->getParent()->isLambda()) {
        ByAddress.Culprit = Method->getThisType();
        break;
      }
    return ByAddress;
  }
  ByAddress.Culprit = Context.getLValueReferenceType(Use.Var->getType().getNonReferenceType());
  const Verdict &Referred = model(Context).judge(Use.Var->getType().getNonReferenceType(), Via);
  if (!Referred.Shippable && Referred.Steps.empty() && Referred.Why != Reason::address_bound &&
      Referred.Why != Reason::no_serializer)
    return Referred;
  return ByAddress;
}

// `&x` -> `x`, when a copy is certainly what the worker needs: a local that
// is trivially copyable, holds no address, and is only read.
std::optional<SourceLocation> PoolCallableCheck::removableAmpersand(const PoolApi &Api,
                                                                   const LambdaExpr &Lambda,
                                                                   const UsedCapture &Use,
                                                                   ASTContext &Context) {
  const auto *Local = dyn_cast_or_null<VarDecl>(Use.Var);
  if (!Use.ByReference || Use.Implicit || !Local || Api.CallPolicy != Policy::ByBytes ||
      !Local->isLocalVarDecl() || Local->getType()->isReferenceType() ||
      !Local->getType().isTriviallyCopyableType(Context) ||
      !model(Context).judge(Local->getType(), Backend::Bitwise).Shippable ||
      !onlyReads(Lambda, *Local, Context))
    return std::nullopt;
  return ampersandBefore(Use.Loc, Context.getSourceManager());
}

void PoolCallableCheck::reportCapture(const PoolApi &Api, const LambdaExpr &Lambda,
                                      const UsedCapture &Use,
                                      const std::optional<CaptureRewrite> &Rewrite,
                                      bool &RewriteOffered, ASTContext &Context) {
  const PrintingPolicy &Policy = Context.getPrintingPolicy();
  const Backend Via = closureBackend(Api);
  const std::string Root = captureSpelling(Use);
  Verdict ByAddress;
  const Verdict &V = captureVerdict(Lambda, Use, Via, ByAddress, Context);
  if (V.Shippable)
    return;
  const std::optional<SourceLocation> Amp = removableAmpersand(Api, Lambda, Use, Context);
  const std::optional<SourceLocation> Written =
      Use.ByReference && !Use.Implicit && Use.Var
          ? ampersandBefore(Use.Loc, Context.getSourceManager())
          : std::nullopt;
  Finding F;
  F.At = Written ? *Written : Use.Loc;
  F.Message = "capture '" + Root + "' of the lambda passed to '" + Api.displayName().str() +
              "' cannot be sent to another process: " + describeCulprit(Root, V, Policy);
  // One fix-it for the whole list, on the lambda's first finding.
  if (Rewrite && !RewriteOffered)
    F.Fixes.push_back(FixItHint::CreateReplacement(Rewrite->Range, Rewrite->Replacement));
  else if (Amp && !Rewrite)
    F.Fixes.push_back(FixItHint::CreateRemoval(CharSourceRange::getCharRange(*Amp, Use.Loc)));
  RewriteOffered = RewriteOffered || Rewrite;
  F.explain(V, Policy);
  if (Use.Implicit && Use.Var)
    F.Notes.push_back({Lambda.getCaptureDefaultLoc(),
                       "'" + Use.Var->getNameAsString() +
                           "' is captured through this default capture"});
  F.FixNote = callableNote(
      Api, "copies",
      Rewrite ? "capture what the body uses by copy: " + Rewrite->Replacement
      : Amp   ? "capture '" + Use.Var->getNameAsString() + "' by copy"
              : captureFix(Api, Use, V, Context));
  report(F);
}

} // namespace clang::tidy::serialint
