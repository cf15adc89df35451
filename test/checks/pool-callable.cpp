// Cases for serialint-pool-callable. See test/harness/CheckHarness.h for the
// expectation syntax. Ray, HPX, UPC++ and YGM are the models in test/models.
// serialint-checks: -*,serialint-pool-callable
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <ray/api.h>
#include <serialint/annotations.hpp>
#include <upcxx/upcxx.hpp>
#include <ygm/comm.hpp>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

int twice(int x) { return 2 * x; }
RAY_REMOTE(twice);

// ---------------------------------------------------------------- ray, by name

//=== case: ray-task-lambda
void submitLambda() {
  ray::Task([](int x) { return x + 1; }).Remote(1); // expect-warning:13{{lambda '[](int x)' passed to 'ray::Task' cannot be sent to another process: a worker can only look a function up by a registered name}}
  // expect-note@-1:13{{'ray::Task' ships its callable by name (policy 'by-name'); define it as a namespace-scope function, register it with RAY_REMOTE, and pass its name}}
}

//=== case: ray-task-lambda-capture-names-arguments
void submitCapturing(int factor, int offset) {
  ray::Task([factor, &offset](int x) { return x * factor + offset; }).Remote(1); // expect-warning{{lambda '[factor, &offset](int x)' passed to 'ray::Task'}}
  // expect-note@-1{{and pass 'factor' and 'offset' as arguments}}
}

//=== case: ray-task-lambda-through-local-variable
void submitNamedLambda() {
  auto work = [](int x) { return x; }; // expect-warning{{lambda '[](int x)' passed to 'ray::Task'}} expect-note{{register it with RAY_REMOTE}}
  ray::Task(work).Remote(3);
}

//=== case: ray-task-lambda-through-move
void submitMovedLambda() {
  auto work = [](int x) { return x; }; // expect-warning{{lambda '[](int x)' passed to 'ray::Task'}} expect-note{{by name}}
  ray::Task(std::move(work)).Remote(3);
}

//=== case: ray-task-lambda-through-reference-variable
void submitReferencedLambda() {
  auto work = [](int x) { return x; }; // expect-warning{{lambda '[](int x)' passed to 'ray::Task'}} expect-note{{by name}}
  auto &same = work;
  ray::Task(same).Remote(3);
}

//=== case: ray-task-registered-function-is-fine
// serialint-releases: ray
void submitFunction() { ray::Task(twice).Remote(2); }

//=== case: ray-task-function-pointer-is-fine
void submitPointer() {
  int (*fn)(int) = &twice;
  ray::Task(fn).Remote(2);
}

//=== case: ray-task-static-member-function-is-fine
struct Math {
  static int square(int x) { return x * x; }
};
RAY_REMOTE(Math::square);
void submitStatic() { ray::Task(Math::square).Remote(2); }

//=== case: ray-task-unregistered-function
// serialint-releases: ray
int forgotten(int x) { return x; }
void submitForgotten() {
  ray::Task(forgotten).Remote(1); // expect-warning:13{{function 'forgotten' passed to 'ray::Task' cannot be found by a worker: the worker looks the name up and finds nothing}}
  // expect-note@-1{{register it at namespace scope with RAY_REMOTE(forgotten), or list it in option 'serialint-pool-callable.AssumeRegistered' when another file registers it}}
}

//=== case: ray-task-registered-after-use-is-fine
int later(int x) { return x; }
void submitLater() { ray::Task(later).Remote(1); }
RAY_REMOTE(later);

//=== case: ray-task-registered-in-function-body
int inside(int x) { return x; }
void registerInside() {
  static auto registration = ray::internal::RegisterRemoteFunctions("inside", inside); // expect-note{{it is registered inside a function body, which a worker never runs; move RAY_REMOTE(inside) to namespace scope}}
  (void)registration;
  ray::Task(inside).Remote(1); // expect-warning{{function 'inside' passed to 'ray::Task' cannot be found by a worker}}
}

//=== case: ray-task-registered-through-function-manager-is-fine
// RAY_REMOTE(older) as Ray releases before RegisterRemoteFunctions expand it.
int older(int x) { return x; }
static bool registered_older =
    ray::internal::FunctionManager::Instance().RegisterRemoteFunction("older", older);
void submitOlder() { ray::Task(older).Remote(1); }

//=== case: ray-task-registered-through-function-manager-in-function-body
int lateOlder(int x) { return x; }
void registerOlderInside() {
  static bool registered = ray::internal::FunctionManager::Instance().RegisterRemoteFunction("lateOlder", lateOlder); // expect-note{{it is registered inside a function body, which a worker never runs; move RAY_REMOTE(lateOlder) to namespace scope}}
  (void)registered;
  ray::Task(lateOlder).Remote(1); // expect-warning{{function 'lateOlder' passed to 'ray::Task' cannot be found by a worker}}
}

//=== case: ray-function-manager-era-spells-tasks-as-members-of-ray-api-ray
// serialint-releases: ray=function-manager
// Ray before mid-2021: RAY_REMOTE(f) registers one function with the
// function manager, and tasks are ray::api::Ray::Task(f).Remote(args...).
int halve(int x) { return x / 2; }
RAY_REMOTE(halve);
int unlisted(int x) { return x; }
void submitEarly() {
  ray::api::Ray::Task(halve).Remote(4);
  ray::api::Ray::Put(4);
  ray::api::Ray::Task(unlisted).Remote(1); // expect-warning:23{{function 'unlisted' passed to 'ray::api::Ray::Task' cannot be found by a worker: the worker looks the name up and finds nothing}}
  // expect-note@-1{{register it at namespace scope with RAY_REMOTE(unlisted)}}
  ray::api::Ray::Task([](int x) { return x; }).Remote(1); // expect-warning{{lambda '[](int x)' passed to 'ray::api::Ray::Task' cannot be sent to another process}}
  // expect-note@-1{{register it with RAY_REMOTE}}
}

