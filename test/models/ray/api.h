// serialint test model of the Ray C++ API.
//
// Reference: ray-project/ray, cpp/include/ray/api.h and
// cpp/include/ray/api/{task_caller.h, actor_creator.h, actor_handle.h,
// actor_task_caller.h, object_ref.h, ray_remote.h, wait_result.h}.
// Names, namespaces, template parameter shapes and argument positions follow
// those headers; bodies are placeholders (nothing runs).  Cross-language
// (Python/Java) callers, placement groups and runtime_env are not modelled.
// Library static_asserts are only active with -DSERIALINT_MODEL_STRICT so that
// fixtures containing "bad" code still compile and only the checker complains.
#pragma once

// The release modelled: a release folder test/models/ray/<release>/ on the
// include path says which (test/models/releases); the newest otherwise.
#if __has_include(<ray/serialint_release.hpp>)
#include <ray/serialint_release.hpp>
#endif
#ifndef SERIALINT_MODEL_RAY_FUNCTION_MANAGER
#define SERIALINT_MODEL_RAY_FUNCTION_MANAGER 0
#endif

// Real Ray includes msgpack unconditionally; the model can do without it so
// that a one-file example needs no include path besides its own.
#if __has_include(<msgpack.hpp>)
#include <msgpack.hpp>
#else
#define MSGPACK_DEFINE(...)
#endif

#include <cstddef>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ray {

template <typename T>
class ObjectRef;

template <typename ActorType, bool IsXlang>
class ActorHandle;

namespace internal {

// Stand-in for boost::callable_traits (the real headers use
// boost::callable_traits::return_type_t<F> and class_of_t<F>).
template <typename F, typename = void>
struct CallableTraits {};

template <typename R, typename... A>
struct CallableTraits<R (*)(A...)> {
  using return_type = R;
};
template <typename R, typename... A>
struct CallableTraits<R (*)(A...) noexcept> : CallableTraits<R (*)(A...)> {};
template <typename R, typename... A>
struct CallableTraits<R(A...)> : CallableTraits<R (*)(A...)> {};

template <typename R, typename C, typename... A>
struct CallableTraits<R (C::*)(A...)> {
  using return_type = R;
  using class_type = C;
};
template <typename R, typename C, typename... A>
struct CallableTraits<R (C::*)(A...) const> : CallableTraits<R (C::*)(A...)> {};
template <typename R, typename C, typename... A>
struct CallableTraits<R (C::*)(A...) noexcept> : CallableTraits<R (C::*)(A...)> {};
template <typename R, typename C, typename... A>
struct CallableTraits<R (C::*)(A...) const noexcept>
    : CallableTraits<R (C::*)(A...)> {};

// Lambdas and other function objects: use their call operator.
template <typename F>
struct CallableTraits<F, std::void_t<decltype(&F::operator())>> {
  using return_type =
      typename CallableTraits<decltype(&F::operator())>::return_type;
};

template <typename F>
using ReturnType_t = typename CallableTraits<std::decay_t<F>>::return_type;

template <typename F>
using ClassOf_t = typename CallableTraits<std::decay_t<F>>::class_type;

template <typename F>
using GetActorType = std::remove_pointer_t<ReturnType_t<F>>;

enum class LangType { CPP = 0, PYTHON = 1, JAVA = 2 };

class RayRuntime {};

inline std::shared_ptr<RayRuntime> GetRayRuntime() { return nullptr; }

class FunctionManager {
 public:
  static FunctionManager &Instance() {
    static FunctionManager instance;
    return instance;
  }

  template <typename Function>
  bool RegisterRemoteFunction(const std::string & /*name*/, const Function & /*f*/) {
    return true;
  }

