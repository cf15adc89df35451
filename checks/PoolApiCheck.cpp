//===--- PoolApiCheck.cpp - serialint -------------------------------------===//

#include "PoolApiCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::serialint {

namespace {
std::string defaultProfiles() {
  return llvm::join(PoolApiRegistry::builtinProfiles(), ";");
}
} // namespace

PoolApiCheck::PoolApiCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Profiles(Options.getLocalOrGlobal("Profiles", defaultProfiles())) {
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

void PoolApiCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Profiles", Profiles);
}

void PoolApiCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names = Registry.functionNames();
  if (Names.empty())
    return;
  std::vector<StringRef> NameRefs(Names.begin(), Names.end());
  Finder->addMatcher(
      // A library's own calls between its overloads are not the user's.
      callExpr(unless(isExpansionInSystemHeader()),
               callee(functionDecl(hasAnyName(NameRefs)).bind("callee")))
          .bind("call"),
      this);
}

void PoolApiCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  if (const PoolApi *Api = Registry.find(*Callee))
    checkCall(*Call, *Callee, *Api, *Result.Context);
}

const Expr *PoolApiCheck::argument(const CallExpr &Call, const FunctionDecl &Callee,
                                   unsigned Index) {
  const unsigned Offset = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee);
  const unsigned At = Index + Offset;
  return At < Call.getNumArgs() ? Call.getArg(At) : nullptr;
}

} // namespace clang::tidy::serialint
