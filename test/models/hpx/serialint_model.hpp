// serialint test model of the distributed parts of HPX.  Every public HPX
// header under test/models/hpx/ includes this one file.
//
// References (STEllAR-GROUP/hpx):
//   libs/core/async_base/include/hpx/async_base/{async,post,sync}.hpp
//   libs/full/async_distributed/include/hpx/async_distributed/{async,sync}.hpp,
//     detail/post.hpp
//   libs/full/actions_base/include/hpx/actions_base/{plain_action,
//     lambda_to_action,basic_action}.hpp
//   libs/core/functional/include/hpx/functional/function.hpp
//   libs/full/naming_base/include/hpx/naming_base/id_type.hpp
// Names, namespaces, template parameter shapes and argument positions follow
// those headers; bodies are placeholders.  Library static_asserts are only
// active with -DSERIALINT_MODEL_STRICT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

// The release modelled: a release folder test/models/hpx/<release>/ on the
// include path says which (test/models/releases); the newest otherwise.
// 109, 110 or 111, for 1.9, 1.10, 1.11.
#if __has_include(<hpx/serialint_release.hpp>)
#include <hpx/serialint_release.hpp>
#endif
#ifndef SERIALINT_MODEL_HPX_RELEASE
#define SERIALINT_MODEL_HPX_RELEASE 111
#endif

namespace hpx {

namespace detail {
[[noreturn]] inline void model_unavailable() {
  throw std::logic_error("serialint model: HPX runtime not available");
}
}  // namespace detail

///////////////////////////////////////////////////////////////////////////////
// Global ids and localities
struct id_type {
  id_type() = default;
  explicit operator bool() const noexcept { return valid_; }
  friend bool operator==(id_type const &lhs, id_type const &rhs) noexcept {
    return lhs.valid_ == rhs.valid_;
  }
  friend bool operator!=(id_type const &lhs, id_type const &rhs) noexcept {
    return !(lhs == rhs);
  }
  template <typename Archive>
  void serialize(Archive &, unsigned) {}

 private:
  bool valid_ = false;
};

inline id_type const invalid_id = id_type();

#if SERIALINT_MODEL_HPX_RELEASE < 111
namespace naming {
// Real: deprecated alias (since 1.8, gone in 1.11) for hpx::id_type;
// deprecation not modelled.
using id_type = hpx::id_type;
}  // namespace naming
#endif

///////////////////////////////////////////////////////////////////////////////
// (Header not read: launch policy layout follows the documented hpx::launch API.)
// Launch policies
namespace detail {
struct policy_holder_base {};
// Real: launch policies derive from policy_holder<Derived>; hpx::launch is
// itself a policy (policy_holder<>) that any policy converts to.
template <typename Derived = void>
struct policy_holder : policy_holder_base {
  constexpr policy_holder() noexcept = default;
};
struct async_policy : policy_holder<async_policy> {};
struct sync_policy : policy_holder<sync_policy> {};
struct deferred_policy : policy_holder<deferred_policy> {};
struct fork_policy : policy_holder<fork_policy> {};
struct apply_policy : policy_holder<apply_policy> {};
// launch::select(f): the policy is chosen by calling f when the work starts.
template <typename Pred>
struct select_policy : policy_holder<select_policy<Pred>> {
  constexpr select_policy() = default;
  template <typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, select_policy>>>
  constexpr explicit select_policy(F &&f) : pred_(std::forward<F>(f)) {}
  Pred pred_{};
};
}  // namespace detail

struct launch : detail::policy_holder<> {
  using async_policy = detail::async_policy;
  using sync_policy = detail::sync_policy;
  using deferred_policy = detail::deferred_policy;
  using fork_policy = detail::fork_policy;
  using apply_policy = detail::apply_policy;
  template <typename F>
  using select_policy = detail::select_policy<F>;

  constexpr launch() noexcept = default;
  template <typename Policy,
            typename = std::enable_if_t<
                std::is_base_of_v<detail::policy_holder_base, Policy> &&
                !std::is_same_v<Policy, launch>>>
  constexpr launch(Policy const &) noexcept {}

  static constexpr detail::async_policy async{};
  static constexpr detail::sync_policy sync{};
  static constexpr detail::deferred_policy deferred{};
  static constexpr detail::fork_policy fork{};
  static constexpr detail::apply_policy apply{};
  // Real: static const detail::policy_holder<> all (any of the above).
  static constexpr detail::policy_holder<> all{};

  template <typename F>
  static constexpr detail::select_policy<std::decay_t<F>> select(F &&f) {
    return detail::select_policy<std::decay_t<F>>(std::forward<F>(f));
  }
};

// (Header not read: locality queries follow the documented HPX API.)
inline id_type find_here() { return id_type(); }
inline id_type find_root_locality() { return id_type(); }
inline std::vector<id_type> find_all_localities() { return std::vector<id_type>(1); }
inline std::vector<id_type> find_remote_localities() { return {}; }
inline id_type find_locality(std::uint32_t /*locality_id*/) { return id_type(); }
inline std::uint32_t get_locality_id() { return 0; }
inline std::uint32_t get_num_localities(launch::sync_policy) { return 1; }
inline std::uint32_t get_num_worker_threads() { return 1; }
inline std::size_t get_os_thread_count() { return 1; }
inline std::size_t get_worker_thread_num() { return 0; }
inline std::string get_locality_name() { return "locality#0"; }

///////////////////////////////////////////////////////////////////////////////
// (Header not read: hpx::future/shared_future follow the documented API.)
// Futures
template <typename R>
class future;
template <typename R>
class shared_future;

namespace detail {
template <typename R>
struct future_then_result {
  using type = hpx::future<R>;
};
template <typename R>
struct future_then_result<hpx::future<R>> {
  using type = hpx::future<R>;
};
template <typename R>
struct future_then_result<hpx::shared_future<R>> {
  using type = hpx::future<R>;
};
template <typename R>
using future_then_result_t = typename future_then_result<std::decay_t<R>>::type;
template <typename R>
struct shared_get_result {
  using type = R const &;
};
template <>
struct shared_get_result<void> {
  using type = void;
};
}  // namespace detail

template <typename R>
class future {
 public:
  using result_type = R;

  future() noexcept = default;
  future(future &&) noexcept = default;
  future &operator=(future &&) noexcept = default;
  future(future const &) = delete;
  future &operator=(future const &) = delete;
  // unwrapping constructor
  future(future<future<R>> &&) noexcept {}
  ~future() = default;

  bool valid() const noexcept { return true; }
  bool is_ready() const noexcept { return true; }
  bool has_value() const noexcept { return true; }
  bool has_exception() const noexcept { return false; }
  void wait() const {}

  R get() { detail::model_unavailable(); }

  shared_future<R> share() noexcept;

  template <typename F>
  detail::future_then_result_t<std::invoke_result_t<F, future &&>> then(F &&) {
    return {};
  }
  template <typename Policy, typename F,
            typename = std::enable_if_t<
                std::is_base_of_v<detail::policy_holder_base, std::decay_t<Policy>>>>
  detail::future_then_result_t<std::invoke_result_t<F, future &&>> then(Policy &&, F &&) {
    return {};
  }
};

template <typename R>
class shared_future {
 public:
  using result_type = R;

  shared_future() noexcept = default;
  shared_future(future<R> &&) noexcept {}

  bool valid() const noexcept { return true; }
  bool is_ready() const noexcept { return true; }
  void wait() const {}

  typename detail::shared_get_result<R>::type get() const { detail::model_unavailable(); }

