// The example of docs/checks/pool-payload.md. It does not compile, and that is
// the point: the compiler's error names `Ctx` from inside Boost, serialint
// names `job.ctx.pool`. The page checks serialint's output on this file.
#include <boost/mpi.hpp>
#include <boost/serialization/vector.hpp>

#include <thread>
#include <vector>

// docs:begin job
struct ThreadPool { std::vector<std::thread> workers; };
struct Ctx { ThreadPool pool; int id; };
struct Job {
  std::vector<int> data;
  Ctx ctx;
  template <class Archive> void serialize(Archive &ar, const unsigned) { ar & data & ctx; }
};
// docs:end job

void ship(boost::mpi::communicator &world, const Job &job) {
  // docs:begin job
  world.send(1, 0, job);
  // docs:end job
}
