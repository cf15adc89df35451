// Self-check for the serialint test models: includes every model header and
// uses each modelled API the way real user code does.  Must compile warning-free
// (also with -DSERIALINT_MODEL_STRICT) with:
//   clang++-19 -std=c++20 -fsyntax-only -Wall -Wextra -I test/models selfcheck.cpp
//   g++        -std=c++20 -fsyntax-only -Wall -Wextra -I test/models selfcheck.cpp
// The static_asserts pin the result types that a checker may rely on.

#include <hpx/future.hpp>
#include <hpx/hpx.hpp>
#include <hpx/hpx_init.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/async.hpp>
#include <hpx/include/lcos.hpp>
#include <hpx/include/serialization.hpp>
#include <ray/api.h>
#include <upcxx/upcxx.hpp>
#include <ygm/comm.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

///////////////////////////////////////////////////////////////////////////////
// Ray
namespace ray_check {

int Plus(int a, int b) { return a + b; }
int Plus1(int a) { return a + 1; }
double Scale(double a, double b) { return a * b; }
double Scale(double a) { return a; }

class Counter {
 public:
  explicit Counter(int init) : count_(init) {}
  static Counter *FactoryCreate(int init) { return new Counter(init); }
  int Add(int x) {
    count_ += x;
    return count_;
  }
  int Get() const { return count_; }

 private:
  int count_;
};

struct Point {
  int x = 0;
  std::string label;
  MSGPACK_DEFINE(x, label);
};

int Norm(Point p) { return p.x; }

RAY_REMOTE(Plus, Plus1);
RAY_REMOTE(Counter::FactoryCreate, &Counter::Add, &Counter::Get);
RAY_REMOTE(Norm);
RAY_REMOTE(RAY_FUNC(Scale, double, double));

void use() {
  ray::Init();
  ray::ObjectRef<int> r1 = ray::Task(Plus).Remote(1, 2);
  ray::ObjectRef<int> r2 = ray::Task(Plus1).Remote(1);
  ray::ObjectRef<int> r3 = ray::Task(Plus1).SetName("p1").SetResource("CPU", 1.0).Remote(r2);
  std::shared_ptr<int> v1 = ray::Get(r1);
  std::shared_ptr<int> v2 = r3.Get();

  ray::ActorHandle<Counter> actor = ray::Actor(Counter::FactoryCreate).Remote(1);
  ray::ObjectRef<int> r4 = actor.Task(&Counter::Add).Remote(1);
  ray::ObjectRef<int> r5 = actor.Task(&Counter::Get).Remote();
  ray::ActorHandle<Counter> named =
      ray::Actor(Counter::FactoryCreate).SetName("counter").SetMaxRestarts(1).Remote(0);

  ray::ObjectRef<Point> pref = ray::Put(Point{3, "p"});
  ray::ObjectRef<int> r6 = ray::Task(Norm).Remote(pref);
  ray::ObjectRef<double> r7 = ray::Task(RAY_FUNC(Scale, double, double)).Remote(1.0, 2.0);

  // A lambda compiles against the real API too (and is what serialint flags).
  ray::ObjectRef<int> r8 = ray::Task([](int a) { return a * 2; }).Remote(4);

  std::vector<ray::ObjectRef<int>> refs{r1, r2};
  std::vector<std::shared_ptr<int>> all = ray::Get(refs);
  ray::WaitResult<int> waited = ray::Wait(refs, 1, 1000);

  static_assert(std::is_same_v<decltype(ray::Task(Plus)), ray::internal::TaskCaller<int (*)(int, int)>>);
  static_assert(std::is_same_v<decltype(ray::Actor(Counter::FactoryCreate)),
                               ray::internal::ActorCreator<Counter *(*)(int)>>);
  static_assert(std::is_same_v<decltype(actor.Task(&Counter::Add)),
                               ray::internal::ActorTaskCaller<int (Counter::*)(int)>>);

  (void)v1, (void)v2, (void)r4, (void)r5, (void)named, (void)r6, (void)r7, (void)r8;
  (void)all, (void)waited;
  ray::Shutdown();
}

}  // namespace ray_check

///////////////////////////////////////////////////////////////////////////////
// HPX (plain actions must be defined at global scope, as in real HPX)
int hpx_square(int x) { return x * x; }
void hpx_hello() {}
hpx::future<double> hpx_half(double d) { return hpx::make_ready_future(d / 2); }

struct HpxPayload {
  int a = 0;
  std::vector<int> v;
  template <typename Archive>
  void serialize(Archive &ar, unsigned) {
    ar & a & v;
  }
};
int hpx_consume(HpxPayload p) { return p.a; }

HPX_PLAIN_ACTION(hpx_square);                    // -> struct hpx_square_action
HPX_PLAIN_ACTION(hpx_hello, hpx_hello_action_t);  // -> struct hpx_hello_action_t
HPX_PLAIN_ACTION(hpx_half, hpx_half_action);
HPX_PLAIN_ACTION(hpx_consume, hpx_consume_action);

static_assert(std::is_base_of_v<hpx::actions::make_action<decltype(&hpx_square), &hpx_square,
                                                          hpx_square_action>::type,
                                hpx_square_action>);
static_assert(hpx::traits::is_action_v<hpx_square_action>);

