//===--- CheckHarness.h - serialint tests ---------------------------------===//
//
// Runs serialint's checks on a source file whose expectations are written in
// the file itself, and reports every missing or unexpected diagnostic.
//
// A test file is C++ with directives in comments:
//
//   // serialint-args: -std=c++17          extra compiler arguments
//   // serialint-checks: -*,serialint-pool-callable
//   // serialint-option: serialint-pool-callable.Profiles=ray
//   // serialint-releases: ygm            run against every modelled release
//   // serialint-releases: ygm=v0.5,v0.6  or against those (see below)
//   //=== case: lambda-to-task             starts a case
//
// Lines before the first case are a prelude shared by every case; each case
// is compiled as the prelude plus its own lines, at their own line numbers.
// Expectations, several per line if need be:
//
//   expect-warning{{text}}        a warning on this line whose message
//                                 contains `text`
//   expect-note@+2:7{{text}}      a note two lines below, at column 7
//   expect-note@-1{{text}}        a note on the line above
//   expect-note@42{{text}}        a note on line 42
//   expect-note@models.h:17{{t}}  a note in another file (by base name)
//   expect-error@config{{text}}   a configuration error, with no location
//   expect-fixed@+1{{new code}}   after the fixes, that line reads `new code`
//
// A compiler error is expected like any diagnostic; its notes (the
// instantiation backtrace) are not listed.
//
// A case runs against the newest modelled release of every framework
// (test/models/releases). `serialint-releases` runs it once per release
// named instead, as `<case>_on_<framework>_<release>`.
//
// Every diagnostic must be expected, every expectation met, and every line a
// fix changes must have an `expect-fixed`. A case with fixes is compiled and
// linted again once fixed, and must then have no error and no warning.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TEST_CHECKHARNESS_H
#define SERIALINT_TEST_CHECKHARNESS_H

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace serialint::test {

struct Diagnostic {
  std::string Level; // "warning", "note", "error"
  std::string File;  // base name; empty for a diagnostic with no location
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Message;
  std::string Check;
};

struct Expectation {
  std::string Level;
  std::string File; // base name; empty means the file under test
  bool Config = false;
  unsigned Line = 0;
  std::optional<unsigned> Column;
  std::string Text;
  unsigned WrittenAt = 0; // where the expectation is written, for messages
};

struct FixExpectation {
  unsigned Line = 0;
  std::string Text;
  unsigned WrittenAt = 0;
};

struct TestCase {
  std::string Name;
  std::string FileName;  // base name of the test file
  std::string Directory; // where the file lives; the case is compiled there
  std::string Code;     // prelude plus this case, at their own line numbers
  std::vector<std::string> Args;
  std::string Checks = "-*,serialint-*";
  std::map<std::string, std::string> CheckOptions;
  /// `serialint-releases` requests: framework -> releases (empty: all).
  std::map<std::string, std::vector<std::string>> ReleaseRequests;
  /// The release of each framework this run compiles against; a framework
  /// not named gets its newest.
  std::map<std::string, std::string> Releases;
};

/// The modelled releases of each framework, newest first.
using ReleaseTable = std::map<std::string, std::vector<std::string>>;

struct RunResult {
  std::vector<Diagnostic> Diagnostics;
  std::string FixedCode;
};

/// Splits a test file into its cases; a file with no case marker is one case
/// named after the file. Malformed directives are reported in `Errors`.
std::vector<TestCase> loadCases(const std::string &FileName,
                                const std::string &Contents,
                                std::vector<std::string> &Errors);

/// Reads test/models/releases: `framework release...` a line, newest first.
ReleaseTable parseReleases(const std::string &Contents, std::vector<std::string> &Errors);

/// One case per release its `serialint-releases` asks for, named
/// `<case>_on_<framework>_<release>`; a case without the directive as is.
std::vector<TestCase> expandReleases(const std::vector<TestCase> &Cases,
                                     const ReleaseTable &Table,
                                     std::vector<std::string> &Errors);

/// Reads the expectations written in `Code`. Malformed ones go to `Errors`.
void parseExpectations(const std::string &Code, const std::string &FileName,
                       std::vector<Expectation> &Diagnostics,
                       std::vector<FixExpectation> &Fixes,
                       std::vector<std::string> &Errors);

/// Every way the diagnostics differ from the expectations, one line each.
/// `MainFile` is the base name expectations without a file refer to.
std::vector<std::string> compareDiagnostics(const std::vector<Expectation> &Expected,
                                            const std::vector<Diagnostic> &Actual,
                                            const std::string &MainFile);

/// Every way the fixed code differs from the fix expectations.
std::vector<std::string> compareFixes(const std::vector<FixExpectation> &Expected,
                                      const std::string &Original,
                                      const std::string &Fixed);

/// The compiler arguments every case starts from: C++20, clang's resource
/// directory, and the headers of the runtime, the models, Boost, MPI and
/// msgpack.
/// `-I` of each framework's release folder (test/models/<fw>/<release>)
/// comes first, so a release's headers are found before the shared ones.
std::vector<std::string> caseArgs(const TestCase &Case, const ReleaseTable &Table);
/// The same for a case with no `serialint-releases`.
std::vector<std::string> caseArgs();

/// test/models/releases, read; a missing or malformed file goes to `Errors`.
ReleaseTable modelReleases(std::vector<std::string> &Errors);

/// Compiles the case with the serialint checks and collects what they say.
RunResult runCase(const TestCase &Case, const std::vector<std::string> &BaseArgs);

/// A diagnostic in clang's `file:line:col: level: message [check]` form.
std::string format(const Diagnostic &D);

} // namespace serialint::test

#endif // SERIALINT_TEST_CHECKHARNESS_H