  template <typename F>
  detail::future_then_result_t<std::invoke_result_t<F, shared_future const &>> then(F &&) const {
    return {};
  }
};

template <typename R>
shared_future<R> future<R>::share() noexcept {
  return shared_future<R>(std::move(*this));
}

template <typename T>
future<std::decay_t<T>> make_ready_future(T &&) {
  return {};
}
inline future<void> make_ready_future() { return {}; }

template <typename... Ts>
void wait_all(Ts &&...) {}

template <typename... Ts>
future<std::tuple<std::decay_t<Ts>...>> when_all(Ts &&...) {
  return {};
}
template <typename T>
future<std::vector<T>> when_all(std::vector<T> &) {
  return {};
}
template <typename T>
future<std::vector<T>> when_all(std::vector<T> &&) {
  return {};
}

namespace lcos {
template <typename R>
using future = hpx::future<R>;
template <typename R>
using shared_future = hpx::shared_future<R>;
}  // namespace lcos

///////////////////////////////////////////////////////////////////////////////
// Traits
namespace traits {

template <typename T>
struct is_launch_policy
    : std::is_base_of<hpx::detail::policy_holder_base, std::decay_t<T>> {};
template <typename T>
inline constexpr bool is_launch_policy_v = is_launch_policy<T>::value;

template <typename T, typename Enable = void>
struct is_action : std::false_type {};
template <typename T>
struct is_action<T, std::void_t<typename T::component_type, typename T::derived_type,
                                typename T::remote_result_type>> : std::true_type {};
template <typename T>
inline constexpr bool is_action_v = is_action<std::decay_t<T>>::value;

template <typename Result, typename Enable = void>
struct promise_local_result {
  using type = Result;
};
template <typename R>
struct promise_local_result<hpx::future<R>> {
  using type = R;
};
template <typename R>
struct promise_local_result<hpx::shared_future<R>> {
  using type = R;
};

template <typename Action, typename Enable = void>
struct extract_action {
  using type = typename Action::derived_type;
  using result_type = typename type::result_type;
  using local_result_type = typename type::local_result_type;
  using remote_result_type = typename type::remote_result_type;
};

namespace detail {
template <typename T>
struct names_a_type : std::true_type {};
}  // namespace detail

template <typename T, typename Enable = void>
struct is_bitwise_serializable : std::is_arithmetic<T> {};
template <typename T>
inline constexpr bool is_bitwise_serializable_v = is_bitwise_serializable<T>::value;

}  // namespace traits

///////////////////////////////////////////////////////////////////////////////
// (Header not read: archive names follow the documented hpx::serialization API.)
// Serialization archives (user code writes
//   template <typename Archive> void serialize(Archive& ar, unsigned) { ar & x; })
namespace serialization {

class output_archive {
 public:
  template <typename T>
  output_archive &operator<<(T const &) {
    return *this;
  }
  template <typename T>
  output_archive &operator&(T const &) {
    return *this;
  }
  bool is_saving() const noexcept { return true; }
  bool is_loading() const noexcept { return false; }
};

class input_archive {
 public:
  template <typename T>
  input_archive &operator>>(T &) {
    return *this;
  }
  template <typename T>
  input_archive &operator&(T &) {
    return *this;
  }
  bool is_saving() const noexcept { return false; }
  bool is_loading() const noexcept { return true; }
};

struct access {};

// Real returns a base_object_type<Derived, Base> wrapper; model returns Base&.
template <typename Base, typename Derived>
Base &base_object(Derived &d) {
  return d;
}

// (hpx/serialization/array.hpp) make_array(p, n) writes the n elements p
// points to.
template <typename T>
class array {
 public:
  using value_type = T;
  array(value_type *t, std::size_t s) noexcept : m_t(t), m_element_count(s) {}
  value_type *address() const noexcept { return m_t; }
  std::size_t count() const noexcept { return m_element_count; }

  template <typename Archive>
  void serialize(Archive &, unsigned) {}

 private:
  value_type *m_t;
  std::size_t m_element_count;
};

template <typename T>
array<T> make_array(T *begin, std::size_t size) noexcept {
  return array<T>(begin, size);
}

// array is written as a prvalue: ar << make_array(p, n), ar & make_array(p, n)
template <typename T>
output_archive &operator<<(output_archive &ar, array<T> const &) {
  return ar;
}
template <typename T>
input_archive &operator>>(input_archive &ar, array<T> const &) {
  return ar;
}
template <typename T>
output_archive &operator&(output_archive &ar, array<T> const &) {
  return ar;
}
template <typename T>
input_archive &operator&(input_archive &ar, array<T> const &) {
  return ar;
}

// (hpx/serialization/serialize_buffer.hpp) a counted buffer of T that is
// written as its size followed by its elements (zero-copy when possible).
template <typename T, typename Allocator = std::allocator<T>>
class serialize_buffer {
 public:
  using value_type = T;
  using allocator_type = Allocator;

  enum init_mode { copy = 0, reference = 1, take = 2 };

  explicit serialize_buffer(allocator_type const &alloc = allocator_type()) : alloc_(alloc) {}
  explicit serialize_buffer(std::size_t size, allocator_type const &alloc = allocator_type())
      : size_(size), alloc_(alloc) {}
  serialize_buffer(T *data, std::size_t size, init_mode /*mode*/ = copy,
                   allocator_type const &alloc = allocator_type())
      : data_(data, [](T *) {}), size_(size), alloc_(alloc) {}
  serialize_buffer(T const *data, std::size_t size,
                   allocator_type const &alloc = allocator_type())
      : data_(const_cast<T *>(data), [](T *) {}), size_(size), alloc_(alloc) {}
  template <typename Deallocator>
  serialize_buffer(T *data, std::size_t size, allocator_type const &alloc,
                   Deallocator const &dealloc)
      : data_(data, dealloc), size_(size), alloc_(alloc) {}

  T *data() noexcept { return data_.get(); }
  T const *data() const noexcept { return data_.get(); }
  T *begin() noexcept { return data(); }
  T *end() noexcept { return data() + size_; }
  T const *begin() const noexcept { return data(); }
  T const *end() const noexcept { return data() + size_; }
  T &operator[](std::size_t idx) { return data_.get()[idx]; }
  T const &operator[](std::size_t idx) const { return data_.get()[idx]; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  void save(output_archive &ar, unsigned) const {
    ar << size_;
    ar << hpx::serialization::make_array(data_.get(), size_);
  }
  void load(input_archive &ar, unsigned) {
    ar >> size_;
    ar >> hpx::serialization::make_array(data_.get(), size_);
  }
  void serialize(input_archive &ar, unsigned v) { load(ar, v); }
  void serialize(output_archive &ar, unsigned v) { save(ar, v); }

 private:
  std::shared_ptr<T> data_;
  std::size_t size_ = 0;
  allocator_type alloc_;
};

}  // namespace serialization

///////////////////////////////////////////////////////////////////////////////
// hpx::function / hpx::distributed::function
template <typename Sig, bool Serializable = false>
class function;

template <typename R, typename... Ts, bool Serializable>
class function<R(Ts...), Serializable> {
 public:
  using result_type = R;

  constexpr function(std::nullptr_t = nullptr) noexcept {}

  function(function const &) = default;
  function(function &&) noexcept = default;
  function &operator=(function const &) = default;
  function &operator=(function &&) noexcept = default;
  ~function() = default;

  template <typename F, typename FD = std::decay_t<F>,
            typename Enable1 = std::enable_if_t<!std::is_same_v<FD, function>>,
            typename Enable2 = std::enable_if_t<std::is_invocable_r_v<R, FD &, Ts...>>>
  function(F &&f) {
    assign(std::forward<F>(f));
  }

  template <typename F, typename FD = std::decay_t<F>,
            typename Enable1 = std::enable_if_t<!std::is_same_v<FD, function>>,
            typename Enable2 = std::enable_if_t<std::is_invocable_r_v<R, FD &, Ts...>>>
  function &operator=(F &&f) {
    assign(std::forward<F>(f));
    return *this;
  }

  template <typename F>
  void assign(F &&) {
    non_empty_ = true;
  }

  R operator()(Ts...) const { detail::model_unavailable(); }

  bool empty() const noexcept { return !non_empty_; }
  explicit operator bool() const noexcept { return non_empty_; }
  void reset() noexcept { non_empty_ = false; }

  template <typename Archive>
  void serialize(Archive &, unsigned) {}

 private:
  bool non_empty_ = false;
};

namespace distributed {
// serializable function
template <typename Sig>
using function = hpx::function<Sig, true>;
}  // namespace distributed

#if SERIALINT_MODEL_HPX_RELEASE < 111
namespace util {
// Real: deprecated aliases (gone in 1.11); deprecation not modelled.
template <typename Sig, bool Serializable = true>
using function = hpx::function<Sig, Serializable>;
template <typename Sig>
using function_nonser = hpx::function<Sig>;
}  // namespace util
#endif

///////////////////////////////////////////////////////////////////////////////
// (Header not read: component_base follows the documented HPX API.)
// Components: server bases, wrappers, clients, new_ and distribution policies
// (hpx/components_base/server/component_base.hpp, managed_component_base.hpp,
// hpx/components/client_base.hpp, hpx/runtime_components/new.hpp,
// colocating_distribution_policy.hpp)
namespace components {
template <typename Component>
struct component_base {
  hpx::id_type get_id() const { return hpx::id_type(); }
  hpx::id_type get_unmanaged_id() const { return hpx::id_type(); }
};
template <typename Component>
struct component : Component {};

// Real: deprecated names for component_base / component.
template <typename Component>
using simple_component_base = component_base<Component>;
template <typename Component>
using simple_component = component<Component>;

namespace detail {
struct this_type {};
}  // namespace detail

// Real template parameters: <Component, Wrapper = detail::this_type,
// CtorPolicy = traits::construct_without_back_ptr,
// DtorPolicy = traits::managed_object_controls_lifetime>.
template <typename Component, typename Wrapper = detail::this_type,
          typename CtorPolicy = void, typename DtorPolicy = void>
struct managed_component_base {
  using wrapped_type = Component;
  hpx::id_type get_id() const { return hpx::id_type(); }
  hpx::id_type get_unmanaged_id() const { return hpx::id_type(); }
};

template <typename Component, typename Derived = void>
class managed_component {
 public:
  using wrapped_type = Component;
  using type_holder = Component;
  managed_component() = default;
  explicit managed_component(Component *c) : component_(c) {}
  Component *get() noexcept { return component_; }
  Component const *get() const noexcept { return component_; }

