//===--- CaseArgs.cpp - serialint tests -----------------------------------===//

#include "CheckHarness.h"

#include <sstream>

namespace serialint::test {

std::vector<std::string> caseArgs() {
  std::vector<std::string> Args = {
      "-std=c++20",
      "-DMSGPACK_NO_BOOST",
      "-resource-dir=" SERIALINT_CLANG_RESOURCE_DIR,
      "-I" SERIALINT_SOURCE_DIR "/test/models",
      "-I" SERIALINT_SOURCE_DIR "/runtime/include",
  };
  std::istringstream Extra(SERIALINT_TEST_INCLUDES);
  for (std::string Dir; std::getline(Extra, Dir, '|');)
    if (!Dir.empty())
      Args.push_back("-isystem" + Dir);
  return Args;
}

} // namespace serialint::test
