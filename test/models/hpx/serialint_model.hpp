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
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

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

namespace naming {
// Real: deprecated alias (since 1.8) for hpx::id_type; deprecation not modelled.
using id_type = hpx::id_type;
}  // namespace naming

///////////////////////////////////////////////////////////////////////////////
// (Header not read: launch policy layout follows the documented hpx::launch API.)
// Launch policies
namespace detail {
struct policy_holder_base {};
struct async_policy : policy_holder_base {};
struct sync_policy : policy_holder_base {};
struct deferred_policy : policy_holder_base {};
struct fork_policy : policy_holder_base {};
struct apply_policy : policy_holder_base {};
}  // namespace detail

struct launch : detail::policy_holder_base {
  using async_policy = detail::async_policy;
  using sync_policy = detail::sync_policy;
  using deferred_policy = detail::deferred_policy;
  using fork_policy = detail::fork_policy;
  using apply_policy = detail::apply_policy;

  static constexpr detail::async_policy async{};
  static constexpr detail::sync_policy sync{};
  static constexpr detail::deferred_policy deferred{};
  static constexpr detail::fork_policy fork{};
  static constexpr detail::apply_policy apply{};
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

namespace util {
// Real: deprecated aliases; deprecation not modelled.
template <typename Sig, bool Serializable = true>
using function = hpx::function<Sig, Serializable>;
template <typename Sig>
using function_nonser = hpx::function<Sig>;
}  // namespace util

///////////////////////////////////////////////////////////////////////////////
// (Header not read: component_base follows the documented HPX API.)
// Components (only what HPX_DEFINE_COMPONENT_ACTION needs)
namespace components {
template <typename Component>
struct component_base {
  hpx::id_type get_id() const { return hpx::id_type(); }
};
template <typename Component>
struct component : Component {};
}  // namespace components

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
      hpx::actions::basic_action<Component, Signature, Derived> const &,
      hpx::id_type const &, Ts &&...) {
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
      hpx::id_type const &, Ts &&...) {
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

///////////////////////////////////////////////////////////////////////////////
// (Header not read: init/finalize follow the documented HPX API; only common overloads.)
// Runtime entry points
inline int init(int /*argc*/, char ** /*argv*/) { return 0; }
inline int init(std::function<int(int, char **)> /*f*/, int /*argc*/, char ** /*argv*/) {
  return 0;
}
inline int finalize() { return 0; }
inline int stop() { return 0; }
inline int disconnect() { return 0; }

}  // namespace hpx

///////////////////////////////////////////////////////////////////////////////
// Preprocessor helpers (real: hpx/preprocessor/{cat,expand,nargs}.hpp)
#define HPX_PP_CAT_I(a, b) a##b
#define HPX_PP_CAT(a, b) HPX_PP_CAT_I(a, b)
#define HPX_PP_EXPAND(x) x
#define HPX_PP_NARGS_I(_1, _2, _3, _4, _5, N, ...) N
#define HPX_PP_NARGS(...) HPX_PP_NARGS_I(__VA_ARGS__, 5, 4, 3, 2, 1, 0)

// Action registration.  The real macros specialise templates in namespace hpx
// and therefore must be used at global scope; the model expands them to a
// static_assert that references the action type.
#define HPX_REGISTER_ACTION_DECLARATION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_REGISTER_ACTION_DECLARATION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_REGISTER_ACTION_DECLARATION_1(action) \
  HPX_REGISTER_ACTION_DECLARATION_2(action, action)
#define HPX_REGISTER_ACTION_DECLARATION_2(action, actionname)  \
  static_assert(::hpx::traits::is_action_v<action>,           \
                "HPX_REGISTER_ACTION_DECLARATION(" #actionname ") needs an action type")

#define HPX_REGISTER_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_REGISTER_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_REGISTER_ACTION_1(action) HPX_REGISTER_ACTION_2(action, action)
#define HPX_REGISTER_ACTION_2(action, actionname)    \
  static_assert(::hpx::traits::is_action_v<action>, \
                "HPX_REGISTER_ACTION(" #actionname ") needs an action type")

#define HPX_REGISTER_ACTION_ID(action, actionname, actionid) \
  HPX_REGISTER_ACTION_2(action, actionname)

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

#define HPX_DECLARE_PLAIN_ACTION(...) /* forward declaration only; not modelled */

// HPX_PLAIN_ACTION(func) defines func_action; HPX_PLAIN_ACTION(func, name)
// defines `struct name : hpx::actions::make_action<decltype(&func), &func,
// name>::type {}` at the point of use.
#define HPX_PLAIN_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_PLAIN_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_PLAIN_ACTION_2(func, name)            \
  HPX_DEFINE_PLAIN_ACTION(func, name);            \
  HPX_REGISTER_ACTION_DECLARATION(name, name);    \
  HPX_REGISTER_ACTION(name, name);                \
  /**/
#define HPX_PLAIN_ACTION_1(func) HPX_PLAIN_ACTION_2(func, HPX_PP_CAT(func, _action))

#define HPX_PLAIN_ACTION_ID(func, name, id)    \
  HPX_DEFINE_PLAIN_ACTION(func, name);         \
  HPX_REGISTER_ACTION_DECLARATION(name, name); \
  HPX_REGISTER_ACTION_ID(name, name, id);      \
  /**/

#define HPX_PLAIN_DIRECT_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_PLAIN_DIRECT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_PLAIN_DIRECT_ACTION_2(func, name)   \
  HPX_DEFINE_PLAIN_DIRECT_ACTION(func, name);   \
  HPX_REGISTER_ACTION_DECLARATION(name, name);  \
  HPX_REGISTER_ACTION(name, name);              \
  /**/
#define HPX_PLAIN_DIRECT_ACTION_1(func) \
  HPX_PLAIN_DIRECT_ACTION_2(func, HPX_PP_CAT(func, _action))

// Component actions (used inside the component class body).
#define HPX_DEFINE_COMPONENT_ACTION(...) \
  HPX_PP_EXPAND(HPX_PP_CAT(HPX_DEFINE_COMPONENT_ACTION_, HPX_PP_NARGS(__VA_ARGS__))(__VA_ARGS__))
#define HPX_DEFINE_COMPONENT_ACTION_2(component, func) \
  HPX_DEFINE_COMPONENT_ACTION_3(component, func, HPX_PP_CAT(func, _action))
#define HPX_DEFINE_COMPONENT_ACTION_3(component, func, name)                     \
  struct name                                                                    \
      : hpx::actions::make_action<decltype(&component::func), &component::func, \
                                  name>::type {                                 \
  } /**/

// Serialization helpers
#define HPX_SERIALIZATION_SPLIT_MEMBER()                                   \
  void serialize(::hpx::serialization::input_archive &ar, unsigned v) {   \
    load(ar, v);                                                           \
  }                                                                        \
  void serialize(::hpx::serialization::output_archive &ar, unsigned v) {  \
    save(ar, v);                                                           \
  } /**/

// Must be used at global scope (as the real one).
#define HPX_IS_BITWISE_SERIALIZABLE(T)                                     \
  namespace hpx::traits {                                                  \
  template <>                                                              \
  struct is_bitwise_serializable<T> : std::true_type {};                   \
  } /**/