 private:
  Component *component_ = nullptr;
};

namespace detail {
struct client_tag {};
}  // namespace detail

// client_base<Derived, Stub, Data>: a client holds a shared future of the
// component's id; clients are serializable and may be action arguments.
template <typename Derived, typename Stub, typename Data = void>
class client_base : public detail::client_tag {
 public:
  using stub_type = Stub;
  using server_component_type = Stub;
  using future_type = hpx::shared_future<hpx::id_type>;

  client_base() = default;
  explicit client_base(hpx::id_type const &) {}
  explicit client_base(hpx::id_type &&) {}
  client_base(hpx::shared_future<hpx::id_type> const &f) : shared_state_(f) {}
  client_base(hpx::shared_future<hpx::id_type> &&f) : shared_state_(std::move(f)) {}
  client_base(hpx::future<hpx::id_type> &&f) : shared_state_(std::move(f)) {}
  client_base(hpx::future<Derived> &&) {}

  bool valid() const noexcept { return true; }
  explicit operator bool() const noexcept { return true; }
  bool is_ready() const noexcept { return true; }
  void wait() const {}
  void free() noexcept {}

  hpx::id_type const &get_id() const { return id_; }
  hpx::id_type const &get() const { return id_; }
  hpx::shared_future<hpx::id_type> share() const { return shared_state_; }

  template <typename F>
  hpx::future<std::invoke_result_t<F, Derived>> then(F &&) const {
    return {};
  }

  hpx::future<bool> register_as(std::string /*symbolic_name*/, bool /*manage*/ = true) {
    return {};
  }
  void connect_to(std::string const & /*symbolic_name*/) {}

 protected:
  hpx::shared_future<hpx::id_type> shared_state_;

 private:
  hpx::id_type id_;
};

}  // namespace components

// Real (components/client_base.hpp): clients, and so every class derived
// from client_base, are serialized by one free template, not a member.
namespace serialization {
template <typename Archive, typename Derived, typename Stub, typename Data>
void serialize(Archive &, ::hpx::components::client_base<Derived, Stub, Data> &, unsigned) {}
}  // namespace serialization

namespace components {
// Distribution policies.
struct default_distribution_policy {
  default_distribution_policy operator()(hpx::id_type const &) const { return {}; }
  default_distribution_policy operator()(std::vector<hpx::id_type> const &) const { return {}; }
};
inline constexpr default_distribution_policy default_layout{};

struct colocating_distribution_policy {
  colocating_distribution_policy operator()(hpx::id_type const &) const { return {}; }
  hpx::id_type get_next_target() const { return hpx::id_type(); }
};
inline constexpr colocating_distribution_policy colocated{};

}  // namespace components

// hpx::colocated(id): run an action where the object named by id lives.
using components::colocated;
using components::default_layout;

namespace traits {
template <typename T, typename Enable = void>
struct is_client : std::is_base_of<components::detail::client_tag, std::decay_t<T>> {};
template <typename T>
inline constexpr bool is_client_v = is_client<T>::value;

template <typename T, typename Enable = void>
struct is_distribution_policy : std::false_type {};
template <>
struct is_distribution_policy<components::default_distribution_policy> : std::true_type {};
template <>
struct is_distribution_policy<components::colocating_distribution_policy> : std::true_type {};
template <typename T>
inline constexpr bool is_distribution_policy_v = is_distribution_policy<std::decay_t<T>>::value;
}  // namespace traits

namespace components {
namespace detail {
template <typename Component, typename Enable = void>
struct make_new {
  using type = hpx::future<hpx::id_type>;
};
template <typename Client>
struct make_new<Client, std::enable_if_t<traits::is_client_v<Client>>> {
  using type = Client;
};
template <typename Component>
struct make_new<Component[]> {
  using type = hpx::future<std::vector<hpx::id_type>>;
};
}  // namespace detail

// new_<C>(where, ctor args...) creates C on `where`; the constructor
// arguments are shipped there.  new_<C[]>(where, count, args...) creates
// count objects.  If C is a client type, the client is returned.
template <typename Component, typename... Ts>
typename detail::make_new<Component>::type new_(hpx::id_type const & /*locality*/, Ts &&...) {
  return {};
}
template <typename Component, typename DistPolicy, typename... Ts,
          typename = std::enable_if_t<traits::is_distribution_policy_v<DistPolicy>>>
typename detail::make_new<Component>::type new_(DistPolicy const & /*policy*/, Ts &&...) {
  return {};
}
}  // namespace components

using components::new_;

///////////////////////////////////////////////////////////////////////////////
// Actions
namespace actions {

namespace detail {

struct plain_function {
  static bool is_target_valid(hpx::id_type const &) { return true; }
};

template <typename Action, typename Derived>
struct action_type {
  using type = Derived;
};
template <typename Action>
struct action_type<Action, void> {
  using type = Action;
};

}  // namespace detail

template <typename Component, typename Signature, typename Derived>
struct basic_action;

template <typename Component, typename R, typename... Args, typename Derived>
struct basic_action<Component, R(Args...), Derived> {
  using component_type = Component;
  using derived_type = Derived;
  using result_type = R;
  using local_result_type = typename traits::promise_local_result<R>::type;
  using remote_result_type = typename traits::promise_local_result<R>::type;
  using arguments_type = std::tuple<std::decay_t<Args>...>;

  static constexpr std::size_t arity = sizeof...(Args);

  // act(id, args...) runs the action synchronously on `id`.
  template <typename... Ts>
  local_result_type operator()(hpx::id_type const &, Ts &&...) const {
    hpx::detail::model_unavailable();
  }
  template <typename Policy, typename... Ts,
            typename = std::enable_if_t<traits::is_launch_policy_v<Policy>>>
  local_result_type operator()(Policy const &, hpx::id_type const &, Ts &&...) const {
    hpx::detail::model_unavailable();
  }

  template <typename Archive>
  void serialize(Archive &, unsigned) {}
};

template <typename TF, TF F, typename Derived = void>
struct action;

// plain (free function) actions
template <typename R, typename... Ps, R (*F)(Ps...), typename Derived>
struct action<R (*)(Ps...), F, Derived>
    : public basic_action<detail::plain_function, R(Ps...),
                          typename detail::action_type<action<R (*)(Ps...), F, Derived>,
                                                       Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;

  static std::string get_action_name(std::uint64_t /*lva*/) { return "plain action"; }

  template <typename... Ts>
  static R invoke(std::uint64_t /*lva*/, int /*comptype*/, Ts &&...vs) {
    return F(std::forward<Ts>(vs)...);
  }
};

template <typename R, typename... Ps, R (*F)(Ps...) noexcept, typename Derived>
struct action<R (*)(Ps...) noexcept, F, Derived>
    : public basic_action<detail::plain_function, R(Ps...),
                          typename detail::action_type<
                              action<R (*)(Ps...) noexcept, F, Derived>, Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;

  static std::string get_action_name(std::uint64_t /*lva*/) { return "plain action"; }

  template <typename... Ts>
  static R invoke(std::uint64_t /*lva*/, int /*comptype*/, Ts &&...vs) {
    return F(std::forward<Ts>(vs)...);
  }
};

// component (member function) actions
template <typename Component, typename R, typename... Ps, R (Component::*F)(Ps...),
          typename Derived>
struct action<R (Component::*)(Ps...), F, Derived>
    : public basic_action<Component, R(Ps...),
                          typename detail::action_type<
                              action<R (Component::*)(Ps...), F, Derived>, Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;
};

template <typename Component, typename R, typename... Ps, R (Component::*F)(Ps...) const,
          typename Derived>
struct action<R (Component::*)(Ps...) const, F, Derived>
    : public basic_action<Component const, R(Ps...),
                          typename detail::action_type<
                              action<R (Component::*)(Ps...) const, F, Derived>,
                              Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;
};

// noexcept member functions (component_action.hpp has both specialisations)
template <typename Component, typename R, typename... Ps, R (Component::*F)(Ps...) noexcept,
          typename Derived>
struct action<R (Component::*)(Ps...) noexcept, F, Derived>
    : public basic_action<Component, R(Ps...),
                          typename detail::action_type<
                              action<R (Component::*)(Ps...) noexcept, F, Derived>,
                              Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;
};

template <typename Component, typename R, typename... Ps,
          R (Component::*F)(Ps...) const noexcept, typename Derived>
struct action<R (Component::*)(Ps...) const noexcept, F, Derived>
    : public basic_action<Component const, R(Ps...),
                          typename detail::action_type<
                              action<R (Component::*)(Ps...) const noexcept, F, Derived>,
                              Derived>::type> {
  using derived_type = typename detail::action_type<action, Derived>::type;
};

