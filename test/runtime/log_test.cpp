// require_serializable, its error, and the SERIALINT_TRACE JSON-lines log.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "support.hpp"

using serialint_test::TraceEnvironment;
using serialint_test::read_lines;

namespace {

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
};

struct Context {
  std::string tag;
  Pool pool;
};

struct Job {
  int id;
  Context ctx;
  std::mutex *guard;
};

std::string temporary_file(const char *name) {
  const char *dir = std::getenv("TMPDIR");
  std::string path = std::string(dir ? dir : "/tmp") + "/serialint-" + name + "-" +
                     std::to_string(::getpid()) + ".jsonl";
  std::remove(path.c_str());
  return path;
}

} // namespace

TEST(RequireSerializable, OkValueDoesNotThrow) {
  Context with_pool{"x", {}};
  std::vector<int> numbers{1, 2};
  EXPECT_NO_THROW(serialint::require_serializable(numbers));
  EXPECT_THROW(serialint::require_serializable(with_pool), serialint::unserializable_error);
}

TEST(RequireSerializable, WhatHoldsEveryPathAndWhy) {
  Job job{1, {"t", {}}, nullptr};
  try {
    serialint::require_serializable(job, {.root_name = "job"});
    FAIL() << "expected serialint::unserializable_error";
  } catch (const serialint::unserializable_error &error) {
    const std::string what = error.what();
    EXPECT_NE(what.find("job.ctx.pool"), std::string::npos) << what;
    EXPECT_NE(what.find("pool objects cannot be passed between processes"), std::string::npos);
    EXPECT_NE(what.find("job.guard"), std::string::npos) << what;
    EXPECT_NE(what.find("an address means nothing in another process"), std::string::npos);
    EXPECT_EQ(error.report().findings().size(), 2u);
  }
}

TEST(RequireSerializable, ErrorIsARuntimeError) {
  Job job{1, {"t", {}}, nullptr};
  EXPECT_THROW(serialint::require_serializable(job), std::runtime_error);
}

TEST(TraceLog, AppendsOneJsonObjectPerNode) {
  const std::string file = temporary_file("append");
  TraceEnvironment env(file);
  Job job{1, {"t", {}}, nullptr};
  EXPECT_THROW(serialint::require_serializable(job, {.root_name = "job"}),
               serialint::unserializable_error);
  EXPECT_THROW(serialint::require_serializable(job, {.root_name = "job"}),
               serialint::unserializable_error);
  const auto lines = read_lines(file);
  // root, id, ctx, guard, tag, pool: six nodes, twice.
  ASSERT_EQ(lines.size(), 12u);
  EXPECT_EQ(lines[0].rfind("{\"run\":\"", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("\"node\":0,\"parent\":null,\"depth\":0"), std::string::npos);
  EXPECT_NE(lines[0].find("\"path\":\"job\""), std::string::npos);
  int failures = 0;
  for (const auto &line : lines)
    if (line.find("\"status\":\"fail\"") != std::string::npos)
      ++failures;
  EXPECT_EQ(failures, 4);
  const std::string &pool = lines[5];
  EXPECT_NE(pool.find("\"segment\":\".pool\""), std::string::npos) << pool;
  EXPECT_NE(pool.find("\"path\":\"job.ctx.pool\""), std::string::npos) << pool;
  EXPECT_NE(pool.find("\"reason\":\"marked\""), std::string::npos) << pool;
  EXPECT_NE(lines[0].substr(0, 20), lines[6].substr(0, 20)) << "runs share an id";
  std::remove(file.c_str());
}

TEST(TraceLog, CleanValuesAreLoggedToo) {
  const std::string file = temporary_file("clean");
  TraceEnvironment env(file);
  std::vector<int> numbers{1, 2, 3};
  serialint::require_serializable(numbers);
  const auto lines = read_lines(file);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("\"status\":\"ok\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"bytes\":20"), std::string::npos) << lines[0];
  std::remove(file.c_str());
}

TEST(TraceLog, UnopenableFileSaysSoOnceAndTheProgramGoesOn) {
  TraceEnvironment env("/nonexistent-serialint-dir/trace.jsonl");
  Job job{1, {"t", {}}, nullptr};
  testing::internal::CaptureStderr();
  EXPECT_THROW(serialint::require_serializable(job), serialint::unserializable_error);
  EXPECT_THROW(serialint::require_serializable(job), serialint::unserializable_error);
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_NE(said.find("serialint: cannot open SERIALINT_TRACE file "
                      "'/nonexistent-serialint-dir/trace.jsonl'"),
            std::string::npos)
      << said;
  EXPECT_EQ(said.find("cannot open", said.find("cannot open") + 1), std::string::npos)
      << "said more than once: " << said;
}

TEST(TraceLog, JsonStringsAreEscaped) {
  EXPECT_EQ(serialint::detail::json_string("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}
