//===--- Backend.h - serialint --------------------------------------------===//
//
// What each serialization backend writes and how it finds the function that
// writes a class: one row per backend. Every check and the type model read
// these rows instead of asking which backend they are looking at, so a new
// backend, or a backend's new release, is one row or one name more.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_BACKEND_H
#define SERIALINT_CHECKS_BACKEND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::serialint {

/// What writes the payload on the wire.
enum class Backend {
  Cereal,
  BoostSerialization,
  Msgpack,
  Upcxx,
  Hpx,
  Bitwise,
};

/// A member function a backend calls to write a class, and the macro users
/// write to declare it, when they do not write it by hand.
struct MemberSerializer {
  llvm::StringRef Function;
  llvm::StringRef Macro;
};

/// A trait a user specialises to say how a backend sends a class:
/// `boost::mpi::is_mpi_datatype<T>`.
struct BackendTrait {
  llvm::StringRef Scope;
  llvm::StringRef Name;
};

struct BackendInfo {
  Backend Id = Backend::Bitwise;
  /// As written in options and profiles: `boost`.
  llvm::StringRef Option = {};
  /// As users know it: `Boost.Serialization`.
  llvm::StringRef Title = {};
  llvm::ArrayRef<MemberSerializer> MemberSerializers = {};
  /// Free functions that write a class passed as their second parameter.
  llvm::ArrayRef<llvm::StringRef> FreeSerializers = {};
  /// Where, besides the class's own namespace, those free functions live.
  llvm::ArrayRef<llvm::StringRef> FreeSerializerNamespaces = {};
  /// Class templates specialised for a class the backend has been taught.
  llvm::ArrayRef<llvm::StringRef> AdaptorTemplates = {};
  /// A nested class that serializes its enclosing class by hand.
  llvm::StringRef NestedSerializer = {};
  /// A class for which this trait is specialised is sent as its bytes.
  std::optional<BackendTrait> BytesTrait = {};
  /// Writes aggregates with no serialization function, member by member.
  bool WalksAggregates = false;
  /// Copies the object's bytes: no serializer is ever looked for.
  bool CopiesBytes = false;
  /// Writes the object behind a pointer to a class, and rebuilds it.
  bool WritesClassPointees = false;
  /// Packs a `const char *` as the characters it points to.
  bool PacksCStrings = false;
  /// Serializes a function object that has a serializer of its own, rather
  /// than copying its bytes.
  bool SerializesFunctionObjects = false;
  /// How to give a class a serializer; `%0` is the class. Empty when the
  /// backend needs none.
  llvm::StringRef FixHint = {};
};

const BackendInfo &backendInfo(Backend B);
llvm::ArrayRef<BackendInfo> backends();
llvm::StringRef backendName(Backend B);
std::optional<Backend> backendFromName(llvm::StringRef Name);
/// The backends' option names, for messages: `cereal, boost, ... or bitwise`.
std::string backendNameList();
/// The fix for a class the backend cannot write, or empty.
std::string serializerFixHint(Backend B, llvm::StringRef TypeName);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_BACKEND_H
