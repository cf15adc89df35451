// The fix: send the value, not its address.
#include <boost/mpi.hpp>

struct Particle {
  double x, y, z;
  double mass;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & x & y & z & mass;
  }
};
BOOST_IS_MPI_DATATYPE(Particle)

int main(int argc, char **argv) {
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  Particle p{0, 0, 0, 1.5};
  if (world.rank() == 0)
    world.send(1, 0, p);
  else if (world.rank() == 1)
    world.recv(0, 0, p);
}
