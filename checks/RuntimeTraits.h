//===--- RuntimeTraits.h - serialint --------------------------------------===//
//
// The runtime's customization points (runtime/include/serialint/traits.hpp),
// read where a translation unit specialises them, so that a user marks a type
// once for both halves:
//
//   template <> struct serialint::pool_handle<Scheduler> : std::true_type {};
//   template <> struct serialint::classify<Connection> {
//     static constexpr serialint::reason reason = serialint::reason::os_resource;
//     static constexpr const char *why = "holds an open socket";
//   };
//   template <> struct serialint::classify<Blob> { static constexpr bool serializable = true; };
//
// As in the runtime, classify wins over pool_handle. Only explicit
// specialisations are seen: a partial one (`pool_handle<Executor<T>>`) is
// matched by the compiler, and the checks see what it chose only where the
// translation unit instantiates it.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_RUNTIMETRAITS_H
#define SERIALINT_CHECKS_RUNTIMETRAITS_H

#include "TypeModel.h"
#include <optional>

namespace clang::tidy::serialint {

/// The verdict the runtime's traits give T, if they say anything of it.
std::optional<Verdict> judgeByRuntimeTraits(QualType T, ASTContext &Context);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_RUNTIMETRAITS_H
