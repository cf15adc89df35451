//===--- HarnessTest.cpp - serialint tests --------------------------------===//
//
// The harness must fail a case for each way diagnostics can go wrong, or a
// green run of the check tests would prove nothing.
//
//===----------------------------------------------------------------------===//

#include "CheckHarness.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace serialint::test {
namespace {

Diagnostic warningAt(unsigned Line, unsigned Column, std::string Message) {
  return {"warning", "t.cpp", Line, Column, std::move(Message), "serialint-x"};
}

std::vector<Expectation> expectationsOf(const std::string &Code) {
  std::vector<Expectation> Expected;
  std::vector<FixExpectation> Fixes;
  std::vector<std::string> Errors;
  parseExpectations(Code, "t.cpp", Expected, Fixes, Errors);
  EXPECT_TRUE(Errors.empty()) << Errors.front();
  return Expected;
}

TEST(Harness, ReadsSameLineRelativeAbsoluteAndFileExpectations) {
  const std::string Code = "int a; // expect-warning{{one}}\n"
                           "// expect-note@+1:5{{two}}\n"
                           "int b;\n"
                           "// expect-note@1{{three}} expect-note@m.h:7{{four}}\n";
  const std::vector<Expectation> E = expectationsOf(Code);
  ASSERT_EQ(E.size(), 4u);
  EXPECT_EQ(E[0].Level, "warning");
  EXPECT_EQ(E[0].Line, 1u);
  EXPECT_EQ(E[1].Line, 3u);
  EXPECT_EQ(E[1].Column, 5u);
  EXPECT_EQ(E[2].Line, 1u);
  EXPECT_EQ(E[3].File, "m.h");
  EXPECT_EQ(E[3].Line, 7u);
}

TEST(Harness, ReportsAMissingDiagnostic) {
  const auto Problems =
      compareDiagnostics(expectationsOf("x; // expect-warning{{lambda}}\n"), {}, "t.cpp");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("expected but not seen"), std::string::npos);
}

TEST(Harness, ReportsAnUnexpectedDiagnostic) {
  const auto Problems = compareDiagnostics({}, {warningAt(3, 1, "surprise")}, "t.cpp");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("seen but not expected: t.cpp:3:1: warning: surprise"),
            std::string::npos);
}

TEST(Harness, ReportsAWrongLineOrColumn) {
  const auto Expected = expectationsOf("x; // expect-warning:4{{lambda}}\n");
  EXPECT_EQ(compareDiagnostics(Expected, {warningAt(2, 4, "lambda")}, "t.cpp").size(), 2u);
  EXPECT_EQ(compareDiagnostics(Expected, {warningAt(1, 5, "lambda")}, "t.cpp").size(), 2u);
  EXPECT_TRUE(compareDiagnostics(Expected, {warningAt(1, 4, "a lambda!")}, "t.cpp").empty());
}

TEST(Harness, OneDiagnosticMeetsOneExpectationOnly) {
  const auto Expected =
      expectationsOf("x; // expect-warning{{same}} expect-warning{{same}}\n");
  EXPECT_EQ(compareDiagnostics(Expected, {warningAt(1, 1, "same")}, "t.cpp").size(), 1u);
}

TEST(Harness, RejectsMalformedExpectations) {
  std::vector<Expectation> Expected;
  std::vector<FixExpectation> Fixes;
  std::vector<std::string> Errors;
  parseExpectations("x; // expect-warning{missing brace}\n", "t.cpp", Expected, Fixes,
                    Errors);
  EXPECT_EQ(Errors.size(), 1u);
}

TEST(Harness, ChecksFixedLinesAndUnexpectedFixes) {
  std::vector<Expectation> Expected;
  std::vector<FixExpectation> Fixes;
  std::vector<std::string> Errors;
  const std::string Original = "f(&x); // expect-fixed{{f(x);}}\nint y;\n";
  parseExpectations(Original, "t.cpp", Expected, Fixes, Errors);
  ASSERT_EQ(Fixes.size(), 1u);
  EXPECT_TRUE(compareFixes(Fixes, Original, "f(x); // expect-fixed{{f(x);}}\nint y;\n").empty());
  EXPECT_EQ(compareFixes(Fixes, Original, Original).size(), 1u);
  EXPECT_EQ(compareFixes({}, Original, "f(&x);\nint z;\n").size(), 2u);
}

