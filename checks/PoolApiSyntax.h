//===--- PoolApiSyntax.h - serialint --------------------------------------===//
//
// The one syntax of pool-API entries, read and written here alone:
//
//   ns::submit(callable=0, payload=1.., policy=by-name, backend=cereal)
//
// Built-in profiles are written in it (checks/profiles/*.def), users write
// it in the `PoolAPIs` option, an annotation writes its settings without the
// name, and `serialint --list-pool-apis` prints it back, so any entry can be
// copied from the listing into a `.clang-tidy` and changed.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_POOLAPISYNTAX_H
#define SERIALINT_CHECKS_POOLAPISYNTAX_H

#include "PoolApi.h"
#include "llvm/Support/Error.h"

namespace clang::tidy::serialint {

/// Parses `qualified::name(setting=value, ...)`; the entry's `Profile` is
/// left empty for the caller to set.
llvm::Expected<PoolApi> parsePoolApiEntry(llvm::StringRef Text);

/// Parses the settings of a `SERIALINT_POOL_API(...)` annotation, separated
/// by spaces or commas, for the function `Name`.
llvm::Expected<PoolApi> parsePoolApiSpec(llvm::StringRef Name, llvm::StringRef Spec);

/// The entry as `parsePoolApiEntry` reads it, settings in a fixed order and
/// defaults left out: printing what was parsed gives the text back.
std::string printPoolApiEntry(const PoolApi &Api);

/// \p Text with its line breaks and other control characters written as
/// escapes (`\n`, `\x01`): a message quoting the user's text stays one line.
std::string oneLine(llvm::StringRef Text);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_POOLAPISYNTAX_H
