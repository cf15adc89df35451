// Cases for serialint-pool-payload. See test/harness/CheckHarness.h for the
// expectation syntax. Boost.MPI is real; Ray is the model in test/models.
// serialint-checks: -*,serialint-pool-payload
#include <boost/mpi.hpp>
#include <boost/serialization/vector.hpp>
#include <ray/api.h>
#include <serialint/annotations.hpp>

#include <any>
#include <condition_variable>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <variant>
#include <vector>

struct ThreadPool {
  std::vector<std::thread> workers;
};

template <class T> int consume(T) { return 0; }
RAY_REMOTE(consume<int>);

//=== case: mpi-gps-position-with-serialize-is-fine
struct gps_position {
  int degrees;
  int minutes;
  float seconds;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & degrees & minutes & seconds;
  }
};
void sendPosition(boost::mpi::communicator &world) {
  gps_position p{35, 59, 24.5f};
  world.send(1, 0, p);
}

//=== case: mpi-job-writing-ctx-names-the-pool
struct Ctx {
  ThreadPool pool; // expect-note:14{{'pool' declared here, of type 'ThreadPool'}}
  int id;
};
struct Job {
  std::vector<int> data;
  Ctx ctx; // expect-note:7{{'ctx' declared here, of type 'Ctx', written by 'Job::serialize'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & data & ctx; }
};
void sendJob(boost::mpi::communicator &world) {
  Job job;
  world.send(1, 0, job); // expect-warning:20{{argument 'job' of type 'Job' cannot be sent to another process by 'boost::mpi::communicator::send': 'job.ctx.pool' is a pool handle (ThreadPool): pool objects cannot be passed between processes}}
  // expect-note@-1:20{{do not ship the pool; let the worker use the pool it runs in}}
  // The compiler fails too, inside Boost, naming neither 'job' nor 'pool':
  // expect-error@access.hpp:116{{no member named 'serialize' in 'Ctx'}}
}

//=== case: mpi-job-writing-only-data-is-fine
struct Ctx {
  ThreadPool pool;
};
struct Job {
  std::vector<int> data;
  Ctx ctx;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & data; }
};
void sendJob(boost::mpi::communicator &world) {
  Job job;
  world.send(1, 0, job);
}

//=== case: mutex-beside-data-written-by-serialize-is-fine
struct Counter {
  std::mutex lock;
  long value = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & value; }
};
void sendCounter(boost::mpi::communicator &world, Counter &counter) { world.send(1, 0, counter); }

//=== case: serializer-defined-elsewhere-is-trusted
struct Opaque {
  std::thread worker;
  template <class Archive> void serialize(Archive &ar, const unsigned int);
};
void sendOpaque(boost::mpi::communicator &world, Opaque &o) { world.send(1, 0, o); }

//=== case: free-boost-serialize-in-boost-namespace
struct Point {
  double x, y;
  std::FILE *log; // expect-note{{'log' declared here, of type 'std::FILE *'}}
};
namespace boost::serialization {
template <class Archive> void serialize(Archive &ar, Point &p, const unsigned int) {
  ar & p.x & p.y & p.log;
}
} // namespace boost::serialization
void sendPoint(boost::mpi::communicator &world, Point &pt) {
  world.send(1, 0, pt); // expect-warning{{'pt.log' is an operating-system resource (std::FILE *): a handle to something the operating system gave this process}}
  // expect-note@-1{{send what the resource is made from}}
  // expect-error@access.hpp:116{{no member named 'serialize' in '_IO_FILE'}}
}

//=== case: free-serialize-writing-only-data-is-fine
struct Point {
  double x, y;
  std::FILE *log;
};
template <class Archive> void serialize(Archive &ar, Point &p, const unsigned int) {
  ar & p.x & p.y;
}
void sendPoint(boost::mpi::communicator &world, Point &pt) { world.send(1, 0, pt); }

//=== case: nvp-and-base-object
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/nvp.hpp>
struct Base {
  std::atomic<int> hits; // expect-note{{'hits' declared here, of type 'std::atomic<int>'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & BOOST_SERIALIZATION_NVP(hits);
  }
};
struct Derived : Base {
  int own;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & boost::serialization::base_object<Base>(*this) & boost::serialization::make_nvp("own", own);
  }
};
void sendDerived(boost::mpi::communicator &world, Derived &d) {
  world.send(1, 0, d); // expect-warning{{'d.hits' is a synchronisation primitive (std::atomic<int>): synchronises threads of this process only}}
  // expect-note@-1{{leave it out of what is serialized}}
  // expect-error@access.hpp:116{{}}
}

//=== case: recursive-type-terminates
struct Node {
  int value;
  std::vector<Node> kids;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & value & kids; }
};
void sendTree(boost::mpi::communicator &world, Node &root) { world.send(1, 0, root); }

//=== case: recursive-type-with-culprit-below
struct Node {
  std::vector<Node> kids;
  std::thread *owner; // expect-note{{'owner' declared here, of type 'std::thread *'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & kids & owner; }
};
void sendTree(boost::mpi::communicator &world, Node &root) {
  world.send(1, 0, root); // expect-warning{{'*root.owner' is an operating-system resource (std::thread)}}
  // expect-note@-1{{send what the resource is made from}}
  // expect-error@access.hpp:116{{}}
}

//=== case: broadcast-vector-of-jobs-names-element
struct Task {
  std::function<int(int)> work; // expect-note{{'work' declared here, of type 'std::function<int (int)>'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & work; }
};
void broadcastTasks(boost::mpi::communicator &world, std::vector<Task> &tasks) {
  boost::mpi::broadcast(world, tasks, 0); // expect-warning{{argument 'tasks' of type 'std::vector<Task>' cannot be sent to another process by 'boost::mpi::broadcast': 'tasks[i].work' is a type-erased callable or value (std::function<int (int)>): the target's type is hidden, so no serializer can reach it}}
  // expect-note@-1{{send a named function and its arguments instead}}
  // expect-error@access.hpp:116{{}}
}

//=== case: gather-with-good-payload-is-fine
void gatherCounts(boost::mpi::communicator &world, int mine, std::vector<int> &all) {
  boost::mpi::gather(world, mine, all, 0);
  boost::mpi::all_gather(world, mine, all);
}

