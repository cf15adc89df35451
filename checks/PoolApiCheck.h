//===--- PoolApiCheck.h - serialint ---------------------------------------===//
//
// The part every pool check shares: the `Profiles` and `PoolAPIs` options,
// the registry they build, and the matcher for calls into it. A check derived
// from this sees each call to a pool API once, with its registry entry.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPICHECK_H
#define SERIALINT_CHECKS_POOLAPICHECK_H

#include "PoolApiRegistry.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::serialint {

class PoolApiCheck : public ClangTidyCheck {
public:
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }

protected:
  PoolApiCheck(StringRef Name, ClangTidyContext *Context);

  /// Called for every call to a pool API of the registry.
  virtual void checkCall(const CallExpr &Call, const FunctionDecl &Callee,
                         const PoolApi &Api, ASTContext &Context) = 0;

  /// The argument at a registry index: the object of a member call made
  /// through an operator is not counted.
  static const Expr *argument(const CallExpr &Call, const FunctionDecl &Callee,
                              unsigned Index);

  const PoolApiRegistry &registry() const { return Registry; }

private:
  const std::string Profiles;
  PoolApiRegistry Registry;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPICHECK_H
