//===--- PoolApiListing.cpp - serialint command ---------------------------===//

#include "PoolApiListing.h"
#include "CheckCatalog.h"
#include "PoolApiRegistry.h"
#include "llvm/ADT/StringExtras.h"
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

constexpr const char *RowFormat = "{0,-8} {1,-52} {2,-14} {3,-14} {4,-13} {5}\n";

void printRow(llvm::raw_ostream &OS, llvm::StringRef Profile, const PoolApi &Api) {
  OS << llvm::formatv(RowFormat, Profile, Api.QualifiedName, positionText(Api.Callable),
                      positionText(Api.Payload), policyName(Api.CallPolicy),
                      backendName(Api.WireBackend));
}

// Every check reads the same two options, locally or globally; an option set
// for one check only still adds to the table that check uses.
llvm::SmallVector<llvm::StringRef, 8> optionValues(const clang::tidy::ClangTidyOptions &Options,
                                                   llvm::StringRef Name) {
  llvm::SmallVector<llvm::StringRef, 8> Values;
  bool Local = false;
  for (const CheckInfo &Check : CheckCatalog) {
    auto It = Options.CheckOptions.find(std::string(Check.Name) + "." + Name.str());
    if (It == Options.CheckOptions.end())
      continue;
    Local = true;
    if (!llvm::is_contained(Values, It->getValue().Value))
      Values.push_back(It->getValue().Value);
  }
  auto Global = Options.CheckOptions.find(Name);
  if (!Local && Global != Options.CheckOptions.end())
    Values.push_back(Global->getValue().Value);
  return Values;
}

llvm::SmallVector<llvm::StringRef, 8> splitEntries(llvm::ArrayRef<llvm::StringRef> Values) {
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  for (llvm::StringRef Value : Values) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty() && !llvm::is_contained(Entries, Part.trim()))
        Entries.push_back(Part.trim());
  }
  return Entries;
}

} // namespace

bool listPoolApis(const clang::tidy::ClangTidyOptions &Options, llvm::raw_ostream &OS,
                  llvm::raw_ostream &Errors) {
  llvm::SmallVector<llvm::StringRef, 8> Profiles = splitEntries(optionValues(Options, "Profiles"));
  if (Profiles.empty())
    Profiles.assign(PoolApiRegistry::builtinProfiles().begin(),
                    PoolApiRegistry::builtinProfiles().end());
  std::string Rows;
  llvm::raw_string_ostream Table(Rows);
  for (llvm::StringRef Profile : Profiles) {
    if (Profile == "annotated")
      continue; // read from SERIALINT_POOL_API in the code, call by call
    std::vector<PoolApi> Entries = PoolApiRegistry::profileEntries(Profile);
    if (Entries.empty()) {
      Errors << "serialint: error: unknown pool-API profile '" << Profile
             << "' in option 'Profiles'; known profiles are "
             << llvm::join(PoolApiRegistry::builtinProfiles(), ", ") << "\n";
      return false;
    }
    for (const PoolApi &Api : Entries)
      printRow(Table, Profile, Api);
  }
  for (llvm::StringRef Entry : splitEntries(optionValues(Options, "PoolAPIs"))) {
    llvm::Expected<PoolApi> Api = PoolApiRegistry::parseEntry(Entry);
    if (!Api) {
      Errors << "serialint: error: invalid entry in option 'PoolAPIs': "
             << llvm::toString(Api.takeError()) << "\n";
      return false;
    }
    printRow(Table, "config", *Api);
  }
  OS << llvm::formatv(RowFormat, "profile", "function", "callable", "payload", "policy", "backend")
     << Rows;
  return true;
}

} // namespace serialint::tool