  template <typename Function>
  std::string GetFunctionName(const Function & /*f*/) {
    return std::string();
  }
};

struct RemoteFunctionHolder {
  RemoteFunctionHolder() = default;
  RemoteFunctionHolder(const std::string &module_name_arg,
                       const std::string &function_name_arg,
                       const std::string &class_name_arg = "",
                       LangType lang_type_arg = LangType::CPP)
      : module_name(module_name_arg),
        function_name(function_name_arg),
        class_name(class_name_arg),
        lang_type(lang_type_arg) {}
  RemoteFunctionHolder(const std::string &function_name_arg)
      : function_name(function_name_arg) {}
  // The real holder looks the function up in FunctionManager by address.
  template <typename F>
  RemoteFunctionHolder(F func)
      : function_name(FunctionManager::Instance().GetFunctionName(func)) {}

  std::string module_name;
  std::string function_name;
  std::string class_name;
  LangType lang_type = LangType::CPP;
};

struct CallOptions {
  std::string name;
  std::unordered_map<std::string, double> resources;
  int bundle_index = -1;
};

struct ActorCreationOptions {
  std::string name;
  std::string ray_namespace;
  std::unordered_map<std::string, double> resources;
  int max_restarts = 0;
  int max_concurrency = 1;
  int bundle_index = -1;
};

// ray::Task(f).Remote(args...) -- callable is the argument of ray::Task,
// payload is every argument of Remote.
template <typename F>
class TaskCaller {
 public:
  TaskCaller() = default;
  TaskCaller(RayRuntime *runtime, RemoteFunctionHolder remote_function_holder)
      : runtime_(runtime), remote_function_holder_(std::move(remote_function_holder)) {}

  template <typename... Args>
  ObjectRef<ReturnType_t<F>> Remote(Args &&...args);

  TaskCaller &SetName(std::string name) {
    task_options_.name = std::move(name);
    return *this;
  }
  TaskCaller &SetResources(std::unordered_map<std::string, double> resources) {
    task_options_.resources = std::move(resources);
    return *this;
  }
  TaskCaller &SetResource(std::string name, double value) {
    task_options_.resources.emplace(std::move(name), value);
    return *this;
  }

 private:
  RayRuntime *runtime_ = nullptr;
  RemoteFunctionHolder remote_function_holder_{};
  CallOptions task_options_;
};

// ray::Actor(factory).Remote(args...) -- factory returns ActorType*.
template <typename F>
class ActorCreator {
 public:
  ActorCreator() = default;
  ActorCreator(RayRuntime *runtime, RemoteFunctionHolder remote_function_holder)
      : runtime_(runtime), remote_function_holder_(std::move(remote_function_holder)) {}

  template <typename... Args>
  ray::ActorHandle<GetActorType<F>, false> Remote(Args &&...args);

  ActorCreator &SetName(std::string name) {
    create_options_.name = std::move(name);
    return *this;
  }
  ActorCreator &SetName(std::string name, std::string ray_namespace) {
    create_options_.name = std::move(name);
    create_options_.ray_namespace = std::move(ray_namespace);
    return *this;
  }
  ActorCreator &SetResources(std::unordered_map<std::string, double> resources) {
    create_options_.resources = std::move(resources);
    return *this;
  }
  ActorCreator &SetResource(std::string name, double value) {
    create_options_.resources.emplace(std::move(name), value);
    return *this;
  }
  ActorCreator &SetMaxRestarts(int max_restarts) {
    create_options_.max_restarts = max_restarts;
    return *this;
  }
  ActorCreator &SetMaxConcurrency(int max_concurrency) {
    create_options_.max_concurrency = max_concurrency;
    return *this;
  }

 private:
  RayRuntime *runtime_ = nullptr;
  RemoteFunctionHolder remote_function_holder_;
  ActorCreationOptions create_options_{};
};

// handle.Task(&Actor::Method).Remote(args...)
template <typename F>
class ActorTaskCaller {
 public:
  ActorTaskCaller() = default;
  ActorTaskCaller(RayRuntime *runtime, const std::string &id,
                  RemoteFunctionHolder remote_function_holder)
      : runtime_(runtime), id_(id), remote_function_holder_(std::move(remote_function_holder)) {}

