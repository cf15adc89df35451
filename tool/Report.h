//===--- Report.h - serialint command -------------------------------------===//
//
// What a worker learns about one translation unit, in a form that survives
// the trip through a pipe: plain strings and byte offsets, no SourceManager.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_REPORT_H
#define SERIALINT_TOOL_REPORT_H

#include <string>
#include <vector>

namespace serialint::tool {

struct Edit {
  std::string File;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;
};

struct Span {
  std::string File;
  unsigned Offset = 0;
  unsigned Length = 0;
};

struct Message {
  std::string Text;
  /// Empty for a diagnostic with no location (a driver error).
  std::string File;
  unsigned Offset = 0;
  std::vector<Edit> Edits;
  std::vector<Span> Ranges;
};

enum class Severity { Remark = 0, Warning = 1, Error = 2 };

struct Diagnostic {
  std::string Check;
  Severity Level = Severity::Warning;
  Message Main;
  std::vector<Message> Notes;
  std::string BuildDirectory;

  /// A compiler error, as opposed to a finding of a check (or a warning a
  /// `.clang-tidy` turned into an error).
  bool isParseError() const;
};

/// The outcome of one translation unit.
struct UnitReport {
  std::string File;
  std::vector<Diagnostic> Diagnostics;
  /// Set when the unit could not be analysed in full; says why.
  std::string Failure;

  bool failed() const { return !Failure.empty(); }
};

} // namespace serialint::tool

#endif
