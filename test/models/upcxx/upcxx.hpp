// serialint test model of UPC++.
//
// References (BerkeleyLab/upcxx, the GitHub mirror of bitbucket
// berkeleylab/upcxx): src/rpc.hpp (rpc / rpc_ff overload set),
// src/completion.hpp (source_cx / operation_cx / remote_cx, support_as_rpc),
// src/future/fwd.hpp (future = detail::future1<kind, T...>),
// src/serialization.hpp (UPCXX_SERIALIZED_FIELDS / UPCXX_SERIALIZED_VALUES).
// Names, namespaces, template parameter shapes and argument positions follow
// those headers; bodies are placeholders.  The library's static_asserts
// ("All rpc arguments must be Serializable." ...) are only active with
// -DSERIALINT_MODEL_STRICT so that fixtures containing "bad" code still
// compile and only the checker complains.
#pragma once

// The release modelled: a release folder test/models/upcxx/<release>/ on the
// include path says which (test/models/releases); the newest otherwise.
#if __has_include(<upcxx/serialint_release.hpp>)
#include <upcxx/serialint_release.hpp>
#endif
#ifndef SERIALINT_MODEL_UPCXX_RELEASE
#define SERIALINT_MODEL_UPCXX_RELEASE 202309
#endif
// What UPCXX_SERIALIZED_FIELDS/VALUES name their members: `upcxxi_` from
// 2021.9.0 (issue #487), `upcxx_reserved_prefix_` from 2020.3.2 to 2021.3.
#if SERIALINT_MODEL_UPCXX_RELEASE >= 202109
#define UPCXX_SERIALINT_INTERNAL(name) upcxxi_##name
#else
#define UPCXX_SERIALINT_INTERNAL(name) upcxx_reserved_prefix_##name
#endif

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace upcxx {

typedef int intrank_t;
typedef unsigned int uintrank_t;

namespace detail {
[[noreturn]] inline void model_unavailable() {
  throw std::logic_error("serialint model: UPC++ runtime not available");
}
}  // namespace detail

///////////////////////////////////////////////////////////////////////////////
// (Header not read: team/world/rank_me/rank_n/barrier follow the documented UPC++ API.)
// Runtime, ranks, teams
class team;
team &world();

// A team's name, valid on every member rank (what is sent for a team&).
class team_id {
 public:
  team_id() = default;
  team &here() const;
  friend bool operator==(team_id a, team_id b) { return a.dig_ == b.dig_; }
  friend bool operator!=(team_id a, team_id b) { return a.dig_ != b.dig_; }

 private:
  std::uint64_t dig_ = 0;
};
team &local_team();

class team {
 public:
  team(team &&) = default;
  team(const team &) = delete;
  team &operator=(const team &) = delete;
  ~team() = default;

  intrank_t rank_me() const { return 0; }
  intrank_t rank_n() const { return 1; }
  intrank_t operator[](intrank_t peer) const { return peer; }
  intrank_t from_world(intrank_t world_index) const { return world_index; }
  intrank_t from_world(intrank_t world_index, intrank_t otherwise) const {
    return world_index < rank_n() ? world_index : otherwise;
  }
  team split(intrank_t /*color*/, intrank_t /*key*/) const { return team(); }
  void destroy() {}
  team_id id() const;

 private:
  team() = default;
  friend team &world();
  friend team &local_team();
};

inline team_id team::id() const { return team_id(); }
inline team &team_id::here() const { return world(); }

inline team &world() {
  static team the_world;
  return the_world;
}
inline team &local_team() {
  static team the_local_team;
  return the_local_team;
}

inline void init() {}
inline void finalize() {}
inline bool initialized() { return true; }
inline intrank_t rank_me() { return 0; }
inline intrank_t rank_n() { return 1; }
inline void barrier(const team & = world()) {}
inline void progress() {}
inline void discharge() {}

///////////////////////////////////////////////////////////////////////////////
// Futures: upcxx::future<T...> is an alias of detail::future1<Kind, T...>
namespace detail {
struct future_header_ops_general {};
template <typename HeaderOps, bool unique = false>
struct future_kind_shref {};
using future_kind_default = future_kind_shref<future_header_ops_general>;

template <typename Kind, typename... T>
struct future1;
}  // namespace detail

template <typename... T>
using future = detail::future1<detail::future_kind_default, T...>;

template <typename... T>
class promise;

namespace detail {

template <typename... T>
struct future_wait_type {
  using type = std::tuple<T...>;
};
template <>
struct future_wait_type<> {
  using type = void;
};
template <typename T>
struct future_wait_type<T> {
  using type = T;
};

template <typename... T>
struct future_ref_type {
  using type = std::tuple<T const &...>;
};
template <>
struct future_ref_type<> {
  using type = void;
};
template <typename T>
struct future_ref_type<T> {
  using type = T const &;
};

// Lift a callback's return type to the future it produces (a returned
// future is flattened, as in the real library).
template <typename R>
struct lift_future {
  using type = upcxx::future<R>;
};
template <>
struct lift_future<void> {
  using type = upcxx::future<>;
};
template <typename Kind, typename... T>
struct lift_future<future1<Kind, T...>> {
  using type = upcxx::future<T...>;
};
template <typename R>
using lift_future_t = typename lift_future<std::decay_t<R>>::type;

template <typename Kind, typename... T>
struct future1 {
  using results_type = std::tuple<T...>;

  future1() = default;
  template <typename Kind2>
  future1(future1<Kind2, T...> const &) {}

  bool is_ready() const { return true; }
  bool ready() const { return true; }

  typename future_wait_type<T...>::type wait() const {
    if constexpr (sizeof...(T) == 0) {
      return;
    } else {
      model_unavailable();
    }
  }
  typename future_wait_type<T...>::type result() const { return wait(); }

  // By-reference accessors (valid while the future lives).
  typename future_ref_type<T...>::type wait_reference() const { model_unavailable(); }
  typename future_ref_type<T...>::type result_reference() const { model_unavailable(); }
  std::tuple<T...> wait_tuple() const { model_unavailable(); }
  std::tuple<T...> result_tuple() const { model_unavailable(); }
  template <int I = -1>
  typename future_wait_type<T...>::type result_moved() const {
    return wait();
  }

  template <typename Fn>
  lift_future_t<std::invoke_result_t<Fn &&, T &...>> then(Fn &&) const {
    return {};
  }
};

template <typename Tup>
struct future_from_tuple;
template <typename... T>
struct future_from_tuple<std::tuple<T...>> {
  using type = upcxx::future<T...>;
};

}  // namespace detail

template <typename... T>
future<std::decay_t<T>...> make_future(T &&...) {
  return {};
}

template <typename... Futs>
typename detail::future_from_tuple<decltype(std::tuple_cat(
    std::declval<typename std::decay_t<Futs>::results_type>()...))>::type
when_all(Futs &&...) {
  return {};
}

// (Header not read: promise follows the documented UPC++ API.)
template <typename... T>
class promise {
 public:
  promise() = default;
  future<T...> get_future() const { return {}; }
  void require_anonymous(std::intptr_t) {}
  template <typename... U>
  void fulfill_result(U &&...) {}
  void fulfill_anonymous(std::intptr_t) {}
  future<T...> finalize() { return {}; }
};

///////////////////////////////////////////////////////////////////////////////
// (Headers not read: global_ptr/new_/dist_object follow the documented UPC++ API.)
// Global pointers and distributed objects
enum class memory_kind : int {
  host = 1,
  cuda_device = 2,
  hip_device = 4,
  ze_device = 8,
  any = 1 | 2 | 4 | 8
};

template <typename T, memory_kind KindSet = memory_kind::host>
class global_ptr {
 public:
  using element_type = T;
  static constexpr memory_kind kind = KindSet;

  global_ptr(std::nullptr_t = nullptr) {}

  bool is_local() const { return true; }
  bool is_null() const { return raw_ == nullptr; }
  T *local() const { return raw_; }
  intrank_t where() const { return rank_; }
  explicit operator bool() const { return raw_ != nullptr; }

  global_ptr operator+(std::ptrdiff_t) const { return *this; }
  global_ptr operator-(std::ptrdiff_t) const { return *this; }
  global_ptr &operator++() { return *this; }
  global_ptr &operator+=(std::ptrdiff_t) { return *this; }

  friend bool operator==(global_ptr a, global_ptr b) { return a.raw_ == b.raw_; }
  friend bool operator!=(global_ptr a, global_ptr b) { return a.raw_ != b.raw_; }

 private:
  T *raw_ = nullptr;
  intrank_t rank_ = 0;
};

template <typename T, typename... Args>
global_ptr<T> new_(Args &&...) {
  return {};
}
template <typename T>
global_ptr<T> new_array(std::size_t) {
  return {};
}
template <typename T, memory_kind K>
void delete_(global_ptr<T, K>) {}
template <typename T, memory_kind K>
void delete_array(global_ptr<T, K>) {}
template <typename T>
global_ptr<T> to_global_ptr(T *) {
  return {};
}
template <typename T>
global_ptr<T> try_global_ptr(T *) {
  return {};
}

template <typename T>
class dist_object;

// A dist_object's name, valid on every rank of its team (what is sent for a
// dist_object&).
template <typename T>
class dist_id {
 public:
  dist_id() = default;
  dist_object<T> &here() const { detail::model_unavailable(); }
  future<dist_object<T> &> when_here() const { return {}; }
  friend bool operator==(dist_id a, dist_id b) { return a.dig_ == b.dig_; }
  friend bool operator!=(dist_id a, dist_id b) { return a.dig_ != b.dig_; }

 private:
  std::uint64_t dig_ = 0;
};

template <typename T>
class dist_object {
 public:
  using element_type = T;

  dist_object(T value, upcxx::team &tm = upcxx::world())
      : value_(std::move(value)), tm_(&tm) {}
  dist_object(dist_object const &) = delete;
  dist_object(dist_object &&) = default;

  T &operator*() { return value_; }
  T const &operator*() const { return value_; }
  T *operator->() { return &value_; }
  T const *operator->() const { return &value_; }

  upcxx::team &team() { return *tm_; }
  const upcxx::team &team() const { return *tm_; }

  future<T> fetch(intrank_t /*rank*/) const { return {}; }
  dist_id<T> id() const { return dist_id<T>(); }

 private:
  T value_;
  upcxx::team *tm_;
};

///////////////////////////////////////////////////////////////////////////////
// Views (src/view.hpp): a non-owning range whose elements are serialized
// when it is an rpc argument.
template <typename T, typename Iter = T *>
class view {
 public:
  using value_type = T;
  using iterator = Iter;
  using const_iterator = Iter;
  using size_type = std::size_t;

  view() = default;
  view(Iter begin, Iter end, std::size_t n) : beg_(begin), end_(end), n_(n) {}

  Iter begin() const { return beg_; }
  Iter end() const { return end_; }
  Iter cbegin() const { return beg_; }
  Iter cend() const { return end_; }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }

 private:
  Iter beg_{};
  Iter end_{};
  std::size_t n_ = 0;
};

