// The instantiation example of docs/checks/pool-payload.md: a generic helper
// in the shape of Boost.MPI's own broadcast_test, instantiated by the user
// with a type that holds an address. The page checks serialint's output.
#include <boost/mpi.hpp>
#include <boost/serialization/string.hpp>

#include <string>
#include <string_view>

// docs:begin helper
template <typename T>
void broadcast_test(const boost::mpi::communicator &comm, const T &bc_value, int root) {
  T value;
  if (comm.rank() == root)
    value = bc_value;
  boost::mpi::broadcast(comm, value, root);
}

void broadcast_everything(const boost::mpi::communicator &comm) {
  broadcast_test(comm, 17, 0);
  broadcast_test(comm, std::string("seventeen"), 0);
  broadcast_test(comm, std::string_view("seventeen"), 0);
}
// docs:end helper
