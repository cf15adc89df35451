//===--- PoolApiRegistry.cpp - serialint ----------------------------------===//

#include "PoolApiRegistry.h"
#include "PoolApiSyntax.h"
#include "SerializerModel.h"
#include "Profiles.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::serialint {

namespace {

std::string knownProfiles() {
  llvm::SmallVector<llvm::StringRef, 8> Names;
  for (const BuiltinProfile &Profile : builtinProfiles())
    Names.push_back(Profile.Name);
  return llvm::join(Names, ", ");
}

bool derivesFrom(QualType T, llvm::StringRef Base) {
  const auto *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  if (registryName(*Record) == Base)
    return true;
  if (!Record->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &Spec : Record->bases())
    if (derivesFrom(Spec.getType(), Base))
      return true;
  return false;
}

bool isTarget(const Expr *Arg, llvm::StringRef TargetTypes, ASTContext &Context) {
  const QualType T = Arg->getType().getNonReferenceType();
  llvm::SmallVector<llvm::StringRef, 4> Names;
  TargetTypes.split(Names, '|', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Names, [&](llvm::StringRef Name) {
    if (Name.consume_front("trait:")) {
      const auto [Scope, Trait] = Name.rsplit("::");
      return traitSpecialisedFor(T, Context, Scope, Trait);
    }
    return derivesFrom(T, Name);
  });
}

std::optional<QualType> firstTemplateTypeArg(const FunctionDecl &Callee) {
  const TemplateArgumentList *Args = Callee.getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return std::nullopt;
  return Args->get(0).getAsType();
}

bool classArgIsTrue(const FunctionDecl &Callee, unsigned Index) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Callee.getDeclContext());
  if (!Spec || Index >= Spec->getTemplateArgs().size())
    return false;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[Index];
  return Arg.getKind() == TemplateArgument::Integral && Arg.getAsIntegral().getBoolValue();
}

// Index of the function parameter pack in the callee's pattern, if any.
std::optional<unsigned> packIndex(const FunctionDecl &Callee) {
  const FunctionDecl *Pattern = Callee.getTemplateInstantiationPattern();
  if (!Pattern)
    Pattern = &Callee;
  for (unsigned I = 0; I < Pattern->getNumParams(); ++I)
    if (Pattern->getParamDecl(I)->isParameterPack())
      return I;
  return std::nullopt;
}

/// The half-open range of argument indexes `P` names, in a call of `Count`
/// arguments whose pack starts at `PackAt` and whose target is `Target`.
std::pair<unsigned, unsigned> argRange(const ArgPosition &P, std::optional<unsigned> PackAt,
                                       std::optional<unsigned> Target, unsigned Count) {
  unsigned Begin = 0, End = 0;
  switch (P.Kind) {
  case ArgPosition::Index:
    Begin = P.Offset, End = P.Offset + 1;
    break;
  case ArgPosition::From:
    Begin = P.Offset, End = Count;
    break;
  case ArgPosition::Range:
    Begin = P.Offset, End = P.Last + 1;
    break;
  case ArgPosition::Pack:
    if (PackAt)
      Begin = *PackAt, End = Count;
    break;
  case ArgPosition::BeforePack:
    if (PackAt && *PackAt > 0)
      Begin = *PackAt - 1, End = *PackAt;
    break;
  case ArgPosition::BeforeTarget:
    if (Target && *Target > 0)
      Begin = *Target - 1, End = *Target;
    break;
  case ArgPosition::AfterTarget:
    if (Target)
      Begin = *Target + 1 + P.Offset, End = Count;
    break;
  }
  return {Begin, std::min(End, Count)};
}

std::optional<unsigned> targetIndex(const PoolApi &Api, llvm::ArrayRef<const Expr *> Args,
                                    ASTContext &Context) {
  for (unsigned I = 0; I < Args.size(); ++I)
    if (isTarget(Args[I], Api.TargetType, Context))
      return I;
  return std::nullopt;
}

// HPX runs a call here unless its callable, or its explicit template
// argument, is an action: then the action is the callable.
bool shipsAnAction(const PoolApi &Api, const FunctionDecl &Callee,
                   llvm::ArrayRef<const Expr *> Args, PoolCall &Call) {
  const bool ArgIsAction =
      Call.CallableIndex && derivesFrom(Args[*Call.CallableIndex]->getType(), Api.ActionBase);
  const std::optional<QualType> Explicit = firstTemplateTypeArg(Callee);
  const bool TemplateIsAction = Explicit && derivesFrom(*Explicit, Api.ActionBase);
  if (!ArgIsAction && !TemplateIsAction)
    return false;
  if (!ArgIsAction)
    Call.CallableIndex.reset(); // the action is the template argument
  return true;
}

} // namespace

std::string RegistryError::message(llvm::StringRef OptionPrefix) const {
  if (What == UnknownProfile)
    return "unknown pool-API profile '" + oneLine(Detail) + "' in option '" + OptionPrefix.str() +
           "Profiles'; known profiles are " + knownProfiles();
  return "invalid entry in option '" + OptionPrefix.str() + "PoolAPIs': " + Detail;
}

std::string PoolApiRegistry::defaultProfiles() {
  llvm::SmallVector<llvm::StringRef, 8> Names;
  for (const BuiltinProfile &Profile : builtinProfiles())
    Names.push_back(Profile.Name);
  return llvm::join(Names, ";");
}