// Real direct_action has its own specialisations; the model reuses action<>.
template <typename TF, TF F, typename Derived = void>
struct direct_action : action<TF, F, Derived> {};

template <typename TF, TF F, typename Derived = void, typename Direct = std::false_type>
struct make_action {
  using type = action<TF, F, Derived>;
};
template <typename TF, TF F, typename Derived>
struct make_action<TF, F, Derived, std::true_type> {
  using type = direct_action<TF, F, Derived>;
};
template <typename TF, TF F, typename Derived = void, typename Direct = std::false_type>
using make_action_t = typename make_action<TF, F, Derived, Direct>::type;

template <typename TF, TF F, typename Derived = void>
struct make_direct_action : make_action<TF, F, Derived, std::true_type> {};
template <typename TF, TF F, typename Derived = void>
using make_direct_action_t = typename make_direct_action<TF, F, Derived>::type;

// lambda_to_action (hpx/actions_base/lambda_to_action.hpp)
namespace detail {

template <typename F, typename ReturnType, typename... Args>
struct lambda_action : basic_action<detail::plain_function, ReturnType(Args...),
                                    lambda_action<F, ReturnType, Args...>> {
  using derived_type = lambda_action;

  static std::string get_action_name(std::uint64_t /*lva*/) { return "lambda action()"; }
};

template <typename F, typename T>
struct extract_lambda_action {};

template <typename F, typename ClassType, typename ReturnType, typename... Args>
struct extract_lambda_action<F, ReturnType (ClassType::*)(Args...) const> {
  using type = lambda_action<F, ReturnType, Args...>;
};
// (not in the real header, which only accepts non-noexcept call operators)
template <typename F, typename ClassType, typename ReturnType, typename... Args>
struct extract_lambda_action<F, ReturnType (ClassType::*)(Args...) const noexcept> {
  using type = lambda_action<F, ReturnType, Args...>;
};

template <typename F, typename T>
using extract_lambda_action_t = typename extract_lambda_action<F, T>::type;

template <typename F>
struct action_from_lambda {
  using type = extract_lambda_action_t<F, decltype(&F::operator())>;
};

template <typename F>
using action_from_lambda_t = typename action_from_lambda<F>::type;

}  // namespace detail

// Real return type is spelled via an addr_add/action_maker trick; it denotes
// the same type as detail::action_from_lambda_t<lambda type>.
template <typename F>
constexpr detail::action_from_lambda_t<std::decay_t<F>> lambda_to_action(F &&) noexcept {
#ifdef SERIALINT_MODEL_STRICT
  static_assert(std::is_empty_v<std::decay_t<F>>,
                "lambda_to_action() needs and only needs a lambda with empty capture list");
#endif
  return detail::action_from_lambda_t<std::decay_t<F>>();
}

}  // namespace actions

///////////////////////////////////////////////////////////////////////////////
// hpx::async
namespace detail {

template <typename Func, typename Enable = void>
struct async_dispatch;

// plain callables (local execution)
template <typename Func>
struct async_dispatch<Func, std::enable_if_t<!traits::is_action_v<Func> &&
                                             !traits::is_launch_policy_v<Func>>> {
  template <typename F, typename... Ts>
  static hpx::future<std::invoke_result_t<std::decay_t<F>, std::decay_t<Ts>...>> call(
      F &&, Ts &&...) {
    return {};
  }
};

// action object: hpx::async(act, id, args...)
template <typename Action>
struct async_dispatch<Action, std::enable_if_t<traits::is_action_v<Action>>> {
  template <typename Component, typename Signature, typename Derived, typename... Ts>
  static hpx::future<typename traits::extract_action<Derived>::local_result_type> call(
      hpx::actions::basic_action<Component, Signature, Derived> const &act,
      hpx::id_type const &id, Ts &&...ts) {
    // As in async_distributed/async.hpp, HPX forwards the user's arguments
    // through its own entry points: here the action's call operator.
    (void)act(id, std::forward<Ts>(ts)...);
    return {};
  }
};

// launch policy first: hpx::async(policy, f-or-action, args...)
template <typename Policy>
struct async_dispatch<Policy, std::enable_if_t<traits::is_launch_policy_v<Policy>>> {
  template <typename Policy_, typename F, typename... Ts>
  static auto call(Policy_ &&, F &&f, Ts &&...ts)
      -> decltype(async_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                        std::forward<Ts>(ts)...)) {
    return {};
  }
};

// hpx::async<Action>(target, args...)
template <typename Action, typename Target, typename Enable = void>
struct async_action_dispatch {};

template <typename Action>
struct async_action_dispatch<Action, hpx::id_type> {
  template <typename... Ts>
  static hpx::future<typename traits::extract_action<Action>::local_result_type> call(
      hpx::id_type const &id, Ts &&...ts) {
    (void)typename traits::extract_action<Action>::type()(id, std::forward<Ts>(ts)...);
    return {};
  }
};

template <typename Action, typename Policy>
struct async_action_dispatch<Action, Policy,
                             std::enable_if_t<traits::is_launch_policy_v<Policy>>> {
  template <typename Policy_, typename... Ts>
  static hpx::future<typename traits::extract_action<Action>::local_result_type> call(
      Policy_ &&, hpx::id_type const &, Ts &&...) {
    return {};
  }
};

// hpx::async<Action>(distribution_policy, args...), e.g. hpx::colocated(id)
template <typename Action, typename DistPolicy>
struct async_action_dispatch<Action, DistPolicy,
                             std::enable_if_t<traits::is_distribution_policy_v<DistPolicy>>> {
  template <typename... Ts>
  static hpx::future<typename traits::extract_action<Action>::local_result_type> call(
      DistPolicy const &, Ts &&...) {
    return {};
  }
};

// hpx::async<Action>(client, args...)
template <typename Action, typename Client>
struct async_action_dispatch<Action, Client, std::enable_if_t<traits::is_client_v<Client>>> {
  template <typename... Ts>
  static hpx::future<typename traits::extract_action<Action>::local_result_type> call(
      Client const &, Ts &&...) {
    return {};
  }
};

}  // namespace detail

template <typename F, typename... Ts>
decltype(auto) async(F &&f, Ts &&...ts) {
  return detail::async_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                       std::forward<Ts>(ts)...);
}

template <typename Action, typename F, typename... Ts>
auto async(F &&f, Ts &&...ts)
    -> decltype(detail::async_action_dispatch<Action, std::decay_t<F>>::call(
        std::forward<F>(f), std::forward<Ts>(ts)...)) {
  return detail::async_action_dispatch<Action, std::decay_t<F>>::call(
      std::forward<F>(f), std::forward<Ts>(ts)...);
}

///////////////////////////////////////////////////////////////////////////////
// hpx::sync
namespace detail {

template <typename Func, typename Enable = void>
struct sync_dispatch;

template <typename Func>
struct sync_dispatch<Func, std::enable_if_t<!traits::is_action_v<Func> &&
                                            !traits::is_launch_policy_v<Func>>> {
  template <typename F, typename... Ts>
  static std::invoke_result_t<std::decay_t<F>, std::decay_t<Ts>...> call(F &&, Ts &&...) {
    model_unavailable();
  }
};

template <typename Action>
struct sync_dispatch<Action, std::enable_if_t<traits::is_action_v<Action>>> {
  template <typename Component, typename Signature, typename Derived, typename... Ts>
  static typename traits::extract_action<Derived>::local_result_type call(
      hpx::actions::basic_action<Component, Signature, Derived> const &,
      hpx::id_type const &, Ts &&...) {
    model_unavailable();
  }
};

template <typename Policy>
struct sync_dispatch<Policy, std::enable_if_t<traits::is_launch_policy_v<Policy>>> {
  template <typename Policy_, typename F, typename... Ts>
  static auto call(Policy_ &&, F &&f, Ts &&...ts)
      -> decltype(sync_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                       std::forward<Ts>(ts)...)) {
    model_unavailable();
  }
};

template <typename Action, typename Target, typename Enable = void>
struct sync_action_dispatch {};

template <typename Action>
struct sync_action_dispatch<Action, hpx::id_type> {
  template <typename... Ts>
  static typename traits::extract_action<Action>::local_result_type call(
      hpx::id_type const &, Ts &&...) {
    model_unavailable();
  }
};

template <typename Action, typename Policy>
struct sync_action_dispatch<Action, Policy,
                            std::enable_if_t<traits::is_launch_policy_v<Policy>>> {
  template <typename Policy_, typename... Ts>
  static typename traits::extract_action<Action>::local_result_type call(
      Policy_ &&, hpx::id_type const &, Ts &&...) {
    model_unavailable();
  }
};

