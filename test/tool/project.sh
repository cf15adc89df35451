# Sourced by the command's tests: writes a small multi-file project with a
# compile_commands.json, whose findings are known, into a directory.
#   make_project DIR
# needs REPO (the serialint checkout), MSGPACK_INCLUDE and MPI_INCLUDE.

make_project() {
  local dir=$1
  mkdir -p "$dir/src" "$dir/build"
  cat >"$dir/src/ray_jobs.cpp" <<'CPP'
#include <ray/api.h>

int scale(int value, int factor) { return value * factor; }
RAY_REMOTE(scale);

void submit(int factor) {
  ray::Task([factor](int value) { return value * factor; }).Remote(1);
  ray::Task(scale).Remote(1, factor);
}
CPP
  cat >"$dir/src/mpi_jobs.cpp" <<'CPP'
#include <boost/mpi.hpp>

struct Particle {
  double x, y, z;
  double *mass;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x & y & z; }
};
BOOST_IS_MPI_DATATYPE(Particle)

void sendParticle(boost::mpi::communicator &world, Particle &p) {
  world.send(1, 0, p);
}
CPP
  cat >"$dir/src/upcxx_jobs.cpp" <<'CPP'
#include <upcxx/upcxx.hpp>

void sendByReference() {
  int factor = 3;
  upcxx::rpc(1, [&factor](int x) { return x * factor; }, 2);
}
CPP
  cat >"$dir/src/clean.cpp" <<'CPP'
#include <ray/api.h>

int twice(int x) { return 2 * x; }
RAY_REMOTE(twice);

void submitClean() { ray::Task(twice).Remote(2); }
CPP
  local flags="-std=c++20 -I$REPO/test/models -isystem $MSGPACK_INCLUDE -DMSGPACK_NO_BOOST -isystem $MPI_INCLUDE"
  {
    echo "["
    local first=1 file
    for file in ray_jobs mpi_jobs upcxx_jobs clean; do
      [ $first = 1 ] || echo ","
      first=0
      printf '{"directory": "%s/build", "file": "%s/src/%s.cpp", "command": "clang++-19 %s -c %s/src/%s.cpp -o %s.o"}' \
        "$dir" "$dir" "$file" "$flags" "$dir" "$file" "$file"
    done
    echo "]"
  } >"$dir/build/compile_commands.json"
}

# Findings the project yields, as they appear in clang's text format.
RAY_FINDING="src/ray_jobs.cpp:7:13: warning: lambda '[^']*' passed to 'ray::Task' cannot be sent to another process"
MPI_FINDING="src/mpi_jobs.cpp:11:20: warning: argument 'p' of type 'Particle' cannot be sent to another process"
UPCXX_FINDING="src/upcxx_jobs.cpp:5:18: warning: capture '\[&factor\]' of the lambda passed to 'upcxx::rpc'"
