//===--- PoolCallableCheck.h - serialint ----------------------------------===//
//
// Flags callables handed to a pool API that cannot reach the worker the way
// that API ships them: a lambda sent to an API that finds functions by name.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLCALLABLECHECK_H
#define SERIALINT_CHECKS_POOLCALLABLECHECK_H

#include "PoolApiRegistry.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::serialint {

class PoolCallableCheck : public ClangTidyCheck {
public:
  PoolCallableCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }

private:
  void checkByName(const PoolApi &Api, const LambdaExpr &Lambda);

  const std::string Profiles;
  PoolApiRegistry Registry;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLCALLABLECHECK_H