template <typename Action, typename DistPolicy>
struct sync_action_dispatch<Action, DistPolicy,
                            std::enable_if_t<traits::is_distribution_policy_v<DistPolicy>>> {
  template <typename... Ts>
  static typename traits::extract_action<Action>::local_result_type call(DistPolicy const &,
                                                                         Ts &&...) {
    model_unavailable();
  }
};

template <typename Action, typename Client>
struct sync_action_dispatch<Action, Client, std::enable_if_t<traits::is_client_v<Client>>> {
  template <typename... Ts>
  static typename traits::extract_action<Action>::local_result_type call(Client const &,
                                                                         Ts &&...) {
    model_unavailable();
  }
};

}  // namespace detail

template <typename F, typename... Ts>
decltype(auto) sync(F &&f, Ts &&...ts) {
  return detail::sync_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                      std::forward<Ts>(ts)...);
}

template <typename Action, typename F, typename... Ts>
auto sync(F &&f, Ts &&...ts)
    -> decltype(detail::sync_action_dispatch<Action, std::decay_t<F>>::call(
        std::forward<F>(f), std::forward<Ts>(ts)...)) {
  return detail::sync_action_dispatch<Action, std::decay_t<F>>::call(
      std::forward<F>(f), std::forward<Ts>(ts)...);
}

///////////////////////////////////////////////////////////////////////////////
// hpx::post (fire and forget; formerly hpx::apply)
namespace detail {

template <typename Func, typename Enable = void>
struct post_dispatch;

template <typename Func>
struct post_dispatch<Func, std::enable_if_t<!traits::is_action_v<Func>>> {
  template <typename F, typename... Ts>
  static bool call(F &&, Ts &&...) {
    return true;
  }
};

template <typename Action>
struct post_dispatch<Action, std::enable_if_t<traits::is_action_v<Action>>> {
  template <typename Component, typename Signature, typename Derived, typename... Ts>
  static bool call(hpx::actions::basic_action<Component, Signature, Derived>,
                   hpx::id_type const &, Ts &&...) {
    return false;
  }
  // Real: post(action, client or distribution policy, args...) as well.
  template <typename Component, typename Signature, typename Derived, typename Target,
            typename... Ts,
            typename = std::enable_if_t<traits::is_client_v<Target> ||
                                        traits::is_distribution_policy_v<Target>>>
  static bool call(hpx::actions::basic_action<Component, Signature, Derived>, Target const &,
                   Ts &&...) {
    return false;
  }
};

}  // namespace detail

template <typename F, typename... Ts>
bool post(F &&f, Ts &&...ts) {
  return detail::post_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                      std::forward<Ts>(ts)...);
}

template <typename Action, typename... Ts>
inline bool post(hpx::id_type const & /*id*/, Ts &&...) {
  return false;
}
template <typename Action, typename Target, typename... Ts,
          typename = std::enable_if_t<traits::is_distribution_policy_v<Target> ||
                                      traits::is_client_v<Target>>>
inline bool post(Target const & /*policy_or_client*/, Ts &&...) {
  return false;
}

// Real: hpx::apply is deprecated (1.9) in favour of hpx::post; deprecation
// not modelled.
template <typename F, typename... Ts>
bool apply(F &&f, Ts &&...ts) {
  return detail::post_dispatch<std::decay_t<F>>::call(std::forward<F>(f),
                                                      std::forward<Ts>(ts)...);
}

template <typename Action, typename... Ts>
inline bool apply(hpx::id_type const & /*id*/, Ts &&...) {
  return false;
}
template <typename Action, typename Target, typename... Ts,
          typename = std::enable_if_t<traits::is_distribution_policy_v<Target> ||
                                      traits::is_client_v<Target>>>
inline bool apply(Target const & /*policy_or_client*/, Ts &&...) {
  return false;
}

///////////////////////////////////////////////////////////////////////////////
// hpx::bind and placeholders (hpx/functional/bind.hpp), and binding an action
// (hpx/async_distributed/bind_action.hpp): hpx::bind(act, id, args-or-_N...)
namespace detail {
template <std::size_t I>
struct placeholder {
  static constexpr std::size_t value = I;
};

template <typename T>
struct decay_unwrap {
  using type = std::decay_t<T>;
};
template <typename T>
struct decay_unwrap<std::reference_wrapper<T>> {
  using type = T &;
};
template <typename T>
using decay_unwrap_t = typename decay_unwrap<std::decay_t<T>>::type;

// What the target receives for one bound argument when called with Us...
template <typename T, typename Us>
struct bind_eval {
  using type = T &;
};
template <std::size_t I, typename... Us>
struct bind_eval<placeholder<I>, std::tuple<Us...>> {
  using type = std::tuple_element_t<I - 1, std::tuple<Us &&...>>;
};

template <typename F, typename... Ts>
class bound {
 public:
  template <typename F_, typename... Ts_>
  constexpr explicit bound(F_ &&f, Ts_ &&...vs)
      : f_(std::forward<F_>(f)), args_(std::forward<Ts_>(vs)...) {}

  template <typename... Us>
  std::invoke_result_t<F &, typename bind_eval<Ts, std::tuple<Us...>>::type...> operator()(
      Us &&...) {
    model_unavailable();
  }

  template <typename Archive>
  void serialize(Archive &ar, unsigned) {
    ar & f_ & args_;
  }

 private:
  F f_;
  std::tuple<Ts...> args_;
};

// Ts... are the target (id or policy) followed by the bound arguments.
template <typename Action, typename... Ts>
class bound_action {
 public:
  using result_type = typename traits::extract_action<Action>::local_result_type;

  template <typename... Ts_>
  explicit bound_action(Ts_ &&...vs) : args_(std::forward<Ts_>(vs)...) {}

  template <typename... Us>
  result_type operator()(Us &&...) const {
    model_unavailable();
  }
  template <typename... Us>
  bool post(Us &&...) const {
    return false;
  }
  template <typename... Us>
  hpx::future<result_type> async(Us &&...) const {
    return {};
  }

  template <typename Archive>
  void serialize(Archive &ar, unsigned) {
    ar & args_;
  }

 private:
  std::tuple<Ts...> args_;
};
}  // namespace detail

namespace placeholders {
inline constexpr detail::placeholder<1> _1 = {};
inline constexpr detail::placeholder<2> _2 = {};
inline constexpr detail::placeholder<3> _3 = {};
inline constexpr detail::placeholder<4> _4 = {};
inline constexpr detail::placeholder<5> _5 = {};
inline constexpr detail::placeholder<6> _6 = {};
inline constexpr detail::placeholder<7> _7 = {};
inline constexpr detail::placeholder<8> _8 = {};
inline constexpr detail::placeholder<9> _9 = {};
}  // namespace placeholders

template <typename T>
struct is_placeholder : std::integral_constant<std::size_t, 0> {};
template <std::size_t I>
struct is_placeholder<detail::placeholder<I>> : std::integral_constant<std::size_t, I> {};

template <typename F, typename... Ts,
          typename = std::enable_if_t<!traits::is_action_v<std::decay_t<F>>>>
constexpr detail::bound<std::decay_t<F>, detail::decay_unwrap_t<Ts>...> bind(F &&f, Ts &&...vs) {
  return detail::bound<std::decay_t<F>, detail::decay_unwrap_t<Ts>...>(
      std::forward<F>(f), std::forward<Ts>(vs)...);
}

// hpx::bind<Action>(id, args...)
template <typename Action, typename... Ts,
          typename = std::enable_if_t<traits::is_action_v<Action>>>
detail::bound_action<Action, detail::decay_unwrap_t<Ts>...> bind(Ts &&...vs) {
  return detail::bound_action<Action, detail::decay_unwrap_t<Ts>...>(std::forward<Ts>(vs)...);
}

// hpx::bind(action_object, id, args...)
template <typename Component, typename Signature, typename Derived, typename... Ts>
detail::bound_action<Derived, detail::decay_unwrap_t<Ts>...> bind(
    hpx::actions::basic_action<Component, Signature, Derived> const &, Ts &&...vs) {
  return detail::bound_action<Derived, detail::decay_unwrap_t<Ts>...>(std::forward<Ts>(vs)...);
}

namespace util {
// Real: deprecated spellings.
using hpx::bind;
namespace placeholders {
using namespace hpx::placeholders;
}  // namespace placeholders
}  // namespace util

///////////////////////////////////////////////////////////////////////////////
// Futures (futures/future.hpp): serialized by free templates; a future sent
// as an action's argument is sent as its value once it is ready.
namespace serialization {
template <typename Archive, typename T>
void serialize(Archive &, ::hpx::future<T> &, unsigned) {}
template <typename Archive, typename T>
void serialize(Archive &, ::hpx::shared_future<T> &, unsigned) {}
}  // namespace serialization

