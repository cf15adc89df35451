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
#include <hpx/include/components.hpp>
#include <hpx/include/lcos.hpp>
#include <hpx/include/serialization.hpp>
#include <ray/api.h>
#include <upcxx/upcxx.hpp>
#include <ygm/collective.hpp>
#include <ygm/comm.hpp>
#include <ygm/container/array.hpp>
#include <ygm/container/bag.hpp>
#include <ygm/container/counting_set.hpp>
#include <ygm/container/disjoint_set.hpp>
#include <ygm/container/map.hpp>
#include <ygm/container/set.hpp>
#include <ygm/detail/ygm_ptr.hpp>

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
  MSGPACK_DEFINE(x, label)
};

int Norm(Point p) { return p.x; }

RAY_REMOTE(Plus, Plus1);
RAY_REMOTE(Counter::FactoryCreate, &Counter::Add, &Counter::Get);
RAY_REMOTE(Norm);
RAY_REMOTE(RAY_FUNC(Scale, double, double), RAY_FUNC(Scale, double));

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

  // RAY_FUNC picks one overload (underload is a variable template).
  auto scale1 = RAY_FUNC(Scale, double);
  ray::ObjectRef<double> r9 = ray::Task(scale1).Remote(2.0);
  ray::RayConfig config;
  config.default_actor_lifetime = ray::ActorLifetime::DETACHED;
  config.redis_password_ = "pw";
  std::string ns = ray::GetNamespace();

  (void)v1, (void)v2, (void)r4, (void)r5, (void)named, (void)r6, (void)r7, (void)r8;
  (void)r9, (void)ns;
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

// Registration macros compile with and without a trailing ';' (as in HPX).
int hpx_cube(int x) { return x * x * x; }
HPX_DECLARE_PLAIN_ACTION(hpx_cube, hpx_cube_action)
HPX_ACTION_USES_ZLIB_COMPRESSION(hpx_cube_action)
HPX_PLAIN_ACTION(hpx_cube, hpx_cube_action)

int hpx_sum_buffer(hpx::serialization::serialize_buffer<double> const &b) {
  return static_cast<int>(b.size());
}
HPX_PLAIN_ACTION(hpx_sum_buffer, hpx_sum_buffer_action)

struct HpxRawBuffer {
  double *data = nullptr;
  std::size_t n = 0;
  template <typename Archive>
  void serialize(Archive &ar, unsigned) {
    ar & n;
    ar & hpx::serialization::make_array(data, n);
  }
};

namespace hpx_app {
struct HpxPoint {
  int x = 0;
  int y = 0;
};
template <typename Archive>
void load(Archive &ar, HpxPoint &p, unsigned) {
  ar >> p.x >> p.y;
}
template <typename Archive>
void save(Archive &ar, HpxPoint const &p, unsigned) {
  ar << p.x << p.y;
}
HPX_SERIALIZATION_SPLIT_FREE(HpxPoint)
}  // namespace hpx_app

struct HpxPod {
  int a;
  double b;
};
HPX_IS_BITWISE_SERIALIZABLE(HpxPod)

// Components
struct hpx_counter_server : hpx::components::component_base<hpx_counter_server> {
  int add(int i) { return value += i; }
  int get() const noexcept { return value; }
  void reset() noexcept { value = 0; }
  int peek() const { return value; }
  HPX_DEFINE_COMPONENT_ACTION(hpx_counter_server, add)
  HPX_DEFINE_COMPONENT_ACTION(hpx_counter_server, get, get_action)
  HPX_DEFINE_COMPONENT_ACTION(hpx_counter_server, reset)
  HPX_DEFINE_COMPONENT_DIRECT_ACTION(hpx_counter_server, peek, peek_action)
  int value = 0;
};
typedef hpx_counter_server::add_action hpx_counter_add_action;
HPX_REGISTER_ACTION_DECLARATION(hpx_counter_add_action)
HPX_REGISTER_ACTION(hpx_counter_add_action)
HPX_REGISTER_ACTION_DECLARATION(hpx_counter_server::get_action, hpx_counter_get_action);
HPX_REGISTER_ACTION(hpx_counter_server::get_action, hpx_counter_get_action);

struct hpx_managed_server : hpx::components::managed_component_base<hpx_managed_server> {
  int call(int i) const { return i; }
  HPX_DEFINE_COMPONENT_ACTION(hpx_managed_server, call)
};
typedef hpx::components::managed_component<hpx_managed_server> hpx_managed_type;
HPX_REGISTER_COMPONENT(hpx_managed_type, hpx_managed_server)

