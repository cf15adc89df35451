// Which standard-library family a type belongs to. Only the shape of the
// type is looked at, so these work on incomplete element types too.
#ifndef SERIALINT_DETAIL_STD_KINDS_HPP
#define SERIALINT_DETAIL_STD_KINDS_HPP

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

template <class T> inline constexpr bool is_std_array = false;
template <class E, std::size_t N> inline constexpr bool is_std_array<std::array<E, N>> = true;

template <class T> inline constexpr bool is_std_span = false;
template <class E, std::size_t N> inline constexpr bool is_std_span<std::span<E, N>> = true;

template <class T> inline constexpr bool is_counting_semaphore = false;
template <std::ptrdiff_t N>
inline constexpr bool is_counting_semaphore<std::counting_semaphore<N>> = true;

template <class T> inline constexpr bool is_bitset = false;
template <std::size_t N> inline constexpr bool is_bitset<std::bitset<N>> = true;

template <class T>
inline constexpr bool is_string = is_instance_of<T, std::basic_string>;

// Elements reached by position: `value.items[3]`.
template <class T>
inline constexpr bool is_indexed_sequence =
    is_instance_of<T, std::vector> || is_instance_of<T, std::deque>;

// Elements reached by iteration order: `*std::next(value.items.begin(), 3)`.
template <class T>
inline constexpr bool is_positional_sequence =
    is_instance_of<T, std::list> || is_instance_of<T, std::forward_list> ||
    is_instance_of<T, std::set> || is_instance_of<T, std::multiset> ||
    is_instance_of<T, std::unordered_set> || is_instance_of<T, std::unordered_multiset>;

template <class T>
inline constexpr bool is_unique_key_map =
    is_instance_of<T, std::map> || is_instance_of<T, std::unordered_map>;

template <class T>
inline constexpr bool is_map = is_unique_key_map<T> || is_instance_of<T, std::multimap> ||
                               is_instance_of<T, std::unordered_multimap>;

template <class T>
inline constexpr bool is_container_adapter = is_instance_of<T, std::queue> ||
                                             is_instance_of<T, std::stack> ||
                                             is_instance_of<T, std::priority_queue>;

template <class T>
inline constexpr bool is_value_like_std =
    is_instance_of<T, std::chrono::duration> || is_instance_of<T, std::chrono::time_point> ||
    is_instance_of<T, std::complex> || is_bitset<T> || std::is_same_v<T, std::monostate>;

template <class T>
inline constexpr bool is_address_bound_class =
    is_instance_of<T, std::reference_wrapper> || is_instance_of<T, std::basic_string_view> ||
    is_std_span<T> || is_instance_of<T, std::atomic_ref> ||
    (std::is_class_v<T> && std::input_or_output_iterator<T>);

template <class T>
inline constexpr bool is_os_resource_class =
    std::is_same_v<T, std::thread> || std::is_same_v<T, std::jthread> ||
    std::is_base_of_v<std::ios_base, T> ||
    is_instance_of<T, std::basic_streambuf> ||
    std::is_base_of_v<std::streambuf, T> || std::is_base_of_v<std::wstreambuf, T>;

template <class T>
inline constexpr bool is_sync_primitive_class =
    std::is_same_v<T, std::mutex> || std::is_same_v<T, std::recursive_mutex> ||
    std::is_same_v<T, std::timed_mutex> || std::is_same_v<T, std::recursive_timed_mutex> ||
    std::is_same_v<T, std::shared_mutex> || std::is_same_v<T, std::shared_timed_mutex> ||
    std::is_same_v<T, std::condition_variable> ||
    std::is_same_v<T, std::condition_variable_any> || std::is_same_v<T, std::once_flag> ||
    std::is_same_v<T, std::atomic_flag> || std::is_same_v<T, std::latch> ||
    is_instance_of<T, std::atomic> || is_counting_semaphore<T> ||
    is_instance_of<T, std::barrier> || is_instance_of<T, std::lock_guard> ||
    is_instance_of<T, std::unique_lock> || is_instance_of<T, std::shared_lock> ||
    is_instance_of<T, std::scoped_lock> || is_instance_of<T, std::future> ||
    is_instance_of<T, std::shared_future> || is_instance_of<T, std::promise>;

template <class T>
inline constexpr bool is_type_erased_class =
    is_instance_of<T, std::function> || std::is_same_v<T, std::any> ||
    is_instance_of<T, std::packaged_task> || std::is_bind_expression_v<T>;

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_STD_KINDS_HPP