///////////////////////////////////////////////////////////////////////////////
// dataflow (async_base/dataflow.hpp): dataflow(F&&, Ts&&...) calls f with the
// futures among ts once they are ready; with an action and a target it sends
// the action there, as async does. dataflow<Action>(target, ts...) too.
namespace detail {
template <typename F, typename Enable, typename... Ts>
struct dataflow_result {
  using type = hpx::future<std::invoke_result_t<std::decay_t<F>, std::decay_t<Ts>...>>;
};
template <typename F, typename... Ts>
struct dataflow_result<F, std::enable_if_t<traits::is_action_v<F>>, Ts...> {
  using type = hpx::future<typename traits::extract_action<std::decay_t<F>>::local_result_type>;
};
template <typename Policy, typename F, typename... Ts>
struct dataflow_result<Policy, std::enable_if_t<traits::is_launch_policy_v<Policy>>, F, Ts...>
    : dataflow_result<F, void, Ts...> {};
}  // namespace detail

template <typename F, typename... Ts>
typename detail::dataflow_result<F, void, Ts...>::type dataflow(F &&, Ts &&...) {
  return {};
}
template <typename Action, typename Target, typename... Ts,
          typename = std::enable_if_t<traits::is_action_v<Action>>>
hpx::future<typename traits::extract_action<Action>::local_result_type> dataflow(Target &&,
                                                                                  Ts &&...) {
  return {};
}

///////////////////////////////////////////////////////////////////////////////
// async_cb / post_cb (hpx/async_distributed/async_callback.hpp): like async /
// post with an action, plus a callback run when the parcel has been sent.
namespace parcelset {
class parcel {
 public:
  parcel() = default;
  std::size_t size() const noexcept { return 0; }
};
}  // namespace parcelset

// Real: async_cb(F&&, Ts&&...) and async_cb<Action>(Ts&&...), dispatched
// on what comes first; the callback follows the target and stays here.
namespace detail {
template <typename F, typename Next, typename Enable = void>
struct callback_action {
  using type = std::decay_t<F>;
};
template <typename Policy, typename Next>
struct callback_action<Policy, Next, std::enable_if_t<traits::is_launch_policy_v<Policy>>> {
  using type = std::decay_t<Next>;
};
template <typename F, typename Next>
using callback_result_t = hpx::future<
    typename traits::extract_action<typename callback_action<F, Next>::type>::local_result_type>;
}  // namespace detail

template <typename Action, typename... Ts>
hpx::future<typename traits::extract_action<Action>::local_result_type> async_cb(Ts &&...) {
  return {};
}
template <typename F, typename Next, typename... Ts>
detail::callback_result_t<F, Next> async_cb(F &&, Next &&, Ts &&...) {
  return {};
}

template <typename Action, typename... Ts>
bool post_cb(Ts &&...) {
  return false;
}
template <typename F, typename Next, typename... Ts,
          typename = std::enable_if_t<traits::is_action_v<F> || traits::is_launch_policy_v<F>>>
bool post_cb(F &&, Next &&, Ts &&...) {
  return false;
}

///////////////////////////////////////////////////////////////////////////////
// hpx::lcos::broadcast (hpx/collectives/broadcast.hpp, the action-based form):
// runs Action on every id in `ids` with the same arguments.
namespace lcos {
namespace detail {
template <typename Action,
          typename R = typename traits::extract_action<Action>::local_result_type>
struct broadcast_result {
  using type = std::vector<R>;
};
template <typename Action>
struct broadcast_result<Action, void> {
  using type = void;
};
}  // namespace detail

template <typename Action, typename... Ts>
hpx::future<typename detail::broadcast_result<Action>::type> broadcast(
    std::vector<hpx::id_type> const & /*ids*/, Ts &&...) {
  return {};
}
template <typename Action, typename... Ts>
void broadcast_post(std::vector<hpx::id_type> const & /*ids*/, Ts &&...) {}
template <typename Action, typename... Ts>
void broadcast_apply(std::vector<hpx::id_type> const & /*ids*/, Ts &&...) {}
// The action receives the locality index as its last argument.
template <typename Action, typename... Ts>
hpx::future<typename detail::broadcast_result<Action>::type> broadcast_with_index(
    std::vector<hpx::id_type> const & /*ids*/, Ts &&...) {
  return {};
}
}  // namespace lcos

///////////////////////////////////////////////////////////////////////////////
// (Header not read: follows the documented hpx::distributed::promise API.)
// A promise whose id can be sent to another locality (set_value by action).
namespace distributed {
template <typename Result, typename RemoteResult = Result>
class promise {
 public:
  promise() = default;
  promise(promise &&) noexcept = default;
  promise &operator=(promise &&) noexcept = default;
  promise(promise const &) = delete;
  promise &operator=(promise const &) = delete;

  hpx::future<Result> get_future() { return {}; }
  template <typename... Ts>
  void set_value(Ts &&...) {}
  template <typename E>
  void set_exception(E &&) {}
  hpx::id_type get_id() const { return hpx::id_type(); }
  hpx::id_type get_unmanaged_id() const { return hpx::id_type(); }
};
}  // namespace distributed

#if SERIALINT_MODEL_HPX_RELEASE < 111
namespace lcos {
template <typename Result, typename RemoteResult = Result>
using promise = hpx::distributed::promise<Result, RemoteResult>;
}  // namespace lcos
#endif

///////////////////////////////////////////////////////////////////////////////
// (Header not read: follows the documented hpx::program_options API, a copy
// of Boost.ProgramOptions.)  Enough for hpx_main(variables_map&) and
// init_params::desc_cmdline.
namespace program_options {
class value_semantic {
 public:
  virtual ~value_semantic() = default;
};

template <typename T, typename Char = char>
class typed_value : public value_semantic {
 public:
  typed_value *default_value(T const &) { return this; }
  typed_value *default_value(T const &, std::string const &) { return this; }
  typed_value *implicit_value(T const &) { return this; }
  typed_value *multitoken() { return this; }
  typed_value *composing() { return this; }
  typed_value *zero_tokens() { return this; }
  typed_value *required() { return this; }
};

template <typename T>
typed_value<T> *value() {
  static typed_value<T> v;
  return &v;
}
template <typename T>
typed_value<T> *value(T *) {
  return value<T>();
}
inline typed_value<bool> *bool_switch() { return value<bool>(); }
inline typed_value<bool> *bool_switch(bool *v) { return value<bool>(v); }

class variable_value {
 public:
  template <typename T>
  T const &as() const {
    hpx::detail::model_unavailable();
  }
  template <typename T>
  T &as() {
    hpx::detail::model_unavailable();
  }
  bool empty() const noexcept { return true; }
  bool defaulted() const noexcept { return false; }
};

class variables_map : public std::map<std::string, variable_value> {
 public:
  variables_map() = default;
};

class options_description;

class options_description_easy_init {
 public:
  explicit options_description_easy_init(options_description *) {}
  options_description_easy_init &operator()(char const * /*name*/, char const * /*description*/) {
    return *this;
  }
  options_description_easy_init &operator()(char const * /*name*/,
                                            value_semantic const * /*semantic*/) {
    return *this;
  }
  options_description_easy_init &operator()(char const * /*name*/,
                                            value_semantic const * /*semantic*/,
                                            char const * /*description*/) {
    return *this;
  }
};

class options_description {
 public:
  static constexpr unsigned m_default_line_length = 80;
  options_description() = default;
  explicit options_description(std::string const &caption,
                               unsigned /*line_length*/ = m_default_line_length)
      : caption_(caption) {}
  options_description_easy_init add_options() { return options_description_easy_init(this); }
  options_description &add(options_description const &) { return *this; }

 private:
  std::string caption_;
};

namespace detail {
inline options_description const &default_description() {
  static options_description const desc("Usage: [options]");
  return desc;
}
}  // namespace detail
}  // namespace program_options

enum class runtime_mode : std::int8_t {
  invalid = -1,
  console = 0,
  worker = 1,
  connect = 2,
  local = 3,
  default_ = 4,
};

// (hpx/hpx_init_params.hpp)
struct init_params {
  std::reference_wrapper<hpx::program_options::options_description const> desc_cmdline =
      hpx::program_options::detail::default_description();
  std::vector<std::string> cfg;
  std::function<void()> startup;
  std::function<void()> shutdown;
  hpx::runtime_mode mode = hpx::runtime_mode::default_;
};

///////////////////////////////////////////////////////////////////////////////
// (Header not read: init/finalize follow the documented HPX API; only common overloads.)
// Runtime entry points
inline int init(int /*argc*/, char ** /*argv*/, init_params const & /*params*/ = init_params()) {
  return 0;
}
inline int init(std::function<int(int, char **)> /*f*/, int /*argc*/, char ** /*argv*/,
                init_params const & /*params*/ = init_params()) {
  return 0;
}
inline int init(std::function<int(hpx::program_options::variables_map &)> /*f*/, int /*argc*/,
                char ** /*argv*/, init_params const & /*params*/ = init_params()) {
  return 0;
}
inline int init(std::nullptr_t, int /*argc*/, char ** /*argv*/,
                init_params const & /*params*/ = init_params()) {
  return 0;
}
inline int start(int /*argc*/, char ** /*argv*/, init_params const & /*params*/ = init_params()) {
  return 0;
}
inline int finalize(double /*shutdown_timeout*/, double /*localwait*/ = -1.0) { return 0; }
inline int finalize() { return 0; }
inline int stop() { return 0; }
inline int disconnect() { return 0; }

