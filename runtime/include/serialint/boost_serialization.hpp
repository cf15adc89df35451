// serialint::traced(value) for Boost.Serialization output archives (binary,
// text, and Boost.MPI's packed archive: see serialint/boost_mpi.hpp). The
// wrapper is an object_serializable, never-tracked type: it adds no class
// information, so the archive holds exactly what `ar << value` writes.
//
//   #include <serialint/boost_serialization.hpp>
//   boost::archive::binary_oarchive ar(out);
//   ar << serialint::traced(job, "job");   // same bytes as ar << job
//
// docs/adapters.md.
#ifndef SERIALINT_BOOST_SERIALIZATION_HPP
#define SERIALINT_BOOST_SERIALIZATION_HPP

#include <exception>
#include <stdexcept>
#include <string_view>

#include <boost/archive/archive_exception.hpp>
#include <boost/mpl/int.hpp>
#include <boost/mpl/integral_c_tag.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/serialization.hpp>
#include <boost/serialization/tracking.hpp>

#include "traced.hpp"

namespace serialint::detail {

template <class Archive> struct boost_probe {
  static constexpr std::string_view name = "Boost.Serialization";

  template <class U> static bool writes(const U &part) {
    null_ostream out;
    try {
      auto archive = scratch_archive<Archive>::make(out);
      *archive << part;
      return true;
    } catch (...) {
      return false;
    }
  }

  // Boost has no trait that answers without a hard error; see locate.hpp.
  template <class U> static constexpr bool can_write = plainly_writable<U>();

  static serialint::reason reason_of(const std::exception_ptr &error) {
    try {
      std::rethrow_exception(error);
    } catch (const boost::archive::archive_exception &e) {
      if (e.code == boost::archive::archive_exception::unregistered_class)
        return reason::unregistered_polymorphic;
    } catch (...) {
    }
    return reason::no_serializer;
  }
};

} // namespace serialint::detail

namespace boost::serialization {

template <class T> struct implementation_level_impl<const serialint::traced_ref<T>> {
  typedef mpl::integral_c_tag tag;
  typedef mpl::int_<object_serializable> type;
  BOOST_STATIC_CONSTANT(int, value = implementation_level_impl::type::value);
};

template <class T> struct tracking_level<serialint::traced_ref<T>> {
  typedef mpl::integral_c_tag tag;
  typedef mpl::int_<track_never> type;
  BOOST_STATIC_CONSTANT(int, value = tracking_level::type::value);
};

template <class Archive, class T>
void serialize(Archive &ar, serialint::traced_ref<T> &t, const unsigned int) {
  if constexpr (Archive::is_saving::value) {
    serialint::detail::save_traced<serialint::detail::boost_probe<Archive>>(
        t, [&] { ar << t.get(); });
  } else {
    // Collectives (broadcast, scatter) compile the receiving branch on the
    // sender too; it never runs there.
    (void)ar;
    throw std::logic_error("serialint::traced(value) is for sending: receive into the "
                           "value's own type");
  }
}

} // namespace boost::serialization

#endif // SERIALINT_BOOST_SERIALIZATION_HPP
