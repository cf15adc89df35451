// A struct declared an MPI datatype is sent as raw bytes. Its pointer member
// arrives as an address in the sender's memory: the silent bug no compiler
// and no MPI implementation catches.
#include <boost/mpi.hpp>

struct Particle {
  double x, y, z;
  double *mass; // points into the sender's memory
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & x & y & z;
  }
};
BOOST_IS_MPI_DATATYPE(Particle)

int main(int argc, char **argv) {
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  double m = 1.5;
  Particle p{0, 0, 0, &m};
  if (world.rank() == 0)
    world.send(1, 0, p);
  else if (world.rank() == 1)
    world.recv(0, 0, p);
}