///////////////////////////////////////////////////////////////////////////////
// hpx::collectives (libs/full/collectives/include/hpx/collectives/*.hpp, read
// at v1.9.1, v1.10.0, v1.11.0). Each operation takes a communicator (a
// client of the server on the root site) or a basename, then the local value;
// an operation given to all_reduce, reduce_here and the scans is sent with it
// to the root, where it runs. 1.11 adds the hpx::launch::sync_policy forms
// and broadcast/reduce, which return the value.
namespace collectives {
namespace detail {
template <typename Tag, std::size_t Default = std::size_t(-1)>
struct argument_type {
  explicit constexpr argument_type(std::size_t argument = Default) noexcept
      : argument_(argument) {}
  constexpr operator std::size_t() const noexcept { return argument_; }
  std::size_t argument_;
};
struct num_sites_tag;
struct this_site_tag;
struct generation_tag;
struct root_site_tag;
struct communicator_server : hpx::components::component_base<communicator_server> {};
}  // namespace detail

using num_sites_arg = detail::argument_type<detail::num_sites_tag>;
using this_site_arg = detail::argument_type<detail::this_site_tag>;
using generation_arg = detail::argument_type<detail::generation_tag>;
using root_site_arg = detail::argument_type<detail::root_site_tag, 0>;

struct communicator : hpx::components::client_base<communicator, detail::communicator_server> {
  communicator() = default;
};

inline communicator create_communicator(char const * /*basename*/,
                                        num_sites_arg = num_sites_arg(),
                                        this_site_arg = this_site_arg(),
                                        generation_arg = generation_arg(),
                                        root_site_arg = root_site_arg()) {
  return {};
}

// Form (a) and (b) take the communicator first; form (c) a basename and the
// sizes. The model declares the trailing arguments as a pack.
#define HPX_SERIALINT_COLLECTIVE_(name, result)                                 \
  template <typename T, typename... Rest>                                       \
  hpx::future<result> name(communicator, T &&, Rest &&...) {                    \
    return {};                                                                  \
  }                                                                             \
  template <typename T, typename... Rest>                                       \
  hpx::future<result> name(char const *, T &&, Rest &&...) {                    \
    return {};                                                                  \
  }
HPX_SERIALINT_COLLECTIVE_(broadcast_to, std::decay_t<T>)
HPX_SERIALINT_COLLECTIVE_(all_gather, std::vector<std::decay_t<T>>)
HPX_SERIALINT_COLLECTIVE_(all_reduce, std::decay_t<T>)
HPX_SERIALINT_COLLECTIVE_(gather_here, std::vector<std::decay_t<T>>)
HPX_SERIALINT_COLLECTIVE_(gather_there, void)
HPX_SERIALINT_COLLECTIVE_(reduce_here, std::decay_t<T>)
HPX_SERIALINT_COLLECTIVE_(reduce_there, void)
HPX_SERIALINT_COLLECTIVE_(inclusive_scan, std::decay_t<T>)
HPX_SERIALINT_COLLECTIVE_(exclusive_scan, std::decay_t<T>)
#undef HPX_SERIALINT_COLLECTIVE_

template <typename T>
hpx::future<std::vector<T>> all_to_all(communicator, std::vector<T> &&, this_site_arg = this_site_arg(),
                                       generation_arg = generation_arg()) {
  return {};
}
template <typename T>
hpx::future<T> scatter_to(communicator, std::vector<T> &&, this_site_arg = this_site_arg(),
                          generation_arg = generation_arg()) {
  return {};
}
template <typename T>
hpx::future<T> broadcast_from(communicator, this_site_arg = this_site_arg(), generation_arg = generation_arg()) {
  return {};
}
template <typename T>
hpx::future<T> scatter_from(communicator, this_site_arg = this_site_arg(), generation_arg = generation_arg()) {
  return {};
}
#if SERIALINT_MODEL_HPX_RELEASE >= 111
// broadcast(comm, value): the root sends value, every other site receives.
template <typename T>
void broadcast(communicator, T &, this_site_arg = this_site_arg(), generation_arg = generation_arg()) {}
#endif
}  // namespace collectives

}  // namespace hpx

///////////////////////////////////////////////////////////////////////////////
// Preprocessor helpers (real: hpx/preprocessor/{cat,expand,nargs}.hpp)
#define HPX_PP_CAT_I(a, b) a##b
#define HPX_PP_CAT(a, b) HPX_PP_CAT_I(a, b)
#define HPX_PP_EXPAND(x) x
#define HPX_PP_NARGS_I(_1, _2, _3, _4, _5, N, ...) N
#define HPX_PP_NARGS(...) HPX_PP_NARGS_I(__VA_ARGS__, 5, 4, 3, 2, 1, 0)

// Action registration.  The real macros specialise templates in namespace hpx
// and therefore must be used at global scope, and they need no trailing ';'
// (a ';' after them is an empty declaration).  The model expands them to a
// complete static_assert declaration (with its ';') that references the
// action type, so both spellings compile here too.
#define HPX_REGISTER_ACTION_DECLARATION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_REGISTER_ACTION_DECLARATION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_REGISTER_ACTION_DECLARATION_1(action) \
  HPX_REGISTER_ACTION_DECLARATION_2(action, action)
