// serialint::traced(value) for cereal: binary, portable binary and JSON
// output archives write exactly what they write for `value` alone.
//
//   #include <serialint/cereal.hpp>
//   cereal::BinaryOutputArchive ar(out);
//   ar(serialint::traced(job, "job"));   // same bytes as ar(job)
//
// docs/adapters.md.
#ifndef SERIALINT_CEREAL_HPP
#define SERIALINT_CEREAL_HPP

#include <cstdint>
#include <exception>
#include <ios>
#include <string>
#include <typeinfo>
#include <string_view>
#include <type_traits>

#include <cereal/cereal.hpp>
#include <cereal/details/traits.hpp>

#include "detail/call_record.hpp"
#include "traced.hpp"

namespace serialint::detail {

// The recording archive: runs the user's serializers as a binary archive
// would, writes nothing, and logs each value handed to it (prologue and
// epilogue bracket every one) with the bytes cereal's binary archive would
// have written for it.
class cereal_recorder
    : public cereal::OutputArchive<cereal_recorder, cereal::AllowEmptyClassElision> {
public:
  explicit cereal_recorder(call_record &record)
      : cereal::OutputArchive<cereal_recorder, cereal::AllowEmptyClassElision>(this),
        record_(record) {}

  void saveBinary(const void *, std::streamsize size) {
    record_.wrote(static_cast<std::uint64_t>(size));
  }
  call_record &record() noexcept { return record_; }

private:
  call_record &record_;
};

template <class T> void prologue(cereal_recorder &ar, const T &value) {
  open_call(ar.record(), value);
}
template <class T> void epilogue(cereal_recorder &ar, const T &) { ar.record().close(); }

// Wrappers are not calls: a name goes to the value it wraps, a size or a
// block of bytes to the call that wrote it.
template <class T> void prologue(cereal_recorder &, const cereal::NameValuePair<T> &) {}
template <class T> void epilogue(cereal_recorder &, const cereal::NameValuePair<T> &) {}
template <class T> void prologue(cereal_recorder &, const cereal::SizeTag<T> &) {}
template <class T> void epilogue(cereal_recorder &, const cereal::SizeTag<T> &) {}
template <class T> void prologue(cereal_recorder &, const cereal::BinaryData<T> &) {}
template <class T> void epilogue(cereal_recorder &, const cereal::BinaryData<T> &) {}
template <class T> void prologue(cereal_recorder &ar, const cereal::base_class<T> &base) {
  open_base_call(ar.record(), *base.base_ptr);
}
template <class T>
void prologue(cereal_recorder &ar, const cereal::virtual_base_class<T> &base) {
  open_base_call(ar.record(), *base.base_ptr);
}

template <class T>
  requires std::is_arithmetic_v<T>
void CEREAL_SAVE_FUNCTION_NAME(cereal_recorder &ar, const T &value) {
  ar.saveBinary(&value, sizeof value);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(cereal_recorder &ar, const cereal::NameValuePair<T> &nvp) {
  ar.record().name_next(nvp.name);
  ar(nvp.value);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(cereal_recorder &ar, const cereal::SizeTag<T> &tag) {
  const std::remove_cvref_t<T> size = tag.size;
  ar.saveBinary(&size, sizeof size);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(cereal_recorder &ar, const cereal::BinaryData<T> &data) {
  ar.saveBinary(data.data, static_cast<std::streamsize>(data.size));
}

template <class Archive> struct cereal_probe {
  static constexpr std::string_view name = "cereal";

  template <class U> static bool writes(const U &part) {
    null_ostream out;
    const auto archive = make_scratch<Archive>(out);
    if (!archive)
      return true; // cannot probe: blame no part, and the root is named
    try {
      (*archive)(part);
      return true;
    } catch (...) {
      return false;
    }
  }

  // cereal declares a serializer for raw pointers that fails to compile.
  template <class U>
  static constexpr bool can_write =
      cereal::traits::is_output_serializable<U, Archive>::value && !std::is_pointer_v<U>;

  // cereal's own exceptions say what it could not write; any other is the
  // user's serializer refusing.
  static serialint::reason reason_of(const std::exception_ptr &error) {
    try {
      std::rethrow_exception(error);
    } catch (const cereal::Exception &e) {
      return std::string_view(e.what()).find("unregistered polymorphic") != std::string_view::npos
                 ? reason::unregistered_polymorphic
                 : reason::no_serializer;
    } catch (...) {
    }
    return reason::serializer_threw;
  }

  template <class U>
    requires cereal::traits::is_output_serializable<U, cereal_recorder>::value
  static void record(call_record &record, const U &value) noexcept {
    try {
      cereal_recorder archive(record);
      archive(value);
    } catch (...) {
      record.stop(std::current_exception());
    }
  }
};

} // namespace serialint::detail

namespace serialint {

// Found by argument-dependent lookup; cereal sees one non-member save.
template <class Archive, class T>
  requires std::is_base_of_v<cereal::detail::OutputArchiveBase, Archive>
void save(Archive &ar, const traced_ref<T> &t) {
  if constexpr (std::is_same_v<Archive, detail::cereal_recorder>)
    ar(t.get()); // a traced() inside the serializer: it logs on the real write
  else
    detail::save_traced<detail::cereal_probe<Archive>>(t, [&] { ar(t.get()); });
}

} // namespace serialint

// Polymorphic types registered after this header is included are bound to the
// recording archive too; the others stop the recording, not the write.
CEREAL_REGISTER_ARCHIVE(serialint::detail::cereal_recorder)

namespace cereal {

// Declared, not included: <cereal/archives/json.hpp> pulls in RapidJSON, which
// some compilers reject (Debian's RapidJSON under clang++ 19).
class JSONOutputArchive;

// The JSON archive opens a node for every class it writes; the wrapper opens
// none, so that the value's own node (and name) is the one written.
template <class T> inline void prologue(JSONOutputArchive &, const serialint::traced_ref<T> &) {}
template <class T> inline void epilogue(JSONOutputArchive &, const serialint::traced_ref<T> &) {}

} // namespace cereal

#endif // SERIALINT_CEREAL_HPP
