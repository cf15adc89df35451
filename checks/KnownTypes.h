//===--- KnownTypes.h - serialint -----------------------------------------===//
//
// What serialint knows of library types without looking inside them: which
// are culprits on their own (`std::mutex`: a sync primitive), which carry
// other types the serializers write through (`std::vector<T>`: its
// elements), and which are plain values.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_KNOWNTYPES_H
#define SERIALINT_CHECKS_KNOWNTYPES_H

#include "Reasons.h"
#include "Backend.h"
#include "Path.h"
#include "clang/AST/DeclCXX.h"
#include <optional>

namespace clang::tidy::serialint {

struct KnownType {
  enum Kind {
    Culprit,   ///< cannot be shipped, for `Why`
    Carrier,   ///< shipped through the template arguments in `Carried`
    Value,     ///< shipped as it is by every serializer
  } What = Value;
  Reason Why = Reason::address_bound;
  /// Which template arguments a carrier ships.
  enum Carry {
    First,    ///< the first: an element, a pointee, an optional's value
    KeyValue, ///< the first two, as a map's key and value
    All,      ///< every one: a tuple's items, a variant's alternatives
  } Carries = First;
  StepKind Step = StepKind::Element;
  /// A carrier that owns its elements through a pointer: copied byte for
  /// byte it copies an address.
  bool HoldsAddress = false;
  /// The one backend that ships it as a handle the receiver resolves to its
  /// own object: UPC++ sends a `team&` rpc argument as the team's id.
  std::optional<Backend> SentAsHandleBy;
};

/// Whether a qualified name belongs to a library whose own serializers
/// serialint trusts: the standard library, Boost, cereal, msgpack, HPX,
/// UPC++, Ray, YGM.
bool isLibraryName(llvm::StringRef Name);

/// What is known of a class by its qualified name, or nothing.
std::optional<KnownType> lookupKnownType(const CXXRecordDecl &Record);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_KNOWNTYPES_H
