//===--- CheckCases.cpp - serialint tests ---------------------------------===//
//
// Registers one GoogleTest test per case of every file in test/checks/, so a
// new case is a few lines of C++ in the check's own test file.
//
//===----------------------------------------------------------------------===//

#include "CheckHarness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace serialint::test {
namespace {

// "pool-callable.cpp" -> "PoolCallable"; "a-b" -> "a_b".
std::string suiteName(const std::string &Stem) {
  std::string Name;
  bool Upper = true;
  for (char C : Stem) {
    if (C == '-' || C == '_' || C == '.') {
      Upper = true;
      continue;
    }
    Name += Upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Upper = false;
  }
  return Name;
}

std::string testName(std::string Name) {
  std::replace(Name.begin(), Name.end(), '-', '_');
  return Name;
}

// A finding's first line names its culprit as the user wrote it, quoted,
// before it says what is wrong: "lambda '[&total](int x)' passed to ...",
// "argument 'job' of type 'Job' cannot be ...", "'name' is read by ...".
bool namesItsCulprit(const std::string &Message) {
  size_t End = Message.size();
  for (const char *Verb : {" passed to ", " cannot be ", " is read by "})
    End = std::min(End, Message.find(Verb));
  return Message.substr(0, End).find('\'') != std::string::npos;
}

class CheckCase : public ::testing::Test {
public:
  CheckCase(TestCase Case, const ReleaseTable &Releases)
      : Case(std::move(Case)), Releases(Releases) {}

  void TestBody() override {
    std::vector<Expectation> Expected;
    std::vector<FixExpectation> Fixes;
    std::vector<std::string> Errors;
    parseExpectations(Case.Code, Case.FileName, Expected, Fixes, Errors);
    for (const std::string &Error : Errors)
      ADD_FAILURE() << Error;

    const RunResult Result = runCase(Case, caseArgs(Case, Releases));
    for (const std::string &Problem :
         compareDiagnostics(Expected, Result.Diagnostics, Case.FileName))
      ADD_FAILURE() << Case.FileName << " case '" << Case.Name << "': " << Problem;
    for (const Diagnostic &D : Result.Diagnostics) {
      if (D.Level == "warning" && D.Check.rfind("serialint-", 0) == 0) {
        EXPECT_TRUE(namesItsCulprit(D.Message))
            << Case.FileName << " case '" << Case.Name << "': names no culprit: " << format(D);
      }
    }
    for (const std::string &Problem : compareFixes(Fixes, Case.Code, Result.FixedCode))
      ADD_FAILURE() << Case.FileName << " case '" << Case.Name << "': " << Problem;
    if (!Fixes.empty())
      expectFixedCodeLintsClean(Result.FixedCode);
  }

private:
  // A fix is right only if what it leaves compiles and has nothing left to
  // say: the fixed code is compiled and linted again.
  void expectFixedCodeLintsClean(const std::string &FixedCode) {
    TestCase Fixed = Case;
    Fixed.Code = FixedCode;
    for (const Diagnostic &D : runCase(Fixed, caseArgs(Fixed, Releases)).Diagnostics)
      if (D.Level == "error" || D.Level == "warning")
        ADD_FAILURE() << Case.FileName << " case '" << Case.Name
                      << "': after the fixes: " << format(D);
  }


  TestCase Case;
  const ReleaseTable &Releases;
};

void registerFailure(const std::string &Suite, const char *Name, const std::string &File,
                     const std::string &Error) {
  ::testing::RegisterTest(Suite.c_str(), Name, nullptr, nullptr, File.c_str(), 1,
                          [Error]() -> ::testing::Test * {
                            struct Fail : ::testing::Test {
                              std::string Why;
                              void TestBody() override { ADD_FAILURE() << Why; }
                            };
                            auto *T = new Fail;
                            T->Why = Error;
                            return T;
                          });
}

void registerFile(const std::filesystem::path &File, const ReleaseTable &Releases) {
  std::ifstream In(File);
  std::stringstream Contents;
  Contents << In.rdbuf();
  std::vector<std::string> Errors;
  std::vector<TestCase> Cases =
      expandReleases(loadCases(File.filename().string(), Contents.str(), Errors), Releases,
                     Errors);
  const std::string Suite = suiteName(File.stem().string());
  for (TestCase &Case : Cases) {
    Case.Directory = File.parent_path().string();
    const std::string Name = testName(Case.Name);
    ::testing::RegisterTest(Suite.c_str(), Name.c_str(), nullptr, nullptr,
                            File.string().c_str(), 1,
                            [Case = std::move(Case), &Releases]() -> ::testing::Test * {
                              return new CheckCase(Case, Releases);
                            });
  }
  for (const std::string &Error : Errors)
    registerFailure(Suite, "directives", File.string(), Error);
}

} // namespace
} // namespace serialint::test

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  std::vector<std::filesystem::path> Files;
  for (const auto &Entry :
       std::filesystem::directory_iterator(SERIALINT_SOURCE_DIR "/test/checks"))
    if (Entry.path().extension() == ".cpp")
      Files.push_back(Entry.path());
  std::sort(Files.begin(), Files.end());
  std::vector<std::string> Errors;
  static const serialint::test::ReleaseTable Releases = serialint::test::modelReleases(Errors);
  for (const std::string &Error : Errors)
    serialint::test::registerFailure("Models", "releases", "test/models/releases", Error);
  for (const auto &File : Files)
    serialint::test::registerFile(File, Releases);
  return RUN_ALL_TESTS();
}