//=== case: ray-registration-is-read-from-the-macro-whatever-it-expands-to
// A release whose RAY_REMOTE expands to a call no entry describes: the
// functions the macro is called with are registered all the same.
template <class... F>
int future_registry(const char *, F...) { return 0; }
#undef RAY_REMOTE
#define RAY_REMOTE(...) inline auto CONCATENATE(future_, __COUNTER__) = future_registry(#__VA_ARGS__, __VA_ARGS__);
int soon(int x) { return x; }
struct Later {
  static int make(int x) { return x; }
};
RAY_REMOTE(soon, Later::make);
int never(int x) { return x; }
void submitSoon() {
  ray::Task(soon).Remote(1);
  ray::Task(Later::make).Remote(1);
  ray::Task(never).Remote(1); // expect-warning{{function 'never' passed to 'ray::Task' cannot be found by a worker}}
  // expect-note@-1{{register it at namespace scope with RAY_REMOTE(never)}}
}

//=== case: ray-task-assume-registered-option
// serialint-option: serialint-pool-callable.AssumeRegistered=^remote_
int remote_elsewhere(int x) { return x; }
void submitElsewhere() { ray::Task(remote_elsewhere).Remote(1); }

//=== case: ray-task-check-registration-off
// serialint-option: serialint-pool-callable.CheckRegistration=false
int unchecked(int x) { return x; }
void submitUnchecked() { ray::Task(unchecked).Remote(1); }

//=== case: ray-task-std-function
void submitFunctionObject(std::function<int(int)> fn) {
  ray::Task(fn).Remote(1); // expect-warning{{type-erased callable 'fn' of type 'std::function<int (int)>' passed to 'ray::Task' cannot be sent to another process: the target's type is hidden, so no serializer can reach it}}
  // expect-note@-1{{pass a registered function by name instead}}
}

//=== case: bind-result-by-name
template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal register=POOL_REGISTER")
void apply_async(F &&, A &&...) {}
int add(int a, int b) { return a + b; }
void submitBind() {
  apply_async(std::bind(add, 1, std::placeholders::_1), 2); // expect-warning{{bind expression of 'add' passed to 'apply_async' cannot be sent to another process: the target's type is hidden}}
  // expect-note@-1{{pass the function by name and its bound values as arguments}}
}

//=== case: bound-member-by-name-seed-003
template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal register=POOL_REGISTER")
void apply_async(F &&, A &&...) {}
struct Foo {
  int work(int x) { return x; }
  void submit() {
    apply_async(std::bind(&Foo::work, this, 1)); // expect-warning{{member function 'Foo::work' bound to an object passed to 'apply_async' cannot be sent to another process: carries the object's address, not the object}}
    // expect-note@-1{{wrap the member call in a free function that takes the object by value, 'int work_foo(Foo foo, int x) { return foo.work(x); }', register it with POOL_REGISTER(work_foo), and pass 'work_foo' in its place with the object as an argument}}
  }
};

//=== case: ray-task-lambda-capturing-this
struct Service {
  int base = 1;
  int run(int x) { return x + base; }
  void submit() {
    ray::Task([this](int x) { return run(x); }).Remote(1); // expect-warning{{lambda capturing 'this' passed to 'ray::Task' cannot be sent to another process: carries the object's address, not the object}}
    // expect-note@-1{{wrap the member call in a free function that takes the object by value}}
  }
};

//=== case: ray-task-member-function-pointer
struct Job {
  int step(int x) { return x; }
};
void submitMember() {
  ray::Task(&Job::step).Remote(1); // expect-warning{{member function pointer '&Job::step' passed to 'ray::Task' cannot be sent to another process}}
  // expect-note@-1{{wrap the member call in a free function that takes the object by value, 'int step_job(Job job, int x) { return job.step(x); }', register it with RAY_REMOTE(step_job)}}
}

//=== case: bound-member-gets-the-wrapper-written-out
// Ray's own Task takes no bind result at all: a team pool that does.
template <class F, class... A>
SERIALINT_POOL_API("by-name register=POOL_REGISTER")
void run_named(F &&, A &&...) {}
namespace stats {
struct Model {
  double weight = 1;
  double Apply(double x) const { return weight * x; }
  void Reset(std::vector<double> &&history, int) { history.clear(); }
  template <class Archive> void serialize(Archive &ar) { ar(weight); }
};
} // namespace stats
void submitModel(stats::Model &model, std::vector<double> history) {
  using namespace std::placeholders;
  run_named(std::bind(&stats::Model::Apply, &model, _1), 2.0); // expect-warning{{member function 'stats::Model::Apply' bound to an object passed to 'run_named' cannot be sent to another process: carries the object's address, not the object}}
  // expect-note@-1{{'double apply_model(stats::Model model, double x) { return model.Apply(x); }', register it with POOL_REGISTER(apply_model), and pass 'apply_model' in its place with the object as an argument}}
  run_named(std::bind(&stats::Model::Reset, model, _1, 0), std::move(history)); // expect-warning{{member function 'stats::Model::Reset' bound to an object}}
  // expect-note@-1{{'void reset_model(stats::Model model, std::vector<double> &&history, int arg2) { model.Reset(std::move(history), arg2); }'}}
}

//=== case: ray-task-wrapper-as-the-note-writes-it-is-accepted
namespace stats {
struct Model {
  double weight = 1;
  double Apply(double x) const { return weight * x; }
  MSGPACK_DEFINE(weight);
};
} // namespace stats
double apply_model(stats::Model model, double x) { return model.Apply(x); }
RAY_REMOTE(apply_model);
void submitModel(const stats::Model &model) { ray::Task(apply_model).Remote(model, 2.0); }

