// The exact path strings, as C++ expressions rooted at the value.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "support.hpp"

using serialint_test::only_finding;
using serialint_test::paths_of;

namespace {

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
};

struct Context {
  std::string name;
  Pool pool;
};

struct Job {
  int id = 0;
  Context ctx;
};

struct Worker {
  std::optional<Pool> pool;
};

struct Scheduler {
  std::vector<std::unique_ptr<Worker>> jobs;
  std::map<std::string, Context> by_name;
  std::tuple<int, std::thread> task;
};

struct Link {
  std::unique_ptr<Link> next;
  std::optional<Pool> pool;
};

} // namespace

TEST(Paths, NestedFieldsAreDotted) {
  Job job;
  EXPECT_EQ(only_finding(serialint::inspect(job)).path, "value.ctx.pool");
}

TEST(Paths, RootNameIsConfigurable) {
  Job job;
  EXPECT_EQ(only_finding(serialint::inspect(job, {.root_name = "job"})).path, "job.ctx.pool");
}

TEST(Paths, ArrowAfterAnOwningPointer) {
  Scheduler scheduler;
  for (int i = 0; i < 4; ++i)
    scheduler.jobs.push_back(std::make_unique<Worker>());
  scheduler.jobs[3]->pool.emplace();
  EXPECT_EQ(only_finding(serialint::inspect(scheduler.jobs)).path, "*value[3]->pool");
}

TEST(Paths, KeyedAndGottenAndArrowedInOneReport) {
  Scheduler scheduler;
  scheduler.jobs.push_back(std::make_unique<Worker>());
  scheduler.jobs.push_back(std::make_unique<Worker>());
  scheduler.jobs[1]->pool.emplace();
  scheduler.by_name["alpha"];
  EXPECT_EQ(paths_of(serialint::inspect(scheduler)),
            (std::vector<std::string>{"*value.jobs[1]->pool", "value.by_name[\"alpha\"].pool",
                                      "std::get<1>(value.task)"}));
}

TEST(Paths, ChainOfPointersUsesArrows) {
  Link head;
  head.next = std::make_unique<Link>();
  head.next->next = std::make_unique<Link>();
  head.next->next->pool.emplace();
  EXPECT_EQ(only_finding(serialint::inspect(head)).path, "*value.next->next->pool");
}

TEST(Paths, DereferenceBeforeAnIndexIsParenthesised) {
  auto jobs = std::make_unique<std::vector<std::optional<Pool>>>(3);
  (*jobs)[2].emplace();
  EXPECT_EQ(only_finding(serialint::inspect(jobs)).path, "*(*value)[2]");
}

TEST(Paths, GetOfADereference) {
  auto task = std::make_shared<std::tuple<int, std::thread>>();
  EXPECT_EQ(only_finding(serialint::inspect(task)).path, "std::get<1>(*value)");
}