template <typename Iter>
view<typename std::iterator_traits<Iter>::value_type, Iter> make_view(Iter begin, Iter end) {
  return {begin, end, static_cast<std::size_t>(std::distance(begin, end))};
}
template <typename Iter>
view<typename std::iterator_traits<Iter>::value_type, Iter> make_view(Iter begin, Iter end,
                                                                      std::size_t n) {
  return {begin, end, n};
}
template <typename Container, typename Iter = typename Container::const_iterator>
view<typename Container::value_type, Iter> make_view(Container const &c) {
  return {c.cbegin(), c.cend(), static_cast<std::size_t>(c.size())};
}

namespace detail {
// How an rpc argument appears to the callback on the target (off the wire).
template <typename T>
struct binding_impl {
  using on_wire_type = T;
  using off_wire_type = T &&;
};
template <typename T>
struct binding_impl<upcxx::dist_object<T>> {
  using on_wire_type = upcxx::dist_id<T>;
  using off_wire_type = upcxx::dist_object<T> &;
};
template <>
struct binding_impl<upcxx::team> {
  using on_wire_type = upcxx::team_id;
  using off_wire_type = upcxx::team &;
};
template <typename T>
struct binding : binding_impl<std::decay_t<T>> {};

// A view is sent as its elements; the callback receives a view over them.
// (Real: the received iterator type depends on how T deserializes; for
// trivially serializable T it reads the elements in place.)
template <typename T, typename Iter>
struct binding_impl<upcxx::view<T, Iter>> {
  using on_wire_type = upcxx::view<T, Iter>;
  using off_wire_type = upcxx::view<T, T *> &&;
};

// What bind stores: the on-wire form (a dist_object or team is stored as its
// id, as real upcxx::bind does through binding<T>::on_wire).
template <typename B>
typename binding<B>::on_wire_type to_wire(B &&b) {
  if constexpr (std::is_same_v<typename binding<B>::on_wire_type, std::decay_t<B>>) {
    return static_cast<B &&>(b);
  } else {
    return b.id();
  }
}
}  // namespace detail