//=== case: bound-member-template-gets-the-pattern-not-a-guess
template <class F, class... A>
SERIALINT_POOL_API("by-name")
void run_named(F &&, A &&...) {}
struct Scaler {
  template <class T> T scale(T x) const { return x; }
};
void submitScaler(const Scaler &s) {
  run_named(std::bind(&Scaler::scale<int>, s, 3)); // expect-warning{{member function 'Scaler::scale' bound to an object}}
  // expect-note@-1{{'run_named' ships its callable by name (policy 'by-name'); wrap the member call in a free function that takes the object by value and pass the object as an argument}}
}

//=== case: ray-task-local-class-functor
void submitLocalFunctor() {
  struct Doubler {
    int operator()(int x) const { return 2 * x; }
  };
  ray::Task(Doubler{}).Remote(1); // expect-warning{{function object of local class 'Doubler' passed to 'ray::Task' cannot be sent to another process: cannot be registered by name at namespace scope}}
  // expect-note@-1{{move the class to namespace scope and register it with RAY_REMOTE}}
}

//=== case: ray-task-local-class-static-member-seed-002
void submitLocalStatic() {
  struct Local {
    static int single(int x) { return x; }
  };
  ray::Task(Local::single).Remote(1); // expect-warning{{member function 'Local::single' of a local class passed to 'ray::Task' cannot be sent to another process: cannot be registered by name at namespace scope}}
  // expect-note@-1{{move the class to namespace scope}}
}

//=== case: ray-actor-factory-lambda
struct Counter {
  int value = 0;
  int add(int x) { return value += x; }
  static Counter *make() { return new Counter; }
};
RAY_REMOTE(Counter::make, &Counter::add);
void createActor() {
  ray::Actor([] { return new Counter; }).Remote(); // expect-warning{{lambda '[]' passed to 'ray::Actor' cannot be sent to another process}}
  // expect-note@-1{{register it with RAY_REMOTE}}
}

//=== case: ray-actor-registered-factory-and-method-are-fine
struct Counter {
  int value = 0;
  int add(int x) { return value += x; }
  static Counter *make() { return new Counter; }
};
RAY_REMOTE(Counter::make, &Counter::add);
void useActor() {
  auto actor = ray::Actor(Counter::make).Remote();
  actor.Task(&Counter::add).Remote(1);
}

//=== case: ray-actor-unregistered-method
struct Counter {
  int value = 0;
  int add(int x) { return value += x; }
  int reset() { return value = 0; }
  static Counter *make() { return new Counter; }
};
RAY_REMOTE(Counter::make, &Counter::add);
void useActor() {
  auto actor = ray::Actor(Counter::make).Remote();
  actor.Task(&Counter::reset).Remote(); // expect-warning{{function 'Counter::reset' passed to 'ray::ActorHandle::Task' cannot be found by a worker}}
  // expect-note@-1{{RAY_REMOTE(&Counter::reset)}}
}

//=== case: lambda-called-locally-is-fine
int local() {
  auto work = [](int x) { return x; };
  return work(1);
}

//=== case: lambda-to-unrelated-function-named-task-is-fine
namespace other {
template <class F> int Task(F f) { return f(1); }
} // namespace other
int unrelated() { return other::Task([](int x) { return x; }); }

//=== case: lambda-in-uninstantiated-template-is-not-judged
template <class T> void later(T t) { ray::Task([t](int x) { return x + t; }).Remote(1); }

//=== case: lambda-in-instantiated-template
template <class T> void later(T t) {
  ray::Task([t](int x) { return x + static_cast<int>(t); }).Remote(1); // expect-warning{{lambda '[t](int x)' passed to 'ray::Task'}} expect-note{{pass 't' as an argument}}
}
void use() { later(2); } // expect-note:14{{in instantiation of function template specialization 'later<int>' requested here}}

//=== case: nolint-silences-callable
void quiet() {
  ray::Task([](int x) { return x; }).Remote(1); // NOLINT(serialint-pool-callable)
}

// ---------------------------------------------------------------- hpx

//=== case: hpx-async-action-is-fine
int square(int x) { return x * x; }
HPX_PLAIN_ACTION(square, square_action)
void useAction(hpx::id_type there) {
  hpx::async<square_action>(there, 3);
  hpx::async(square_action{}, there, 3);
  hpx::post<square_action>(there, 3);
  hpx::sync<square_action>(there, 3);
}

//=== case: hpx-local-async-lambda-is-fine
void runHere() {
  hpx::async([](int x) { return x + 1; }, 1);
  hpx::post([](int) {}, 5);
}

//=== case: hpx-lambda-or-function-with-a-locality-argument-runs-here
// HPX sends only actions; any other callable is called here, with the
// id_type as an ordinary argument.
int where(hpx::id_type, int x) { return x; }
void runHere(hpx::id_type there) {
  hpx::async([](hpx::id_type, int x) { return x + 1; }, there, 1);
  hpx::post(where, there, 1);
}

//=== case: hpx-plain-action-at-block-scope-seed-002
int cube(int x) { return x * x * x; }
void sendFromBlock(hpx::id_type there) {
  HPX_PLAIN_ACTION(cube, cube_action); // expect-note{{'cube_action' is declared inside a function}}
  hpx::async<cube_action>(there, 2); // expect-warning{{action 'cube_action' passed to 'hpx::async' cannot be sent to another process: cannot be registered by name at namespace scope}} expect-note{{move HPX_PLAIN_ACTION to namespace scope}}
}

//=== case: hpx-lambda-to-action-captureless-is-fine
void convert(hpx::id_type there) {
  auto act = hpx::actions::lambda_to_action([](int x) { return x * 3; });
  hpx::async(act, there, 2);
}

