//===--- PoolCallableCheck.cpp - serialint --------------------------------===//

#include "PoolCallableCheck.h"
#include "CallableAnalysis.h"
#include "Reasons.h"
#include "clang/AST/ASTContext.h"

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

void PoolCallableCheck::checkCall(const CallExpr &Call, const FunctionDecl &Callee,
                                  const PoolApi &Api, ASTContext &) {
  if (!Api.CallableArg)
    return;
  const LambdaExpr *Lambda = resolveLambda(argument(Call, Callee, *Api.CallableArg));
  if (Lambda && Api.CallPolicy == Policy::ByName)
    checkByName(Api, *Lambda);
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
