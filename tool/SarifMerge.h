//===--- SarifMerge.h - serialint command ---------------------------------===//
//
// `serialint merge A.sarif B.sarif ... [-o OUT]`: the SARIF of several runs
// (shards of one CI matrix) as one run. Rules are united, results that are
// the same finding (a header's finding reported by every shard that includes
// it) are kept once, and the run succeeded when every run did.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_SARIFMERGE_H
#define SERIALINT_TOOL_SARIFMERGE_H

#include "llvm/Support/JSON.h"
#include <vector>

namespace serialint::tool {

/// One SARIF document of the runs parseSerialintRun took; at least one.
llvm::json::Value mergeRuns(std::vector<llvm::json::Object> Runs);

/// Runs `serialint merge`; Argv[1] is "merge". Returns the exit status.
int runMerge(int Argc, const char **Argv);

} // namespace serialint::tool

#endif
