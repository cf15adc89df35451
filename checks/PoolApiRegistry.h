//===--- PoolApiRegistry.h - serialint ------------------------------------===//
//
// The pool APIs serialint knows: functions that ship a callable or its
// arguments to another process. Both pool checks read this one table, so a
// profile added here is seen by every check.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPIREGISTRY_H
#define SERIALINT_CHECKS_POOLAPIREGISTRY_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::serialint {

/// How an API moves the callable to the worker.
enum class Policy {
  ByName,      ///< looks a registered function up by name on the worker
  ByBytes,     ///< copies the closure object byte for byte
  ByValue,     ///< serializes the closure's captures one by one
  PayloadOnly, ///< no callable crosses, only data
};

/// What writes the payload on the wire.
enum class Backend {
  Cereal,
  BoostSerialization,
  Msgpack,
  Upcxx,
  Hpx,
  Bitwise,
};

llvm::StringRef policyName(Policy P);
std::optional<Policy> policyFromName(llvm::StringRef Name);
llvm::StringRef backendName(Backend B);
std::optional<Backend> backendFromName(llvm::StringRef Name);

/// Where an argument sits in a call. Variadic pool APIs put the callable
/// just before their argument pack, whatever comes first (a rank, a team, a
/// completion), so positions can be given relative to the pack or to a
/// target argument as well as by index.
struct ArgPosition {
  enum Anchor {
    Index,       ///< argument `Offset`
    BeforePack,  ///< the argument just before the function parameter pack
    Pack,        ///< the pack and what follows it
    BeforeTarget,///< the argument just before the target
    AfterTarget, ///< every argument after the target
    From,        ///< `Offset` and every argument after it
    Range,       ///< `Offset` to `Last`, inclusive
  } Kind = Index;
  unsigned Offset = 0;
  unsigned Last = 0;
};

struct PoolApi {
  /// Fully qualified, without template arguments or inline namespaces:
  /// `ray::Task`, `ygm::comm::async`, `boost::mpi::communicator::send`.
  std::string QualifiedName;
  /// How diagnostics name it when the matched name is not what users write
  /// (`hpx::distributed::function` for `hpx::function::function`); empty
  /// when it is.
  std::string DisplayName;
  /// The profile that brought this entry in: `ray`, `hpx`, ...
  std::string Profile;
  std::optional<ArgPosition> Callable;
  std::optional<ArgPosition> Payload;
  Policy CallPolicy = Policy::PayloadOnly;
  Backend WireBackend = Backend::Cereal;
  /// The macro that registers a function for this API, when it has one.
  std::string RegistrationMacro;
  /// The call ships only when an argument has this type (HPX's `id_type`:
  /// without one the work runs locally); empty when it always ships.
  std::string TargetType;
  /// The call ships only when its callable, or its first explicit template
  /// argument, derives from this class (HPX's `basic_action`): any other
  /// callable runs here, in this process.
  std::string ActionBase;
  /// For a member of a class template: the call ships only when this
  /// template argument of the class is `true` (`hpx::function<Sig, true>`
  /// is distributed, `<Sig, false>` is local).
  std::optional<unsigned> ShipsWhenClassArgTrue;
  /// A by-name API that also takes a lambda with an empty capture list.
  bool TakesCapturelessLambda = false;
  /// A by-name API that takes member function pointers of a registered
  /// class (Ray's actor methods).
  bool TakesMemberFunctions = false;

  llvm::StringRef displayName() const {
    return DisplayName.empty() ? llvm::StringRef(QualifiedName) : llvm::StringRef(DisplayName);
  }
};

/// One call to a pool API, with its arguments as the registry counts them.
struct PoolCall {
  const Expr *Site = nullptr;
  const FunctionDecl *Callee = nullptr;
  llvm::SmallVector<const Expr *, 8> Args;
  /// The callable argument, when the API has one and the call has it.
  std::optional<unsigned> CallableIndex;
  llvm::SmallVector<unsigned, 8> PayloadIndexes;
  /// False when the call does not cross a process boundary after all.
  bool Ships = true;
};

/// The pool-API table of one configuration.
class PoolApiRegistry {
public:
  /// The built-in profiles, by name.
  static llvm::ArrayRef<llvm::StringRef> builtinProfiles();
  /// Entries of the named built-in profile; empty for an unknown name.
  static std::vector<PoolApi> profileEntries(llvm::StringRef Profile);

  /// Parses one entry of the `PoolAPIs` option:
  /// `ns::submit(callable=0, payload=1.., policy=by-name, backend=cereal)`.
  static llvm::Expected<PoolApi> parseEntry(llvm::StringRef Text);
  /// Parses the specification of a `SERIALINT_POOL_API(...)` annotation:
  /// `callable=0 payload=1.. policy=by-name backend=cereal`.
  static llvm::Expected<PoolApi> parseSpec(llvm::StringRef Name, llvm::StringRef Spec);

  void add(PoolApi Api);
  const std::vector<PoolApi> &entries() const { return Apis; }
  /// The unqualified names of the functions in the table, for a first
  /// cheap `hasAnyName` match.
  std::vector<std::string> functionNames() const;
  /// The entry for a callee, matched by its qualified name.
  const PoolApi *find(const FunctionDecl &Callee) const;

private:
  std::vector<PoolApi> Apis;
};

/// Where the callable and the payload are in this call of `Api`.
PoolCall resolveCall(const PoolApi &Api, const Expr &Site, const FunctionDecl &Callee,
                     llvm::ArrayRef<const Expr *> Args);

/// `ns::Class::fn` for a declaration: no template arguments, no inline or
/// anonymous namespaces, the form used in the registry.
std::string registryName(const NamedDecl &D);

/// The `SERIALINT_POOL_API` specification on a function, if it has one.
std::optional<llvm::StringRef> poolApiAnnotation(const FunctionDecl &FD);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPIREGISTRY_H
