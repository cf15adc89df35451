//===--- CheckCatalog.h - serialint ---------------------------------------===//
//
// The one table of the serialint checks: name, one-line summary, docs page.
// The module registers from it, and the `serialint` command takes its SARIF
// rules and option lookups from it, so a check is named in one place only.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_CHECKCATALOG_H
#define SERIALINT_CHECKS_CHECKCATALOG_H

#include <algorithm>
#include <string_view>

namespace clang::tidy::serialint {

// std::string_view rather than llvm::StringRef: its comparisons are
// constexpr, so the order below is checked at compile time.
struct CheckInfo {
  std::string_view Name;
  std::string_view Summary;
  /// Relative to the repository root.
  std::string_view DocsPage;
};

inline constexpr CheckInfo PoolCallableInfo = {
    "serialint-pool-callable",
    "A callable passed to a pool API cannot be sent to another process",
    "docs/checks/pool-callable.md"};

inline constexpr CheckInfo PoolPayloadInfo = {
    "serialint-pool-payload",
    "An argument passed to a pool API cannot be serialized for another process",
    "docs/checks/pool-payload.md"};

inline constexpr CheckInfo UnsentMemberInfo = {
    "serialint-unsent-member",
    "The work sent to another process reads a member its payload's serializer never writes",
    "docs/checks/unsent-member.md"};

/// Every check, in the order they are registered and listed.
inline constexpr CheckInfo CheckCatalog[] = {PoolCallableInfo, PoolPayloadInfo,
                                             UnsentMemberInfo};

static_assert(std::is_sorted(std::begin(CheckCatalog), std::end(CheckCatalog),
                             [](const CheckInfo &A, const CheckInfo &B) {
                               return A.Name < B.Name;
                             }),
              "keep the catalog, and so the registration, alphabetical");

} // namespace clang::tidy::serialint

#endif