///////////////////////////////////////////////////////////////////////////////
// upcxx::bind
namespace detail {
// Real name/shape of the bound object differs (detail::bind<...>::return_type).
// The bound arguments are stored in their on-wire form, and the target is
// called with their off-wire form (dist_object<T>& for a dist_object).
template <typename Fn, typename... B>
struct bound_function {
  Fn fn_;
  std::tuple<typename binding<B>::on_wire_type...> b_;

  template <typename... Args>
  auto operator()(Args &&...)
      -> std::invoke_result_t<Fn &, typename binding<B>::off_wire_type..., Args &&...> {
    model_unavailable();
  }
};
}  // namespace detail

template <typename Fn, typename... B>
detail::bound_function<std::decay_t<Fn>, std::decay_t<B>...> bind(Fn &&fn, B &&...b) {
  return {std::forward<Fn>(fn),
          std::tuple<typename detail::binding<std::decay_t<B>>::on_wire_type...>(
              detail::to_wire(std::forward<B>(b))...)};
}

///////////////////////////////////////////////////////////////////////////////
// Completions
struct source_cx_event {};
struct remote_cx_event {};
struct operation_cx_event {};

namespace detail {

template <typename Event>
struct future_cx {
  using event_t = Event;
};
template <typename Event>
struct blocking_cx {
  using event_t = Event;
};
template <typename Event>
struct buffered_cx {
  using event_t = Event;
};
template <typename Event, typename... T>
struct promise_cx {
  using event_t = Event;
  promise<T...> *pro_;
};
template <typename Event, typename Fn>
struct rpc_cx {
  using event_t = Event;
  Fn fn_;
};

template <typename... Cx>
struct completions {
  std::tuple<Cx...> cxs;
};

template <typename... A, typename... B>
completions<A..., B...> operator|(completions<A...> a, completions<B...> b) {
  return {std::tuple_cat(std::move(a.cxs), std::move(b.cxs))};
}

template <typename T>
struct is_completions : std::false_type {};
template <typename... Cxs>
struct is_completions<completions<Cxs...>> : std::true_type {};

template <typename Event>
struct support_as_future {
  using as_future_t = completions<future_cx<Event>>;
  static constexpr as_future_t as_future() { return {}; }
};

template <typename Event>
struct support_as_blocking {
  using as_blocking_t = completions<blocking_cx<Event>>;
  static constexpr as_blocking_t as_blocking() { return {}; }
};

template <typename Event>
struct support_as_buffered {
  using as_buffered_t = completions<buffered_cx<Event>>;
  static constexpr as_buffered_t as_buffered() { return {}; }
};

template <typename Event>
struct support_as_promise {
  template <typename... T>
  static completions<promise_cx<Event, T...>> as_promise(promise<T...> &pro) {
    return {std::tuple<promise_cx<Event, T...>>(promise_cx<Event, T...>{&pro})};
  }
};

// remote_cx::as_rpc(fn, args...) is declared here and inherited by remote_cx,
// so its qualified name is upcxx::detail::support_as_rpc<remote_cx_event>::as_rpc.
template <typename Event>
struct support_as_rpc {
  template <typename Fn, typename... Args>
  using rpc_cx_t =
      rpc_cx<Event, decltype(upcxx::bind(std::declval<Fn>(), std::declval<Args>()...))>;