typedef hpx::components::component<hpx_counter_server> hpx_counter_type;
HPX_REGISTER_COMPONENT(hpx_counter_type, hpx_counter)

struct hpx_counter_client
    : hpx::components::client_base<hpx_counter_client, hpx_counter_server> {
  using base_type = hpx::components::client_base<hpx_counter_client, hpx_counter_server>;
  hpx_counter_client() = default;
  hpx_counter_client(hpx::future<hpx::id_type> &&id) : base_type(std::move(id)) {}
  hpx_counter_client(hpx::id_type &&id) : base_type(std::move(id)) {}
  hpx::future<int> add(int i) {
    return hpx::async<hpx_counter_server::add_action>(this->get_id(), i);
  }
};

int hpx_use_client(hpx_counter_client c) { return c.valid() ? 1 : 0; }
HPX_PLAIN_ACTION(hpx_use_client, hpx_use_client_action)

HPX_REGISTER_BROADCAST_ACTION_DECLARATION(hpx_square_action)
HPX_REGISTER_BROADCAST_ACTION(hpx_square_action)

int hpx_main(hpx::program_options::variables_map &vm) {
  int n = vm["n"].as<int>();
  (void)n;
  return hpx::finalize();
}

namespace hpx_check {

void on_sent(std::error_code const &, hpx::parcelset::parcel const &) {}

void use_more(int argc, char **argv) {
  hpx::id_type here = hpx::find_here();

  // launch policies
  hpx::future<int> l1 = hpx::async(hpx::launch::all, hpx_square_action(), here, 1);
  hpx::future<int> l2 = hpx::async<hpx_square_action>(hpx::launch::all, here, 1);
  auto sel = hpx::launch::select([]() { return hpx::launch::deferred; });
  hpx::future<int> l3 = hpx::async(sel, hpx_square_action(), here, 1);
  hpx::launch policy = hpx::launch::async;
  hpx::future<int> l4 = hpx::async<hpx_square_action>(policy, here, 1);

  // components
  hpx::future<hpx::id_type> c1 = hpx::new_<hpx_counter_server>(here);
  hpx::id_type c2 = hpx::components::new_<hpx_counter_server>(here).get();
  hpx_counter_client client = hpx::new_<hpx_counter_client>(here);
  hpx::future<std::vector<hpx::id_type>> c3 = hpx::new_<hpx_counter_server[]>(here, 4);
  hpx::future<int> c4 = client.add(1);
  hpx::future<int> c5 = hpx::async<hpx_counter_server::get_action>(c2);
  hpx::future<int> c6 = hpx::async<hpx_counter_server::add_action>(hpx::colocated(c2), 2);
  hpx::future<int> c7 = hpx::async<hpx_use_client_action>(here, client);
  hpx::future<void> c8 = hpx::async<hpx_counter_server::reset_action>(c2);
  int c9 = hpx::sync<hpx_counter_server::peek_action>(c2);
  bool c10 = hpx::post<hpx_counter_server::add_action>(hpx::colocated(c2), 3);
  hpx::future<hpx::id_type> c11 = hpx::new_<hpx_counter_server>(hpx::default_layout(here));

  // bind and placeholders
  using hpx::placeholders::_1;
  bool b1 = hpx::post(hpx::bind(hpx_square_action(), here, _1), 1);
  hpx::future<int> b2 = hpx::async(hpx::util::bind(hpx_square_action(), here, 42));
  auto add3 = hpx::bind([](int a, int b) { return a + b; }, 3, _1);
  int b3 = add3(4);
  int b4 = hpx::bind<hpx_square_action>(here, _1)(5);

  // callbacks, broadcast, promises
  hpx::future<int> a1 = hpx::async_cb(hpx_square_action(), here, &on_sent, 1);
  hpx::future<int> a2 = hpx::async_cb<hpx_square_action>(here, &on_sent, 1);
  std::vector<hpx::id_type> ids = hpx::find_all_localities();
  hpx::future<std::vector<int>> a3 = hpx::lcos::broadcast<hpx_square_action>(ids, 2);
  hpx::distributed::promise<int> p;
  hpx::shared_future<int> sf = p.get_future();
  p.set_value(1);
  hpx::id_type pid = p.get_id();

  // serialization helpers
  std::vector<double> data(4);
  hpx::serialization::serialize_buffer<double> buf(
      data.data(), data.size(), hpx::serialization::serialize_buffer<double>::reference);
  hpx::future<int> s1 = hpx::async<hpx_sum_buffer_action>(here, buf);
  static_assert(hpx::traits::is_bitwise_serializable_v<HpxPod>);

  // runtime
  std::size_t threads = hpx::get_os_thread_count() + hpx::get_worker_thread_num();
  hpx::program_options::options_description desc("usage");
  desc.add_options()("n", hpx::program_options::value<int>()->default_value(10), "count");
  hpx::init_params init_args;
  init_args.desc_cmdline = desc;
  int rc = hpx::init(argc, argv, init_args);

  (void)l1, (void)l2, (void)l3, (void)l4, (void)c1, (void)c3, (void)c4, (void)c5, (void)c6;
  (void)c7, (void)c8, (void)c9, (void)c10, (void)c11, (void)b1, (void)b2, (void)b3, (void)b4;
  (void)a1, (void)a2, (void)a3, (void)sf, (void)pid, (void)s1, (void)threads, (void)rc;
}

void use() {
  hpx::id_type here = hpx::find_here();
  std::vector<hpx::id_type> localities = hpx::find_all_localities();
  hpx::id_type there = localities.front();

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

  // views
  int data[10] = {0};
  auto v = upcxx::make_view(data, data + 10);
  upcxx::future<std::size_t> f11 =
      upcxx::rpc(target, [](upcxx::view<int> items) { return items.size(); }, v);
  std::vector<double> vec(3);
  upcxx::rpc_ff(target, [](upcxx::view<double> items) { (void)items; }, upcxx::make_view(vec));

  // collectives
  double total = upcxx::reduce_all(1.0, upcxx::op_fast_add).wait();
  int mx = upcxx::reduce_one(2, upcxx::op_fast_max, 0).wait();
  int root_value = upcxx::broadcast(upcxx::rank_me(), 0).wait();
  upcxx::broadcast(data, 10, 0).wait();

  // personas
  upcxx::persona p;
  p.lpc_ff([]() {});
  upcxx::future<int> f12 = upcxx::master_persona().lpc([]() { return 1; });
  UPCXX_ASSERT(total > 0);
  UPCXX_ASSERT(mx >= 0, "max must be non-negative");

  // wait_reference
  const int &ref = upcxx::rpc(0, []() { return 1; }).wait_reference();

  // bind stores a dist_object by id; the callback receives dist_object&.
  upcxx::dist_object<int> other(1);
  upcxx::future<> f13 = upcxx::rpc(
      target,
      upcxx::bind([](upcxx::dist_object<int> &a, upcxx::dist_object<int> &b) { (void)a, (void)b; },
                  counter),
      other);

  (void)f4, (void)f6, (void)f7, (void)f8, (void)got, (void)f10;
  (void)f11, (void)root_value, (void)f12, (void)ref, (void)f13;
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

  static_assert(!std::is_trivially_copyable_v<ygm::ygm_ptr<int>>);
  counter_ptr.check(world);

  ygm::container::map<std::string, int> m(world);
  if (world.rank0()) m.async_insert("dog", 1);
  m.async_visit("dog", [](const std::string &k, int &v, int add) { (void)k, v += add; }, 2);
  m.async_reduce("dog", 3, [](int a, int b) { return a + b; });
  m.for_all([](const std::string &k, int &v) { (void)k, (void)v; });

  ygm::container::bag<std::string> b(world);
  b.async_insert("x");
  b.for_all([](const std::string &s) { (void)s; });

  ygm::container::counting_set<std::string> cs(world);
  cs.async_insert("w");
  cs.for_all([](const std::string &w, std::size_t c) { (void)w, (void)c; });

  ygm::container::array<double> arr(world, 10);
  arr.async_set(3, 1.0);
  arr.async_insert(4, 2.0);
  arr.async_visit(3, [](std::size_t i, double &v) { (void)i, (void)v; });
  arr.for_all([](std::size_t i, double v) { (void)i, (void)v; });

  ygm::container::set<int> st(world);
  st.async_insert(1);
  ygm::container::disjoint_set<int> ds(world);
  ds.async_union_and_execute(1, 2, [](int a, int b) { (void)a, (void)b; });

  ASSERT_RELEASE(world.size() > 0);
  int total = ygm::sum(1, world);

  world.barrier();
  world.cout0("done ", world.all_reduce_sum(1), total);
}

}  // namespace ygm_check
