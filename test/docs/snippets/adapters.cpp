// The block of docs/adapters.md, between its docs:begin/end markers: one
// line per backend, compiled against the real cereal, Boost.Serialization,
// Boost.MPI and msgpack-cxx headers. Run by ctest under mpirun
// (docs.snippet.adapters), which checks that every line sent its value.
#include <serialint/boost_mpi.hpp>
#include <serialint/boost_serialization.hpp>
#include <serialint/cereal.hpp>
#include <serialint/msgpack.hpp>

#include <boost/archive/binary_oarchive.hpp>
#include <boost/mpi.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace adapters_example {

struct Job {
  std::string task;
  std::vector<int> inputs;
  // Versioned, so that cereal and Boost both use it.
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & task & inputs; }
};

struct Batch {
  std::vector<Job> jobs;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & jobs; }
};

// Rank 0 sends with every line of the block, rank 1 receives; returns what
// this rank received.
std::size_t send_all(const boost::mpi::communicator &world, int dest, int tag) {
  std::ostringstream out;
  const Job job{"square", {1, 2, 3}};
  std::string config = world.rank() == 0 ? "fast" : "";
  std::vector<Batch> batches(static_cast<std::size_t>(world.size()), Batch{{job}});
  Batch mine;
  const std::vector<int> results{world.rank()};
  std::vector<std::vector<int>> all;
  msgpack::sbuffer buffer;
  const std::tuple<int, std::string> args{7, "seven"};
  const int a = 1;
  const std::string b = "two";

  if (world.rank() != 0) {
    // In the order rank 0 sends: two sends, the collectives, one send.
    Job received;
    world.recv(0, tag, received);
    world.recv(0, tag, received);
    serialint::checked_broadcast(world, config, 0, "config");
    serialint::checked_scatter(world, batches, mine, 0, "batches");
    serialint::checked_gather(world, results, all, 0, "results");
    world.recv(0, tag, received);
    return received.inputs.size() + mine.jobs.size() + config.size();
  }
  {
    // docs:begin backends
    // cereal
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(job, "job"));              // same bytes as ar(job)
    ar(serialint::preflight(job, "job"));           // require_serializable(job), then the same
    // docs:end backends
  }
  {
    // docs:begin backends

    // Boost.Serialization
    boost::archive::binary_oarchive oa(out);
    oa << serialint::traced(job, "job");            // same bytes as oa << job
    // docs:end backends
  }
  // docs:begin backends

  // Boost.MPI: pre-flight (require_serializable), then traced; receivers unchanged
  serialint::checked_send(world, dest, tag, job, "job");
  boost::mpi::request r = serialint::checked_isend(world, dest, tag, job, "job");
  serialint::checked_broadcast(world, config, 0, "config");
  serialint::checked_scatter(world, batches, mine, 0, "batches");  // batches[i] goes to rank i
  serialint::checked_gather(world, results, all, 0, "results");
  world.send(dest, tag, serialint::preflight(job, "job"));         // the same, by hand

  // msgpack-cxx, and Ray's argument tuple
  msgpack::pack(buffer, serialint::traced(args, "args"));
  msgpack::pack(buffer, std::make_tuple(serialint::traced(a, "a"), serialint::traced(b, "b")));
  // docs:end backends
  r.wait();
  return out.str().empty() || buffer.size() == 0 ? 0 : all.size();
}

} // namespace adapters_example

int main(int argc, char **argv) {
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  if (world.size() != 2) {
    std::cerr << "run with 2 processes\n";
    return 2;
  }
  const std::size_t got = adapters_example::send_all(world, 1, 0);
  // Rank 1: 3 inputs, 1 job of its batch, 4 letters of the broadcast config.
  if (world.rank() == 1 && got != 3 + 1 + 4) {
    std::cerr << "rank 1 received " << got << ", expected 8\n";
    return 1;
  }
  if (world.rank() == 0)
    std::cout << "every backend line ran; rank 0 gathered " << got << " results\n";
  return 0;
}
