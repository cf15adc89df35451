// Seed 001: the pool inside the job's context is named by its path.
#include "support.hpp"

#include "../../examples/pool_in_context/job.hpp"

TEST(PoolInContext, ReportNamesExactlyThePoolsPath) {
  const pool_example::ThreadPool pool(2);
  const auto found = serialint::inspect(pool_example::make_job(pool), {.root_name = "job"});
  ASSERT_EQ(found.findings().size(), 1u) << found.to_string();
  const auto &culprit = found.findings()[0];
  EXPECT_EQ(culprit.path, "job.ctx.pool");
  EXPECT_EQ(culprit.type, "pool_example::ThreadPool");
  EXPECT_EQ(culprit.reason, serialint::reason::pool_handle);
  EXPECT_EQ(culprit.message, "a pool handle: pool objects cannot be passed between processes");
  EXPECT_EQ(culprit.hint, "do not ship the pool; let the worker use the pool it runs in");
}

TEST(PoolInContext, TheFixedJobIsAlwaysOk) {
  EXPECT_EQ(serialint::static_verdict<pool_example::PortableJob>,
            serialint::verdict::always_ok);
  EXPECT_EQ(serialint::static_verdict<pool_example::Job>, serialint::verdict::always_bad);
}