  template <typename Fn, typename... Args>
  using as_rpc_t = completions<rpc_cx_t<Fn, Args...>>;

  template <typename Fn, typename... Args>
  static as_rpc_t<Fn &&, Args &&...> as_rpc(Fn &&fn, Args &&...args) {
    return {std::tuple<rpc_cx_t<Fn &&, Args &&...>>(rpc_cx_t<Fn &&, Args &&...>{
        upcxx::bind(static_cast<Fn &&>(fn), static_cast<Args &&>(args)...)})};
  }
};

}  // namespace detail

struct source_cx : detail::support_as_blocking<source_cx_event>,
                   detail::support_as_buffered<source_cx_event>,
                   detail::support_as_future<source_cx_event>,
                   detail::support_as_promise<source_cx_event> {};

struct operation_cx : detail::support_as_blocking<operation_cx_event>,
                      detail::support_as_future<operation_cx_event>,
                      detail::support_as_promise<operation_cx_event> {};

struct remote_cx : detail::support_as_rpc<remote_cx_event> {};

namespace detail {

using operation_cx_as_future_t = completions<future_cx<operation_cx_event>>;

// What an operation returns for a given completion set: one future per
// future_cx (operation futures carry the operation's results); void if none,
// the future itself if one, a std::tuple of futures otherwise.
template <typename Cx, typename... R>
struct cx_future_of {
  using type = std::tuple<>;
};
template <typename... R>
struct cx_future_of<future_cx<operation_cx_event>, R...> {
  using type = std::tuple<upcxx::future<R...>>;
};
template <typename... R>
struct cx_future_of<future_cx<source_cx_event>, R...> {
  using type = std::tuple<upcxx::future<>>;
};

template <typename Tup>
struct tuple_to_return {
  using type = Tup;
};
template <>
struct tuple_to_return<std::tuple<>> {
  using type = void;
};
template <typename F>
struct tuple_to_return<std::tuple<F>> {
  using type = F;
};

template <typename Cxs, typename... R>
struct completions_returner;
template <typename... Cx, typename... R>
struct completions_returner<completions<Cx...>, R...> {
  using type = typename tuple_to_return<decltype(std::tuple_cat(
      std::declval<typename cx_future_of<Cx, R...>::type>()...))>::type;
};

template <typename Ret>
Ret default_return() {
  if constexpr (std::is_void_v<Ret>) {
    return;
  } else {
    return Ret{};
  }
}

template <typename Fn, typename Enable, typename... Arg>
struct rpc_remote_results_impl {};
template <typename Fn, typename... Arg>
struct rpc_remote_results_impl<
    Fn,
    std::void_t<std::invoke_result_t<typename binding<Fn>::off_wire_type,
                                     typename binding<Arg>::off_wire_type...>>,
    Arg...> {
  // a upcxx::future<T...> holding the callback's results
  using type = lift_future_t<std::invoke_result_t<typename binding<Fn>::off_wire_type,
                                                  typename binding<Arg>::off_wire_type...>>;
};
template <typename Fn, typename... Arg>
using rpc_remote_results = rpc_remote_results_impl<Fn, void, Arg...>;

template <typename Fut, typename Cxs>
struct returner_from_future;
template <typename Kind, typename... T, typename Cxs>
struct returner_from_future<future1<Kind, T...>, Cxs> {
  using type = typename completions_returner<Cxs, T...>::type;
};

// Return type of rpc; falls back to future<> when fn(args...) is invalid (as
// the real rpc_return_no_sfinae does, followed by a static_assert).
template <typename Cxs, typename Fn, typename Enable, typename... Arg>
struct rpc_return_impl {
  using type = upcxx::future<>;
  static constexpr bool value = false;
};
template <typename Cxs, typename Fn, typename... Arg>
struct rpc_return_impl<Cxs, Fn, std::void_t<typename rpc_remote_results<Fn, Arg...>::type>,
                       Arg...> {
  using type =
      typename returner_from_future<typename rpc_remote_results<Fn, Arg...>::type, Cxs>::type;
  static constexpr bool value = true;
};
template <typename Cxs, typename Fn, typename... Arg>
using rpc_return_no_sfinae = rpc_return_impl<Cxs, Fn, void, Arg...>;

template <typename Cxs, typename Fn, typename... Arg>
using rpc_ff_return_no_sfinae = completions_returner<Cxs>;

// Approximation: a bound function is serializable when its target and its
// stored (on-wire) arguments are.
template <typename Fn>
struct rpc_fn_serializable : std::is_trivially_copyable<Fn> {};
template <typename Fn, typename... B>
struct rpc_fn_serializable<bound_function<Fn, B...>>
    : std::bool_constant<std::is_trivially_copyable_v<Fn> &&
                         (... && std::is_trivially_copyable_v<
                                     typename binding<B>::on_wire_type>)> {};

template <typename Fn, typename... Arg>
constexpr void rpc_static_checks() {
#ifdef SERIALINT_MODEL_STRICT
  static_assert((... && !std::is_array_v<std::remove_reference_t<Arg>>),
                "Arrays may not be passed as arguments to rpc.");
  static_assert((rpc_fn_serializable<std::decay_t<Fn>>::value),
                "function object provided to rpc must be Serializable.");
#endif
}

}  // namespace detail