namespace hpx_check {

void use() {
  hpx::id_type here = hpx::find_here();
  std::vector<hpx::id_type> localities = hpx::find_all_localities();
  hpx::naming::id_type there = localities.front();

  hpx::future<int> f1 = hpx::async<hpx_square_action>(here, 3);
  hpx::future<int> f2 = hpx::async(hpx_square_action{}, there, 3);
  hpx::future<int> f3 = hpx::async<hpx_square_action>(hpx::launch::async, here, 3);
  hpx::future<int> f4 = hpx::async(hpx::launch::async, hpx_square_action(), here, 3);
  hpx::future<void> f5 = hpx::async<hpx_hello_action_t>(here);
  hpx::future<double> f6 = hpx::async<hpx_half_action>(here, 1.0);
  hpx::future<int> f7 = hpx::async<hpx_consume_action>(here, HpxPayload{1, {2, 3}});
  hpx::future<int> f8 = hpx::async([](int x) { return x + 1; }, 1);  // local

  int s1 = hpx::sync<hpx_square_action>(here, 4);
  int s2 = hpx::sync(hpx_square_action(), here, 4);
  int s3 = hpx_square_action()(here, 4);

  bool p1 = hpx::post<hpx_square_action>(here, 5);
  bool p2 = hpx::post(hpx_square_action(), here, 5);
  bool p3 = hpx::post([](int) {}, 5);

  auto lambda_act = hpx::actions::lambda_to_action([](int x) { return x * 3; });
  hpx::future<int> f9 = hpx::async(lambda_act, here, 2);

  hpx::distributed::function<int(int)> dfn = [](int x) { return x - 1; };
  hpx::future<int> f10 = hpx::async(hpx_square_action(), here, 7);
  hpx::future<int> f11 = f1.then([](hpx::future<int> &&f) { return f.get(); });

  static_assert(std::is_same_v<hpx::distributed::function<int(int)>, hpx::function<int(int), true>>);
  static_assert(std::is_same_v<decltype(f6.get()), double>);

  (void)f2, (void)f3, (void)f4, (void)f5, (void)f7, (void)f8, (void)s1, (void)s2, (void)s3;
  (void)p1, (void)p2, (void)p3, (void)f9, (void)dfn, (void)f10, (void)f11;
}

}  // namespace hpx_check

///////////////////////////////////////////////////////////////////////////////
// UPC++
namespace upcxx_check {

struct Particle {
  double x = 0;
  std::string tag;
  UPCXX_SERIALIZED_FIELDS(x, tag)
};

int twice(int x) { return 2 * x; }

void use() {
  upcxx::init();
  upcxx::intrank_t target = (upcxx::rank_me() + 1) % upcxx::rank_n();

  upcxx::future<int> f1 = upcxx::rpc(target, [](int x) { return x + 1; }, 41);
  upcxx::future<> f2 =
      upcxx::rpc(upcxx::world(), target, [](const Particle &p) { (void)p; }, Particle{1.0, "p"});
  upcxx::future<int> f3 = upcxx::rpc(target, upcxx::operation_cx::as_future(), twice, 2);
  upcxx::rpc_ff(target, [](int v) { (void)v; }, 1);
  upcxx::rpc_ff(upcxx::local_team(), 0, [](int v) { (void)v; }, 1);
  upcxx::future<> f4 = upcxx::rpc_ff(target, upcxx::source_cx::as_future(), twice, 3);

  upcxx::dist_object<int> counter(0);
  upcxx::future<int> f5 =
      upcxx::rpc(target, [](upcxx::dist_object<int> &c, int inc) { return *c += inc; }, counter, 1);
  upcxx::future<int> f6 = counter.fetch(target);

  upcxx::global_ptr<int> gp = upcxx::new_<int>(0);
  upcxx::rput(42, gp, upcxx::remote_cx::as_rpc([](int v) { (void)v; }, 7));
  upcxx::future<> f7 =
      upcxx::rput(1, gp, upcxx::operation_cx::as_future() | upcxx::remote_cx::as_rpc([]() {}));
  upcxx::future<int> f8 = upcxx::rget(gp);

  int got = f1.wait();
  f2.wait();
  upcxx::future<double> f9 = f3.then([](int x) { return x * 0.5; });
  upcxx::future<int, double> f10 = upcxx::when_all(f5, f9);

  static_assert(std::is_same_v<upcxx::future<int>,
                               upcxx::detail::future1<upcxx::detail::future_kind_default, int>>);
  static_assert(std::is_void_v<decltype(upcxx::rpc_ff(0, [] {}))>);

  (void)f4, (void)f6, (void)f7, (void)f8, (void)got, (void)f10;
  upcxx::barrier();
  upcxx::finalize();
}

}  // namespace upcxx_check

///////////////////////////////////////////////////////////////////////////////
// YGM
namespace ygm_check {

void use(ygm::comm &world) {
  int dest = (world.rank() + 1) % world.size();
  world.async(dest, [](int from, const std::string &msg) { (void)from, (void)msg; },
              world.rank(), std::string("hi"));
  world.async_bcast([](int from) { (void)from; }, world.rank());
  std::vector<int> dests{0, dest};
  world.async_mcast(dests, [](int from, double d) { (void)from, (void)d; }, world.rank(), 1.5);

  static int local_count = 0;
  auto counter_ptr = world.make_ygm_ptr(local_count);
  world.async(dest, [](ygm::ygm_ptr<int> p, int inc) { *p += inc; }, counter_ptr, 1);

  world.barrier();
  world.cout0("done ", world.all_reduce_sum(1));
}

}  // namespace ygm_check
