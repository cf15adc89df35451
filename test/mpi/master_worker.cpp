// A Boost.MPI master/worker run over OpenMPI, with serialint's checked
// collectives. `good`: the master scatters 10 000 jobs, gathers every result
// and checks each one, value by value. `unregistered`: one job is of a derived
// type Boost does not know; the master's scatter fails with
// serialint::unserializable_error naming the job's path, the master tells the
// workers to stop, and the run ends with status 2.
//
//   mpirun --oversubscribe -np 3 serialint-mpi-master-worker good|unregistered
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/mpi/packed_oarchive.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/shared_ptr.hpp>
#include <boost/serialization/vector.hpp>

#include <serialint/boost_mpi.hpp>

namespace pool_test {

constexpr int job_count = 10'000;
constexpr int bad_job = 7'777;

struct Job {
  virtual ~Job() = default;
  int id = 0;
  double x = 0;
  std::vector<double> weights;
  virtual double run() const {
    double sum = x;
    for (double w : weights)
      sum = sum * 1.0001 + w;
    return sum;
  }
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & id & x & weights;
  }
};

// Derived, and never exported (no BOOST_CLASS_EXPORT): Boost cannot send it
// through a pointer to Job.
struct UrgentJob : Job {
  int priority = 9;
  double run() const override { return Job::run() * priority; }
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar &boost::serialization::base_object<Job>(*this) & priority;
  }
};

struct Batch {
  bool stop = false;
  std::vector<std::shared_ptr<Job>> jobs;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & stop & jobs; }
};

struct Result {
  int id = -1;
  double value = 0;
  int worker = -1;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & id & value & worker;
  }
};

std::shared_ptr<Job> make_job(int id, bool bad) {
  std::shared_ptr<Job> job = bad ? std::make_shared<UrgentJob>() : std::make_shared<Job>();
  job->id = id;
  job->x = id * 0.37;
  job->weights = {static_cast<double>(id % 7), 1.0 / (id + 1), -0.25 * (id % 3)};
  return job;
}

int owner_of(int id, int workers) { return 1 + id * workers / job_count; }

void stop_workers(const boost::mpi::communicator &world) {
  std::vector<Batch> stops(static_cast<std::size_t>(world.size()));
  for (Batch &b : stops)
    b.stop = true;
  Batch mine;
  serialint::checked_scatter(world, stops, mine, 0, "stops");
}

bool same_packed_bytes(const boost::mpi::communicator &world, const Batch &batch) {
  boost::mpi::packed_oarchive bare(world), traced(world);
  bare << batch;
  traced << serialint::traced(batch, "batch");
  return bare.size() == traced.size() &&
         std::memcmp(bare.address(), traced.address(), bare.size()) == 0;
}

int master(const boost::mpi::communicator &world, bool with_bad_job) {
  const int workers = world.size() - 1;
  std::vector<Batch> batches(static_cast<std::size_t>(world.size()));
  for (int id = 0; id < job_count; ++id)
    batches[static_cast<std::size_t>(owner_of(id, workers))].jobs.push_back(
        make_job(id, with_bad_job && id == bad_job));

  if (!with_bad_job) {
    const bool same = same_packed_bytes(world, batches[1]);
    std::cout << "master: packed bytes with and without traced(): "
              << (same ? "identical" : "DIFFERENT") << std::endl;
    if (!same) {
      stop_workers(world);
      return 1;
    }
  }

  Batch mine;
  try {
    serialint::checked_scatter(world, batches, mine, 0, "batches");
  } catch (const serialint::unserializable_error &error) {
    std::cout << "master: " << error.what() << std::endl;
    try {
      std::rethrow_if_nested(error);
    } catch (const std::exception &original) {
      std::cout << "master: caused by: " << original.what() << std::endl;
    }
    stop_workers(world);
    std::cout << "master: workers told to stop" << std::endl;
    return 2;
  }

  std::vector<std::vector<Result>> gathered;
  serialint::checked_gather(world, std::vector<Result>{}, gathered, 0, "results");

  std::vector<int> seen(job_count, 0);
  int wrong = 0, unknown = 0, total = 0;
  for (std::size_t rank = 0; rank < gathered.size(); ++rank)
    for (const Result &r : gathered[rank]) {
      ++total;
      if (r.id < 0 || r.id >= job_count) {
        ++unknown;
        continue;
      }
      ++seen[static_cast<std::size_t>(r.id)];
      const double expected = make_job(r.id, false)->run();
      if (r.value != expected || r.worker != static_cast<int>(rank) ||
          r.worker != owner_of(r.id, workers))
        ++wrong;
    }
  int lost = 0, duplicated = 0;
  for (int count : seen) {
    lost += count == 0;
    duplicated += count > 1;
  }
  std::cout << "master: " << total << " results for " << job_count << " jobs: " << lost
            << " lost, " << duplicated << " duplicated, " << wrong << " wrong, " << unknown
            << " unknown" << std::endl;
  stop_workers(world);
  return lost == 0 && duplicated == 0 && wrong == 0 && unknown == 0 && total == job_count ? 0
                                                                                          : 1;
}

int worker(const boost::mpi::communicator &world) {
  int rounds = 0;
  for (;;) {
    Batch batch;
    serialint::checked_scatter(world, std::vector<Batch>{}, batch, 0, "batches");
    if (batch.stop) {
      std::cout << "worker " << world.rank() << ": stopped after " << rounds << " round(s)"
                << std::endl;
      return 0;
    }
    std::vector<Result> results;
    results.reserve(batch.jobs.size());
    for (const auto &job : batch.jobs)
      results.push_back({job->id, job->run(), world.rank()});
    std::vector<std::vector<Result>> unused;
    serialint::checked_gather(world, results, unused, 0, "results");
    ++rounds;
  }
}

} // namespace pool_test

int main(int argc, char **argv) {
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  const std::string mode = argc > 1 ? argv[1] : "good";
  if (world.size() < 2) {
    std::cerr << "needs at least 2 processes\n";
    return 1;
  }
  if (world.rank() == 0)
    return pool_test::master(world, mode == "unregistered");
  return pool_test::worker(world);
}