//=== case: hpx-lambda-to-action-with-captures
void convertCapturing(int k) {
  auto act = hpx::actions::lambda_to_action([k](int x) { return x * k; }); // expect-warning{{lambda capturing 'k' passed to 'hpx::actions::lambda_to_action' cannot be sent to another process}}
  // expect-note@-1{{it needs an empty capture list: define it as a namespace-scope function and pass 'k' as an argument}}
  (void)act;
}

//=== case: hpx-distributed-function-needs-a-target-it-can-rebuild
// serialint-releases: hpx
// HPX writes the target with its serializer and rebuilds it on the receiver
// with `::new (buffer) T;`: no closure with captures compiles there.
#include <mutex>
int add_one(int x) { return x + 1; }
HPX_PLAIN_ACTION(add_one, add_one_action)
struct Scale {
  int by = 1;
  int operator()(int x) const { return x * by; }
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & by; }
};
void wrapUp(int n, std::mutex &m) {
  hpx::distributed::function<int(int)> plain = [](int x) { return x + 1; };
  hpx::distributed::function<int(int)> object = Scale{};
  hpx::distributed::function<int(hpx::id_type, int)> action = add_one_action();
  hpx::distributed::function<int(int)> copied = [n](int x) { return x + n; }; // expect-warning:49{{lambda capturing 'n' passed to 'hpx::distributed::function' cannot be sent to another process: the receiver rebuilds the target from its type, and a closure with captures has neither a default constructor nor a serializer}}
  // expect-note@-1{{'hpx::distributed::function' copies its callable by value, capture by capture (policy 'by-value'); store a lambda with an empty capture list, a function registered with HPX_PLAIN_ACTION or a bind of one, or a serializable function object with a default constructor, and pass 'n' as an argument when calling it}}
  hpx::distributed::function<int(int)> locked = [&m](int x) { return x + (m.try_lock() ? 1 : 0); }; // expect-warning{{lambda capturing '[&m]' passed to 'hpx::distributed::function' cannot be sent to another process}}
  // expect-note@-1{{and pass 'm' as an argument when calling it}}
  hpx::function<int(int)> here = [&m](int x) { return x + (m.try_lock() ? 1 : 0); };
  (void)plain, (void)object, (void)action, (void)copied, (void)locked, (void)here;
}

//=== case: hpx-local-function-is-fine
void wrapLocal(std::vector<int> &v) {
  hpx::function<int(int), false> local = [&v](int x) { return x + static_cast<int>(v.size()); };
  (void)local;
}

// ---------------------------------------------------------------- upcxx, by bytes

//=== case: upcxx-rpc-by-reference-capture-fix-it
void sendByReference() {
  int factor = 3;
  upcxx::rpc(1, [&factor](int x) { return x * factor; }, 2); // expect-warning:18{{capture '[&factor]' of the lambda passed to 'upcxx::rpc' cannot be sent to another process: '[&factor]' is an address (int &): an address means nothing in another process}}
  // expect-note@-1{{'upcxx::rpc' copies its callable byte for byte (policy 'by-bytes'); capture 'factor' by copy}}
  // expect-fixed@-2{{upcxx::rpc(1, [factor](int x) { return x * factor; }, 2);}}
}

//=== case: upcxx-rpc-default-reference-capture
void sendDefaultReference() {
  std::vector<int> results(4);
  upcxx::rpc_ff(1, [&]() { results[0] = 1; }); // expect-warning:28{{capture '[&results]' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: '[&results]' is an address (std::vector<int> &)}}
  // expect-note@-1:21{{'results' is captured through this default capture}}
  // expect-note@-2{{pass 'results' as an argument of 'upcxx::rpc_ff', which serializes it, instead of capturing it; an object the target must update is reached through a upcxx::dist_object passed as an argument}}
}

//=== case: upcxx-rpc-written-reference-not-fixed
void sendWritten() {
  int total = 0;
  upcxx::rpc_ff(1, [&total]() { total += 1; }); // expect-warning{{capture '[&total]'}} expect-note{{pass 'total' as an argument of 'upcxx::rpc_ff'}}
}

//=== case: upcxx-rpc-capture-by-copy-of-string
void sendString() {
  std::string name = "rank";
  upcxx::rpc_ff(1, [name]() { (void)name.size(); }); // expect-warning{{capture 'name' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: 'name' is an address (std::string)}}
  // expect-note@-1{{'std::string' owns its contents through a pointer, so a byte-for-byte copy points into the sender's memory}}
  // expect-note@-2{{pass 'name' as an argument of 'upcxx::rpc_ff', which serializes it, instead of capturing it}}
}

