// What a walk may do: where paths are rooted, and how far it goes.
#ifndef SERIALINT_OPTIONS_HPP
#define SERIALINT_OPTIONS_HPP

#include <cstddef>
#include <limits>
#include <string>

namespace serialint {

struct options {
  // The first word of every path: `value.ctx.pool`, or `job.ctx.pool` with
  // root_name = "job".
  std::string root_name = "value";
  // Nodes below this depth are not visited; a smart pointer and its pointee
  // count as two levels. The walk uses no recursion, so this bounds memory,
  // not the stack.
  std::size_t max_depth = 10'000'000;
  // Elements visited per container; the rest are skipped and reported.
  std::size_t max_elements = std::numeric_limits<std::size_t>::max();
  // A size budget: when the value's estimated serialized size is more than
  // this, the report gets a too-big size note naming the parts that make it
  // big (report::size_notes()). It does not refuse the value. Unlimited by
  // default; with a budget, inspect visits every part to know the sizes, as
  // trace() does. See docs/runtime.md, "Size budgets".
  std::size_t max_bytes = std::numeric_limits<std::size_t>::max();
  // Visit parts whose type is serializable whatever the value (an
  // std::vector<int>, a struct of strings). Off, they cost nothing; trace()
  // turns it on so that the tree shows them with their sizes.
  bool visit_always_ok = false;
  // require_serializable throws when a part could not be opened (the report
  // is incomplete); set, it throws only on findings.
  bool allow_unchecked = false;
};

} // namespace serialint

#endif // SERIALINT_OPTIONS_HPP
