// The runtime block of README.md, between its docs:begin/end markers. Run by
// ctest (docs.snippet.readme): it must print the pool's path.
// docs:begin runtime
#include <serialint/serialint.hpp>
// docs:end runtime

#include <iostream>

#include "../../../examples/pool_in_context/job.hpp"

namespace {

void inspect_and_send(const pool_example::Job &job) {
  // docs:begin runtime

  serialint::report r = serialint::inspect(job, {.root_name = "job"}); // never throws
  for (const serialint::finding &f : r.findings())
    std::cerr << f.path << ": " << f.message << "\n"; // job.ctx.pool: ...
  serialint::require_serializable(job);            // throws unserializable_error
  serialint::trace(job, std::cout);                // the walk, as a tree
  // docs:end runtime
}

} // namespace

int main() {
  const pool_example::ThreadPool pool(2);
  try {
    inspect_and_send(pool_example::make_job(pool));
  } catch (const serialint::unserializable_error &error) {
    std::cerr << "thrown: " << error.what() << '\n';
    return 0;
  }
  std::cerr << "require_serializable did not throw\n";
  return 1;
}
