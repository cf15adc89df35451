//===--- PoolApiRegistry.cpp - serialint ----------------------------------===//

#include "PoolApiRegistry.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::serialint {

namespace {

struct NamedPolicy {
  llvm::StringRef Name;
  Policy Value;
};
constexpr NamedPolicy Policies[] = {
    {"by-name", Policy::ByName},
    {"by-bytes", Policy::ByBytes},
    {"by-value", Policy::ByValue},
    {"payload-only", Policy::PayloadOnly},
};

struct NamedBackend {
  llvm::StringRef Name;
  Backend Value;
};
constexpr NamedBackend Backends[] = {
    {"cereal", Backend::Cereal},   {"boost", Backend::BoostSerialization},
    {"msgpack", Backend::Msgpack}, {"upcxx", Backend::Upcxx},
    {"hpx", Backend::Hpx},         {"bitwise", Backend::Bitwise},
};

ArgPosition at(unsigned Index) { return {ArgPosition::Index, Index, 0}; }
ArgPosition from(unsigned First) { return {ArgPosition::From, First, 0}; }
constexpr ArgPosition BeforePack{ArgPosition::BeforePack, 0, 0};
constexpr ArgPosition Pack{ArgPosition::Pack, 0, 0};
constexpr ArgPosition BeforeTarget{ArgPosition::BeforeTarget, 0, 0};
constexpr ArgPosition AfterTarget{ArgPosition::AfterTarget, 0, 0};
constexpr std::nullopt_t None = std::nullopt;

PoolApi api(llvm::StringRef Name, llvm::StringRef Profile, std::optional<ArgPosition> Callable,
            std::optional<ArgPosition> Payload, Policy P, Backend B,
            llvm::StringRef Macro = "") {
  PoolApi Api;
  Api.QualifiedName = Name.str();
  Api.Profile = Profile.str();
  Api.Callable = Callable;
  Api.Payload = Payload;
  Api.CallPolicy = P;
  Api.WireBackend = B;
  Api.RegistrationMacro = Macro.str();
  return Api;
}

// Ray's C++ API: ray::Task(f).Remote(args...), ray::Actor(factory).Remote(),
// handle.Task(&T::m).Remote(args...); the worker finds f by the name
// RAY_REMOTE registered, and msgpack writes the arguments.
std::vector<PoolApi> rayProfile() {
  constexpr Policy P = Policy::ByName;
  constexpr Backend B = Backend::Msgpack;
  std::vector<PoolApi> Apis = {
      api("ray::Task", "ray", at(0), None, P, B, "RAY_REMOTE"),
      api("ray::internal::TaskCaller::Remote", "ray", None, Pack, P, B),
      api("ray::Actor", "ray", at(0), None, P, B, "RAY_REMOTE"),
      api("ray::internal::ActorCreator::Remote", "ray", None, Pack, P, B),
      api("ray::ActorHandle::Task", "ray", at(0), None, P, B, "RAY_REMOTE"),
      api("ray::internal::ActorTaskCaller::Remote", "ray", None, Pack, P, B),
      api("ray::Put", "ray", None, at(0), Policy::PayloadOnly, B),
  };
  Apis[4].TakesMemberFunctions = true;
  return Apis;
}

// HPX sends actions to a locality named by an id_type; the same functions
// without one run here, in this process.
std::vector<PoolApi> hpxProfile() {
  constexpr Policy P = Policy::ByName;
  constexpr Backend B = Backend::Hpx;
  std::vector<PoolApi> Apis;
  for (llvm::StringRef Name : {"hpx::async", "hpx::post", "hpx::sync", "hpx::apply"}) {
    PoolApi Api = api(Name, "hpx", BeforeTarget, AfterTarget, P, B, "HPX_PLAIN_ACTION");
    Api.TargetType = "hpx::id_type";
    Api.ActionBase = "hpx::actions::basic_action";
    Apis.push_back(std::move(Api));
  }
  PoolApi Invoke = api("hpx::actions::basic_action::operator()", "hpx", None, AfterTarget, P, B);
  Invoke.TargetType = "hpx::id_type";
  Apis.push_back(std::move(Invoke));
  PoolApi ToAction = api("hpx::actions::lambda_to_action", "hpx", at(0), None, P, B);
  ToAction.TakesCapturelessLambda = true;
  Apis.push_back(std::move(ToAction));
  // These ship their trailing arguments: constructor arguments to the
  // locality that creates the component, an action's arguments to every id of
  // a broadcast, or with a callback run here once the parcel is sent.
  for (llvm::StringRef Name :
       {"hpx::new_", "hpx::components::new_", "hpx::lcos::broadcast",
        "hpx::lcos::broadcast_post", "hpx::lcos::broadcast_apply",
        "hpx::lcos::broadcast_with_index", "hpx::async_cb", "hpx::post_cb"})
    Apis.push_back(api(Name, "hpx", None, Pack, Policy::PayloadOnly, B));
  for (llvm::StringRef Name : {"hpx::function::function", "hpx::function::operator="}) {
    PoolApi Api = api(Name, "hpx", at(0), None, Policy::ByValue, B);
    Api.DisplayName = "hpx::distributed::function";
    Api.ShipsWhenClassArgTrue = 1; // hpx::function<Sig, Serializable>
    Apis.push_back(std::move(Api));
  }
  return Apis;
}

// UPC++ copies the function object byte for byte and serializes the
// arguments; the callable sits just before the argument pack in every
// overload (rank; team and rank; with completions).
std::vector<PoolApi> upcxxProfile() {
  constexpr Policy P = Policy::ByBytes;
  constexpr Backend B = Backend::Upcxx;
  PoolApi AsRpc = api("upcxx::detail::support_as_rpc::as_rpc", "upcxx", BeforePack, Pack, P, B);
  AsRpc.DisplayName = "upcxx::remote_cx::as_rpc";
  return {
      api("upcxx::rpc", "upcxx", BeforePack, Pack, P, B),
      api("upcxx::rpc_ff", "upcxx", BeforePack, Pack, P, B),
      api("upcxx::remote_cx::as_rpc", "upcxx", BeforePack, Pack, P, B),
      std::move(AsRpc),
  };
}

// YGM copies the lambda byte for byte; its arguments go through cereal.
std::vector<PoolApi> ygmProfile() {
  constexpr Policy P = Policy::ByBytes;
  constexpr Backend B = Backend::Cereal;
  std::vector<PoolApi> Apis{
      api("ygm::comm::async", "ygm", BeforePack, Pack, P, B),
      api("ygm::comm::async_bcast", "ygm", BeforePack, Pack, P, B),
      api("ygm::comm::async_mcast", "ygm", BeforePack, Pack, P, B),
  };
  // The containers send a visitor and its arguments to the rank that owns
  // the key: `map.async_visit(key, visitor, args...)`. Newer YGM declares
  // the calls in CRTP bases under ygm::container::detail.
  for (llvm::StringRef Name :
       {"ygm::container::map::async_visit", "ygm::container::map::async_visit_if_contains",
        "ygm::container::map::async_insert_if_missing_else_visit",
        "ygm::container::array::async_visit",
        "ygm::container::disjoint_set::async_union_and_execute",
        "ygm::container::detail::base_async_visit::async_visit",
        "ygm::container::detail::base_async_visit::async_visit_if_contains",
        "ygm::container::detail::base_async_insert_or_assign::async_insert_if_missing_else_visit"})
    Apis.push_back(api(Name, "ygm", BeforePack, Pack, P, B));
  Apis.push_back(api("ygm::container::map::async_reduce", "ygm", at(2),
                     ArgPosition{ArgPosition::Range, 0, 1}, P, B));
  for (llvm::StringRef Name :
       {"ygm::container::map::async_insert", "ygm::container::bag::async_insert",
        "ygm::container::set::async_insert", "ygm::container::counting_set::async_insert"})
    Apis.push_back(api(Name, "ygm", None, from(0), Policy::PayloadOnly, B));
  return Apis;
}

std::vector<PoolApi> boostMpiProfile() {
  constexpr Policy P = Policy::PayloadOnly;
  constexpr Backend B = Backend::BoostSerialization;
  return {
      api("boost::mpi::communicator::send", "boost-mpi", None, at(2), P, B),
      api("boost::mpi::communicator::isend", "boost-mpi", None, at(2), P, B),
      api("boost::mpi::broadcast", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::scatter", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::gather", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::all_gather", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::all_to_all", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::reduce", "boost-mpi", None, at(1), P, B),
      api("boost::mpi::all_reduce", "boost-mpi", None, at(1), P, B),
  };
}

llvm::Error specError(llvm::StringRef Text, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + Text + "': " + Why);
}

llvm::Expected<std::optional<ArgPosition>> parsePosition(llvm::StringRef Value,
                                                         llvm::StringRef Text) {
  if (Value == "none")
    return std::nullopt;
  if (Value == "pack")
    return Pack;
  if (Value == "pack-1")
    return BeforePack;
  if (Value == "before-target")
    return BeforeTarget;
  if (Value == "after-target")
    return AfterTarget;
  auto [First, Rest] = Value.split("..");
  unsigned Begin = 0, End = 0;
  if (First.getAsInteger(10, Begin))
    return specError(Text, "position '" + Value +
                               "' is not N, N.., N..M, pack, pack-1 or none");
  if (!Value.contains(".."))
    return at(Begin);
  if (Rest.empty())
    return from(Begin);
  if (Rest.getAsInteger(10, End) || End < Begin)
    return specError(Text, "position '" + Value + "' is not a valid range");
  return ArgPosition{ArgPosition::Range, Begin, End};
}

llvm::Error applySetting(PoolApi &Api, llvm::StringRef Setting, llvm::StringRef Text) {
  auto [Key, Value] = Setting.split('=');
  Key = Key.trim();
  Value = Value.trim();
  if (Value.empty())
    return specError(Text, "setting '" + Setting + "' has no value");
  if (Key == "callable" || Key == "payload") {
    auto Position = parsePosition(Value, Text);
    if (!Position)
      return Position.takeError();
    (Key == "callable" ? Api.Callable : Api.Payload) = *Position;
  } else if (Key == "policy") {
    std::optional<Policy> P = policyFromName(Value);
    if (!P)
      return specError(Text, "unknown policy '" + Value +
                                 "'; use by-name, by-bytes, by-value or payload-only");
    Api.CallPolicy = *P;
  } else if (Key == "backend") {
    std::optional<Backend> B = backendFromName(Value);
    if (!B)
      return specError(Text, "unknown backend '" + Value +
                                 "'; use cereal, boost, msgpack, upcxx, hpx or bitwise");
    Api.WireBackend = *B;
  } else if (Key == "register") {
    Api.RegistrationMacro = Value.str();
  } else if (Key == "target") {
    Api.TargetType = Value.str();
  } else {
    return specError(Text, "unknown setting '" + Key +
                               "'; use callable, payload, policy, backend, register or target");
  }
  return llvm::Error::success();
}

llvm::Expected<PoolApi> parseSettings(PoolApi Api, llvm::StringRef Settings,
                                      llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  const std::string Spaced = Settings.str();
  llvm::StringRef(Spaced).split(Parts, ',', -1, false);
  llvm::SmallVector<llvm::StringRef, 6> Words;
  for (llvm::StringRef Part : Parts)
    Part.split(Words, ' ', -1, false);
  Parts = Words;
  bool HasPolicy = false;
  for (llvm::StringRef Part : Parts) {
    if (Part.trim().empty())
      continue;
    HasPolicy |= Part.trim().starts_with("policy=");
    if (llvm::Error E = applySetting(Api, Part, Text))
      return E;
  }
  if (!HasPolicy)
    return specError(Text, "no policy; add policy=by-name, by-bytes, by-value or payload-only");
  if (!Api.Callable && !Api.Payload)
    return specError(Text, "names neither a callable nor a payload");
  if (Api.CallPolicy == Policy::PayloadOnly && Api.Callable)
    return specError(Text, "a payload-only API has no callable");
  return Api;
}

bool hasTargetType(const Expr *Arg, llvm::StringRef TargetType) {
  const auto *Record = Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return Record && registryName(*Record) == TargetType;
}

bool derivesFrom(QualType T, llvm::StringRef Base) {
  const auto *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  if (registryName(*Record) == Base)
    return true;
  for (const CXXBaseSpecifier &Spec : Record->bases())
    if (derivesFrom(Spec.getType(), Base))
      return true;
  return false;
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

} // namespace

llvm::StringRef policyName(Policy P) {
  for (const NamedPolicy &Entry : Policies)
    if (Entry.Value == P)
      return Entry.Name;
  llvm_unreachable("unknown policy");
}

std::optional<Policy> policyFromName(llvm::StringRef Name) {
  for (const NamedPolicy &Entry : Policies)
    if (Entry.Name == Name)
      return Entry.Value;
  return std::nullopt;
}

llvm::StringRef backendName(Backend B) {
  for (const NamedBackend &Entry : Backends)
    if (Entry.Value == B)
      return Entry.Name;
  llvm_unreachable("unknown backend");
}

std::optional<Backend> backendFromName(llvm::StringRef Name) {
  for (const NamedBackend &Entry : Backends)
    if (Entry.Name == Name)
      return Entry.Value;
  return std::nullopt;
}

llvm::ArrayRef<llvm::StringRef> PoolApiRegistry::builtinProfiles() {
  static const llvm::StringRef Names[] = {"ray", "hpx", "upcxx", "ygm", "boost-mpi",
                                          "annotated"};
  return Names;
}

std::vector<PoolApi> PoolApiRegistry::profileEntries(llvm::StringRef Profile) {
  if (Profile == "ray")
    return rayProfile();
  if (Profile == "hpx")
    return hpxProfile();
  if (Profile == "upcxx")
    return upcxxProfile();
  if (Profile == "ygm")
    return ygmProfile();
  if (Profile == "boost-mpi")
    return boostMpiProfile();
  return {};
}

llvm::Expected<PoolApi> PoolApiRegistry::parseEntry(llvm::StringRef Text) {
  Text = Text.trim();
  const size_t Open = Text.find('(');
  if (Open == llvm::StringRef::npos || !Text.ends_with(")"))
    return specError(Text, "expected 'qualified::name(setting=value, ...)'");
  llvm::StringRef Name = Text.take_front(Open).trim();
  Name.consume_front("::");
  if (Name.empty())
    return specError(Text, "no function name");
  PoolApi Api;
  Api.QualifiedName = Name.str();
  Api.Profile = "option";
  return parseSettings(std::move(Api), Text.slice(Open + 1, Text.size() - 1), Text);
}

llvm::Expected<PoolApi> PoolApiRegistry::parseSpec(llvm::StringRef Name,
                                                   llvm::StringRef Spec) {
  PoolApi Api;
  Api.QualifiedName = Name.str();
  Api.Profile = "annotated";
  return parseSettings(std::move(Api), Spec, Spec);
}

void PoolApiRegistry::add(PoolApi Api) { Apis.push_back(std::move(Api)); }

std::vector<std::string> PoolApiRegistry::functionNames() const {
  // Qualified matching misses members of class templates, whose qualified
  // names carry template arguments; `find` compares the full name instead.
  std::vector<std::string> Names;
  for (const PoolApi &Api : Apis) {
    std::string Last = llvm::StringRef(Api.QualifiedName).rsplit("::").second.str();
    if (Last.empty())
      Last = Api.QualifiedName;
    if (llvm::find(Names, Last) == Names.end())
      Names.push_back(std::move(Last));
  }
  return Names;
}

const PoolApi *PoolApiRegistry::find(const FunctionDecl &Callee) const {
  const std::string Name = registryName(Callee);
  for (const PoolApi &Api : Apis)
    if (Api.QualifiedName == Name)
      return &Api;
  return nullptr;
}

PoolCall resolveCall(const PoolApi &Api, const Expr &Site, const FunctionDecl &Callee,
                     llvm::ArrayRef<const Expr *> Args) {
  PoolCall Call;
  Call.Site = &Site;
  Call.Callee = &Callee;
  Call.Args.assign(Args.begin(), Args.end());
  const unsigned Count = Args.size();
  std::optional<unsigned> Target;
  if (!Api.TargetType.empty()) {
    for (unsigned I = 0; I < Count && !Target; ++I)
      if (hasTargetType(Args[I], Api.TargetType))
        Target = I;
    if (!Target) {
      Call.Ships = false;
      return Call;
    }
  }
  if (Api.ShipsWhenClassArgTrue && !classArgIsTrue(Callee, *Api.ShipsWhenClassArgTrue)) {
    Call.Ships = false;
    return Call;
  }
  const std::optional<unsigned> PackAt = packIndex(Callee);
  auto Place = [&](const ArgPosition &P, unsigned &Begin, unsigned &End) {
    Begin = 0;
    End = 0; // exclusive
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
        Begin = *Target + 1, End = Count;
      break;
    }
    End = std::min(End, Count);
  };
  unsigned Begin, End;
  if (Api.Callable) {
    Place(*Api.Callable, Begin, End);
    if (Begin < End)
      Call.CallableIndex = Begin;
  }
  if (!Api.ActionBase.empty()) {
    const bool ArgIsAction =
        Call.CallableIndex && derivesFrom(Args[*Call.CallableIndex]->getType(), Api.ActionBase);
    const std::optional<QualType> Explicit = firstTemplateTypeArg(Callee);
    const bool TemplateIsAction = Explicit && derivesFrom(*Explicit, Api.ActionBase);
    if (!ArgIsAction && !TemplateIsAction) {
      Call.Ships = false;
      return Call;
    }
    if (!ArgIsAction)
      Call.CallableIndex.reset(); // the action is the template argument
  }
  if (Api.Payload) {
    Place(*Api.Payload, Begin, End);
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

std::string registryName(const NamedDecl &D) {
  llvm::SmallVector<std::string, 4> Parts;
  Parts.push_back(D.getNameAsString());
  for (const DeclContext *Ctx = D.getDeclContext(); Ctx; Ctx = Ctx->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(Ctx)) {
      if (!NS->isInline() && !NS->isAnonymousNamespace())
        Parts.push_back(NS->getNameAsString());
    } else if (const auto *Record = dyn_cast<RecordDecl>(Ctx)) {
      Parts.push_back(Record->getNameAsString());
    }
  }
  std::string Name;
  for (const std::string &Part : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += Part;
  }
  return Name;
}

} // namespace clang::tidy::serialint
