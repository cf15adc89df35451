// Each backend's write of a value, bare and through serialint::traced(value)
// with tracing off and on, side by side: cereal's binary archive on the
// values of bench/runtime/inspect_bench.cpp, and Boost's binary archive,
// Boost.MPI's packed archive and msgpack's packer on the records. Ratios are
// read from one run of this program; see docs/performance.md, "Adapters".
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <benchmark/benchmark.h>

#include <cereal/archives/binary.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/polymorphic.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>

#include <boost/archive/binary_oarchive.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/mpi/packed_oarchive.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include <serialint/boost_mpi.hpp>
#include <serialint/cereal.hpp>
#include <serialint/msgpack.hpp>
#include <serialint/serialint.hpp>

#include "../common/bench_values.hpp"

// The records' serializers for the other backends, outside bench's namespace
// as cereal's are.
namespace boost::serialization {
template <class Archive> void serialize(Archive &ar, bench::Record &r, const unsigned int) {
  ar & r.id & r.name & r.samples & r.tags;
}
} // namespace boost::serialization

namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS) {
namespace adaptor {
template <> struct pack<bench::Record> {
  template <class Stream>
  packer<Stream> &operator()(packer<Stream> &out, const bench::Record &r) const {
    out.pack_array(4);
    out.pack(r.id);
    out.pack(r.name);
    out.pack(r.samples);
    out.pack(r.tags);
    return out;
  }
};
} // namespace adaptor
} // MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS)
} // namespace msgpack

namespace {

// How each backend writes `value` (or its stand-in) once; returns the size.
struct with_cereal {
  template <class T> static std::size_t write(const T &value) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive archive(out);
      archive(value);
    }
    return static_cast<std::size_t>(out.tellp());
  }
};
struct with_boost {
  template <class T> static std::size_t write(const T &value) {
    std::ostringstream out;
    {
      boost::archive::binary_oarchive archive(out, boost::archive::no_header);
      archive << value;
    }
    return static_cast<std::size_t>(out.tellp());
  }
};
struct with_boost_mpi {
  template <class T> static std::size_t write(const T &value) {
    boost::mpi::packed_oarchive archive(MPI_COMM_SELF);
    archive << value;
    return archive.size();
  }
};
struct with_msgpack {
  template <class T> static std::size_t write(const T &value) {
    msgpack::sbuffer buffer;
    msgpack::pack(buffer, value);
    return buffer.size();
  }
};

template <class Backend, class T> void bare(benchmark::State &state, const T &value) {
  for (auto _ : state)
    benchmark::DoNotOptimize(Backend::write(value));
}
template <class Backend, class T> void traced_off(benchmark::State &state, const T &value) {
  for (auto _ : state)
    benchmark::DoNotOptimize(Backend::write(serialint::traced(value, "value")));
}
// Every call the serializer makes written as a JSON line to a sink that
// discards them (what SERIALINT_TRACE costs, less the file system).
template <class Backend, class T> void traced_on(benchmark::State &state, const T &value) {
  serialint::detail::null_ostream sink;
  for (auto _ : state)
    benchmark::DoNotOptimize(Backend::write(serialint::traced(value, "value", sink)));
}

const bench::Record &one_record() {
  static const bench::Record value = records()[12345];
  return value;
}

} // namespace

#define SERIALINT_ADAPTER_BENCH(Name, Backend, value, unit)                                 \
  static void Name##_Bare(benchmark::State &state) { bare<Backend>(state, value); }          \
  static void Name##_TracedOff(benchmark::State &state) { traced_off<Backend>(state, value); } \
  static void Name##_TracedOn(benchmark::State &state) { traced_on<Backend>(state, value); }   \
  BENCHMARK(Name##_Bare)->Unit(unit);                                                       \
  BENCHMARK(Name##_TracedOff)->Unit(unit);                                                  \
  BENCHMARK(Name##_TracedOn)->Unit(unit)

SERIALINT_ADAPTER_BENCH(Records, with_cereal, records(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(SharedGraph, with_cereal, graph(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(ShapeGraph, with_cereal, shape_graph(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(Variants, with_cereal, items(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(OneRecord, with_cereal, one_record(), benchmark::kNanosecond);
SERIALINT_ADAPTER_BENCH(BoostRecords, with_boost, records(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(BoostOneRecord, with_boost, one_record(), benchmark::kNanosecond);
SERIALINT_ADAPTER_BENCH(MpiRecords, with_boost_mpi, records(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(MpiOneRecord, with_boost_mpi, one_record(), benchmark::kNanosecond);
SERIALINT_ADAPTER_BENCH(MsgpackRecords, with_msgpack, records(), benchmark::kMicrosecond);
SERIALINT_ADAPTER_BENCH(MsgpackOneRecord, with_msgpack, one_record(), benchmark::kNanosecond);

// Boost.MPI's packed archive needs MPI; a singleton run needs no mpirun.
int main(int argc, char **argv) {
  boost::mpi::environment environment(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
