//===--- PoolApiRegistry.h - serialint ------------------------------------===//
//
// The pool APIs of one configuration: the built-in profiles it names, its
// own `PoolAPIs` entries, and SERIALINT_POOL_API annotations met in the code.
// Every check and the command build it through `fromOptions`, so a profile or
// an entry is seen the same way everywhere.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPIREGISTRY_H
#define SERIALINT_CHECKS_POOLAPIREGISTRY_H

#include "Names.h"
#include "PoolApi.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang::tidy::serialint {

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

/// A configuration the registry could not take, worded once for the checks
/// and the command; `OptionPrefix` is `serialint-pool-callable.` or empty.
struct RegistryError {
  enum { UnknownProfile, InvalidEntry } What;
  std::string Detail;
  std::string message(llvm::StringRef OptionPrefix) const;
};

class PoolApiRegistry {
public:
  /// The registry of the `Profiles` and `PoolAPIs` option values; what
  /// cannot be taken is appended to `Errors` and left out.
  static PoolApiRegistry fromOptions(llvm::StringRef Profiles, llvm::StringRef PoolAPIs,
                                     std::vector<RegistryError> &Errors);
  /// The default of the `Profiles` option: every built-in profile.
  static std::string defaultProfiles();

  void add(PoolApi Api);
  const std::vector<PoolApi> &entries() const { return Apis; }
  /// Whether SERIALINT_POOL_API annotations are read.
  bool readsAnnotations() const { return Annotations; }
  /// The unqualified names of the shipping functions, for a first cheap
  /// `hasAnyName` match.
  std::vector<std::string> functionNames() const;
  /// The fully qualified names of the entries with role `R`, for matchers.
  std::vector<std::string> qualifiedNames(Role R) const;
  /// The entry with role `R` for a callee, matched by its qualified name.
  const PoolApi *find(const FunctionDecl &Callee, Role R = Role::Ships) const;
  /// Whether a registration entry registers with `Macro`, so that the
  /// registration of a function shipped by name can be looked for.
  bool registersWith(llvm::StringRef Macro) const;

private:
  std::vector<PoolApi> Apis;
  bool Annotations = false;
};

/// Where the callable and the payload are in this call of `Api`.
PoolCall resolveCall(const PoolApi &Api, const Expr &Site, const FunctionDecl &Callee,
                     llvm::ArrayRef<const Expr *> Args);
/// The arguments `P` names in a call with `Args`, for entries that do not
/// ship: a registration's functions, a binder's callable.
llvm::SmallVector<unsigned, 4> positionIndexes(const ArgPosition &P, const FunctionDecl &Callee,
                                               unsigned Count);

/// The `SERIALINT_POOL_API` specification on a function, if it has one.
std::optional<llvm::StringRef> poolApiAnnotation(const FunctionDecl &FD);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPIREGISTRY_H
