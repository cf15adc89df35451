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

#include <cstdint>
#include <exception>
#include <stdexcept>
#include <streambuf>
#include <string_view>
#include <type_traits>
#include <utility>
#include <string_view>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/binary_oarchive_impl.hpp>
#include <boost/archive/detail/register_archive.hpp>
#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_binary_oarchive.ipp>
#include <boost/archive/impl/basic_binary_oprimitive.ipp>
#include <boost/serialization/array_optimization.hpp>
#include <boost/serialization/collection_size_type.hpp>
#include <boost/serialization/item_version_type.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/mpl/int.hpp>
#include <boost/mpl/integral_c_tag.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/serialization.hpp>
#include <boost/serialization/tracking.hpp>

#include "detail/call_record.hpp"
#include "traced.hpp"

namespace serialint::detail {

// Counts what the recording archive writes, and keeps none of it.
class counting_streambuf : public std::streambuf {
public:
  explicit counting_streambuf(call_record &record) : record_(record) {}

protected:
  std::streamsize xsputn(const char *, std::streamsize count) override {
    record_.wrote(static_cast<std::uint64_t>(count));
    return count;
  }
  int_type overflow(int_type c) override {
    record_.wrote(1);
    return traits_type::not_eof(c);
  }

private:
  call_record &record_;
};

class boost_recorder;
using boost_recorder_base =
    boost::archive::binary_oarchive_impl<boost_recorder, char, std::char_traits<char>>;

// The recording archive: Boost's binary archive (no header) over a stream
// that keeps nothing, logging each value the user's serializers hand to it
// and the bytes the binary archive writes for it. Boost's own bookkeeping
// (class ids, versions, object ids) counts toward the call that wrote it.
class boost_recorder : public boost_recorder_base {
  friend class boost::archive::detail::interface_oarchive<boost_recorder>;
  friend class boost::archive::basic_binary_oarchive<boost_recorder>;
  friend class boost::archive::basic_binary_oprimitive<boost_recorder, char,
                                                       std::char_traits<char>>;
  friend class boost::archive::save_access;

public:
  boost_recorder(call_record &record, counting_streambuf &out)
      : boost_recorder_base(out, boost::archive::no_header | boost::archive::no_codecvt),
        record_(record) {}

  template <class T> void save_override(const T &value) {
    if constexpr (bookkeeping<T>) {
      boost_recorder_base::save_override(value);
    } else {
      if (std::exchange(pointee_next_, false))
        open_pointee_call(record_, value);
      else
        open_call(record_, value);
      pointee_next_ = std::is_pointer_v<T>;
      boost_recorder_base::save_override(value);
      pointee_next_ = false;
      record_.close();
    }
  }
  // Collections name every element "item": an index says more.
  template <class T> void save_override(const boost::serialization::nvp<T> &named) {
    if (!bookkeeping<std::remove_cv_t<T>> && named.name() &&
        std::string_view(named.name()) != "item")
      record_.name_next(named.name());
    boost_recorder_base::save_override(named);
  }

private:
  template <class T>
  static constexpr bool bookkeeping =
      std::is_same_v<T, boost::archive::class_id_type> ||
      std::is_same_v<T, boost::archive::class_id_optional_type> ||
      std::is_same_v<T, boost::archive::class_id_reference_type> ||
      std::is_same_v<T, boost::archive::object_id_type> ||
      std::is_same_v<T, boost::archive::object_reference_type> ||
      std::is_same_v<T, boost::archive::version_type> ||
      std::is_same_v<T, boost::archive::tracking_type> ||
      std::is_same_v<T, boost::archive::class_name_type> ||
      std::is_same_v<T, boost::serialization::collection_size_type> ||
      std::is_same_v<T, boost::serialization::item_version_type>;

  call_record &record_;
  bool pointee_next_ = false;
};

// Runs the user's serializers against the recording archive; a throw stops
// the record where it was, not the caller.
inline void record_boost(call_record &record, auto write) noexcept {
  try {
    counting_streambuf out(record);
    boost_recorder archive(record, out);
    write(archive);
  } catch (...) {
    record.stop(std::current_exception());
  }
}

template <class Archive> struct boost_probe {
  static constexpr std::string_view name = "Boost.Serialization";

  template <class U> static bool writes(const U &part) {
    null_ostream out;
    const auto archive = make_scratch<Archive>(out);
    if (!archive)
      return true; // cannot probe: blame no part, and the root is named
    try {
      *archive << part;
      return true;
    } catch (...) {
      return false;
    }
  }

  // Boost has no trait that answers without a hard error; see locate.hpp.
  template <class U> static constexpr bool can_write = plainly_writable<U>();

  // Boost's own exceptions say what it could not write; any other is the
  // user's serializer refusing.
  static serialint::reason reason_of(const std::exception_ptr &error) {
    try {
      std::rethrow_exception(error);
    } catch (const boost::archive::archive_exception &e) {
      return e.code == boost::archive::archive_exception::unregistered_class
                 ? reason::unregistered_polymorphic
                 : reason::no_serializer;
    } catch (...) {
    }
    return reason::serializer_threw;
  }

  template <class U> static void record(call_record &record, const U &value) noexcept {
    record_boost(record, [&value](boost_recorder &archive) { archive << value; });
  }
};

} // namespace serialint::detail

// Classes exported after this header is included can be written through a
// base pointer to the recording archive too; the others stop the recording,
// not the write.
BOOST_SERIALIZATION_REGISTER_ARCHIVE(serialint::detail::boost_recorder)
// As the binary archive: arrays of arithmetic values are one call.
BOOST_SERIALIZATION_USE_ARRAY_OPTIMIZATION(serialint::detail::boost_recorder)

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
  if constexpr (std::is_same_v<Archive, serialint::detail::boost_recorder>) {
    ar << t.get(); // a traced() inside the serializer: it logs on the real write
  } else if constexpr (Archive::is_saving::value) {
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
