// Seed 001/002 over MPI: a master hands jobs to a pool of worker processes
// (Boost.MPI scatter/gather), the way Python's Pool.map pickles each job. One
// job is a derived type nobody registered with Boost: the master learns which
// one, by its path, before any worker sees a byte, and stops the pool cleanly.
//
//   mpirun -np 3 ./mpi_pool          # every job is a plain Job: runs
//   mpirun -np 3 ./mpi_pool bad      # job 42 is a RetryJob: fails, names it
//   SERIALINT_TRACE=trace.jsonl mpirun -np 3 ./mpi_pool bad   # and logs the walk
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/shared_ptr.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include <serialint/boost_mpi.hpp>

namespace mpi_pool {

struct Job {
  virtual ~Job() = default;
  int id = 0;
  std::string text;
  virtual std::size_t run() const { return text.size() * static_cast<std::size_t>(id); }
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id & text; }
};

// Added later by someone else, and never exported with BOOST_CLASS_EXPORT.
struct RetryJob : Job {
  int attempts = 3;
  std::size_t run() const override { return Job::run() * static_cast<std::size_t>(attempts); }
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar &boost::serialization::base_object<Job>(*this) & attempts;
  }
};

// What one worker gets. Written by a free function in boost::serialization,
// so serialint's pre-flight walks it member by member (a type with a member
// serialize() is trusted and not opened: docs/runtime.md).
struct Batch {
  bool stop = false;
  std::vector<std::shared_ptr<Job>> jobs;
};

} // namespace mpi_pool

namespace boost::serialization {
template <class Archive> void serialize(Archive &ar, mpi_pool::Batch &batch, const unsigned int) {
  ar & batch.stop & batch.jobs;
}
} // namespace boost::serialization

namespace mpi_pool {

void stop_pool(const boost::mpi::communicator &world) {
  std::vector<Batch> stops(static_cast<std::size_t>(world.size()), Batch{true, {}});
  Batch mine;
  serialint::checked_scatter(world, stops, mine, 0, "stops");
}

int master(const boost::mpi::communicator &world, bool bad) {
  std::vector<Batch> batches(static_cast<std::size_t>(world.size()));
  for (int id = 0; id < 100; ++id) {
    auto job = bad && id == 42 ? std::make_shared<RetryJob>() : std::make_shared<Job>();
    job->id = id;
    job->text = "job-" + std::to_string(id);
    batches[static_cast<std::size_t>(1 + id % (world.size() - 1))].jobs.push_back(job);
  }
  Batch mine;
  try {
    serialint::checked_scatter(world, batches, mine, 0, "batches");
  } catch (const serialint::unserializable_error &error) {
    std::cerr << error.what() << '\n';
    stop_pool(world);
    return 1;
  }
  std::vector<std::vector<std::size_t>> results;
  serialint::checked_gather(world, std::vector<std::size_t>{}, results, 0, "results");
  std::size_t total = 0, count = 0;
  for (const auto &from_worker : results)
    for (std::size_t r : from_worker) {
      total += r;
      ++count;
    }
  std::cout << count << " results, sum " << total << '\n';
  stop_pool(world);
  return 0;
}

int worker(const boost::mpi::communicator &world) {
  for (;;) {
    Batch batch;
    serialint::checked_scatter(world, std::vector<Batch>{}, batch, 0, "batches");
    if (batch.stop)
      return 0;
    std::vector<std::size_t> results;
    for (const auto &job : batch.jobs)
      results.push_back(job->run());
    std::vector<std::vector<std::size_t>> unused;
    serialint::checked_gather(world, results, unused, 0, "results");
  }
}

} // namespace mpi_pool

int main(int argc, char **argv) {
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  if (world.size() < 2) {
    std::cerr << "run with mpirun -np 3\n";
    return 1;
  }
  const bool bad = argc > 1 && std::string(argv[1]) == "bad";
  return world.rank() == 0 ? mpi_pool::master(world, bad) : mpi_pool::worker(world);
}
