// One class per row of runtime/include/serialint/detail/known_types.def, made
// from the row's example: `plain` carries an int, `carrying` a marked class.
// The runtime side compiles this header; the checks side has clang parse it;
// both then judge the same two members of every row. Nothing here lists a
// row by hand, so a new row is compared as soon as it is written.
#ifndef SERIALINT_TEST_KINDS_INSTANCES_HPP
#define SERIALINT_TEST_KINDS_INSTANCES_HPP

#include <any>
#include <array>
#include <atomic>
#include <barrier>
#include <bitset>
#include <chrono>
#include <complex>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <deque>
#include <forward_list>
#include <fstream>
#include <functional>
#include <future>
#include <initializer_list>
#include <iostream>
#include <latch>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <semaphore>
#include <set>
#include <shared_mutex>
#include <span>
#include <sstream>
#include <stack>
#include <stop_token>
#include <string>
#include <string_view>
#include <syncstream>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <valarray>
#include <variant>
#include <vector>
#if __has_include(<spanstream>)
#include <spanstream>
#endif

#include <boost/any.hpp>
#include <boost/asio.hpp>
#include <boost/function.hpp>
#include <boost/mpi.hpp>
#include <boost/thread.hpp>
#if __has_include(<tbb/task_arena.h>)
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#endif
#include <serialint/annotations.hpp>
#include <upcxx/upcxx.hpp>
#include <ygm/comm.hpp>

namespace serialint_kinds {

// What a carrier carries when it should be judged unshippable: marked, so
// that both halves know it without any row, and comparable and hashable, so
// that every carrier can hold it.
struct carried_culprit {
  SERIALINT_UNSERIALIZABLE("stands in for whatever a carrier carries");
  friend auto operator<=>(const carried_culprit &, const carried_culprit &) = default;
};

} // namespace serialint_kinds

template <> struct std::hash<serialint_kinds::carried_culprit> {
  std::size_t operator()(const serialint_kinds::carried_culprit &) const noexcept { return 0; }
};

namespace serialint_kinds {

#define SERIALINT_KINDS_CAT2(A, B) A##B
#define SERIALINT_KINDS_CAT(A, B) SERIALINT_KINDS_CAT2(A, B)
// A row's class is named after the line of the .def it is written on.
#define SERIALINT_KINDS_ROW SERIALINT_KINDS_CAT(row_, __LINE__)

#define SERIALINT_KINDS_INSTANCE(Name, ...)                                                    \
  struct SERIALINT_KINDS_ROW {                                                                 \
    template <class C> using example = __VA_ARGS__;                                            \
    static constexpr const char *name = Name;                                                  \
    example<int> plain;                                                                        \
    example<carried_culprit> carrying;                                                         \
  };

#define SERIALINT_KNOWN_TYPE_EXAMPLES
#define SERIALINT_CULPRIT(Name, Reason, ...) SERIALINT_KINDS_INSTANCE(Name, __VA_ARGS__)
#define SERIALINT_CARRIER(Name, Carries, Step, HoldsAddress, ...)                              \
  SERIALINT_KINDS_INSTANCE(Name, __VA_ARGS__)
#define SERIALINT_VALUE(Name, ...) SERIALINT_KINDS_INSTANCE(Name, __VA_ARGS__)
#include <serialint/detail/known_types.def>

template <class... Rows> struct row_list {};
struct end_of_rows {};

// The same rows again, by the same names, as a list to iterate.
#define SERIALINT_CULPRIT(...) SERIALINT_KINDS_ROW,
#define SERIALINT_CARRIER(...) SERIALINT_KINDS_ROW,
#define SERIALINT_VALUE(...) SERIALINT_KINDS_ROW,
using all_rows = row_list<
#include <serialint/detail/known_types.def>
    end_of_rows>;
#undef SERIALINT_KNOWN_TYPE_EXAMPLES

} // namespace serialint_kinds

#endif // SERIALINT_TEST_KINDS_INSTANCES_HPP