PoolApiRegistry PoolApiRegistry::fromOptions(llvm::StringRef Profiles,
                                             llvm::StringRef PoolAPIs,
                                             std::vector<RegistryError> &Errors) {
  PoolApiRegistry Registry;
  for (llvm::StringRef Name : utils::options::parseStringList(Profiles)) {
    std::optional<BuiltinProfile> Profile = builtinProfile(Name);
    if (!Profile) {
      Errors.push_back({RegistryError::UnknownProfile, Name.str()});
      continue;
    }
    Registry.Annotations |= Profile->Name == AnnotatedProfile;
    for (llvm::StringRef Text : Profile->Entries) {
      llvm::Expected<PoolApi> Api = parsePoolApiEntry(Text);
      // The round-trip test parses every built-in entry: this cannot fail.
      if (!Api)
        llvm::report_fatal_error(llvm::Twine("built-in profile '") + Name +
                                 "': " + llvm::toString(Api.takeError()));
      Api->Profile = Name.str();
      Registry.add(std::move(*Api));
    }
  }
  for (llvm::StringRef Text : utils::options::parseStringList(PoolAPIs)) {
    llvm::Expected<PoolApi> Api = parsePoolApiEntry(Text);
    if (!Api) {
      Errors.push_back({RegistryError::InvalidEntry, llvm::toString(Api.takeError())});
      continue;
    }
    Api->Profile = "option";
    Registry.add(std::move(*Api));
  }
  return Registry;
}

void PoolApiRegistry::add(PoolApi Api) { Apis.push_back(std::move(Api)); }

std::vector<std::string> PoolApiRegistry::functionNames() const {
  // Qualified matching misses members of class templates, whose qualified
  // names carry template arguments; `find` compares the full name instead.
  std::vector<std::string> Names;
  for (const PoolApi &Api : Apis) {
    if (Api.What != Role::Ships)
      continue;
    std::string Last = llvm::StringRef(Api.QualifiedName).rsplit("::").second.str();
    if (Last.empty())
      Last = Api.QualifiedName;
    if (llvm::find(Names, Last) == Names.end())
      Names.push_back(std::move(Last));
  }
  return Names;
}

std::vector<std::string> PoolApiRegistry::qualifiedNames(Role R) const {
  std::vector<std::string> Names;
  for (const PoolApi &Api : Apis)
    if (Api.What == R && !llvm::is_contained(Names, "::" + Api.QualifiedName))
      Names.push_back("::" + Api.QualifiedName);
  return Names;
}

const PoolApi *PoolApiRegistry::find(const FunctionDecl &Callee, Role R) const {
  const std::string Name = registryName(Callee);
  for (const PoolApi &Api : Apis)
    if (Api.What == R && Api.QualifiedName == Name)
      return &Api;
  return nullptr;
}

bool PoolApiRegistry::registersWith(llvm::StringRef Macro) const {
  return !Macro.empty() && llvm::any_of(Apis, [&](const PoolApi &Api) {
           return Api.What == Role::Registration && Api.RegistrationMacro == Macro;
         });
}

llvm::SmallVector<unsigned, 4> positionIndexes(const ArgPosition &P, const FunctionDecl &Callee,
                                               unsigned Count) {
  const auto [Begin, End] = argRange(P, packIndex(Callee), std::nullopt, Count);
  llvm::SmallVector<unsigned, 4> Indexes;
  for (unsigned I = Begin; I < End; ++I)
    Indexes.push_back(I);
  return Indexes;
}

PoolCall resolveCall(const PoolApi &Api, const Expr &Site, const FunctionDecl &Callee,
                     llvm::ArrayRef<const Expr *> Args) {
  PoolCall Call;
  Call.Site = &Site;
  Call.Callee = &Callee;
  Call.Args.assign(Args.begin(), Args.end());
  const unsigned Count = Args.size();
  std::optional<unsigned> Target;
  if (!Api.TargetType.empty() && !(Target = targetIndex(Api, Args, Callee.getASTContext()))) {
    Call.Ships = false;
    return Call;
  }
  if (Api.ShipsWhenClassArgTrue && !classArgIsTrue(Callee, *Api.ShipsWhenClassArgTrue)) {
    Call.Ships = false;
    return Call;
  }
  const std::optional<unsigned> PackAt = packIndex(Callee);
  if (Api.Callable)
    if (const auto [Begin, End] = argRange(*Api.Callable, PackAt, Target, Count); Begin < End)
      Call.CallableIndex = Begin;
  if (!Api.ActionBase.empty() && !shipsAnAction(Api, Callee, Args, Call)) {
    Call.Ships = false;
    return Call;
  }
  if (Api.Payload) {
    const auto [Begin, End] = argRange(*Api.Payload, PackAt, Target, Count);
    for (unsigned I = Begin; I < End; ++I)
      Call.PayloadIndexes.push_back(I);
  }
  return Call;
}

std::optional<llvm::StringRef> poolApiAnnotation(const FunctionDecl &FD) {
  constexpr llvm::StringLiteral Prefix = "serialint.pool_api:";
  for (const FunctionDecl *D : FD.redecls())
    for (const auto *Attr : D->specific_attrs<AnnotateAttr>())
      if (Attr->getAnnotation().starts_with(Prefix))
        return Attr->getAnnotation().drop_front(Prefix.size());
  if (const FunctionDecl *Pattern = FD.getTemplateInstantiationPattern())
    if (Pattern != &FD)
      return poolApiAnnotation(*Pattern);
  return std::nullopt;
}

} // namespace clang::tidy::serialint