//=== case: upcxx-rpc-capture-of-raw-pointer
void sendPointer(double *data) {
  upcxx::rpc_ff(1, [data]() { (void)*data; }); // expect-warning{{capture 'data' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: 'data' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: upcxx-rpc-capture-struct-member-path
// serialint-releases: upcxx
struct Config {
  int steps;
  double *weights; // expect-note{{'weights' declared here, of type 'double *'}}
};
void sendConfig(Config cfg) {
  upcxx::rpc_ff(1, [cfg]() { (void)cfg.steps; }); // expect-warning{{capture 'cfg' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: 'cfg.weights' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: upcxx-rpc-this-capture
struct Worker {
  int id = 0;
  void send() {
    upcxx::rpc_ff(1, [this]() { (void)id; }); // expect-warning{{capture '[this]' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: '[this]' is an address (Worker *)}}
    // expect-note@-1{{'upcxx::rpc_ff' copies its callable byte for byte (policy 'by-bytes'); capture what the body uses by copy: [id = id]}}
    // expect-fixed@-2{{    upcxx::rpc_ff(1, [id = id]() { (void)id; });}}
  }
};

//=== case: upcxx-rpc-default-captures-become-what-the-body-reads
// ClosureCleaner's rewrite: the members read through `this` become
// init-captures of their values, the locals copies.
struct Scaler {
  int scale = 2;
  void sendByCopy(int factor) {
    upcxx::rpc(1, [=](int x) { return x * factor * scale; }, 3); // expect-warning:52{{capture '[this]' of the lambda passed to 'upcxx::rpc'}} expect-note:52{{capture what the body uses by copy: [factor, scale = scale]}}
    // expect-fixed@-1{{    upcxx::rpc(1, [factor, scale = scale](int x) { return x * factor * scale; }, 3);}}
  }
  void sendByReference() {
    int offset = 1, unused = 0;
    upcxx::rpc(1, [&](int x) { return x + offset; }, 3); // expect-warning{{capture '[&offset]' of the lambda passed to 'upcxx::rpc'}} expect-note{{capture what the body uses by copy: [offset]}}
    // expect-note@-1{{'offset' is captured through this default capture}}
    // expect-fixed@-2{{    upcxx::rpc(1, [offset](int x) { return x + offset; }, 3);}}
    (void)unused;
  }
};

//=== case: upcxx-rpc-capture-rewrite-only-where-certain
// No rewrite when a copy would change what the body does: a member function
// called through `this`, a local the body writes, a list inside a macro.
#define SEND_ALL(body) upcxx::rpc(1, [&]() { body; })
struct Counter {
  int count = 0;
  int next() { return ++count; }
  void send() {
    upcxx::rpc(1, [this]() { return next(); }); // expect-warning{{capture '[this]' of the lambda passed to 'upcxx::rpc'}} expect-note{{pass the members the work needs as arguments}}
    int total = 0;
    upcxx::rpc(1, [&]() { return ++total; }); // expect-warning{{capture '[&total]' of the lambda passed to 'upcxx::rpc'}} expect-note{{'total' is captured through this default capture}} expect-note{{copies its callable byte for byte}}
    int seen = 0;
    SEND_ALL((void)seen); // expect-warning{{capture '[&seen]' of the lambda passed to 'upcxx::rpc'}} expect-note{{copies its callable byte for byte}}
    // expect-note@-1{{'seen' is captured through this default capture}} expect-note@-10{{expanded from macro 'SEND_ALL'}}
  }
};

//=== case: upcxx-rpc-trivial-captures-are-fine
struct Pair {
  int a;
  double b;
};
void sendTrivial(Pair p) {
  int n = 3;
  upcxx::rpc(1, [n, p](int x) { return x + n + p.a; }, 4);
  upcxx::rpc_ff(upcxx::world(), 1, [n]() { (void)n; });
}

//=== case: upcxx-rpc-unused-reference-capture-is-fine
void sendUnused() {
  int unused = 0;
  upcxx::rpc_ff(1, [&unused]() {});
}

//=== case: upcxx-rpc-team-overload
// serialint-releases: upcxx
void sendTeam(std::vector<int> &v) {
  upcxx::rpc(upcxx::world(), 1, [&v]() { return v.size(); }); // expect-warning{{capture '[&v]' of the lambda passed to 'upcxx::rpc'}} expect-note{{pass 'v' as an argument of 'upcxx::rpc'}}
}

//=== case: upcxx-rpc-through-local-variable
void sendVariable() {
  int local = 1;
  auto fn = [&local]() { return local; }; // expect-warning{{capture '[&local]' of the lambda passed to 'upcxx::rpc'}} expect-note{{capture 'local' by copy}}
  upcxx::rpc(1, fn);
  // expect-fixed@-2{{auto fn = [local]() { return local; };}}
}

//=== case: upcxx-rpc-function-is-fine
int negate(int x) { return -x; }
void sendFunction() { upcxx::rpc(1, negate, 3); }

//=== case: upcxx-rpc-std-function
void sendErased(std::function<void()> fn) {
  upcxx::rpc_ff(1, fn); // expect-warning{{type-erased callable 'fn' of type 'std::function<void ()>' passed to 'upcxx::rpc_ff' cannot be sent to another process}}
  // expect-note@-1{{'upcxx::rpc_ff' ships its callable byte for byte (policy 'by-bytes')}}
}

//=== case: upcxx-as-rpc-completion
// serialint-releases: upcxx
void sendWithCompletion(upcxx::global_ptr<int> dst, int &flag) {
  upcxx::rput(1, dst, upcxx::remote_cx::as_rpc([&flag]() { flag = 1; })); // expect-warning{{capture '[&flag]' of the lambda passed to 'upcxx::remote_cx::as_rpc'}} expect-note{{pass 'flag' as an argument of 'upcxx::remote_cx::as_rpc'}}
}

// ---------------------------------------------------------------- ygm, by bytes

//=== case: ygm-async-reference-capture-seed
// serialint-releases: ygm
void countRemote(ygm::comm &world) {
  int counter = 0;
  world.async(1, [&counter](int x) { counter += x; }, 1); // expect-warning{{capture '[&counter]' of the lambda passed to 'ygm::comm::async' cannot be sent to another process}}
  // expect-note@-1{{'ygm::comm::async' copies its callable byte for byte (policy 'by-bytes')}}
}

//=== case: ygm-async-captureless-is-fine
void hello(ygm::comm &world) {
  world.async(1, [](int from) { (void)from; }, world.rank());
  world.async_bcast([](int from) { (void)from; }, world.rank());
}

//=== case: ygm-async-mcast-shared-ptr-capture
// serialint-releases: ygm
void spread(ygm::comm &world, std::shared_ptr<int> state) {
  std::vector<int> dests{0, 1};
  world.async_mcast(dests, [state](int x) { (void)(*state + x); }, 1); // expect-warning{{capture 'state' of the lambda passed to 'ygm::comm::async_mcast' cannot be sent to another process: 'state' is an address (std::shared_ptr<int>)}}
  // expect-note@-1{{'std::shared_ptr<int>' owns its contents through a pointer}}
  // expect-note@-2{{pass 'state' as an argument of 'ygm::comm::async_mcast', which serializes it}}
}

//=== case: ygm-async-bcast-pool-capture
struct ThreadPool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
  int size;
};
void broadcastPool(ygm::comm &world, ThreadPool pool) {
  world.async_bcast([pool]() { (void)pool.size; }); // expect-warning{{capture 'pool' of the lambda passed to 'ygm::comm::async_bcast' cannot be sent to another process: 'pool' is marked unserializable (ThreadPool): pool objects cannot be passed between processes}}
  // expect-note@-1{{leave it out of what is serialized}}
}

// ---------------------------------------------------------------- annotated

//=== case: annotated-by-name-pool
template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal")
void submit(F &&, A &&...) {}
int job(int x) { return x; }
void useSubmit() {
  submit(job, 1);
  submit([](int x) { return x; }, 1); // expect-warning{{lambda '[](int x)' passed to 'submit' cannot be sent to another process}}
  // expect-note@-1{{'submit' ships its callable by name (policy 'by-name'); define it as a namespace-scope function and pass its name}}
}

//=== case: annotated-short-forms-put-the-callable-first
template <class F, class... A>
SERIALINT_POOL_API("by-name")
void run_named(F &&, A &&...) {}
template <class F, class... A>
SERIALINT_POOL_API("by-bytes backend=bitwise")
void run_bytes(F &&, A &&...) {}
template <class... A>
SERIALINT_POOL_API("payload-only")
void send_all(A &&...) {}
int halved(int x) { return x / 2; }
void useShortForms(int &shared) {
  run_named(halved, 1);
  run_named([](int x) { return x; }, 1); // expect-warning{{lambda '[](int x)' passed to 'run_named' cannot be sent to another process}}
  // expect-note@-1{{'run_named' ships its callable by name (policy 'by-name')}}
  run_bytes([&shared] { return shared; }); // expect-warning{{capture '[&shared]' of the lambda passed to 'run_bytes'}} expect-note{{pass 'shared' as an argument of 'run_bytes'}}
  send_all(1, 2.0);
}

//=== case: annotated-member-function-by-bytes
struct ProcessPool {
  template <class F>
  SERIALINT_POOL_API("callable=1 policy=by-bytes backend=bitwise")
  void spawn(int, F &&) {}
  template <class F, class... A>
  SERIALINT_POOL_API("callable=pack-1 payload=pack policy=by-bytes backend=bitwise")
  void spawn_with(int, F &&, A &&...) {}
};
void useSpawn(ProcessPool &pool, int &shared) {
  pool.spawn(0, [&shared]() { (void)shared; }); // expect-warning{{capture '[&shared]' of the lambda passed to 'ProcessPool::spawn'}} expect-note{{send the value}}
  pool.spawn_with(0, [&shared](int) { (void)shared; }, 1); // expect-warning{{capture '[&shared]' of the lambda passed to 'ProcessPool::spawn_with'}} expect-note{{pass 'shared' as an argument of 'ProcessPool::spawn_with'}}
}

//=== case: annotated-malformed-spec
template <class F>
SERIALINT_POOL_API("callable=first policy=by-name")
void broken(F &&) {} // expect-warning{{invalid SERIALINT_POOL_API specification on 'broken': 'callable=first policy=by-name': position 'first' is not N, N.., N..M, pack, pack-1, before-target, after-target[+N] or none}}
void useBroken() { broken([] {}); }

//=== case: annotated-profile-can-be-turned-off
// serialint-option: serialint-pool-callable.Profiles=ray
template <class F>
SERIALINT_POOL_API("callable=0 policy=by-name")
void submitOff(F &&) {}
void useOff() { submitOff([] {}); }

// ---------------------------------------------------------------- options

//=== case: pool-apis-option-adds-an-entry
// serialint-option: serialint-pool-callable.PoolAPIs=mylib::Pool::map(callable=0, payload=1, policy=by-name, backend=cereal)
namespace mylib {
struct Pool {
  template <class F, class R> void map(F, const R &) {}
};
} // namespace mylib
void useMap(mylib::Pool &pool, const std::vector<int> &items) {
  pool.map([](int x) { return x; }, items); // expect-warning{{lambda '[](int x)' passed to 'mylib::Pool::map' cannot be sent to another process}} expect-note{{by name}}
}

//=== case: pool-apis-option-malformed-entry
// serialint-option: serialint-pool-callable.PoolAPIs=mylib::go(callable=0)
// expect-error@config{{invalid entry in option 'serialint-pool-callable.PoolAPIs': 'mylib::go(callable=0)': no policy; add policy=by-name, by-bytes, by-value, by-type or payload-only}}
void nothing() {}

//=== case: pool-apis-option-unknown-policy
// serialint-option: serialint-pool-callable.PoolAPIs=mylib::go(callable=0, policy=by-magic)
// expect-error@config{{unknown policy 'by-magic'; use by-name, by-bytes, by-value, by-type or payload-only}}
void nothing() {}

//=== case: pool-apis-option-missing-parenthesis
// serialint-option: serialint-pool-callable.PoolAPIs=mylib::go
// expect-error@config{{'mylib::go': expected 'qualified::name(setting=value, ...)'}}
void nothing() {}

//=== case: check-registration-takes-clang-tidys-bool-spellings
// serialint-option: serialint-pool-callable.CheckRegistration=Off
void nothing() {}

//=== case: check-registration-misspelt-is-an-error
// serialint-option: serialint-pool-callable.CheckRegistration=flase
// expect-error@config{{invalid configuration value 'flase' for option 'serialint-pool-callable.CheckRegistration'; use true or false}}
void nothing() {}

//=== case: profiles-option-limits-the-apis
// serialint-option: serialint-pool-callable.Profiles=upcxx
void onlyUpcxx() { ray::Task([](int x) { return x; }).Remote(1); }

//=== case: unknown-profile-is-an-error
// serialint-option: serialint-pool-callable.Profiles=ray;spark
// expect-error@config{{unknown pool-API profile 'spark' in option 'serialint-pool-callable.Profiles'}}
void nothing() {}

// ---------------------------------------------------------------- in-process pools stay quiet

//=== case: std-async-thread-jthread-are-in-process
#include <future>
#include <thread>
void inProcess(std::vector<int> &shared) {
  auto f = std::async(std::launch::async, [&shared] { return shared.size(); });
  std::thread t([&shared] { shared.push_back(1); });
  std::jthread j([&shared] { shared.push_back(2); });
  t.join();
  (void)f.get();
}

//=== case: asio-thread-pool-post-and-dispatch-are-in-process
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
void asioPool(std::vector<int> &shared) {
  boost::asio::thread_pool pool(2);
  boost::asio::post(pool, [&shared] { shared.push_back(1); });
  boost::asio::dispatch(pool, [&shared] { shared.push_back(2); });
  pool.join();
}

//=== case: tbb-task-group-run-is-in-process
namespace tbb {
struct task_group {
  template <class F> void run(F &&) {}
  void wait() {}
};
} // namespace tbb
void tbbGroup(std::vector<int> &shared) {
  tbb::task_group group;
  group.run([&shared] { shared.push_back(1); });
  group.wait();
}

//=== case: openmp-body-is-in-process
// serialint-args: -fopenmp
void openmp(std::vector<int> &shared) {
#pragma omp parallel for
  for (int i = 0; i < 4; ++i)
    shared[i] += 1;
  auto body = [&shared](int i) { shared[i] = i; };
  body(0);
}

//=== case: thallium-define-server-lambda-is-in-process
namespace thallium {
struct request {
  template <class T> void respond(const T &) const {}
};
struct engine {
  template <class F> void define(const char *, F &&) {}
};
} // namespace thallium
void serve(thallium::engine &engine, std::vector<int> &state) {
  engine.define("sum", [&state](const thallium::request &req, int x) {
    state.push_back(x);
    req.respond(x);
  });
}

// ---------------------------------------------------------------- found on real code

//=== case: upcxx-closure-capturing-a-closure-by-copy-is-fine
// UPC++'s vranks tests and YGM's async_visit wrap the user's lambda in their
// own: the inner closure's bytes travel inside the outer one.
template <class Fn> void relayCopy(int rank, Fn msg) { upcxx::rpc_ff(rank, [=]() { msg(); }); }
void relayDepth() {
  int depth = 3;
  relayCopy(1, [=]() { (void)depth; });
}

//=== case: upcxx-closure-capturing-a-closure-with-a-reference
template <class Fn> void relayReference(int rank, Fn msg) {
  upcxx::rpc_ff(rank, [=]() { msg(); }); // expect-warning{{capture 'msg' of the lambda passed to 'upcxx::rpc_ff' cannot be sent to another process: 'msg.depth' is an address (int &)}}
  // expect-note@-1{{'msg' is captured through this default capture}}
  // expect-note@-2{{'upcxx::rpc_ff' copies its callable byte for byte}}
}
void relayByReference() {
  int depth = 3;
  relayReference(1, [&depth]() { (void)depth; }); // expect-note{{'depth' captured here, as 'int &'}} expect-note:3{{in instantiation of function template specialization 'relayReference<}}
}

//=== case: ygm-visitor-wrapped-in-a-lambda-is-fine
template <class Visitor> void visitAt(ygm::comm &c, int dest, Visitor visitor) {
  auto wrapped = [visitor](int key) mutable { visitor(key); };
  c.async(dest, wrapped, 7);
}
void visitKeys(ygm::comm &world) { visitAt(world, 1, [](int k) { (void)k; }); }

//=== case: upcxx-function-object-holding-a-pointer
struct AddTo {
  int *target; // expect-note{{'target' declared here, of type 'int *'}}
  void operator()(int v) const { *target += v; }
};
void addRemotely() {
  int total = 0;
  upcxx::rpc_ff(1, AddTo{&total}, 5); // expect-warning{{function object 'AddTo' passed to 'upcxx::rpc_ff' cannot be sent to another process: 'AddTo.target' is an address (int *)}}
  // expect-note@-1{{'upcxx::rpc_ff' copies its callable byte for byte (policy 'by-bytes'); send the value it points to}}
}

//=== case: upcxx-trivially-copyable-function-object-is-fine
struct Scale {
  int factor;
  int operator()(int v) const { return v * factor; }
};
void scaleRemotely() { upcxx::rpc(1, Scale{3}, 5); }

//=== case: upcxx-bind-judges-the-bound-lambda
void bindReference() {
  int scale = 3;
  upcxx::rpc(1, upcxx::bind([&scale](int i) { return i * scale; }, 2)); // expect-warning{{capture '[&scale]' of the lambda passed to 'upcxx::rpc' cannot be sent to another process}}
  // expect-note@-1{{capture 'scale' by copy}}
  // expect-fixed@-2{{upcxx::rpc(1, upcxx::bind([scale](int i) { return i * scale; }, 2));}}
}

//=== case: upcxx-bind-of-a-dist-object-is-fine
void bindDistObject(upcxx::dist_object<int> &counter) {
  upcxx::rpc(1, upcxx::bind([](upcxx::dist_object<int> &c, int by) { return *c + by; }, std::ref(counter), 2));
}

//=== case: ygm-container-visitor-capturing-by-reference
// YGM v0.7 sends the visitor's bytes: a copy of an int arrives, a reference
// does not.
#include <ygm/container/map.hpp>
void countInto(ygm::container::map<int, int> &counts) {
  int result = 0;
  const int scale = 2;
  counts.async_visit(1, [&result](const int &, int &v) { result += v; }); // expect-warning{{capture '[&result]' of the lambda passed to 'ygm::container::async_visit' cannot be sent to another process}}
  // expect-note@-1{{pass 'result' as an argument of 'ygm::container::async_visit', which serializes it, instead of capturing it; an object the target must update is reached through a ygm_ptr}}
  counts.async_visit(2, [scale](const int &, int &v) { v *= scale; });
}

//=== case: ygm-container-visitor-state-is-lost-before-v0-7
// serialint-releases: ygm=v0.5,v0.6
// Up to v0.6 the owner rebuilds the visitor from its type alone: a capture
// never arrives, even an int.
#include <ygm/container/array.hpp>
#include <ygm/container/map.hpp>
struct Scaler {
  int by;
  void operator()(const int &, int &v) const { v *= by; }
};
struct Doubler {
  void operator()(const int &, int &v) const { v *= 2; }
};
void bump(const int &, int &v) { ++v; }
void scaleAll(ygm::container::map<int, int> &counts, ygm::container::array<int> &cells) {
  const int scale = 2;
  counts.async_visit(1, [scale](const int &, int &v) { v *= scale; }); // expect-warning:26{{capture 'scale' of the lambda passed to 'ygm::container::map::async_visit' cannot be sent to another process: the API sends the function object's type alone, and the far side calls it without its state}}
  // expect-note@-1{{'ygm::container::map::async_visit' sends its callable as its type alone (policy 'by-type'); pass 'scale' as an argument of 'ygm::container::map::async_visit', which serializes it, instead of capturing it}}
  counts.async_visit(1, [](const int &, int &v, int by) { v *= by; }, scale);
  counts.async_visit(1, Scaler{scale}); // expect-warning{{function object of type 'Scaler' passed to 'ygm::container::map::async_visit' cannot be sent to another process: the API sends the function object's type alone}}
  // expect-note@-1{{give it no state, and pass what it needs as arguments}}
  counts.async_visit(1, Doubler{});
  counts.async_visit(1, bump); // expect-warning{{function 'bump' passed to 'ygm::container::map::async_visit' cannot be sent to another process}}
  // expect-note@-1{{pass a lambda with an empty capture list that calls 'bump'}}
  cells.async_visit(0, [scale](const std::size_t &, int &v) { v *= scale; }); // expect-warning{{capture 'scale' of the lambda passed to 'ygm::container::array::async_visit'}}
  // expect-note@-1{{pass 'scale' as an argument}}
}

//=== case: ygm-disjoint-set-function-state-is-lost-in-every-release
// serialint-releases: ygm
#include <ygm/container/disjoint_set.hpp>
void unite(ygm::container::disjoint_set<int> &sets, int rank) {
  sets.async_union_and_execute(0, 1, [rank](const int, const int) { (void)rank; }); // expect-warning{{capture 'rank' of the lambda passed to 'ygm::container::disjoint_set::async_union_and_execute' cannot be sent to another process: the API sends the function object's type alone}}
  // expect-note@-1{{pass 'rank' as an argument of 'ygm::container::disjoint_set::async_union_and_execute'}}
  sets.async_union_and_execute(0, 1, [](const int, const int, int r) { (void)r; }, rank);
}

//=== case: ygm-comm-captured-by-reference-is-a-pool-handle
void forward(ygm::comm &world) {
  world.async(1, [&world](int x) { (void)world; (void)x; }, 2); // expect-warning{{capture '[&world]' of the lambda passed to 'ygm::comm::async' cannot be sent to another process: '[&world]' is a pool handle (ygm::comm)}}
  // expect-note@-1{{do not ship the pool; let the worker use the pool it runs in}}
}

//=== case: hpx-distributed-function-reference-capture-hint
void storeOffset(int offset) {
  hpx::distributed::function<int(int)> f = [&offset](int x) { return x + offset; }; // expect-warning{{lambda capturing '[&offset]' passed to 'hpx::distributed::function'}}
  // expect-note@-1{{and pass 'offset' as an argument when calling it}}
}

//=== case: ray-registration-hint-names-the-function-as-written
namespace app {
int square(int x) { return x * x; }
} // namespace app
void submitSquare() {
  ray::Task(app::square).Remote(3); // expect-warning{{function 'app::square' passed to 'ray::Task' cannot be found by a worker}}
  // expect-note@-1{{register it at namespace scope with RAY_REMOTE(app::square)}}
}

//=== case: ray-assume-registered-with-leading-colons
// serialint-option: serialint-pool-callable.AssumeRegistered=^::lib::
namespace lib {
int cube(int x) { return x * x * x; }
} // namespace lib
void submitCube() { ray::Task(lib::cube).Remote(3); }

//=== case: upcxx-function-object-with-its-own-serialization-is-fine
struct Greeter {
  std::string greeting;
  void operator()() const {}
  UPCXX_SERIALIZED_FIELDS(greeting)
};
void greetRemotely() { upcxx::rpc_ff(1, Greeter{"hello"}); }

//=== case: ray-function-defined-in-another-file-is-registered-there
// Ray's cluster_mode_test calls functions that plus.cc defines and registers.
int plusOne(int x);
void submitPlusOne() { ray::Task(plusOne).Remote(1); }
