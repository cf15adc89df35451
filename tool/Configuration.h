//===--- Configuration.h - serialint command ------------------------------===//
//
// The same `.clang-tidy` files, `--checks`, `--config` and `--config-file`
// as the plugin under clang-tidy, read the same way. Checked up front, so a
// malformed file stops the run with one line instead of being skipped with a
// warning in every worker.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_CONFIGURATION_H
#define SERIALINT_TOOL_CONFIGURATION_H

#include "Options.h"
#include "clang-tidy/ClangTidyOptions.h"
#include <memory>

namespace serialint::tool {

std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
makeOptionsProvider(const Options &Opts);

/// Ends the run with a usage error when a configuration the files would be
/// checked with cannot be parsed, or enables no check.
void validateConfiguration(const Options &Opts, const std::vector<std::string> &Files);

} // namespace serialint::tool

#endif
