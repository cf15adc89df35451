//===--- PoolApiCheck.h - serialint ---------------------------------------===//
//
// The part every pool check shares: the `Profiles`, `PoolAPIs` and
// `PoolHandleTypes` options, the registry they build, functions marked with
// SERIALINT_POOL_API, the matchers for calls into them, and the type model of
// the translation unit. A check derived from this sees each call to a pool
// API once, with its entry and its arguments resolved.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPICHECK_H
#define SERIALINT_CHECKS_POOLAPICHECK_H

#include "Findings.h"
#include "FrameworkFiles.h"
#include "PoolApiRegistry.h"
#include "TypeModel.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::serialint {

class PoolApiCheck : public ClangTidyCheck {
public:
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onStartOfTranslationUnit() override { Model.reset(); }
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }

protected:
  PoolApiCheck(StringRef Name, ClangTidyContext *Context);

  /// Called for every call to a pool API that ships its work elsewhere.
  virtual void checkCall(const PoolCall &Call, const PoolApi &Api, ASTContext &Context) = 0;
  /// Called for every match of a check's own extra matchers.
  virtual void checkOther(const ast_matchers::MatchFinder::MatchResult &) {}

  /// Reports a finding on the call being checked, after the notes that lead
  /// from an instantiation to the user's code; a call the template itself
  /// judges (it depends on no template argument) is reported there alone.
  void report(const Finding &F);

  const PoolApiRegistry &registry() const { return Registry; }
  /// The type model of this translation unit, made on first use.
  TypeModel &model(ASTContext &Context);

private:
  const PoolApi *annotatedApi(const FunctionDecl &Callee);
  bool isFrameworksOwnCall(const PoolApi &Api, const Expr &Site, const FunctionDecl &Callee);

  const std::string Profiles;
  const std::string PoolAPIs;
  const std::string PoolHandleTypes;
  PoolApiRegistry Registry;
  std::unique_ptr<TypeModel> Model;
  std::unique_ptr<FrameworkFiles> Framework;
  /// The call being checked, and what its instantiation says, once asked.
  const Stmt *Site = nullptr;
  ASTContext *SiteContext = nullptr;
  std::optional<std::vector<Note>> SiteNotes;
  bool SiteJudgedInTemplate = false;
  /// Entries read from SERIALINT_POOL_API annotations, one per function.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<PoolApi>> Annotated;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPICHECK_H