///////////////////////////////////////////////////////////////////////////////
// rpc_ff

// rpc_ff: world with defaulted completions
template <typename Fn, typename... Arg>
auto rpc_ff(intrank_t /*recipient*/, Fn &&, Arg &&...) -> typename std::enable_if<
    !detail::is_completions<Fn>::value,
    typename detail::rpc_ff_return_no_sfinae<detail::completions<>, Fn, Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
}

// rpc_ff: team with defaulted completions
template <typename Fn, typename... Arg>
auto rpc_ff(const team & /*tm*/, intrank_t /*recipient*/, Fn &&, Arg &&...) ->
    typename std::enable_if<!detail::is_completions<Fn>::value,
                            typename detail::rpc_ff_return_no_sfinae<detail::completions<>,
                                                                     Fn, Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
}

// rpc_ff: world with explicit completions
template <typename Cxs, typename Fn, typename... Arg>
auto rpc_ff(intrank_t /*recipient*/, Cxs &&, Fn &&, Arg &&...) -> typename std::enable_if<
    detail::is_completions<typename std::decay<Cxs>::type>::value,
    typename detail::rpc_ff_return_no_sfinae<typename std::decay<Cxs>::type, Fn,
                                             Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return detail::default_return<typename detail::rpc_ff_return_no_sfinae<
      typename std::decay<Cxs>::type, Fn, Arg...>::type>();
}

