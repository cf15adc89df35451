//===--- PoolApiListing.cpp - serialint command ---------------------------===//

#include "PoolApiListing.h"
#include "CheckCatalog.h"
#include "PoolApiRegistry.h"
#include "PoolApiSyntax.h"
#include "Profiles.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::tidy::serialint;

namespace serialint::tool {
namespace {

// What a check reads for an option: its own value, else the global one, else
// the default, as ClangTidyCheck::OptionsView::getLocalOrGlobal does.
std::string effectiveOption(const clang::tidy::ClangTidyOptions &Options, llvm::StringRef Check,
                            llvm::StringRef Name, llvm::StringRef Default) {
  auto Local = Options.CheckOptions.find((Check + "." + Name).str());
  if (Local != Options.CheckOptions.end())
    return Local->getValue().Value;
  auto Global = Options.CheckOptions.find(Name);
  if (Global != Options.CheckOptions.end())
    return Global->getValue().Value;
  return Default.str();
}

std::string heading(const PoolApi &Api) {
  if (Api.Profile == "option")
    return "# option PoolAPIs";
  return "# profile " + Api.Profile;
}

} // namespace

bool listPoolApis(const clang::tidy::ClangTidyOptions &Options, llvm::raw_ostream &OS,
                  llvm::raw_ostream &Errors) {
  // Every check builds its registry from its own options; an entry set
  // for one check only is still one the configuration enables.
  std::vector<std::pair<std::string, std::vector<std::string>>> Groups;
  bool Annotations = false;
  for (const CheckInfo &Info : CheckCatalog) {
    const llvm::StringRef Check(Info.Name.data(), Info.Name.size());
    std::vector<RegistryError> Problems;
    const PoolApiRegistry Registry = PoolApiRegistry::fromOptions(
        effectiveOption(Options, Check, "Profiles", PoolApiRegistry::defaultProfiles()),
        effectiveOption(Options, Check, "PoolAPIs", ""), Problems);
    if (!Problems.empty()) {
      Errors << "serialint: error: " << Problems.front().message("") << "\n";
      return false;
    }
    for (const PoolApi &Api : Registry.entries()) {
      auto Group = llvm::find_if(Groups, [&](const auto &G) { return G.first == heading(Api); });
      if (Group == Groups.end())
        Group = Groups.insert(Groups.end(), {heading(Api), {}});
      std::string Line = printPoolApiEntry(Api);
      if (!llvm::is_contained(Group->second, Line))
        Group->second.push_back(std::move(Line));
    }
    Annotations |= Registry.readsAnnotations();
  }
  for (const auto &[Heading, Lines] : Groups) {
    OS << Heading << "\n";
    for (const std::string &Line : Lines)
      OS << Line << "\n";
  }
  if (Annotations)
    OS << "# profile " << AnnotatedProfile
       << ": functions marked SERIALINT_POOL_API(\"...\") in the code\n";
  return true;
}

} // namespace serialint::tool