#define HPX_REGISTER_ACTION_DECLARATION_2(action, actionname)  \
  static_assert(::hpx::traits::is_action_v<action>,           \
                "HPX_REGISTER_ACTION_DECLARATION(" #actionname ") needs an action type");

#define HPX_REGISTER_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_REGISTER_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_REGISTER_ACTION_1(action) HPX_REGISTER_ACTION_2(action, action)
#define HPX_REGISTER_ACTION_2(action, actionname)    \
  static_assert(::hpx::traits::is_action_v<action>, \
                "HPX_REGISTER_ACTION(" #actionname ") needs an action type");

#define HPX_REGISTER_ACTION_ID(action, actionname, actionid) \
  HPX_REGISTER_ACTION_2(action, actionname)

// Forward declarations (real: `struct name;`).
#define HPX_DECLARE_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DECLARE_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_DECLARE_ACTION_1(func) HPX_DECLARE_ACTION_2(func, HPX_PP_CAT(func, _action))
#define HPX_DECLARE_ACTION_2(func, name) struct name;
#define HPX_DECLARE_DIRECT_ACTION(...) HPX_DECLARE_ACTION(__VA_ARGS__)
#define HPX_DECLARE_PLAIN_ACTION(...) HPX_DECLARE_ACTION(__VA_ARGS__)

// Per-action traits (real: specialisations in namespace hpx::traits; global
// scope; no trailing ';' needed).
// (The action may still be incomplete here, as with the real macros.)
#define HPX_SERIALINT_ACTION_TRAIT_(action, macro)              \
  static_assert(::hpx::traits::detail::names_a_type<action>::value, \
                macro "(" #action ")");
#define HPX_ACTION_USES_ZLIB_COMPRESSION(action) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_ZLIB_COMPRESSION")
#define HPX_ACTION_USES_SNAPPY_COMPRESSION(action) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_SNAPPY_COMPRESSION")
#define HPX_ACTION_USES_BZIP2_COMPRESSION(action) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_BZIP2_COMPRESSION")
#define HPX_ACTION_USES_MESSAGE_COALESCING(action) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_MESSAGE_COALESCING")
#define HPX_ACTION_USES_MESSAGE_COALESCING_NOTHROW(action) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_MESSAGE_COALESCING_NOTHROW")
#define HPX_ACTION_USES_STACK(action, size) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_USES_STACK")
#define HPX_ACTION_USES_SMALL_STACK(action) HPX_ACTION_USES_STACK(action, small)
#define HPX_ACTION_USES_MEDIUM_STACK(action) HPX_ACTION_USES_STACK(action, medium)
#define HPX_ACTION_USES_LARGE_STACK(action) HPX_ACTION_USES_STACK(action, large)
#define HPX_ACTION_USES_HUGE_STACK(action) HPX_ACTION_USES_STACK(action, huge)
#define HPX_ACTION_HAS_PRIORITY(action, priority) \
  HPX_SERIALINT_ACTION_TRAIT_(action, "HPX_ACTION_HAS_PRIORITY")
#define HPX_ACTION_HAS_LOW_PRIORITY(action) HPX_ACTION_HAS_PRIORITY(action, low)
#define HPX_ACTION_HAS_NORMAL_PRIORITY(action) HPX_ACTION_HAS_PRIORITY(action, normal)
#define HPX_ACTION_HAS_HIGH_PRIORITY(action) HPX_ACTION_HAS_PRIORITY(action, high)
#define HPX_ACTION_HAS_HIGH_RECURSIVE_PRIORITY(action) \
  HPX_ACTION_HAS_PRIORITY(action, high_recursive)

// Broadcast registration (hpx/collectives/broadcast.hpp).
#define HPX_SERIALINT_FIRST_(first, ...) first
#define HPX_REGISTER_BROADCAST_ACTION_DECLARATION(...)                          \
  HPX_SERIALINT_ACTION_TRAIT_(HPX_PP_EXPAND(HPX_SERIALINT_FIRST_(__VA_ARGS__, ~)), \
                              "HPX_REGISTER_BROADCAST_ACTION_DECLARATION")
#define HPX_REGISTER_BROADCAST_ACTION(...)                                      \
  HPX_SERIALINT_ACTION_TRAIT_(HPX_PP_EXPAND(HPX_SERIALINT_FIRST_(__VA_ARGS__, ~)), \
                              "HPX_REGISTER_BROADCAST_ACTION")
#define HPX_REGISTER_BROADCAST_WITH_INDEX_ACTION_DECLARATION(...) \
  HPX_REGISTER_BROADCAST_ACTION_DECLARATION(__VA_ARGS__)
#define HPX_REGISTER_BROADCAST_WITH_INDEX_ACTION(...) \
  HPX_REGISTER_BROADCAST_ACTION(__VA_ARGS__)

// Component registration (hpx/runtime_components/component_factory.hpp).
// Real: HPX_REGISTER_COMPONENT(type, name[, mode]) defines a factory at
// global scope; no trailing ';' needed.
#define HPX_REGISTER_COMPONENT(...) \
  HPX_PP_EXPAND(HPX_SERIALINT_REGISTER_COMPONENT_(__VA_ARGS__, ~))
#define HPX_SERIALINT_REGISTER_COMPONENT_(type, ...) \
  static_assert(sizeof(type) > 0, "HPX_REGISTER_COMPONENT(" #type ") needs a complete type");
#define HPX_REGISTER_MINIMAL_COMPONENT_FACTORY(...) HPX_REGISTER_COMPONENT(__VA_ARGS__)
#define HPX_REGISTER_COMPONENT_MODULE() \
  static_assert(true, "HPX_REGISTER_COMPONENT_MODULE");
#define HPX_REGISTER_COMPONENT_MODULE_DYNAMIC() HPX_REGISTER_COMPONENT_MODULE()

// Plain actions (hpx/actions_base/plain_action.hpp)
#define HPX_DEFINE_PLAIN_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DEFINE_PLAIN_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_DEFINE_PLAIN_ACTION_1(func) \
  HPX_DEFINE_PLAIN_ACTION_2(func, HPX_PP_CAT(func, _action))
#define HPX_DEFINE_PLAIN_ACTION_2(func, name)                             \
  struct name : hpx::actions::make_action<decltype(&func), &func, name>::type { \
  } /**/

#define HPX_DEFINE_PLAIN_DIRECT_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DEFINE_PLAIN_DIRECT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_DEFINE_PLAIN_DIRECT_ACTION_1(func) \
  HPX_DEFINE_PLAIN_DIRECT_ACTION_2(func, HPX_PP_CAT(func, _action))
#define HPX_DEFINE_PLAIN_DIRECT_ACTION_2(func, name)                              \
  struct name : hpx::actions::make_direct_action<decltype(&func), &func, name>::type { \
  } /**/

// HPX_PLAIN_ACTION(func) defines func_action; HPX_PLAIN_ACTION(func, name)
// defines `struct name : hpx::actions::make_action<decltype(&func), &func,
// name>::type {}` at the point of use.
#define HPX_PLAIN_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_PLAIN_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_PLAIN_ACTION_2(func, name)            \
  HPX_DEFINE_PLAIN_ACTION(func, name);            \
  HPX_REGISTER_ACTION_DECLARATION(name, name)     \
  HPX_REGISTER_ACTION(name, name)                 \
  /**/
#define HPX_PLAIN_ACTION_1(func) HPX_PLAIN_ACTION_2(func, HPX_PP_CAT(func, _action))

#define HPX_PLAIN_ACTION_ID(func, name, id)    \
  HPX_DEFINE_PLAIN_ACTION(func, name);         \
  HPX_REGISTER_ACTION_DECLARATION(name, name)  \
  HPX_REGISTER_ACTION_ID(name, name, id)       \
  /**/

#define HPX_PLAIN_DIRECT_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_PLAIN_DIRECT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_PLAIN_DIRECT_ACTION_2(func, name)   \
  HPX_DEFINE_PLAIN_DIRECT_ACTION(func, name);   \
  HPX_REGISTER_ACTION_DECLARATION(name, name)   \
  HPX_REGISTER_ACTION(name, name)               \
  /**/
#define HPX_PLAIN_DIRECT_ACTION_1(func) \
  HPX_PLAIN_DIRECT_ACTION_2(func, HPX_PP_CAT(func, _action))

// Component actions (used inside the component class body).  As in current
// HPX, the expansion ends with its own ';', so the macro compiles with or
// without a trailing ';' (with one, -Wextra-semi / -Wpedantic warn, as they do
// with real HPX).
#define HPX_DEFINE_COMPONENT_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DEFINE_COMPONENT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_DEFINE_COMPONENT_ACTION_2(component, func) \
  HPX_DEFINE_COMPONENT_ACTION_3(component, func, HPX_PP_CAT(func, _action))
#define HPX_DEFINE_COMPONENT_ACTION_3(component, func, name)                     \
  struct name                                                                    \
      : hpx::actions::make_action<decltype(&component::func), &component::func, \
                                  name>::type {                                 \
  }; /**/

#define HPX_DEFINE_COMPONENT_DIRECT_ACTION(...)                                    \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DEFINE_COMPONENT_DIRECT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))( \
      __VA_ARGS__))
#define HPX_DEFINE_COMPONENT_DIRECT_ACTION_2(component, func) \
  HPX_DEFINE_COMPONENT_DIRECT_ACTION_3(component, func, HPX_PP_CAT(func, _action))
#define HPX_DEFINE_COMPONENT_DIRECT_ACTION_3(component, func, name)                     \
  struct name : hpx::actions::make_direct_action<decltype(&component::func),           \
                                                 &component::func, name>::type {        \
  }; /**/

// Serialization helpers
#define HPX_SERIALIZATION_SPLIT_MEMBER()                                   \
  void serialize(::hpx::serialization::input_archive &ar, unsigned v) {   \
    load(ar, v);                                                           \
  }                                                                        \
  void serialize(::hpx::serialization::output_archive &ar, unsigned v) {  \
    save(ar, v);                                                           \
  } /**/

// HPX_SERIALIZATION_SPLIT_FREE(T): serialize(ar, t, v) calls the user's free
// load(ar, t, v) / save(ar, t, v).  Used in the namespace of T.
#define HPX_SERIALIZATION_SPLIT_FREE(T)                                               \
  inline void serialize(::hpx::serialization::input_archive &ar, T &t, unsigned v) {  \
    load(ar, t, v);                                                                   \
  }                                                                                   \
  inline void serialize(::hpx::serialization::output_archive &ar, T &t, unsigned v) { \
    save(ar, static_cast<T const &>(t), v);                                           \
  } /**/

#define HPX_SERIALINT_STRIP_PARENS_I_(...) __VA_ARGS__
#define HPX_SERIALINT_STRIP_PARENS_(x) HPX_SERIALINT_STRIP_PARENS_I_ x
// Used as HPX_SERIALIZATION_SPLIT_FREE_TEMPLATE((template <typename T>), (my<T>)).
#define HPX_SERIALIZATION_SPLIT_FREE_TEMPLATE(TEMPLATE, ARGS)                          \
  HPX_SERIALINT_STRIP_PARENS_(TEMPLATE)                                                              \
  void serialize(::hpx::serialization::input_archive &ar, HPX_SERIALINT_STRIP_PARENS_(ARGS) &t,      \
                 unsigned v) {                                                         \
    load(ar, t, v);                                                                    \
  }                                                                                    \
  HPX_SERIALINT_STRIP_PARENS_(TEMPLATE)                                                              \
  void serialize(::hpx::serialization::output_archive &ar, HPX_SERIALINT_STRIP_PARENS_(ARGS) &t,     \
                 unsigned v) {                                                         \
    save(ar, static_cast<HPX_SERIALINT_STRIP_PARENS_(ARGS) const &>(t), v);                          \
  } /**/

// Must be used at global scope (as the real one).
#define HPX_IS_BITWISE_SERIALIZABLE(T)                                     \
  namespace hpx::traits {                                                  \
  template <>                                                              \
  struct is_bitwise_serializable<T> : std::true_type {};                   \
  } /**/
