//===--- CheckCatalogTest.cpp - serialint ---------------------------------===//
//
// The catalog is the one list of checks: the module registers exactly its
// names, and every entry has a summary and a documentation page.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace clang::tidy {
extern volatile int SerialintModuleAnchorSource;
[[maybe_unused]] static int SerialintModuleAnchorDestination = SerialintModuleAnchorSource;
} // namespace clang::tidy

using namespace clang::tidy;
using serialint::CheckCatalog;
using serialint::CheckInfo;

namespace {

std::vector<std::string> registeredChecks() {
  std::vector<std::string> Names;
  for (const auto &Entry : ClangTidyModuleRegistry::entries()) {
    ClangTidyCheckFactories Factories;
    Entry.instantiate()->addCheckFactories(Factories);
    for (const auto &Factory : Factories)
      Names.push_back(Factory.getKey().str());
  }
  std::sort(Names.begin(), Names.end());
  return Names;
}

TEST(CheckCatalog, ModuleRegistersExactlyTheCatalog) {
  std::vector<std::string> Catalog;
  for (const CheckInfo &Check : CheckCatalog)
    Catalog.emplace_back(Check.Name);
  EXPECT_EQ(registeredChecks(), Catalog);
}

TEST(CheckCatalog, EveryCheckHasASummaryAndADocsPage) {
  for (const CheckInfo &Check : CheckCatalog) {
    SCOPED_TRACE(std::string(Check.Name));
    EXPECT_FALSE(Check.Summary.empty());
    EXPECT_EQ(Check.Summary.find('\n'), std::string_view::npos);
    auto Page = llvm::MemoryBuffer::getFile(std::string(SERIALINT_SOURCE_DIR "/") +
                                            std::string(Check.DocsPage));
    ASSERT_TRUE(Page) << Check.DocsPage << " does not exist";
    EXPECT_TRUE((*Page)->getBuffer().starts_with("# " + std::string(Check.Name) + "\n"))
        << Check.DocsPage << " does not start with the check's name as its title";
  }
}

} // namespace