// rpc_ff: team with explicit completions
template <typename Cxs, typename Fn, typename... Arg>
auto rpc_ff(const team & /*tm*/, intrank_t /*recipient*/, Cxs &&, Fn &&, Arg &&...) ->
    typename std::enable_if<
        detail::is_completions<typename std::decay<Cxs>::type>::value,
        typename detail::rpc_ff_return_no_sfinae<typename std::decay<Cxs>::type, Fn,
                                                 Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return detail::default_return<typename detail::rpc_ff_return_no_sfinae<
      typename std::decay<Cxs>::type, Fn, Arg...>::type>();
}

///////////////////////////////////////////////////////////////////////////////
// rpc

// rpc: team with explicit completions
template <typename Cxs, typename Fn, typename... Arg>
[[nodiscard]] auto rpc(const team & /*tm*/, intrank_t /*recipient*/, Cxs &&, Fn &&, Arg &&...)
    -> typename std::enable_if<
        detail::is_completions<typename std::decay<Cxs>::type>::value,
        typename detail::rpc_return_no_sfinae<typename std::decay<Cxs>::type, Fn,
                                              Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return detail::default_return<typename detail::rpc_return_no_sfinae<
      typename std::decay<Cxs>::type, Fn, Arg...>::type>();
}

// rpc: world with explicit completions
template <typename Cxs, typename Fn, typename... Arg>
[[nodiscard]] auto rpc(intrank_t /*recipient*/, Cxs &&, Fn &&, Arg &&...)
    -> typename std::enable_if<
        detail::is_completions<typename std::decay<Cxs>::type>::value,
        typename detail::rpc_return_no_sfinae<typename std::decay<Cxs>::type, Fn,
                                              Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return detail::default_return<typename detail::rpc_return_no_sfinae<
      typename std::decay<Cxs>::type, Fn, Arg...>::type>();
}

// rpc: team with default completions
template <typename Fn, typename... Arg>
[[nodiscard]] auto rpc(const team & /*tm*/, intrank_t /*recipient*/, Fn &&, Arg &&...)
    -> typename std::enable_if<
        !detail::is_completions<Fn>::value,
        typename detail::rpc_return_no_sfinae<detail::operation_cx_as_future_t, Fn,
                                              Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return {};
}

// rpc: world with default completions
template <typename Fn, typename... Arg>
[[nodiscard]] auto rpc(intrank_t /*recipient*/, Fn &&, Arg &&...) -> typename std::enable_if<
    !detail::is_completions<Fn>::value,
    typename detail::rpc_return_no_sfinae<detail::operation_cx_as_future_t, Fn,
                                          Arg...>::type>::type {
  detail::rpc_static_checks<Fn, Arg...>();
  return {};
}

///////////////////////////////////////////////////////////////////////////////
// (Header not read: rput/rget follow the documented UPC++ API.)
// One-sided communication (the carriers of remote_cx::as_rpc)
template <typename T, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<std::decay_t<Cxs>>::type rput(
    T /*value*/, global_ptr<T> /*dest*/, Cxs &&cxs = Cxs{}) {
  (void)cxs;
  return detail::default_return<
      typename detail::completions_returner<std::decay_t<Cxs>>::type>();
}

template <typename T, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<std::decay_t<Cxs>>::type rput(
    T const * /*src*/, global_ptr<T> /*dest*/, std::size_t /*n*/, Cxs &&cxs = Cxs{}) {
  (void)cxs;
  return detail::default_return<
      typename detail::completions_returner<std::decay_t<Cxs>>::type>();
}

template <typename T, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<std::decay_t<Cxs>, std::remove_const_t<T>>::type rget(
    global_ptr<T> /*src*/, Cxs &&cxs = Cxs{}) {
  (void)cxs;
  return detail::default_return<typename detail::completions_returner<
      std::decay_t<Cxs>, std::remove_const_t<T>>::type>();
}

///////////////////////////////////////////////////////////////////////////////
// (Header not read: collectives and personas follow the documented UPC++ API.)
// Collectives (src/reduce.hpp, src/broadcast.hpp)
namespace detail {
template <typename Op, bool fast>
struct op_wrap {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return Op()(std::forward<A>(a), std::forward<B>(b));
  }
};
struct opfn_add {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a + b;
  }
};
struct opfn_mul {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a * b;
  }
};
struct opfn_min {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return b < a ? b : a;
  }
};
struct opfn_max {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a < b ? b : a;
  }
};
struct opfn_bit_and {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a & b;
  }
};
struct opfn_bit_or {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a | b;
  }
};
struct opfn_bit_xor {
  template <typename A, typename B>
  constexpr auto operator()(A &&a, B &&b) const {
    return a ^ b;
  }
};
}  // namespace detail

