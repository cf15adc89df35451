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
#include "llvm/ADT/StringRef.h"
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

/// A run of argument indices, `First..Last` inclusive; `Last` absent means
/// "to the end of the argument list".
struct ArgRange {
  unsigned First = 0;
  std::optional<unsigned> Last;

  bool contains(unsigned Index) const {
    return Index >= First && (!Last || Index <= *Last);
  }
};

struct PoolApi {
  /// Fully qualified, without template arguments or inline namespaces:
  /// `ray::Task`, `ygm::comm::async`, `boost::mpi::communicator::send`.
  std::string QualifiedName;
  /// The profile that brought this entry in: `ray`, `hpx`, ...
  std::string Profile;
  /// Index of the callable among the call's arguments (the object argument
  /// of a member call is not counted).
  std::optional<unsigned> CallableArg;
  /// Payload arguments, when any.
  std::optional<ArgRange> PayloadArgs;
  Policy CallPolicy = Policy::PayloadOnly;
  Backend WireBackend = Backend::Cereal;
  /// The macro that registers a function for this API, when it has one.
  std::string RegistrationMacro;
};

/// The pool-API table of one translation unit's configuration.
class PoolApiRegistry {
public:
  /// The built-in profiles, by name.
  static llvm::ArrayRef<llvm::StringRef> builtinProfiles();
  /// Entries of the named built-in profile; empty for an unknown name.
  static std::vector<PoolApi> profileEntries(llvm::StringRef Profile);

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

/// `ns::Class::fn` for a declaration: no template arguments, no inline or
/// anonymous namespaces, the form used in the registry.
std::string registryName(const NamedDecl &D);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPIREGISTRY_H
