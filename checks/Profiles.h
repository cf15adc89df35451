//===--- Profiles.h - serialint -------------------------------------------===//
//
// The built-in profiles: per framework, the text of its pool-API entries,
// kept as data in checks/profiles/*.def.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_PROFILES_H
#define SERIALINT_CHECKS_PROFILES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang::tidy::serialint {

struct BuiltinProfile {
  llvm::StringRef Name;
  llvm::ArrayRef<llvm::StringRef> Entries;
};

/// Every built-in profile, `annotated` last: it has no entries, and turns
/// on reading SERIALINT_POOL_API annotations.
llvm::ArrayRef<BuiltinProfile> builtinProfiles();
std::optional<BuiltinProfile> builtinProfile(llvm::StringRef Name);

/// The profile that reads annotations rather than entries.
constexpr llvm::StringLiteral AnnotatedProfile = "annotated";

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_PROFILES_H
