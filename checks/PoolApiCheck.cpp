//===--- PoolApiCheck.cpp - serialint -------------------------------------===//

#include "PoolApiCheck.h"
#include "Instantiation.h"
#include "PoolApiSyntax.h"
#include "Profiles.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::serialint {

namespace {

// The call's arguments as the registry counts them: the object of a member
// call made through an operator is not one of them.
llvm::SmallVector<const Expr *, 8> registryArgs(const CallExpr &Call,
                                                const FunctionDecl &Callee) {
  const unsigned Skip = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee);
  llvm::SmallVector<const Expr *, 8> Args;
  for (unsigned I = Skip; I < Call.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Call.getArg(I)))
      Args.push_back(Call.getArg(I));
  return Args;
}

} // namespace

PoolApiCheck::PoolApiCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Profiles(Options.getLocalOrGlobal("Profiles", PoolApiRegistry::defaultProfiles())),
      PoolAPIs(Options.getLocalOrGlobal("PoolAPIs", "")),
      PoolHandleTypes(
          Options.getLocalOrGlobal("PoolHandleTypes", defaultPoolHandleTypes().str())) {
  std::vector<RegistryError> Errors;
  Registry = PoolApiRegistry::fromOptions(Profiles, PoolAPIs, Errors);
  for (const RegistryError &E : Errors)
    configurationDiag("%0", DiagnosticIDs::Error) << E.message((Name + ".").str());
  std::string Error;
  if (!llvm::Regex(PoolHandleTypes).isValid(Error))
    configurationDiag("invalid regular expression '%0' in option '%1.PoolHandleTypes': %2",
                      DiagnosticIDs::Error)
        << PoolHandleTypes << Name << Error;
}

void PoolApiCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Profiles", Profiles);
  Options.store(Opts, "PoolAPIs", PoolAPIs);
  Options.store(Opts, "PoolHandleTypes", PoolHandleTypes);
}

void PoolApiCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                       Preprocessor *) {
  Framework = std::make_unique<FrameworkFiles>(SM, PP->getHeaderSearchInfo());
}

// A profile's framework forwarding the user's arguments through its own entry
// points: the user's call has the finding, so the framework's gets none.
// Entries a user declares (option, annotation) are the user's own code.
bool PoolApiCheck::isFrameworksOwnCall(const PoolApi &Api, const Expr &Site,
                                       const FunctionDecl &Callee) {
  const bool FromProfile = Api.Profile != AnnotatedProfile && builtinProfile(Api.Profile);
  return FromProfile && Framework && Framework->isFrameworksOwnCall(Site.getBeginLoc(), Callee);
}

TypeModel &PoolApiCheck::model(ASTContext &Context) {
  if (!Model)
    Model = std::make_unique<TypeModel>(Context, TypeModelOptions{PoolHandleTypes});
  return *Model;
}

void PoolApiCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names = Registry.functionNames();
  std::vector<StringRef> NameRefs(Names.begin(), Names.end());
  const bool Annotations = Registry.readsAnnotations();
  // A library's own calls between its overloads are not the user's.
  if (Names.empty() && !Annotations)
    return;
  auto Marked = functionDecl(hasAttr(attr::Annotate));
  auto Pool = Names.empty() ? Marked
              : Annotations ? functionDecl(anyOf(hasAnyName(NameRefs), hasAttr(attr::Annotate)))
                            : functionDecl(hasAnyName(NameRefs));
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), callee(Pool.bind("callee")))
          .bind("call"),
      this);
  Finder->addMatcher(cxxConstructExpr(unless(isExpansionInSystemHeader()),
                                      hasDeclaration(Pool.bind("callee")))
                         .bind("construct"),
                     this);
}

const PoolApi *PoolApiCheck::annotatedApi(const FunctionDecl &Callee) {
  const FunctionDecl *Key = Callee.getCanonicalDecl();
  auto It = Annotated.find(Key);
  if (It != Annotated.end())
    return It->second.get();
  std::unique_ptr<PoolApi> Entry;
  if (std::optional<StringRef> Spec = poolApiAnnotation(Callee)) {
    llvm::Expected<PoolApi> Api = parsePoolApiSpec(registryName(Callee), *Spec);
    if (Api) {
      Api->Profile = AnnotatedProfile.str();
      Entry = std::make_unique<PoolApi>(std::move(*Api));
    }
    else
      diag(Callee.getLocation(), "invalid SERIALINT_POOL_API specification on '%0': %1")
          << registryName(Callee) << llvm::toString(Api.takeError());
  }
  return (Annotated[Key] = std::move(Entry)).get();
}

void PoolApiCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  if (!Callee) {
    checkOther(Result);
    return;
  }
  const PoolApi *Api = Registry.find(*Callee);
  if (!Api && Registry.readsAnnotations())
    Api = annotatedApi(*Callee);
  if (!Api)
    return;
  PoolCall Call;
  if (const auto *E = Result.Nodes.getNodeAs<CallExpr>("call")) {
    Call = resolveCall(*Api, *E, *Callee, registryArgs(*E, *Callee));
  } else if (const auto *C = Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    llvm::SmallVector<const Expr *, 8> Args(C->arg_begin(), C->arg_end());
    Call = resolveCall(*Api, *C, *Callee, Args);
  } else {
    return;
  }
  if (!Call.Ships || isFrameworksOwnCall(*Api, *Call.Site, *Callee))
    return;
  Site = Call.Site;
  SiteContext = Result.Context;
  SiteNotes.reset();
  checkCall(Call, *Api, *Result.Context);
  Site = nullptr;
}

void PoolApiCheck::report(const Finding &F) {
  if (!Site)
    return serialint::report(*this, F);
  if (!SiteNotes) {
    SiteJudgedInTemplate = judgedInTemplate(*Site, *SiteContext);
    SiteNotes = SiteJudgedInTemplate ? std::vector<Note>{}
                                     : instantiationNotes(*Site, *SiteContext);
  }
  if (SiteJudgedInTemplate)
    return;
  Finding InContext = F;
  InContext.Notes.insert(InContext.Notes.begin(), SiteNotes->begin(), SiteNotes->end());
  serialint::report(*this, InContext);
}

} // namespace clang::tidy::serialint