//=== case: scatter-map-value-culprit
#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
struct Slot {
  std::string_view name; // expect-note{{'name' declared here, of type 'std::string_view'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & name; }
};
void scatterSlots(boost::mpi::communicator &world, std::vector<std::map<std::string, Slot>> &in,
                  std::map<std::string, Slot> &out) {
  boost::mpi::scatter(world, in, out, 0); // expect-warning{{'in[i][key].name' is an address (std::string_view): an address means nothing in another process}}
  // expect-note@-1{{send the value it points to}}
  // expect-error@access.hpp:116{{}}
}

//=== case: isend-of-raw-pointer-member
struct Packet {
  int size;
  char *bytes; // expect-note{{'bytes' declared here, of type 'char *'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & size & bytes; }
};
void post(boost::mpi::communicator &world, Packet &packet) {
  world.isend(1, 7, packet); // expect-warning{{'packet.bytes' is an address (char *)}}
  // expect-note@-1{{send the value it points to}}
  // expect-error@access.hpp:116{{member reference base type 'char' is not a structure or union}}
}

//=== case: boost-pointer-to-class-is-written-through
struct Leaf {
  int v;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
};
struct Holder {
  Leaf *leaf;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & leaf; }
};
void sendHolder(boost::mpi::communicator &world, Holder &h) { world.send(1, 0, h); }

//=== case: mpi-datatype-with-pointer-is-silent-bug
struct Particle {
  double x, y, z;
  double *mass; // expect-note{{'mass' declared here, of type 'double *'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x & y & z; }
};
BOOST_IS_MPI_DATATYPE(Particle)
void sendParticle(boost::mpi::communicator &world, Particle &p) {
  world.send(1, 0, p); // expect-warning{{'p.mass' is an address (double *): an address means nothing in another process}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: mpi-datatype-with-string-is-silent-bug
struct Record {
  int id;
  std::string label; // expect-note{{'label' declared here, of type 'std::string'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id; }
};
BOOST_IS_MPI_DATATYPE(Record)
void sendRecord(boost::mpi::communicator &world, Record &r) {
  world.send(1, 0, r); // expect-warning{{'r.label' is an address (std::string)}}
  // expect-note@-1{{'std::string' owns its contents through a pointer, so a byte-for-byte copy points into the sender's memory}}
  // expect-note@-2{{send the value it points to}}
}

//=== case: mpi-datatype-of-plain-values-is-fine
struct Sample {
  double t;
  int channel;
  float values[4];
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & t & channel & values;
  }
};
BOOST_IS_MPI_DATATYPE(Sample)
void sendSample(boost::mpi::communicator &world, Sample &s) { world.send(1, 0, s); }

//=== case: mpi-array-overload-judges-elements
struct Particle {
  double x;
  double *mass; // expect-note{{'mass' declared here}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x; }
};
BOOST_IS_MPI_DATATYPE(Particle)
void sendMany(boost::mpi::communicator &world, Particle *ps, int n) {
  world.send(1, 0, ps, n); // expect-warning{{argument 'ps' of type 'Particle' cannot be sent to another process by 'boost::mpi::communicator::send': 'ps.mass' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: marked-type-carries-authors-why
struct Connection {
  SERIALINT_UNSERIALIZABLE("a connection belongs to the process that opened it");
  int fd;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & fd; }
};
struct Session {
  Connection conn; // expect-note{{'conn' declared here, of type 'Connection', written by 'Session::serialize'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & conn; }
};
void sendSession(boost::mpi::communicator &world, Session &s) {
  world.send(1, 0, s); // expect-warning{{'s.conn' is marked unserializable (Connection): a connection belongs to the process that opened it}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: nolint-silences
struct Bad {
  std::mutex m;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & m; }
};
void sendBad(boost::mpi::communicator &world, Bad &b) {
  world.send(1, 0, b); // NOLINT(serialint-pool-payload)
  // expect-error@access.hpp:116{{}}
}

//=== case: typedef-alias-chain-is-seen-through
struct Inner {
  std::shared_ptr<std::ofstream> out; // expect-note{{'out' declared here, of type 'std::shared_ptr<std::ofstream>'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & out; }
};
typedef Inner InnerAlias;
using Outer = InnerAlias;
using Payload = Outer;
void sendAlias(boost::mpi::communicator &world, Payload &payload) {
  world.send(1, 0, payload); // expect-warning{{argument 'payload' of type 'Payload' cannot be sent to another process by 'boost::mpi::communicator::send': '*payload.out' is an operating-system resource (std::basic_ofstream<char>)}}
  // expect-note@-1{{send what the resource is made from}}
  // expect-error@access.hpp:116{{}}
}

//=== case: template-instantiated-good-and-bad
template <class T> struct Box {
  T item; // expect-note{{'item' declared here, of type 'std::mutex'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & item; }
};
template <class T> void sendBox(boost::mpi::communicator &world, Box<T> &box) {
  world.send(1, 0, box); // expect-warning{{by 'boost::mpi::communicator::send': 'box.item' is a synchronisation primitive (std::mutex)}}
  // expect-note@-1{{leave it out of what is serialized}}
}
void useBoxes(boost::mpi::communicator &world, Box<int> &good, Box<std::mutex> &bad) {
  sendBox(world, good);
  sendBox(world, bad); // expect-note:3{{in instantiation of function template specialization 'sendBox<std::mutex>' requested here}}
  // expect-error@access.hpp:116{{}}
}

//=== case: uninstantiated-template-is-not-judged
template <class T> void sendAnything(boost::mpi::communicator &world, T &value) {
  world.send(1, 0, value);
}

//=== case: ray-remote-msgpack-define-fine
struct Order {
  int id;
  std::string item;
  std::mutex guard;
  MSGPACK_DEFINE(id, item);
};
int handle(Order &) { return 0; }
RAY_REMOTE(handle);
void submit(Order &o) { ray::Task(handle).Remote(o); }

//=== case: ray-remote-msgpack-define-writes-culprit
struct Order {
  int id;
  std::any extra; // expect-note{{'extra' declared here, of type 'std::any', written by 'MSGPACK_DEFINE'}}
  MSGPACK_DEFINE(id, extra);
};
int handle(Order &) { return 0; }
RAY_REMOTE(handle);
void submit(Order &o) {
  ray::Task(handle).Remote(o); // expect-warning{{argument 'o' of type 'Order' cannot be sent to another process by 'ray::internal::TaskCaller::Remote': 'o.extra' is a type-erased callable or value (std::any)}}
  // expect-note@-1{{send a named function and its arguments instead}}
  // expect-error@object.hpp:647{{no member named 'msgpack_unpack' in 'std::any'}}
}

