//===--- PoolCallableCheck.cpp - serialint --------------------------------===//

#include "PoolCallableCheck.h"
#include "CallableAnalysis.h"
#include "Reasons.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::serialint {

namespace {

constexpr llvm::StringLiteral DefaultProfiles = "ray;boost-mpi";

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

std::vector<std::string> capturedNames(const LambdaExpr &Lambda) {
  std::vector<std::string> Names;
  for (const LambdaCapture &Capture : Lambda.captures()) {
    if (Capture.capturesThis())
      Names.push_back("*this");
    else if (Capture.capturesVariable())
      Names.push_back(Capture.getCapturedVar()->getNameAsString());
  }
  return Names;
}

std::string byNameFix(const PoolApi &Api, const LambdaExpr &Lambda) {
  std::string Fix = "define it as a namespace-scope function";
  if (!Api.RegistrationMacro.empty())
    Fix += ", register it with " + Api.RegistrationMacro + ",";
  const std::vector<std::string> Captures = capturedNames(Lambda);
  if (Captures.empty())
    return Fix + " and pass its name";
  return Fix + " and pass " + quotedList(Captures) +
         (Captures.size() == 1 ? " as an argument" : " as arguments");
}

} // namespace

PoolCallableCheck::PoolCallableCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Profiles(Options.getLocalOrGlobal("Profiles", DefaultProfiles.str())) {
  llvm::SmallVector<StringRef, 8> Names;
  StringRef(Profiles).split(Names, ';', -1, /*KeepEmpty=*/false);
  for (StringRef Profile : Names) {
    std::vector<PoolApi> Entries = PoolApiRegistry::profileEntries(Profile.trim());
    if (Entries.empty()) {
      configurationDiag("unknown pool-API profile '%0' in option '%1.Profiles'; "
                        "known profiles are %2",
                        DiagnosticIDs::Error)
          << Profile.trim() << Name
          << llvm::join(PoolApiRegistry::builtinProfiles(), ", ");
      continue;
    }
    for (PoolApi &Api : Entries)
      Registry.add(std::move(Api));
  }
}

void PoolCallableCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Profiles", Profiles);
}

void PoolCallableCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names = Registry.qualifiedNames();
  if (Names.empty())
    return;
  std::vector<StringRef> NameRefs(Names.begin(), Names.end());
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasAnyName(NameRefs)).bind("callee")))
          .bind("call"),
      this);
}

void PoolCallableCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  const PoolApi *Api = Registry.find(*Callee);
  if (!Api || !Api->CallableArg)
    return;
  // A member call's arguments do not count the object, as in the registry.
  const unsigned Offset = isa<CXXOperatorCallExpr>(Call) &&
                                  isa<CXXMethodDecl>(Callee) ? 1 : 0;
  const unsigned Index = *Api->CallableArg + Offset;
  if (Index >= Call->getNumArgs())
    return;
  const LambdaExpr *Lambda = resolveLambda(Call->getArg(Index));
  if (!Lambda)
    return;
  if (Api->CallPolicy == Policy::ByName)
    checkByName(*Api, *Lambda);
}

void PoolCallableCheck::checkByName(const PoolApi &Api, const LambdaExpr &Lambda) {
  const ReasonText Why = reasonText(::serialint::reason::closure);
  diag(Lambda.getBeginLoc(),
       "lambda passed to '%0' cannot be sent to another process: %1")
      << Api.QualifiedName << Why.Why;
  diag(Lambda.getBeginLoc(), "'%0' ships its callable by name (policy '%1'); %2",
       DiagnosticIDs::Note)
      << Api.QualifiedName << policyName(Api.CallPolicy) << byNameFix(Api, Lambda);
}

} // namespace clang::tidy::serialint