constexpr detail::op_wrap<detail::opfn_add, false> op_add = {};
constexpr detail::op_wrap<detail::opfn_mul, false> op_mul = {};
constexpr detail::op_wrap<detail::opfn_min, false> op_min = {};
constexpr detail::op_wrap<detail::opfn_max, false> op_max = {};
constexpr detail::op_wrap<detail::opfn_bit_and, false> op_bit_and = {};
constexpr detail::op_wrap<detail::opfn_bit_or, false> op_bit_or = {};
constexpr detail::op_wrap<detail::opfn_bit_xor, false> op_bit_xor = {};
constexpr detail::op_wrap<detail::opfn_add, true> op_fast_add = {};
constexpr detail::op_wrap<detail::opfn_mul, true> op_fast_mul = {};
constexpr detail::op_wrap<detail::opfn_min, true> op_fast_min = {};
constexpr detail::op_wrap<detail::opfn_max, true> op_fast_max = {};
constexpr detail::op_wrap<detail::opfn_bit_and, true> op_fast_bit_and = {};
constexpr detail::op_wrap<detail::opfn_bit_or, true> op_fast_bit_or = {};
constexpr detail::op_wrap<detail::opfn_bit_xor, true> op_fast_bit_xor = {};

// reduce_all(value, op[, team[, cxs]]) -> future<T>
template <typename T, typename BinaryOp, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<Cxs, std::decay_t<T>>::type reduce_all(
    T &&, BinaryOp &&, const team & = world(), Cxs = Cxs{}) {
  return detail::default_return<
      typename detail::completions_returner<Cxs, std::decay_t<T>>::type>();
}
// reduce_all(src, dst, count, op[, team[, cxs]]) -> future<>
template <typename T, typename BinaryOp, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<Cxs>::type reduce_all(T const *, T *, std::size_t,
                                                            BinaryOp &&,
                                                            const team & = world(),
                                                            Cxs = Cxs{}) {
  return detail::default_return<typename detail::completions_returner<Cxs>::type>();
}
template <typename T, typename BinaryOp, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<Cxs, std::decay_t<T>>::type reduce_one(
    T &&, BinaryOp &&, intrank_t /*root*/, const team & = world(), Cxs = Cxs{}) {
  return detail::default_return<
      typename detail::completions_returner<Cxs, std::decay_t<T>>::type>();
}
template <typename T, typename BinaryOp, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<Cxs>::type reduce_one(T const *, T *, std::size_t,
                                                            BinaryOp &&, intrank_t /*root*/,
                                                            const team & = world(),
                                                            Cxs = Cxs{}) {
  return detail::default_return<typename detail::completions_returner<Cxs>::type>();
}

// broadcast(value, root[, team[, cxs]]) -> future<T>
template <typename T, typename Cxs = detail::operation_cx_as_future_t,
          typename = std::enable_if_t<!std::is_pointer_v<std::decay_t<T>>>>
typename detail::completions_returner<Cxs, std::decay_t<T>>::type broadcast(
    T &&, intrank_t /*root*/, const team & = world(), Cxs = Cxs{}) {
  return detail::default_return<
      typename detail::completions_returner<Cxs, std::decay_t<T>>::type>();
}
// broadcast(buffer, count, root[, team[, cxs]]) -> future<>
template <typename T, typename Cxs = detail::operation_cx_as_future_t>
typename detail::completions_returner<Cxs>::type broadcast(T *, std::size_t,
                                                           intrank_t /*root*/,
                                                           const team & = world(),
                                                           Cxs = Cxs{}) {
  return detail::default_return<typename detail::completions_returner<Cxs>::type>();
}

///////////////////////////////////////////////////////////////////////////////
// Personas (src/persona.hpp): lpc / lpc_ff run a callable on the thread that
// holds the persona, in the same process (nothing is serialized).
class persona {
 public:
  persona() = default;
  persona(persona const &) = delete;
  persona &operator=(persona const &) = delete;

  bool active_with_caller() const { return true; }
  bool active() const { return true; }

  template <typename Fn>
  void lpc_ff(Fn &&) {}

  template <typename Fn>
  detail::lift_future_t<std::invoke_result_t<Fn &&>> lpc(Fn &&) {
    return {};
  }
};

class persona_scope {
 public:
  explicit persona_scope(persona &) {}
  template <typename Lock>
  persona_scope(Lock &, persona &) {}
  persona_scope(persona_scope const &) = delete;
};

