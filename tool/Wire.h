//===--- Wire.h - serialint command ---------------------------------------===//
//
// How a worker sends its UnitReport to the parent through a pipe: numbers
// and length-prefixed strings, ending with a marker, so a worker that dies
// half way is told apart from one that finished.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_WIRE_H
#define SERIALINT_TOOL_WIRE_H

#include "Report.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace serialint::tool {

std::string encodeReport(const UnitReport &Report);

/// The report, or nothing when the bytes are cut short or malformed.
std::optional<UnitReport> decodeReport(llvm::StringRef Bytes);

} // namespace serialint::tool

#endif
