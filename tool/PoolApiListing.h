//===--- PoolApiListing.h - serialint command -----------------------------===//
//
// `--list-pool-apis`: the pool APIs a configuration enables, one entry a
// line: the built-in profiles named by the `Profiles` option, then the
// entries of the `PoolAPIs` option, in the same argument syntax as that
// option so a line can be copied into a `.clang-tidy` and edited.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_POOLAPILISTING_H
#define SERIALINT_TOOL_POOLAPILISTING_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

/// Prints the table; returns false, after a one-line error on \p Errors, when
/// an option names an unknown profile or holds an entry that does not parse.
bool listPoolApis(const clang::tidy::ClangTidyOptions &Options, llvm::raw_ostream &OS,
                  llvm::raw_ostream &Errors);

} // namespace serialint::tool

#endif
