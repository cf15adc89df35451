//===--- Profiles.cpp - serialint -----------------------------------------===//

#include "Profiles.h"

namespace clang::tidy::serialint {

namespace {

#define SERIALINT_ENTRY(Text) Text,
constexpr llvm::StringRef Ray[] = {
#include "profiles/ray.def"
};
constexpr llvm::StringRef Hpx[] = {
#include "profiles/hpx.def"
};
constexpr llvm::StringRef Upcxx[] = {
#include "profiles/upcxx.def"
};
constexpr llvm::StringRef Ygm[] = {
#include "profiles/ygm.def"
};
constexpr llvm::StringRef BoostMpi[] = {
#include "profiles/boost-mpi.def"
};
#undef SERIALINT_ENTRY

constexpr BuiltinProfile Profiles[] = {
    {"ray", Ray},           {"hpx", Hpx},
    {"upcxx", Upcxx},       {"ygm", Ygm},
    {"boost-mpi", BoostMpi}, {AnnotatedProfile, {}},
};

} // namespace

llvm::ArrayRef<BuiltinProfile> builtinProfiles() { return Profiles; }

std::optional<BuiltinProfile> builtinProfile(llvm::StringRef Name) {
  for (const BuiltinProfile &Profile : Profiles)
    if (Profile.Name == Name)
      return Profile;
  return std::nullopt;
}

} // namespace clang::tidy::serialint
