//===--- PoolApiRegistry.cpp - serialint ----------------------------------===//

#include "PoolApiRegistry.h"
#include "clang/AST/DeclCXX.h"
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

PoolApi api(llvm::StringRef Name, llvm::StringRef Profile,
            std::optional<unsigned> Callable, std::optional<ArgRange> Payload,
            Policy P, Backend B, llvm::StringRef Macro = "") {
  return PoolApi{Name.str(), Profile.str(), Callable, Payload, P, B, Macro.str()};
}

constexpr std::optional<unsigned> NoCallable = std::nullopt;
constexpr std::optional<ArgRange> NoPayload = std::nullopt;
ArgRange from(unsigned First) { return ArgRange{First, std::nullopt}; }
ArgRange only(unsigned Index) { return ArgRange{Index, Index}; }

std::vector<PoolApi> rayProfile() {
  constexpr Policy P = Policy::ByName;
  constexpr Backend B = Backend::Msgpack;
  return {
      api("ray::Task", "ray", 0, NoPayload, P, B, "RAY_REMOTE"),
      api("ray::internal::TaskCaller::Remote", "ray", NoCallable, from(0), P, B),
      api("ray::Actor", "ray", 0, NoPayload, P, B, "RAY_REMOTE"),
      api("ray::internal::ActorCreator::Remote", "ray", NoCallable, from(0), P, B),
      api("ray::ActorHandle::Task", "ray", 0, NoPayload, P, B, "RAY_REMOTE"),
      api("ray::internal::ActorTaskCaller::Remote", "ray", NoCallable, from(0), P, B),
  };
}

std::vector<PoolApi> boostMpiProfile() {
  constexpr Policy P = Policy::PayloadOnly;
  constexpr Backend B = Backend::BoostSerialization;
  return {
      api("boost::mpi::communicator::send", "boost-mpi", NoCallable, only(2), P, B),
      api("boost::mpi::communicator::isend", "boost-mpi", NoCallable, only(2), P, B),
      api("boost::mpi::broadcast", "boost-mpi", NoCallable, only(1), P, B),
      api("boost::mpi::scatter", "boost-mpi", NoCallable, only(1), P, B),
      api("boost::mpi::gather", "boost-mpi", NoCallable, only(1), P, B),
      api("boost::mpi::all_gather", "boost-mpi", NoCallable, only(1), P, B),
  };
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
  static const llvm::StringRef Names[] = {"ray", "boost-mpi"};
  return Names;
}

std::vector<PoolApi> PoolApiRegistry::profileEntries(llvm::StringRef Profile) {
  if (Profile == "ray")
    return rayProfile();
  if (Profile == "boost-mpi")
    return boostMpiProfile();
  return {};
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
