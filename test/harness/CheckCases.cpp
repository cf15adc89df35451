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

class CheckCase : public ::testing::Test {
public:
  explicit CheckCase(TestCase Case) : Case(std::move(Case)) {}

  void TestBody() override {
    std::vector<Expectation> Expected;
    std::vector<FixExpectation> Fixes;
    std::vector<std::string> Errors;
    parseExpectations(Case.Code, Case.FileName, Expected, Fixes, Errors);
    for (const std::string &Error : Errors)
      ADD_FAILURE() << Error;

    const RunResult Result = runCase(Case, caseArgs());
    for (const std::string &Problem :
         compareDiagnostics(Expected, Result.Diagnostics, Case.FileName))
      ADD_FAILURE() << Case.FileName << " case '" << Case.Name << "': " << Problem;
    for (const std::string &Problem : compareFixes(Fixes, Case.Code, Result.FixedCode))
      ADD_FAILURE() << Case.FileName << " case '" << Case.Name << "': " << Problem;
  }

private:
  TestCase Case;
};

void registerFile(const std::filesystem::path &File) {
  std::ifstream In(File);
  std::stringstream Contents;
  Contents << In.rdbuf();
  std::vector<std::string> Errors;
  std::vector<TestCase> Cases =
      loadCases(File.filename().string(), Contents.str(), Errors);
  const std::string Suite = suiteName(File.stem().string());
  for (TestCase &Case : Cases) {
    Case.Directory = File.parent_path().string();
    const std::string Name = testName(Case.Name);
    ::testing::RegisterTest(Suite.c_str(), Name.c_str(), nullptr, nullptr,
                            File.string().c_str(), 1,
                            [Case = std::move(Case)]() -> ::testing::Test * {
                              return new CheckCase(Case);
                            });
  }
  for (const std::string &Error : Errors)
    ::testing::RegisterTest(Suite.c_str(), "directives", nullptr, nullptr,
                            File.string().c_str(), 1, [Error]() -> ::testing::Test * {
                              struct Fail : ::testing::Test {
                                std::string Why;
                                void TestBody() override { ADD_FAILURE() << Why; }
                              };
                              auto *T = new Fail;
                              T->Why = Error;
                              return T;
                            });
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
  for (const auto &File : Files)
    serialint::test::registerFile(File);
  return RUN_ALL_TESTS();
}
