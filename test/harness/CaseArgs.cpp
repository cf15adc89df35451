//===--- CaseArgs.cpp - serialint tests -----------------------------------===//

#include "CheckHarness.h"

#include <fstream>
#include <sstream>

namespace serialint::test {

std::vector<std::string> caseArgs(const TestCase &Case, const ReleaseTable &Table) {
  std::vector<std::string> Args;
  for (const auto &[Framework, Releases] : Table) {
    const auto Chosen = Case.Releases.find(Framework);
    Args.push_back("-I" SERIALINT_SOURCE_DIR "/test/models/" + Framework + "/" +
                   (Chosen != Case.Releases.end() ? Chosen->second : Releases.front()));
  }
  Args.insert(Args.end(), {
      "-std=c++20",
      "-DMSGPACK_NO_BOOST",
      "-resource-dir=" SERIALINT_CLANG_RESOURCE_DIR,
      "-I" SERIALINT_SOURCE_DIR "/test/models",
      "-I" SERIALINT_SOURCE_DIR "/runtime/include",
  });
  std::istringstream Extra(SERIALINT_TEST_INCLUDES);
  for (std::string Dir; std::getline(Extra, Dir, '|');)
    if (!Dir.empty())
      Args.push_back("-isystem" + Dir);
  return Args;
}

ReleaseTable modelReleases(std::vector<std::string> &Errors) {
  std::ifstream In(SERIALINT_SOURCE_DIR "/test/models/releases");
  if (!In) {
    Errors.push_back("cannot read " SERIALINT_SOURCE_DIR "/test/models/releases");
    return {};
  }
  std::stringstream Contents;
  Contents << In.rdbuf();
  return parseReleases(Contents.str(), Errors);
}

std::vector<std::string> caseArgs() {
  std::vector<std::string> Errors;
  return caseArgs(TestCase{}, modelReleases(Errors));
}

} // namespace serialint::test
