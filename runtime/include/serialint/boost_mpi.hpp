// Boost.MPI with serialint: traced() through send, isend, broadcast, scatter
// and gather, and one-liners that run serialint::require_serializable (the
// pre-flight) before anything leaves the process.
//
//   serialint::checked_send(world, 1, tag, job, "job");
//   serialint::checked_scatter(world, batches, mine, 0, "batches");
//
// The receiver needs no change: it receives into the value's own type.
// docs/adapters.md.
#ifndef SERIALINT_BOOST_MPI_HPP
#define SERIALINT_BOOST_MPI_HPP

#include <memory>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/datatype.hpp>
#include <boost/mpi/packed_oarchive.hpp>
#include <boost/mpi/request.hpp>

#include "boost_serialization.hpp"
#include "error.hpp"
#include "traced.hpp"

namespace serialint {

// After a failure, parts are written alone to a packed archive on MPI_COMM_SELF.
template <> struct scratch_archive<boost::mpi::packed_oarchive> {
  static std::unique_ptr<boost::mpi::packed_oarchive> make(std::ostream &) {
    return std::make_unique<boost::mpi::packed_oarchive>(MPI_COMM_SELF);
  }
};

namespace detail {
template <class T> constexpr void check_mpi_payload() {
  static_assert(!boost::mpi::is_mpi_datatype<T>::value,
                "serialint: Boost.MPI sends this type as an MPI datatype, with no serializer; "
                "send it as it is (world.send(dest, tag, value)): traced() would change the "
                "wire format");
}
} // namespace detail

// comm.send(dest, tag, value), after the pre-flight.
template <class T>
void checked_send(const boost::mpi::communicator &comm, int dest, int tag, const T &value,
                  std::string_view root_name = "value") {
  detail::check_mpi_payload<T>();
  require_serializable(value, options{.root_name = std::string(root_name)});
  comm.send(dest, tag, traced(value, root_name));
}

// comm.isend(dest, tag, value), after the pre-flight. The value is written
// before this returns.
template <class T>
boost::mpi::request checked_isend(const boost::mpi::communicator &comm, int dest, int tag,
                                  const T &value, std::string_view root_name = "value") {
  detail::check_mpi_payload<T>();
  require_serializable(value, options{.root_name = std::string(root_name)});
  return comm.isend(dest, tag, traced(value, root_name));
}

// boost::mpi::broadcast(comm, value, root): the root sends (pre-flight,
// traced), the others receive into `value`.
template <class T>
void checked_broadcast(const boost::mpi::communicator &comm, T &value, int root,
                       std::string_view root_name = "value") {
  detail::check_mpi_payload<T>();
  if (comm.rank() != root) {
    boost::mpi::broadcast(comm, value, root);
    return;
  }
  require_serializable(value, options{.root_name = std::string(root_name)});
  traced_ref<T> sent(value, root_name);
  boost::mpi::broadcast(comm, sent, root);
}

// boost::mpi::scatter(comm, in_values, out_value, root): on the root,
// in_values[i] goes to rank i (traced as `<root_name>[i]`) and out_value gets
// in_values[root] (when T is copyable; else it is left alone); elsewhere in_values is ignored. All values are written
// before anything is sent, so a failure leaves the other ranks waiting in the
// scatter: the root may call it again (with a stop message, say).
template <class T>
void checked_scatter(const boost::mpi::communicator &comm, const std::vector<T> &in_values,
                     T &out_value, int root, std::string_view root_name = "values") {
  detail::check_mpi_payload<T>();
  if (comm.rank() != root) {
    boost::mpi::scatter(comm, out_value, root);
    return;
  }
  require_serializable(in_values, options{.root_name = std::string(root_name)});
  std::vector<traced_ref<T>> sent;
  sent.reserve(in_values.size());
  for (std::size_t i = 0; i < in_values.size(); ++i)
    sent.emplace_back(in_values[i], root_name, i);
  traced_ref<T> own = sent.at(static_cast<std::size_t>(root));
  boost::mpi::scatter(comm, sent, own, root);
  if constexpr (std::is_copy_assignable_v<T>)
    out_value = in_values[static_cast<std::size_t>(root)];
}

// boost::mpi::gather(comm, in_value, out_values, root): the others send
// (pre-flight, traced), the root collects into out_values.
template <class T>
void checked_gather(const boost::mpi::communicator &comm, const T &in_value,
                    std::vector<T> &out_values, int root, std::string_view root_name = "value") {
  detail::check_mpi_payload<T>();
  if (comm.rank() == root) {
    boost::mpi::gather(comm, in_value, out_values, root);
    return;
  }
  require_serializable(in_value, options{.root_name = std::string(root_name)});
  boost::mpi::gather(comm, traced(in_value, root_name), root);
}

} // namespace serialint

#endif // SERIALINT_BOOST_MPI_HPP
