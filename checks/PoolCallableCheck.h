//===--- PoolCallableCheck.h - serialint ----------------------------------===//
//
// Flags callables handed to a pool API that cannot reach the worker the way
// that API ships them: a lambda, a local class, a bound member or an
// unregistered function sent by name; a capture copied byte for byte that
// holds an address; a capture serialized by value that has no serializer.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLCALLABLECHECK_H
#define SERIALINT_CHECKS_POOLCALLABLECHECK_H

#include "CallableAnalysis.h"
#include "CaptureRewrite.h"
#include "PoolApiCheck.h"
#include "RegistrationMacros.h"
#include "TypeModel.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::serialint {

class PoolCallableCheck : public PoolApiCheck {
public:
  PoolCallableCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  void checkCall(const PoolCall &Call, const PoolApi &Api, ASTContext &Context) override;
  void checkOther(const ast_matchers::MatchFinder::MatchResult &Result) override;

  void checkByName(const PoolApi &Api, const CallableKind &Callable, ASTContext &Context);
  void checkLambdaByName(const PoolApi &Api, const LambdaExpr &Lambda, const std::string &What);
  void checkFunctionByName(const PoolApi &Api, const CallableKind &Callable);
  void checkExplicitAction(const PoolCall &Call, const PoolApi &Api);
  void checkCaptures(const PoolApi &Api, const LambdaExpr &Lambda, ASTContext &Context);
  void checkTypeOnly(const PoolApi &Api, const CallableKind &Callable, ASTContext &Context);
  void reportStateNotSent(const PoolApi &Api, const UsedCapture &Use);
  void reportUnrebuildableLambda(const PoolApi &Api, const LambdaExpr &Lambda,
                                 const std::string &What);
  void reportCapture(const PoolApi &Api, const LambdaExpr &Lambda, const UsedCapture &Use,
                     const std::optional<CaptureRewrite> &Rewrite, bool &RewriteOffered,
                     ASTContext &Context);
  bool captureShips(const PoolApi &Api, const LambdaExpr &Lambda, const UsedCapture &Use,
                    ASTContext &Context);
  std::optional<CaptureRewrite> cleanCaptures(const PoolApi &Api, const LambdaExpr &Lambda,
                                              ASTContext &Context);
  const Verdict &captureVerdict(const LambdaExpr &Lambda, const UsedCapture &Use, Backend Via,
                                Verdict &ByAddress, ASTContext &Context);
  std::optional<SourceLocation> removableAmpersand(const PoolApi &Api, const LambdaExpr &Lambda,
                                                   const UsedCapture &Use, ASTContext &Context);
  const Expr *boundCallable(const Expr &Source) const;
  void checkBoundOrObject(const PoolApi &Api, const Expr &Source, ASTContext &Context);
  void checkFunctionObjectBytes(const PoolApi &Api, const Expr &Source, ASTContext &Context);
  std::string captureFix(const PoolApi &Api, const UsedCapture &Use, const Verdict &V,
                         ASTContext &Context);
  void reportCallable(SourceLocation Loc, const std::string &What, const PoolApi &Api,
                      Reason Why, const std::string &Fix);

  const bool CheckRegistration;
  const std::string AssumeRegistered;
  llvm::Regex AssumeRegisteredPattern;

  struct NamedUse {
    const FunctionDecl *Function;
    SourceLocation Loc;
    const PoolApi *Api;
  };
  std::vector<NamedUse> NamedUses;
  llvm::DenseSet<const FunctionDecl *> Registered;
  llvm::DenseMap<const FunctionDecl *, SourceLocation> RegisteredInFunction;
  /// Functions named in registration macros, whatever the macros expand to.
  RegistrationMacros NamedInMacros;
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLCALLABLECHECK_H