  template <typename... Args>
  ObjectRef<ReturnType_t<F>> Remote(Args &&...args);

  ActorTaskCaller &SetName(std::string name) {
    task_options_.name = std::move(name);
    return *this;
  }
  ActorTaskCaller &SetResources(std::unordered_map<std::string, double> resources) {
    task_options_.resources = std::move(resources);
    return *this;
  }
  ActorTaskCaller &SetResource(std::string name, double value) {
    task_options_.resources.emplace(std::move(name), value);
    return *this;
  }

 private:
  RayRuntime *runtime_ = nullptr;
  std::string id_;
  RemoteFunctionHolder remote_function_holder_;
  CallOptions task_options_;
};

// Target of the RAY_REMOTE macro (same signature as the real one).
template <typename T, typename... U>
inline static int RegisterRemoteFunctions(const T &t, U... u) {
  const std::string func_names(t);
  (void)std::initializer_list<int>{
      (FunctionManager::Instance().RegisterRemoteFunction(func_names, u), 0)...};
  return 0;
}

// (overload.h read @2ad062ac.)
// RAY_FUNC(f, Args...) support: pick one overload of f by parameter types.
// (Real: cpp/include/ray/api/overload.h; re-written here.)
// Real (cpp/include/ray/api/overload.h): underload<Ts...> is a variable
// template of a function-object type, so Ts is fixed and cannot be extended
// by deduction; it accepts a free function R(*)(Ts...) or a member function
// R (T::*)(Ts...) with any cv/ref qualifier.  (The real type is assembled from
// cv/ref tag bases; the model lists the overloads directly.)
struct cv_none {};
struct cv_const {};
struct cv_volatile {};
struct cv_cv {};
struct ref_none {};
struct ref_rval {};
struct ref_lval {};

namespace detail {
template <typename... Ts>
struct underload_free {
  template <typename R>
  constexpr auto operator()(R (*f)(Ts...)) const {
    return f;
  }
};

#define RAY_SERIALINT_UNDERLOAD_MEMBER_(QUALIFIER)              \
  template <typename R, typename T>                            \
  constexpr auto operator()(R (T::*f)(Ts...) QUALIFIER) const { \
    return f;                                                  \
  }

template <typename... Ts>
struct underload : underload_free<Ts...> {
  using underload_free<Ts...>::operator();
  RAY_SERIALINT_UNDERLOAD_MEMBER_()
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(volatile)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const volatile)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(&)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const &)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(volatile &)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const volatile &)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(&&)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const &&)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(volatile &&)
  RAY_SERIALINT_UNDERLOAD_MEMBER_(const volatile &&)
  static constexpr bool is_overload_v = true;
};
#undef RAY_SERIALINT_UNDERLOAD_MEMBER_
}  // namespace detail

template <typename... Ts>
constexpr detail::underload_free<Ts...> underload_free{};

template <typename... Ts>
constexpr detail::underload<Ts...> underload{};

}  // namespace internal

#define CONCATENATE_DIRECT(s1, s2) s1##s2
#define CONCATENATE(s1, s2) CONCATENATE_DIRECT(s1, s2)
// Real: __COUNTER__ on MSVC, __LINE__ elsewhere.  The model always uses
// __COUNTER__ so that several RAY_REMOTE uses on one line stay distinct.
#define ANONYMOUS_VARIABLE(str) CONCATENATE(str, __COUNTER__)