TEST(Harness, SplitsCasesKeepingLineNumbersAndDirectives) {
  std::vector<std::string> Errors;
  const std::string File = "// serialint-args: -DPRELUDE\n"
                           "int shared;\n"
                           "//=== case: first\n"
                           "// serialint-option: serialint-x.Opt=1\n"
                           "int a;\n"
                           "//=== case: second\n"
                           "int b;\n";
  const auto Cases = loadCases("t.cpp", File, Errors);
  ASSERT_TRUE(Errors.empty());
  ASSERT_EQ(Cases.size(), 2u);
  EXPECT_EQ(Cases[0].Name, "first");
  EXPECT_EQ(Cases[0].Code, "// serialint-args: -DPRELUDE\nint shared;\n"
                           "//=== case: first\n// serialint-option: serialint-x.Opt=1\n"
                           "int a;\n\n\n");
  EXPECT_EQ(Cases[1].Code, "// serialint-args: -DPRELUDE\nint shared;\n\n\n\n"
                           "//=== case: second\nint b;\n");
  EXPECT_EQ(Cases[0].CheckOptions.at("serialint-x.Opt"), "1");
  EXPECT_TRUE(Cases[1].CheckOptions.empty());
  EXPECT_EQ(Cases[1].Args, std::vector<std::string>{"-DPRELUDE"});
}

TEST(Harness, RejectsAnOptionWithoutValue) {
  std::vector<std::string> Errors;
  loadCases("t.cpp", "// serialint-option: nothing\n", Errors);
  EXPECT_EQ(Errors.size(), 1u);
}

TEST(Harness, RunsACaseOncePerReleaseItNames) {
  std::vector<std::string> Errors;
  const ReleaseTable Table =
      parseReleases("# comment\nygm v0.7 v0.6 v0.5\nray new old\n", Errors);
  ASSERT_TRUE(Errors.empty());
  EXPECT_EQ(Table.at("ygm"), (std::vector<std::string>{"v0.7", "v0.6", "v0.5"}));
  const std::string File = "//=== case: all\n// serialint-releases: ygm\n"
                           "//=== case: some\n// serialint-releases: ygm=v0.5 ray=old\n"
                           "//=== case: plain\n";
  const auto Cases = expandReleases(loadCases("t.cpp", File, Errors), Table, Errors);
  ASSERT_TRUE(Errors.empty());
  std::vector<std::string> Names;
  for (const TestCase &Case : Cases)
    Names.push_back(Case.Name);
  EXPECT_EQ(Names, (std::vector<std::string>{"all_on_ygm_v0_7", "all_on_ygm_v0_6",
                                             "all_on_ygm_v0_5", "some_on_ray_old",
                                             "some_on_ygm_v0_5", "plain"}));
  EXPECT_EQ(Cases[1].Releases.at("ygm"), "v0.6");
  EXPECT_TRUE(Cases[5].Releases.empty());
  const std::vector<std::string> Args = caseArgs(Cases[1], Table);
  EXPECT_NE(std::find(Args.begin(), Args.end(), "-I" SERIALINT_SOURCE_DIR "/test/models/ygm/v0.6"),
            Args.end());
  EXPECT_NE(std::find(Args.begin(), Args.end(), "-I" SERIALINT_SOURCE_DIR "/test/models/ray/new"),
            Args.end());
}

TEST(Harness, RejectsAReleaseThatIsNotModelled) {
  std::vector<std::string> Errors;
  const ReleaseTable Table = parseReleases("ygm v0.7\nhpx\n", Errors);
  EXPECT_EQ(Errors, std::vector<std::string>{"releases:2: 'hpx' lists no release"});
  Errors.clear();
  expandReleases(loadCases("t.cpp", "//=== case: c\n// serialint-releases: ygm=v9 upcxx\n", Errors),
                 Table, Errors);
  EXPECT_EQ(Errors, (std::vector<std::string>{
                        "t.cpp case 'c': no modelled releases of 'upcxx'",
                        "t.cpp case 'c': 'ygm' has no modelled release 'v9'"}));
}

} // namespace
} // namespace serialint::test
