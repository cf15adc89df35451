//===--- PoolApi.h - serialint --------------------------------------------===//
//
// One entry of the pool-API table: a function that ships a callable or its
// arguments to another process, or a function a framework uses to register
// or bind the functions it ships. Built-in profiles, the `PoolAPIs` option
// and `SERIALINT_POOL_API` annotations all come down to these entries, read
// and written by one syntax (PoolApiSyntax.h).
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPI_H
#define SERIALINT_CHECKS_POOLAPI_H

#include "Backend.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::serialint {

/// How an API moves the callable to the worker.
enum class Policy {
  ByName,      ///< looks a registered function up by name on the worker
  ByBytes,     ///< copies the closure object byte for byte
  ByValue,     ///< serializes the closure's captures one by one
  ByType,      ///< sends the function object's type alone; the far side
               ///< calls a default object of it (YGM's containers before 0.7)
  PayloadOnly, ///< no callable crosses, only data
};

llvm::StringRef policyName(Policy P);
std::optional<Policy> policyFromName(llvm::StringRef Name);

/// What an entry's function does.
enum class Role {
  Ships,        ///< ships a callable or a payload: a pool API
  Registration, ///< registers functions under a name a worker looks up
  Binder,       ///< wraps a callable that is then shipped as the API ships it
};

/// Where an argument sits in a call. Variadic pool APIs put the callable
/// just before their argument pack, whatever comes first (a rank, a team, a
/// completion), so positions can be given relative to the pack or to a
/// target argument as well as by index.
struct ArgPosition {
  enum Anchor {
    Index,        ///< argument `Offset`
    BeforePack,   ///< the argument just before the function parameter pack
    Pack,         ///< the pack and what follows it
    BeforeTarget, ///< the argument just before the target
    AfterTarget,  ///< every argument after the target and `Offset` more
    From,         ///< `Offset` and every argument after it
    Range,        ///< `Offset` to `Last`, inclusive
  } Kind = Index;
  unsigned Offset = 0;
  unsigned Last = 0;

  friend bool operator==(const ArgPosition &, const ArgPosition &) = default;
};

struct PoolApi {
  /// Fully qualified, without template arguments or inline namespaces:
  /// `ray::Task`, `ygm::comm::async`, `boost::mpi::communicator::send`.
  std::string QualifiedName;
  /// How diagnostics name it when the matched name is not what users write
  /// (`hpx::distributed::function` for `hpx::function::function`); empty
  /// when it is.
  std::string DisplayName;
  /// The profile that brought this entry in: `ray`, `option`, `annotated`.
  std::string Profile;
  Role What = Role::Ships;
  std::optional<ArgPosition> Callable;
  std::optional<ArgPosition> Payload;
  /// For a registration: the arguments that name registered functions.
  std::optional<ArgPosition> Functions;
  Policy CallPolicy = Policy::PayloadOnly;
  Backend WireBackend = Backend::Cereal;
  /// The macro that registers a function for this API, when it has one.
  std::string RegistrationMacro;
  /// The call ships only when an argument is a target: of one of these
  /// `|`-separated classes or a class derived from one, or, for a name
  /// written `trait:NS::T`, a class NS::T is explicitly specialised for
  /// (HPX's `id_type`, clients and distribution policies: without one the
  /// work runs locally). Empty when it always ships.
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
  /// A pointer argument followed by an integer count ships the array it
  /// points to (Boost.MPI's `send(dest, tag, values, n)`).
  bool CountedArrays = false;
  /// What a worker-side object is reached through, for fix hints: `a
  /// upcxx::dist_object`.
  std::string RemoteObject;

  llvm::StringRef displayName() const {
    return DisplayName.empty() ? llvm::StringRef(QualifiedName) : llvm::StringRef(DisplayName);
  }
};

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPI_H