#if SERIALINT_MODEL_RAY_FUNCTION_MANAGER
// The function-manager era (ray_remote.h before the variadic macro, 2021):
// one function a macro, registered with the manager directly.
#define RAY_REMOTE(f)                   \
  static auto ANONYMOUS_VARIABLE(var) = \
      ray::internal::FunctionManager::Instance().RegisterRemoteFunction(#f, f);
#else
// Namespace-scope registration: defines `inline auto var<N> =
// ray::internal::RegisterRemoteFunctions("<names>", f, g, ...);`
#define RAY_REMOTE(...)                 \
  inline auto ANONYMOUS_VARIABLE(var) = \
      ray::internal::RegisterRemoteFunctions(#__VA_ARGS__, __VA_ARGS__);
#endif

#define RAY_FUNC(f, ...) ray::internal::underload<__VA_ARGS__>(f)

/// Represents an object in the object store.
template <typename T>
class ObjectRef {
 public:
  ObjectRef() = default;
  ObjectRef(const std::string &id) : id_(id) {}

  static bool IsObjectRef() { return true; }

  bool operator==(const ObjectRef<T> &object) const { return id_ == object.id_; }

  const std::string &ID() const { return id_; }

  std::shared_ptr<T> Get() const { return nullptr; }

  MSGPACK_DEFINE(id_);

 private:
  std::string id_;
};

template <>
class ObjectRef<void> {
 public:
  ObjectRef() = default;
  ObjectRef(const std::string &id) : id_(id) {}

  static bool IsObjectRef() { return true; }

  bool operator==(const ObjectRef<void> &object) const { return id_ == object.id_; }

  const std::string &ID() const { return id_; }

  void Get() const {}

  MSGPACK_DEFINE(id_);

 private:
  std::string id_;
};

template <typename T>
class WaitResult {
 public:
  WaitResult() = default;
  WaitResult(std::list<ObjectRef<T>> &&ready_objects,
             std::list<ObjectRef<T>> &&unready_objects)
      : ready(std::move(ready_objects)), unready(std::move(unready_objects)) {}

  std::list<ObjectRef<T>> ready;
  std::list<ObjectRef<T>> unready;
};

/// Handle to an actor; .Task(&Actor::Method) creates an actor task caller.
template <typename ActorType, bool IsXlang = false>
class ActorHandle {
 public:
  ActorHandle() = default;
  ActorHandle(const std::string &id) : id_(id) {}

  static bool IsActorHandle() { return true; }

  const std::string &ID() const { return id_; }

  template <typename F>
  ray::internal::ActorTaskCaller<F> Task(F actor_func) {
#ifdef SERIALINT_MODEL_STRICT
    static_assert(std::is_member_function_pointer_v<F>,
                  "Actor method is not a member function of actor class.");
    using Self = ray::internal::ClassOf_t<F>;
    static_assert(std::is_same_v<ActorType, Self> || std::is_base_of_v<Self, ActorType>,
                  "Class types must be same.");
#endif
    auto func_name = internal::FunctionManager::Instance().GetFunctionName(actor_func);
    ray::internal::RemoteFunctionHolder remote_func_holder(func_name);
    return ray::internal::ActorTaskCaller<F>(internal::GetRayRuntime().get(), id_,
                                             std::move(remote_func_holder));
  }

  void Kill() { Kill(true); }
  void Kill(bool /*no_restart*/) {}

  static ActorHandle FromBytes(const std::string &serialized_actor_handle) {
    return ActorHandle(serialized_actor_handle);
  }

  MSGPACK_DEFINE(id_);

 private:
  std::string id_;
};

typedef ActorHandle<void, true> ActorHandleXlang;

namespace internal {

template <typename F>
template <typename... Args>
ObjectRef<ReturnType_t<F>> TaskCaller<F>::Remote(Args &&...) {
  return ObjectRef<ReturnType_t<F>>();
}

template <typename F>
template <typename... Args>
ray::ActorHandle<GetActorType<F>, false> ActorCreator<F>::Remote(Args &&...) {
  return ray::ActorHandle<GetActorType<F>, false>();
}

template <typename F>
template <typename... Args>
ObjectRef<ReturnType_t<F>> ActorTaskCaller<F>::Remote(Args &&...) {
  return ObjectRef<ReturnType_t<F>>();
}

}  // namespace internal

/// Default lifetime of actors created by the job.
enum class ActorLifetime {
  NON_DETACHED,
  DETACHED,
};

// (Header ray_config.h not read: fields follow the documented RayConfig.)
// Real redis_password_ is boost::optional<std::string>; the model uses
// std::optional, as it does for GetActor.
class RayConfig {
 public:
  std::string address = "";
  bool local_mode = false;
  std::vector<std::string> code_search_path;
  std::optional<std::string> redis_password_ = std::string("5241590000000000");
  ray::ActorLifetime default_actor_lifetime = ray::ActorLifetime::NON_DETACHED;
  std::vector<std::string> head_args;
  std::string ray_namespace = "";
};

/// Initialize Ray runtime with config.
inline void Init(ray::RayConfig & /*config*/) {}
/// Initialize Ray runtime with config and command-line arguments.
inline void Init(ray::RayConfig & /*config*/, int /*argc*/, char ** /*argv*/) {}
/// Initialize Ray runtime with default config.
inline void Init() {}
inline bool IsInitialized() { return true; }
/// The namespace of the current job (or the one given in RayConfig).
inline std::string GetNamespace() { return ""; }
inline void Shutdown() {}

/// Store an object in the object store.
template <typename T>
ray::ObjectRef<T> Put(const T & /*obj*/) {
  return ray::ObjectRef<T>();
}

/// Get a single object from the object store.
template <typename T>
std::shared_ptr<T> Get(const ray::ObjectRef<T> &object) {
  return object.Get();
}

/// Get a list of objects from the object store.
template <typename T>
std::vector<std::shared_ptr<T>> Get(const std::vector<ray::ObjectRef<T>> & /*objects*/) {
  return {};
}

template <typename T>
std::vector<std::shared_ptr<T>> Get(const std::vector<std::string> & /*ids*/) {
  return {};
}

template <typename T>
WaitResult<T> Wait(const std::vector<ray::ObjectRef<T>> & /*objects*/, int /*num_objects*/,
                   int /*timeout_ms*/) {
  return WaitResult<T>();
}

/// Normal task: ray::Task(Plus).Remote(1, 2).
template <typename F>
inline ray::internal::TaskCaller<F> Task(F func) {
#ifdef SERIALINT_MODEL_STRICT
  static_assert(!std::is_member_function_pointer_v<F>,
                "Incompatible type: member function cannot be called with ray::Task.");
#endif
  ray::internal::RemoteFunctionHolder remote_func_holder(std::move(func));
  return ray::internal::TaskCaller<F>(ray::internal::GetRayRuntime().get(),
                                      std::move(remote_func_holder));
}

/// Creating an actor: ray::Actor(Counter::FactoryCreate).Remote(1).
template <typename F>
inline ray::internal::ActorCreator<F> Actor(F create_func) {
  ray::internal::RemoteFunctionHolder remote_func_holder(std::move(create_func));
  return ray::internal::ActorCreator<F>(ray::internal::GetRayRuntime().get(),
                                        std::move(remote_func_holder));
}

/// Real return type is boost::optional<ActorHandle<T>>; the model uses
/// std::optional (no boost on this machine).
template <typename T>
std::optional<ActorHandle<T>> GetActor(const std::string &actor_name) {
  if (actor_name.empty()) {
    return {};
  }
  return ActorHandle<T>(actor_name);
}

inline void ExitActor() {}

inline bool WasCurrentActorRestarted() { return false; }

}  // namespace ray

#if SERIALINT_MODEL_RAY_FUNCTION_MANAGER
// The same era spells the entry points as static members of ray::api::Ray
// (api.h before PR #17388): ray::api::Ray::Task(f).Remote(args...).
namespace ray::api {
class Ray {
 public:
  template <typename F>
  static ray::internal::TaskCaller<F> Task(F func) {
    return ray::Task(std::move(func));
  }
  template <typename F>
  static ray::internal::ActorCreator<F> Actor(F create_func) {
    return ray::Actor(std::move(create_func));
  }
  template <typename T>
  static ray::ObjectRef<T> Put(const T &obj) {
    return ray::Put(obj);
  }
};
}  // namespace ray::api
#endif