inline persona &master_persona() {
  static persona p;
  return p;
}
inline persona &default_persona() {
  static persona p;
  return p;
}
inline persona &current_persona() { return default_persona(); }
inline persona_scope &default_persona_scope() {
  static persona_scope s(default_persona());
  return s;
}
inline void liberate_master_persona() {}
enum class progress_level { internal, user };
inline void progress(progress_level) {}
inline bool progress_required(persona_scope & = default_persona_scope()) { return false; }

///////////////////////////////////////////////////////////////////////////////
// Serialization
template <typename T>
struct serialization;

namespace detail {
template <typename T>
struct serialization_fields {
  static constexpr bool is_serializable = true;
};
template <typename T>
struct serialization_values {
  static constexpr bool is_serializable = true;
};

// Keeps lvalues as references, decays rvalues to values.
template <typename... T>
std::tuple<std::conditional_t<std::is_lvalue_reference_v<T>, T, std::decay_t<T>>...>
forward_as_tuple_decay_rrefs(T &&...a) {
  return std::tuple<std::conditional_t<std::is_lvalue_reference_v<T>, T, std::decay_t<T>>...>(
      std::forward<T>(a)...);
}

template <typename T, typename = void>
struct has_nested_serialization : std::false_type {};
template <typename T>
struct has_nested_serialization<T, std::void_t<typename T::upcxx_serialization>>
    : std::true_type {};

template <typename T, typename = void>
struct has_serialization_specialization : std::false_type {};
template <typename T>
struct has_serialization_specialization<T, std::void_t<decltype(sizeof(serialization<T>))>>
    : std::true_type {};
}  // namespace detail

// Approximation of the real traits (which also accept std containers etc.).
template <typename T>
struct is_trivially_serializable : std::is_trivially_copyable<T> {};

template <typename T>
struct is_serializable
    : std::bool_constant<is_trivially_serializable<T>::value ||
                         detail::has_nested_serialization<T>::value ||
                         detail::has_serialization_specialization<T>::value> {};

}  // namespace upcxx

// Used inside a class body, with "public" access in effect (as required by
// the real macro, which switches to private and back to public).
#define UPCXX_SERIALIZED_FIELDS(...)                                             \
 private:                                                                        \
  template <typename>                                                            \
  friend struct ::upcxx::detail::serialization_fields;                           \
  template <typename UPCXX_SERIALINT_INTERNAL(fields_not_values) = ::std::true_type> \
  auto UPCXX_SERIALINT_INTERNAL(serialized_fields)()                                 \
      ->decltype(::std::forward_as_tuple(__VA_ARGS__)) {                         \
    return ::std::forward_as_tuple(__VA_ARGS__);                                 \
  }                                                                              \
                                                                                 \
 public:                                                                         \
  struct upcxx_serialization {                                                   \
    template <typename UPCXX_SERIALINT_INTERNAL(T)>                                  \
    struct supply_type_please                                                    \
        : ::upcxx::detail::serialization_fields<UPCXX_SERIALINT_INTERNAL(T)> {};     \
  };

#define UPCXX_SERIALIZED_VALUES(...)                                              \
 private:                                                                         \
  template <typename>                                                             \
  friend struct ::upcxx::detail::serialization_values;                            \
  template <typename UPCXX_SERIALINT_INTERNAL(fields_not_values) = ::std::false_type> \
  auto UPCXX_SERIALINT_INTERNAL(serialized_values)() const                            \
      ->decltype(::upcxx::detail::forward_as_tuple_decay_rrefs(__VA_ARGS__)) {    \
    return ::upcxx::detail::forward_as_tuple_decay_rrefs(__VA_ARGS__);            \
  }                                                                               \
                                                                                  \
 public:                                                                          \
  struct upcxx_serialization {                                                    \
    template <typename UPCXX_SERIALINT_INTERNAL(T)>                                   \
    struct supply_type_please                                                     \
        : ::upcxx::detail::serialization_values<UPCXX_SERIALINT_INTERNAL(T)> {};      \
  };

#define UPCXX_SERIALIZED_DELETE()                  \
  struct upcxx_serialization {                     \
    template <typename UPCXX_SERIALINT_INTERNAL(T)>    \
    struct supply_type_please {                    \
      static constexpr bool is_serializable = false; \
    };                                             \
  };

// UPCXX_ASSERT(cond[, message...]) / UPCXX_ASSERT_ALWAYS: checked only in
// debug builds of the real library; the model only names the condition.
#define UPCXX_ASSERT(...) UPCXX_SERIALINT_ASSERT_I_(__VA_ARGS__, "")
#define UPCXX_ASSERT_ALWAYS(...) UPCXX_SERIALINT_ASSERT_I_(__VA_ARGS__, "")
#define UPCXX_SERIALINT_ASSERT_I_(cond, ...) ((void)sizeof(!(cond)))
