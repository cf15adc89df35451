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

#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

#include <cereal/cereal.hpp>
#include <cereal/details/traits.hpp>

#include "traced.hpp"

namespace serialint::detail {

template <class Archive> struct cereal_probe {
  static constexpr std::string_view name = "cereal";

  template <class U> static bool writes(const U &part) {
    null_ostream out;
    try {
      auto archive = scratch_archive<Archive>::make(out);
      (*archive)(part);
      return true;
    } catch (...) {
      return false;
    }
  }

  template <class U>
  static constexpr bool can_write = cereal::traits::is_output_serializable<U, Archive>::value;

  static serialint::reason reason_of(const std::exception_ptr &error) {
    return what_of(error).find("unregistered polymorphic") != std::string::npos
               ? reason::unregistered_polymorphic
               : reason::no_serializer;
  }
};

} // namespace serialint::detail

namespace serialint {

// Found by argument-dependent lookup; cereal sees one non-member save.
template <class Archive, class T>
  requires std::is_base_of_v<cereal::detail::OutputArchiveBase, Archive>
void save(Archive &ar, const traced_ref<T> &t) {
  detail::save_traced<detail::cereal_probe<Archive>>(t, [&] { ar(t.get()); });
}

} // namespace serialint

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
