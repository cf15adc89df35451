//===--- PoolApiListing.cpp - serialint command ---------------------------===//

#include "PoolApiListing.h"
#include "PoolApiRegistry.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang::tidy::serialint;

namespace serialint::tool {
namespace {

std::string positionText(const std::optional<ArgPosition> &Position) {
  if (!Position)
    return "none";
  switch (Position->Kind) {
  case ArgPosition::Index:
    return std::to_string(Position->Offset);
  case ArgPosition::BeforePack:
    return "pack-1";
  case ArgPosition::Pack:
    return "pack";
  case ArgPosition::BeforeTarget:
    return "before-target";
  case ArgPosition::AfterTarget:
    return "after-target";
  case ArgPosition::From:
    return std::to_string(Position->Offset) + "..";
  case ArgPosition::Range:
    return std::to_string(Position->Offset) + ".." + std::to_string(Position->Last);
  }
  return "none";
}

} // namespace

void listPoolApis(llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0,-8} {1,-52} {2,-14} {3,-14} {4,-13} {5}\n", "profile", "function",
                      "callable", "payload", "policy", "backend");
  for (llvm::StringRef Profile : PoolApiRegistry::builtinProfiles())
    for (const PoolApi &Api : PoolApiRegistry::profileEntries(Profile))
      OS << llvm::formatv("{0,-8} {1,-52} {2,-14} {3,-14} {4,-13} {5}\n", Profile,
                          Api.QualifiedName, positionText(Api.Callable),
                          positionText(Api.Payload), policyName(Api.CallPolicy),
                          backendName(Api.WireBackend));
}

} // namespace serialint::tool
