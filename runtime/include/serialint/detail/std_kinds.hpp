// Standard-library shapes the walk needs beyond known_types.def: which
// template a type instantiates, and the families judged by a rule. Only the
// shape of the type is looked at, so these work on incomplete element types
// too.
#ifndef SERIALINT_DETAIL_STD_KINDS_HPP
#define SERIALINT_DETAIL_STD_KINDS_HPP

// The headers of the types the walk opens (and, for code that has long
// relied on it, of the types it names).
#include <any>
#include <array>
#include <atomic>
#include <barrier>
#include <bitset>
#include <chrono>
#include <complex>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <forward_list>
#include <functional>
#include <future>
#include <ios>
#include <iterator>
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
#include <stack>
#include <streambuf>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

namespace serialint::detail {

template <class T, template <class...> class Template>
inline constexpr bool is_instance_of = false;
template <template <class...> class Template, class... A>
inline constexpr bool is_instance_of<Template<A...>, Template> = true;

template <class T>
inline constexpr bool is_string = is_instance_of<T, std::basic_string>;

template <class T>
inline constexpr bool is_unique_key_map =
    is_instance_of<T, std::map> || is_instance_of<T, std::unordered_map>;

// The classes below are judged by a rule, not by a row of known_types.def:
// they are families, not names. The checks reach the same verdicts their own
// way (an iterator by its name, a derived stream through its base class).

// Iterators of any container, the standard's and the user's.
template <class T>
inline constexpr bool is_iterator_class = std::is_class_v<T> && std::input_or_output_iterator<T>;

// A user's stream or stream buffer, derived from the standard's.
template <class T>
inline constexpr bool is_derived_stream =
    std::is_base_of_v<std::ios_base, T> || std::is_base_of_v<std::streambuf, T> ||
    std::is_base_of_v<std::wstreambuf, T>;

// std::bind results of every library, and a user's, if they say so.
template <class T> inline constexpr bool is_bind_result = std::is_bind_expression_v<T>;

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_STD_KINDS_HPP
