// Inspects a job before it is sent to a process pool, prints the walk, and
// shows what require_serializable throws.
#include <iostream>

#include <serialint/serialint.hpp>

#include "job.hpp"

int main() {
  const pool_example::ThreadPool pool(4);
  const pool_example::Job job = pool_example::make_job(pool);

  std::cout << "== trace\n";
  serialint::trace(job, std::cout, {.root_name = "job"});

  std::cout << "\n== report\n" << serialint::inspect(job, {.root_name = "job"}).to_string();

  std::cout << "\n== require_serializable\n";
  try {
    serialint::require_serializable(job, {.root_name = "job"});
  } catch (const serialint::unserializable_error &error) {
    std::cout << error.what() << '\n';
  }

  const pool_example::PortableJob fixed{job.task, job.inputs, job.ctx.settings};
  std::cout << "\n== after the fix\n";
  serialint::trace(fixed, std::cout, {.root_name = "job"});
  static_assert(serialint::static_verdict<pool_example::PortableJob> ==
                serialint::verdict::always_ok);
  return 0;
}
