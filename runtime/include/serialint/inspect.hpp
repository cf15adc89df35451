// serialint::inspect: walk a value and report every part that cannot be
// shipped to another process.
//
//   serialint::report r = serialint::inspect(job, {.root_name = "job"});
//   for (const serialint::finding &f : r.findings())
//     std::cerr << f.path << ": " << f.message << '\n';   // job.ctx.pool: ...
#ifndef SERIALINT_INSPECT_HPP
#define SERIALINT_INSPECT_HPP

#include <exception>
#include <new>
#include <string>

#include "detail/visit.hpp"
#include "detail/walker.hpp"
#include "options.hpp"
#include "report.hpp"
#include "verdict.hpp"

namespace serialint {

namespace detail {
inline report failed_walk(const options &opts, const char *what) {
  return report({}, {walk_note{walk_note::kind::interrupted, opts.root_name, {},
                               std::string("the walk stopped: ") + what}});
}
} // namespace detail

// Never throws: should the walk itself fail (out of memory), the report is
// incomplete and interrupted, with the reason in a note of kind interrupted;
// when memory is so short that not even the note can be made, with none
// (report::interrupted() tells both). Never ok: a walk that stopped found
// nothing, which is not the same as finding nothing wrong.
//
// With options::max_bytes set, every part is visited (as by trace()) so that
// sizes are known; without, always-ok parts cost nothing.
template <class T> report inspect(const T &value, const options &opts = {}) noexcept {
  if constexpr (static_verdict<T> == verdict::always_ok) {
    if (!opts.visit_always_ok && !detail::has_size_budget(opts))
      return report{};
  }
  try {
    if (detail::has_size_budget(opts) && !opts.visit_always_ok) {
      options sized = opts;
      sized.visit_always_ok = true;
      detail::walker w(sized);
      detail::walk(w, value);
      return w.take_report();
    }
    detail::walker w(opts);
    detail::walk(w, value);
    return w.take_report();
  } catch (const std::exception &error) {
    try {
      return detail::failed_walk(opts, error.what());
    } catch (...) {
      return report::out_of_memory();
    }
  }
}

} // namespace serialint

#endif // SERIALINT_INSPECT_HPP