//=== case: ray-remote-class-without-msgpack-define
class Account {
public:
  explicit Account(int b) : balance(b) {}

private:
  int balance;
};
int audit(Account &) { return 0; }
RAY_REMOTE(audit);
void submit(Account &a) {
  ray::Task(audit).Remote(a); // expect-warning{{'a' is a class with no serializer (Account): nothing knows how to write its private state}}
  // expect-note@-1{{list the members of 'Account' to send in MSGPACK_DEFINE(...)}}
}

//=== case: ray-remote-aggregate-without-define-names-inner-pointer
struct Request {
  int id;
  int *scratch; // expect-note{{'scratch' declared here, of type 'int *'}}
};
int serve(Request) { return 0; }
RAY_REMOTE(serve);
void submit(Request r) {
  ray::Task(serve).Remote(r); // expect-warning{{'r.scratch' is an address (int *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: ray-remote-builtins-strings-and-containers-fine
int many(int, std::string, std::vector<double>, std::map<std::string, int>) { return 0; }
RAY_REMOTE(many);
void submit() {
  std::map<std::string, int> counts;
  ray::Task(many).Remote(1, std::string("a"), std::vector<double>{1.0}, counts);
}

//=== case: ray-remote-tuple-item
int pairUp(std::tuple<int, std::reference_wrapper<int>>) { return 0; }
RAY_REMOTE(pairUp);
void submit(std::tuple<int, std::reference_wrapper<int>> t) {
  ray::Task(pairUp).Remote(t); // expect-warning{{'std::get<1>(t)' is an address (std::reference_wrapper<int>)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: ray-remote-variant-alternative
int pick(std::variant<int, std::thread>) { return 0; }
RAY_REMOTE(pick);
void submit(std::variant<int, std::thread> &v) {
  ray::Task(pick).Remote(v); // expect-warning{{'std::get<std::thread>(v)' is an operating-system resource (std::thread)}}
  // expect-note@-1{{send what the resource is made from}}
}

//=== case: ray-remote-optional-and-unique-ptr
struct Job2 {
  std::optional<std::unique_ptr<std::condition_variable>> wake; // expect-note{{'wake' declared here}}
};
int run2(Job2 &) { return 0; }
RAY_REMOTE(run2);
void submit(Job2 &j) {
  ray::Task(run2).Remote(j); // expect-warning{{'**j.wake' is a synchronisation primitive (std::condition_variable)}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: ray-remote-span-argument
int sum(std::span<const int>) { return 0; }
RAY_REMOTE(sum);
void submit(std::span<const int> values) {
  ray::Task(sum).Remote(values); // expect-warning{{'values' is an address (std::span<const int>)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: ray-remote-union
union Number {
  int i;
  float f;
};
int num(Number) { return 0; }
RAY_REMOTE(num);
void submit(Number n) {
  ray::Task(num).Remote(n); // expect-warning{{'n' is a union (Number): the active member is unknown}}
  // expect-note@-1{{use std::variant}}
}

//=== case: ray-remote-closure-value
int call(int) { return 0; }
RAY_REMOTE(call);
void submit() {
  auto callback = [] { return 1; };
  ray::Task(call).Remote(callback); // expect-warning{{'callback' is a lambda closure}}
  // expect-note@-1{{define it as a namespace-scope function}}
}

//=== case: ray-remote-bind-result
int call(int) { return 0; }
RAY_REMOTE(call);
int add(int a, int b) { return a + b; }
void submit() {
  ray::Task(call).Remote(std::bind(add, 1, 2)); // expect-warning{{is a type-erased callable or value}}
  // expect-note@-1{{send a named function and its arguments instead}}
}

//=== case: ray-remote-pool-named-by-option
// serialint-option: serialint-pool-payload.PoolHandleTypes=Scheduler$
struct Scheduler {
  int queue_depth;
};
int sched(Scheduler &) { return 0; }
RAY_REMOTE(sched);
void submit(Scheduler &s) {
  ray::Task(sched).Remote(s); // expect-warning{{'s' is a pool handle (Scheduler)}}
  // expect-note@-1{{do not ship the pool}}
}

//=== case: pool-handle-trait-is-read-by-the-checks-too
// Its name says nothing and it has a serializer: only the runtime's trait
// tells, and one specialisation marks it for both halves.
#include <serialint/traits.hpp>
struct Scheduler {
  int queue_depth;
  MSGPACK_DEFINE(queue_depth);
};
template <> struct serialint::pool_handle<Scheduler> : std::true_type {};
struct Batch {
  std::vector<int> items;
  Scheduler scheduler; // expect-note{{'scheduler' declared here, of type 'Scheduler', written by 'MSGPACK_DEFINE'}}
  MSGPACK_DEFINE(items, scheduler);
};
int run(Batch &) { return 0; }
RAY_REMOTE(run);
void submit(Batch &b) {
  ray::Task(run).Remote(b); // expect-warning{{'b.scheduler' is a pool handle (Scheduler): pool objects cannot be passed between processes}}
  // expect-note@-1{{do not ship the pool}}
}

//=== case: pool-handle-trait-set-to-false-marks-nothing
#include <serialint/traits.hpp>
struct Scheduler {
  int queue_depth;
  MSGPACK_DEFINE(queue_depth);
};
template <> struct serialint::pool_handle<Scheduler> : std::false_type {};
int plan(Scheduler &) { return 0; }
RAY_REMOTE(plan);
void submit(Scheduler &s) { ray::Task(plan).Remote(s); }

//=== case: classify-trait-gives-the-reason-and-the-authors-why
#include <serialint/traits.hpp>
struct Connection {
  int fd;
  MSGPACK_DEFINE(fd);
};
template <> struct serialint::classify<Connection> {
  static constexpr serialint::reason reason = serialint::reason::os_resource;
  static constexpr const char *why = "holds an open socket";
};
int query(Connection &) { return 0; }
RAY_REMOTE(query);
void submit(Connection &c) {
  ray::Task(query).Remote(c); // expect-warning{{'c' is an operating-system resource (Connection): holds an open socket}}
  // expect-note@-1{{send what the resource is made from}}
}

//=== case: classify-trait-serializable-vouches-for-a-class
// Without the trait: a class with no serializer, as in
// ray-remote-class-without-msgpack-define.
#include <serialint/traits.hpp>
class Blob {
public:
  explicit Blob(int b) : bytes(b) {}

private:
  int bytes;
};
template <> struct serialint::classify<Blob> {
  static constexpr bool serializable = true;
};
int store(Blob &) { return 0; }
RAY_REMOTE(store);
void submit(Blob &b) { ray::Task(store).Remote(b); }

//=== case: classify-trait-wins-over-pool-handle
// As in the runtime: classify<T> is read first.
#include <serialint/traits.hpp>
struct Scheduler {
  std::vector<int> queue;
  MSGPACK_DEFINE(queue);
};
template <> struct serialint::pool_handle<Scheduler> : std::true_type {};
template <> struct serialint::classify<Scheduler> {
  static constexpr serialint::reason reason = serialint::reason::sync_primitive;
};
int plan(Scheduler &) { return 0; }
RAY_REMOTE(plan);
void submit(Scheduler &s) {
  ray::Task(plan).Remote(s); // expect-warning{{'s' is a synchronisation primitive (Scheduler): synchronises threads of this process only}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: pool-with-serializer-is-judged-by-serializer
struct WorkerPool {
  int size;
  MSGPACK_DEFINE(size);
};
int resize(WorkerPool &) { return 0; }
RAY_REMOTE(resize);
void submit(WorkerPool &p) { ray::Task(resize).Remote(p); }

//=== case: asio-thread-pool-inside-aggregate
#include <boost/asio/thread_pool.hpp>
struct Service {
  int port;
  boost::asio::thread_pool *pool; // expect-note{{'pool' declared here, of type 'boost::asio::thread_pool *'}}
};
int serve2(Service) { return 0; }
RAY_REMOTE(serve2);
void submit(Service s) {
  ray::Task(serve2).Remote(s); // expect-warning{{'s.pool' is an address (boost::asio::thread_pool *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: base-class-member-culprit
struct Tracked {
  std::recursive_mutex lock; // expect-note{{'lock' declared here, of type 'std::recursive_mutex'}}
};
struct Message : Tracked { // expect-note{{base class 'Tracked' declared here}}
  int body;
};
int deliver(Message) { return 0; }
RAY_REMOTE(deliver);
void submit(Message &m) {
  ray::Task(deliver).Remote(m); // expect-warning{{'m.lock' is a synchronisation primitive (std::recursive_mutex)}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: communicator-in-payload
struct Plan {
  boost::mpi::communicator comm; // expect-note{{'comm' declared here, of type 'boost::mpi::communicator'}}
  int steps;
  MSGPACK_DEFINE(comm, steps);
};
int execute(Plan &) { return 0; }
RAY_REMOTE(execute);
void submit(Plan &p) {
  ray::Task(execute).Remote(p); // expect-warning{{'p.comm' is a pool handle (boost::mpi::communicator)}}
  // expect-note@-1{{do not ship the pool}}
  // expect-error@object.hpp:647{{no member named 'msgpack_unpack' in 'boost::mpi::communicator'}}
}

//=== case: same-type-many-calls-reported-at-each
struct Shared {
  std::thread t; // expect-note{{'t' declared here}} expect-note{{'t' declared here}}
  MSGPACK_DEFINE(t);
};
int use(Shared &) { return 0; }
RAY_REMOTE(use);
void submit(Shared &a, Shared &b) {
  ray::Task(use).Remote(a); // expect-warning{{'a.t' is an operating-system resource}} expect-note{{send what}}
  ray::Task(use).Remote(b); // expect-warning{{'b.t' is an operating-system resource}} expect-note{{send what}}
  // expect-error@object.hpp:647{{no member named 'msgpack_unpack' in 'std::thread'}}
}

//=== case: member-expression-argument-is-named-as-written
struct Holder2 {
  std::mutex m;
};
int hold(std::mutex &) { return 0; }
struct Owner {
  Holder2 h;
};
void submit(Owner &o) {
  ray::Task(consume<int>).Remote(o.h.m); // expect-warning{{argument 'o.h.m' of type 'std::mutex'}} expect-note{{leave it out}}
}

//=== case: unknown-profile-is-a-configuration-error
// serialint-option: serialint-pool-payload.Profiles=ray;mpi
// expect-error@config{{unknown pool-API profile 'mpi' in option 'serialint-pool-payload.Profiles'; known profiles are ray, hpx, upcxx, ygm, boost-mpi, annotated}}
void nothing() {}

//=== case: bad-pool-handle-regex-is-a-configuration-error
// serialint-option: serialint-pool-payload.PoolHandleTypes=Pool(
// expect-error@config{{invalid regular expression 'Pool(' in option 'serialint-pool-payload.PoolHandleTypes'}}
void nothing() {}

//=== case: member-function-pointer-payload
struct Handler {
  int on(int x) { return x; }
};
int dispatch(int (Handler::*)(int)) { return 0; }
RAY_REMOTE(dispatch);
void submit() {
  ray::Task(dispatch).Remote(&Handler::on); // expect-warning{{'&Handler::on' is a bound member function (int (Handler::*)(int)): carries the object's address, not the object}}
  // expect-note@-1{{wrap the member call in a free function that takes the object by value}}
}

//=== case: ray-put-payload
struct Blob {
  std::unique_ptr<int[]> bytes;
};
void store(Blob &b) {
  ray::Put(b); // expect-warning{{argument 'b' of type 'Blob' cannot be sent to another process by 'ray::Put': 'b' is a class with no serializer (Blob)}}
  // expect-note@-1{{list the members of 'Blob' to send in MSGPACK_DEFINE(...)}}
}

// ---------------------------------------------------------------- found on real code

//=== case: upcxx-team-argument-is-sent-as-its-id
#include <upcxx/upcxx.hpp>
void askTeam() {
  upcxx::rpc(0, [](upcxx::team &t) { return t.rank_me(); }, upcxx::local_team());
}

//=== case: upcxx-serialized-fields-note-names-the-macro
// serialint-releases: upcxx
#include <upcxx/upcxx.hpp>
struct Cell {
  int id;
  double *weights; // expect-note{{'weights' declared here, of type 'double *', written by 'UPCXX_SERIALIZED_FIELDS'}}
  UPCXX_SERIALIZED_FIELDS(id, weights)
};
void sendCell(const Cell &cell) {
  upcxx::rpc_ff(1, [](const Cell &) {}, cell); // expect-warning{{'cell.weights' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: upcxx-2020-serialized-fields-are-what-is-judged
// UPC++ 2020.x expands UPCXX_SERIALIZED_FIELDS to a member named
// upcxx_serialized_fields, without the later reserved prefix (its
// src/serialization.hpp); what it lists is what is sent.
#include <tuple>
#include <upcxx/upcxx.hpp>
#undef UPCXX_SERIALIZED_FIELDS
#define UPCXX_SERIALIZED_FIELDS(...)                                                   \
  auto upcxx_serialized_fields()->decltype(std::forward_as_tuple(__VA_ARGS__)) {      \
    return std::forward_as_tuple(__VA_ARGS__);                                         \
  }
struct OldCell {
  int *scratch = nullptr; // not listed, so not sent
  int id = 0;
  double *weights = nullptr; // expect-note{{'weights' declared here, of type 'double *', written by 'UPCXX_SERIALIZED_FIELDS'}}
  UPCXX_SERIALIZED_FIELDS(id, weights)
};
struct OldTally {
  int *scratch = nullptr; // not listed, so not sent
  int count = 0;
  UPCXX_SERIALIZED_FIELDS(count)
};
void sendOld(const OldCell &cell, const OldTally &tally) {
  upcxx::rpc_ff(1, [](const OldCell &) {}, cell); // expect-warning{{'cell.weights' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
  upcxx::rpc_ff(1, [](const OldTally &) {}, tally);
}

//=== case: upcxx-serialized-fields-are-read-whatever-the-member-is-named
// A release that renames the member UPCXX_SERIALIZED_FIELDS declares (as
// 2020.3.2 and 2021.9.0 did): the member the macro wrote is read.
#include <tuple>
#include <upcxx/upcxx.hpp>
#undef UPCXX_SERIALIZED_FIELDS
#define UPCXX_SERIALIZED_FIELDS(...)                                                   \
  auto upcxx_future_serialized_fields()->decltype(std::forward_as_tuple(__VA_ARGS__)) { \
    return std::forward_as_tuple(__VA_ARGS__);                                         \
  }                                                                                    \
  struct upcxx_serialization {};
struct FutureCell {
  int *scratch = nullptr; // not listed, so not sent
  int id = 0;
  double *weights = nullptr; // expect-note{{'weights' declared here, of type 'double *', written by 'UPCXX_SERIALIZED_FIELDS'}}
  UPCXX_SERIALIZED_FIELDS(id, weights)
};
void sendFuture(const FutureCell &cell) {
  upcxx::rpc_ff(1, [](const FutureCell &) {}, cell); // expect-warning{{'cell.weights' is an address (double *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: boost-make-array-writes-the-elements
#include <boost/serialization/array_wrapper.hpp>
struct Samples {
  std::size_t size = 0;
  double *data = nullptr;
  template <class Archive> void serialize(Archive &ar, const unsigned) {
    ar & size;
    ar & boost::serialization::make_array(data, size);
  }
};
void sendSamples(boost::mpi::communicator &world, const Samples &s) { world.send(1, 0, s); }

//=== case: boost-make-array-of-marked-elements
#include <boost/serialization/array_wrapper.hpp>
struct Lock {
  SERIALINT_UNSERIALIZABLE("a lock of this process");
  template <class Archive> void serialize(Archive &, const unsigned) {}
};
struct Locks {
  std::size_t size = 0;
  Lock *items = nullptr; // expect-note{{'items' declared here, of type 'Lock *', written by 'Locks::serialize'}}
  template <class Archive> void serialize(Archive &ar, const unsigned) {
    ar & size & boost::serialization::make_array(items, size);
  }
};
void sendLocks(boost::mpi::communicator &world, const Locks &locks) {
  world.send(1, 0, locks); // expect-warning{{'locks.items[i]' is marked unserializable (Lock): a lock of this process}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: boost-split-member-is-judged-by-save
#include <boost/serialization/split_member.hpp>
struct Session {
  SERIALINT_UNSERIALIZABLE("an open session");
  template <class Archive> void serialize(Archive &, const unsigned) {}
};
struct Split {
  int id = 0;
  Session session; // expect-note{{'session' declared here, of type 'Session', written by 'Split::save'}}
  template <class Archive> void save(Archive &ar, const unsigned) const { ar & id & session; }
  template <class Archive> void load(Archive &ar, const unsigned) { ar & id; }
  BOOST_SERIALIZATION_SPLIT_MEMBER()
};
void sendSplit(boost::mpi::communicator &world, const Split &s) {
  world.send(1, 0, s); // expect-warning{{'s.session' is marked unserializable (Session): an open session}}
  // expect-note@-1{{leave it out of what is serialized}}
}

//=== case: hpx-split-member-is-judged-by-save
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
struct SplitPtr {
  int *p = nullptr; // expect-note{{'p' declared here, of type 'int *', written by 'SplitPtr::save'}}
  template <typename A> void save(A &ar, unsigned) const { ar << p; }
  template <typename A> void load(A &ar, unsigned) { ar >> p; }
  HPX_SERIALIZATION_SPLIT_MEMBER()
};
void takeSplit(SplitPtr) {}
HPX_PLAIN_ACTION(takeSplit, take_split_action)
void sendSplitPtr(hpx::id_type there, const SplitPtr &s) {
  hpx::async<take_split_action>(there, s); // expect-warning{{'s.p' is an address (int *)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: hpx-bitwise-serializable-is-judged-byte-for-byte
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
struct Header {
  int kind;
  std::string tag; // expect-note{{'tag' declared here, of type 'std::string'}}
};
HPX_IS_BITWISE_SERIALIZABLE(Header)
void takeHeader(Header) {}
HPX_PLAIN_ACTION(takeHeader, take_header_action)
void sendHeader(hpx::id_type there, const Header &h) {
  hpx::async<take_header_action>(there, h); // expect-warning{{'h.tag' is an address (std::string)}}
  // expect-note@-1{{'std::string' owns its contents through a pointer}}
  // expect-note@-2{{send the value it points to}}
}

//=== case: boost-free-serialize-for-a-class-template
template <class T> struct Point3 {
  T x, y, z;
};
namespace boost::serialization {
template <class Archive, class T> void serialize(Archive &ar, Point3<T> &p, const unsigned) {
  ar & p.x & p.y & p.z;
}
} // namespace boost::serialization
void sendPoint(boost::mpi::communicator &world, const Point3<double> &p) { world.send(1, 0, p); }

//=== case: mpi-vector-of-mpi-datatypes
struct Pixel {
  int x, y;
  template <class Archive> void serialize(Archive &ar, const unsigned) { ar & x & y; }
};
BOOST_IS_MPI_DATATYPE(Pixel)
struct Tagged {
  int id;
  std::string name; // expect-note{{'name' declared here, of type 'std::string'}}
  template <class Archive> void serialize(Archive &ar, const unsigned) { ar & id & name; }
};
BOOST_IS_MPI_DATATYPE(Tagged)
void sendPixels(boost::mpi::communicator &world, const std::vector<Pixel> &pixels,
                const std::vector<Tagged> &tags) {
  world.send(1, 0, pixels);
  world.send(1, 0, tags); // expect-warning{{'tags[i].name' is an address (std::string)}}
  // expect-note@-1{{'std::string' owns its contents through a pointer}}
  // expect-note@-2{{send the value it points to}}
}

//=== case: ray-c-string-argument-is-packed-as-characters
int length(std::string s) { return static_cast<int>(s.size()); }
RAY_REMOTE(length);
void measure(const char *text) { ray::Task(length).Remote(text); }

//=== case: ray-aggregate-without-msgpack-define
struct Plain {
  int id;
  double weight;
};
void storePlain(const Plain &p) {
  ray::Put(p); // expect-warning{{'p' is a class with no serializer (Plain): msgpack writes a class only through its serialization function, and this aggregate has none}}
  // expect-note@-1{{list the members of 'Plain' to send in MSGPACK_DEFINE(...)}}
}

//=== case: ray-put-of-a-lambda
void storeLambda() {
  ray::Put([](int x) { return x; }); // expect-warning{{is a lambda closure (lambda at}}
  // expect-note@-1{{define it as a namespace-scope function}}
}

//=== case: a-lock-taken-in-save-writes-no-mutex
#include <boost/serialization/split_member.hpp>
struct Guarded {
  std::vector<double> data;
  mutable std::mutex mtx;
  template <class Archive> void save(Archive &ar, const unsigned) const {
    std::lock_guard<std::mutex> lock(mtx);
    ar & data;
  }
  template <class Archive> void load(Archive &ar, const unsigned) { ar & data; }
  BOOST_SERIALIZATION_SPLIT_MEMBER()
};
void sendGuarded(boost::mpi::communicator &world, const Guarded &g) { world.send(1, 0, g); }

//=== case: a-member-only-measured-is-not-written
struct Sized {
  std::vector<int> items;
  std::thread worker; // never written: only its owner's size is
  template <class Archive> void serialize(Archive &ar, const unsigned) {
    const bool running = worker.joinable();
    ar & items;
    (void)running;
  }
};
void sendSized(boost::mpi::communicator &world, const Sized &s) { world.send(1, 0, s); }

//=== case: hpx-new-and-broadcast-ship-their-arguments
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/components.hpp>
#include <hpx/include/lcos.hpp>
struct Settings {
  int level = 0;
  std::mutex *guard = nullptr; // expect-note{{'guard' declared here, of type 'std::mutex *'}} expect-note{{'guard' declared here}}
};
struct Worker : hpx::components::component_base<Worker> {
  explicit Worker(Settings) {}
};
void apply(Settings) {}
HPX_PLAIN_ACTION(apply, apply_action)
void deploy(hpx::id_type there, std::vector<hpx::id_type> const &everyone, Settings const &s,
            int level) {
  hpx::new_<Worker>(there, level);
  hpx::new_<Worker>(there, s); // expect-warning{{argument 's' of type 'Settings' cannot be sent to another process by 'hpx::components::new_': 's.guard' is an address (std::mutex *)}}
  // expect-note@-1{{send the value it points to}}
  hpx::lcos::broadcast<apply_action>(everyone, s); // expect-warning{{argument 's' of type 'Settings' cannot be sent to another process by 'hpx::lcos::broadcast'}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: hpx-async-cb-callback-stays-here
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <string_view>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
int increment(int i) { return i + 1; }
HPX_PLAIN_ACTION(increment, increment_action)
void on_sent(std::error_code const &, hpx::parcelset::parcel const &) {}
void send(hpx::id_type const &target) {
  increment_action inc;
  hpx::async_cb(inc, target, &on_sent, 42);
  hpx::async_cb<increment_action>(target, &on_sent, 42);
  hpx::async_cb(hpx::launch::sync, inc, target, &on_sent, 42);
  hpx::post_cb<increment_action>(target, &on_sent, 42);
  hpx::post_cb(inc, target, [](std::error_code const &, hpx::parcelset::parcel const &) {}, 42);
  hpx::async_cb(label_size_action(), target, &on_sent, std::string_view("label")); // expect-warning{{argument 'std::string_view("label")' of type 'std::string_view' cannot be sent to another process by 'hpx::async_cb'}}
  // expect-note@-1{{send the value it points to}}
  hpx::post_cb<label_size_action>(target, &on_sent, std::string_view("label")); // expect-warning{{argument 'std::string_view("label")' of type 'std::string_view' cannot be sent to another process by 'hpx::post_cb'}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: hpx-clients-and-distribution-policies-are-targets
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/components.hpp>
#include <string_view>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
struct counter_server : hpx::components::component_base<counter_server> {};
struct counter : hpx::components::client_base<counter, counter_server> {
  using base_type = hpx::components::client_base<counter, counter_server>;
  explicit counter(hpx::id_type const &id) : base_type(id) {}
};
void send(hpx::id_type const &target, counter const &c) {
  hpx::post(label_size_action(), hpx::colocated(target), std::string_view("colocated")); // expect-warning{{argument 'std::string_view("colocated")' of type 'std::string_view' cannot be sent to another process by 'hpx::post'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async<label_size_action>(c, std::string_view("client")); // expect-warning{{argument 'std::string_view("client")' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  auto here = [](counter const &, std::string_view s) { return s.size(); };
  hpx::async(here, c, std::string_view("local")); // runs here: no action
}

//=== case: hpx-derived-client-is-serialized-by-client-base
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/components.hpp>
#include <utility>
struct partition_server : hpx::components::component_base<partition_server> {};
struct partition : hpx::components::client_base<partition, partition_server> {
  using base_type = hpx::components::client_base<partition, partition_server>;
  partition() = default;
  explicit partition(hpx::id_type const &id) : base_type(id) {}
};
void take(partition) {}
HPX_PLAIN_ACTION(take, take_action)
void send(hpx::id_type const &there, partition p) {
  hpx::post(take_action(), there, p);
  hpx::post(take_action(), there, std::move(p));
}

//=== case: hpx-forwarding-inside-hpx-gets-no-finding-of-its-own
// serialint-releases: hpx
// The model's async forwards the arguments to the action's call operator, as
// HPX does; the finding is the user's line only.
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <string_view>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
void send(hpx::id_type const &there, std::string_view label) {
  hpx::async(label_size_action(), there, label); // expect-warning{{argument 'label' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async<label_size_action>(there, label); // expect-warning{{argument 'label' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: hpx-collectives-send-the-local-value-and-the-operation
// serialint-releases: hpx
#include <hpx/hpx.hpp>
#include <hpx/modules/collectives.hpp>
#include <functional>
#include <string_view>
#include <vector>
using namespace hpx::collectives;
void reduceAll(communicator const &comm, std::size_t site, std::string_view label) {
  hpx::future<int> sum = all_reduce(comm, 42, std::plus<>{}, this_site_arg(site));
  hpx::future<int> product = all_reduce("product", 2, [](int a, int b) { return a * b; },
                                        num_sites_arg(4), this_site_arg(site));
  hpx::future<std::vector<int>> all = all_gather(comm, int(site));
  hpx::future<int> mine = scatter_to(comm, std::vector<int>{1, 2, 3});
  hpx::future<int> got = broadcast_from<int>(comm);
  broadcast_to(comm, label); // expect-warning{{argument 'label' of type 'std::string_view' cannot be sent to another process by 'hpx::collectives::broadcast_to'}}
  // expect-note@-1{{send the value it points to}}
  all_gather("labels", label, num_sites_arg(4), this_site_arg(site)); // expect-warning{{argument 'label' of type 'std::string_view' cannot be sent to another process by 'hpx::collectives::all_gather'}}
  // expect-note@-1{{send the value it points to}}
  const char *tag = "sum";
  all_reduce(comm, tag, [](const char *a, const char *) { return a; }); // expect-warning{{argument 'tag' of type 'const char *' cannot be sent to another process by 'hpx::collectives::all_reduce'}}
  // expect-note@-1{{send the value it points to}}
  (void)sum, (void)product, (void)all, (void)mine, (void)got;
}

//=== case: hpx-bind-of-an-action-sends-its-bound-arguments
// serialint-releases: hpx
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/functional.hpp>
#include <string_view>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
std::size_t twice(std::size_t n) { return 2 * n; }
HPX_PLAIN_ACTION(twice, twice_action)
void store(hpx::id_type const &there, std::string_view label) {
  hpx::distributed::function<std::size_t()> later = hpx::bind<twice_action>(there, 21);
  hpx::distributed::function<std::size_t()> sized = hpx::bind<label_size_action>(there, label); // expect-warning{{argument 'label' of type 'std::string_view' cannot be sent to another process by 'hpx::bind'}}
  // expect-note@-1{{send the value it points to}}
  auto bound = hpx::bind(label_size_action(), there, std::string_view("bound")); // expect-warning{{argument 'std::string_view("bound")' of type 'std::string_view' cannot be sent to another process by 'hpx::bind'}}
  // expect-note@-1{{send the value it points to}}
  auto here = hpx::bind([](std::string_view s) { return s.size(); }, label);
  (void)later, (void)sized, (void)bound, (void)here;
}

//=== case: hpx-a-string-view-is-caught-through-every-route
// serialint-releases: hpx
// The argument HPX sends byte for byte from 1.10 on (and rejects in 1.9),
// through each way HPX ships an action's arguments: one finding each, at
// the user's line, none in HPX's headers.
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/components.hpp>
#include <hpx/include/lcos.hpp>
#include <hpx/modules/collectives.hpp>
#include <string_view>
#include <vector>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
struct labeller_server : hpx::components::component_base<labeller_server> {
  std::size_t label(std::string_view s) noexcept { return s.size(); }
  HPX_DEFINE_COMPONENT_ACTION(labeller_server, label)
};
struct labeller : hpx::components::client_base<labeller, labeller_server> {
  using base_type = hpx::components::client_base<labeller, labeller_server>;
  explicit labeller(hpx::id_type const &id) : base_type(id) {}
};
struct Labelled : hpx::components::component_base<Labelled> {
  explicit Labelled(std::string_view) {}
};
void on_sent(std::error_code const &, hpx::parcelset::parcel const &) {}
void everyRoute(hpx::id_type const &there, std::vector<hpx::id_type> const &everyone,
                labeller const &client, hpx::collectives::communicator const &comm,
                std::string_view sv) {
  hpx::post(label_size_action(), there, sv); // expect-warning:41{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::post'}}
  // expect-note@-1{{send the value it points to}}
  hpx::post<label_size_action>(there, sv); // expect-warning:39{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::post'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async(label_size_action(), there, sv); // expect-warning:42{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async<label_size_action>(there, sv); // expect-warning:40{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async(hpx::launch::async, label_size_action(), there, sv); // expect-warning:62{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  hpx::sync(label_size_action(), there, sv); // expect-warning:41{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::sync'}}
  // expect-note@-1{{send the value it points to}}
  hpx::sync<label_size_action>(there, sv); // expect-warning:39{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::sync'}}
  // expect-note@-1{{send the value it points to}}
  hpx::apply(label_size_action(), there, sv); // expect-warning:42{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::apply'}}
  // expect-note@-1{{send the value it points to}}
  label_size_action()(there, sv); // expect-warning:30{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::actions::basic_action::operator()'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async_cb(label_size_action(), there, &on_sent, sv); // expect-warning:55{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::async_cb'}}
  // expect-note@-1{{send the value it points to}}
  hpx::post_cb<label_size_action>(there, &on_sent, sv); // expect-warning:52{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::post_cb'}}
  // expect-note@-1{{send the value it points to}}
  hpx::dataflow(label_size_action(), there, sv); // expect-warning:45{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::dataflow'}}
  // expect-note@-1{{send the value it points to}}
  hpx::dataflow<label_size_action>(there, sv); // expect-warning:43{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::dataflow'}}
  // expect-note@-1{{send the value it points to}}
  hpx::post(label_size_action(), hpx::colocated(there), sv); // expect-warning:57{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::post'}}
  // expect-note@-1{{send the value it points to}}
  hpx::async<labeller_server::label_action>(client, sv); // expect-warning:53{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::async'}}
  // expect-note@-1{{send the value it points to}}
  hpx::new_<Labelled>(there, sv); // expect-warning:30{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::components::new_'}}
  // expect-note@-1{{send the value it points to}}
  hpx::lcos::broadcast<label_size_action>(everyone, sv); // expect-warning:53{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::lcos::broadcast'}}
  // expect-note@-1{{send the value it points to}}
  hpx::collectives::broadcast_to(comm, sv); // expect-warning:40{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::collectives::broadcast_to'}}
  // expect-note@-1{{send the value it points to}}
  hpx::collectives::all_gather(comm, sv); // expect-warning:38{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::collectives::all_gather'}}
  // expect-note@-1{{send the value it points to}}
  hpx::collectives::all_reduce("labels", sv, [](std::string_view a, std::string_view) { return a; }); // expect-warning:42{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::collectives::all_reduce'}}
  // expect-note@-1{{send the value it points to}}
  hpx::bind<label_size_action>(there, sv); // expect-warning:39{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::bind'}}
  // expect-note@-1{{send the value it points to}}
  hpx::bind(label_size_action(), there, sv); // expect-warning:41{{argument 'sv' of type 'std::string_view' cannot be sent to another process by 'hpx::bind'}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: moved-argument-is-named-by-its-written-type
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <string_view>
#include <utility>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
void send(hpx::id_type const &there, std::string_view label) {
  hpx::post(label_size_action(), there, std::move(label)); // expect-warning{{argument 'std::move(label)' of type 'std::string_view' cannot be sent to another process by 'hpx::post'}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: computed-types-are-named-as-users-know-them
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <string_view>
#include <type_traits>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
void send(hpx::id_type const &there, std::string_view label) {
  std::remove_reference<std::string_view &>::type trait = label;
  decltype(label) same = label;
  hpx::post(label_size_action(), there, trait); // expect-warning{{argument 'trait' of type 'std::basic_string_view<char>' cannot be sent to another process by 'hpx::post': 'trait' is an address (std::basic_string_view<char>)}}
  // expect-note@-1{{send the value it points to}}
  hpx::post(label_size_action(), there, same); // expect-warning{{argument 'same' of type 'std::string_view' cannot be sent to another process by 'hpx::post': 'same' is an address (std::string_view)}}
  // expect-note@-1{{send the value it points to}}
}

//=== case: hpx-dataflow-of-an-action-ships-its-arguments
// serialint-releases: hpx
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <hpx/include/lcos.hpp>
#include <string_view>
#include <utility>
std::size_t label_size(std::string_view label) { return label.size(); }
HPX_PLAIN_ACTION(label_size, label_size_action)
int add(int a, int b) { return a + b; }
HPX_PLAIN_ACTION(add, add_action)
void send(hpx::id_type const &there) {
  hpx::future<int> a = hpx::make_ready_future(1);
  hpx::shared_future<int> b = hpx::make_ready_future(2).share();
  hpx::future<int> sum = hpx::dataflow(add_action(), there, std::move(a), b);
  hpx::future<int> later = hpx::dataflow<add_action>(there, 1, b);
  hpx::future<int> now = hpx::dataflow(hpx::launch::async, add_action(), there, 1, 2);
  std::string_view here_only("local");
  auto local = hpx::dataflow([here_only](hpx::future<int> x) { return x.get() + int(here_only.size()); }, std::move(sum));
  hpx::dataflow(label_size_action(), there, std::string_view("dataflow")); // expect-warning{{argument 'std::string_view("dataflow")' of type 'std::string_view' cannot be sent to another process by 'hpx::dataflow'}}
  // expect-note@-1{{send the value it points to}}
  hpx::dataflow<label_size_action>(there, here_only); // expect-warning{{argument 'here_only' of type 'std::string_view' cannot be sent to another process by 'hpx::dataflow'}}
  // expect-note@-1{{send the value it points to}}
  (void)later;
  (void)now;
  (void)local;
}

//=== case: mpi-broadcast-helper-is-reported-at-each-bad-instantiation
// The shape of Boost.MPI's own test/broadcast_test.cpp: a generic helper the
// user instantiates once per type. The good types stay quiet; each bad one
// is reported once, with the line that asked for it.
#include <boost/serialization/string.hpp>
struct Reading {
  double value;
  double *calibration; // expect-note{{'calibration' declared here, of type 'double *'}}
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & value; }
  bool operator==(const Reading &) const = default;
};
BOOST_IS_MPI_DATATYPE(Reading)
template <typename T>
void broadcast_test(const boost::mpi::communicator &comm, const T &bc_value, const char *kind,
                    int root = -1) {
  if (root == -1) {
    for (root = 0; root < comm.size(); ++root)
      broadcast_test(comm, bc_value, kind, root);
  } else {
    T value;
    if (comm.rank() == root)
      value = bc_value;
    boost::mpi::broadcast(comm, value, root); // expect-warning:33{{argument 'value' of type 'std::basic_string_view<char>' cannot be sent to another process by 'boost::mpi::broadcast': 'value' is an address}} expect-warning:33{{argument 'value' of type 'Reading' cannot be sent to another process by 'boost::mpi::broadcast': 'value.calibration' is an address (double *)}}
    // expect-note@-1{{send the value it points to}} expect-note@-1{{send the value it points to}}
  }
}
void broadcastEverything(const boost::mpi::communicator &comm) {
  broadcast_test(comm, 17, "integers");
  broadcast_test(comm, std::string("seventeen"), "strings");
  broadcast_test(comm, std::string_view("seventeen"), "views"); // expect-note:3{{in instantiation of function template specialization 'broadcast_test<std::basic_string_view<char>>' requested here}}
  broadcast_test(comm, Reading{1.5, nullptr}, "readings"); // expect-note:3{{in instantiation of function template specialization 'broadcast_test<Reading>' requested here}}
  // expect-error@access.hpp:116{{no member named 'serialize' in 'std::basic_string_view<char>'}}
}

//=== case: call-that-depends-on-no-template-argument-is-reported-once
// The template holds the finding for every instantiation, with no notes.
struct Probe {
  double *at; // expect-note{{'at' declared here, of type 'double *'}}
  template <class Archive> void serialize(Archive &, const unsigned int) {}
};
BOOST_IS_MPI_DATATYPE(Probe)
template <class T> void sendWithProbe(boost::mpi::communicator &world, const T &value) {
  Probe probe{nullptr};
  world.send(1, 0, probe); // expect-warning{{argument 'probe' of type 'Probe' cannot be sent to another process by 'boost::mpi::communicator::send': 'probe.at' is an address}}
  // expect-note@-1{{send the value it points to}}
  world.send(1, 1, value);
}
void sendSeveral(boost::mpi::communicator &world) {
  sendWithProbe(world, 1);
  sendWithProbe(world, 2.5);
}
