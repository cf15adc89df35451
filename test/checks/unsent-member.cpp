// Cases for serialint-unsent-member. See test/harness/CheckHarness.h for the
// expectation syntax. Ray, HPX, UPC++ and YGM are the models in test/models;
// cereal is Debian's.
// serialint-checks: -*,serialint-unsent-member
#include <cereal/types/base_class.hpp>
#include <hpx/hpx.hpp>
#include <hpx/include/actions.hpp>
#include <ray/api.h>
#include <serialint/annotations.hpp>
#include <upcxx/upcxx.hpp>
#include <ygm/comm.hpp>

#include <cstddef>
#include <string>

inline void use(const std::string &) {}

//=== case: ygm-cereal-member-serialize-leaves-out-a-read-member
struct Job {
  int id = 0;
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(id); } // expect-note:33{{'Job::serialize' declared here, without 'name'}}
};
void submit(ygm::comm &world, const Job &job) {
  world.async(1, [](ygm::comm *, const Job &j) { use(j.name); }, job); // expect-warning:56{{'name' is read by the work sent to 'ygm::comm::async' but 'Job::serialize' never writes it: the worker sees a default-constructed value}}
  // expect-note@-1:56{{write 'name' in 'Job::serialize', or stop reading it in the work}}
}

//=== case: ygm-everything-written-is-silent
// Static members and member functions are not what a serializer writes.
struct Job {
  static int instances;
  int id = 0;
  std::string name;
  const std::string &label() const { return name; }
  template <class Archive> void serialize(Archive &ar) { ar(id, name); }
};
void submit(ygm::comm &world, const Job &job) {
  world.async(
      1, [](auto, const Job &j) { use(j.name + std::to_string(j.id + Job::instances)); use(j.label()); },
      job);
}

//=== case: serializer-handing-the-object-on-is-trusted
// What `write_fields` writes is not read here: the class is trusted.
struct Job {
  int id = 0;
  std::string name;
  template <class Archive> void write_fields(Archive &ar) { ar(id, name); }
  template <class Archive> void serialize(Archive &ar) { write_fields(ar); }
};
void submit(ygm::comm &world, const Job &job) {
  world.async(1, [](const Job &j) { use(j.name); }, job);
}

//=== case: boost-free-serialize-leaves-out-a-read-member
template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=boost")
void apply_async(F &&, A &&...) {}
struct Point {
  double x = 0, y = 0;
};
template <class Archive> void serialize(Archive &ar, Point &p, const unsigned) { ar & p.x; } // expect-note:31{{'serialize(Archive &, Point &)' declared here, without 'y'}}
double norm(Point p) { return p.x * p.x + p.y * p.y; } // expect-warning:45{{'y' is read by the work sent to 'apply_async' but 'serialize(Archive &, Point &)' never writes it}}
// expect-note@-1{{write 'y' in 'serialize(Archive &, Point &)', or stop reading it in the work}}
void submit(const Point &pt) { apply_async(norm, pt); }

//=== case: ray-msgpack-define-leaves-out-a-read-member
struct Order {
  int id = 0;
  std::string note;
  MSGPACK_DEFINE(id); // expect-note{{'MSGPACK_DEFINE' used here, without 'note'}}
};
std::size_t noteLength(Order order) { return order.note.size(); } // expect-warning{{'note' is read by the work sent to 'ray::internal::TaskCaller::Remote' but 'MSGPACK_DEFINE' never writes it}}
// expect-note@-1{{add 'note' to MSGPACK_DEFINE(...), or stop reading it in the work}}
RAY_REMOTE(noteLength);
void submit(const Order &order) { ray::Task(noteLength).Remote(order); }

//=== case: ray-function-defined-in-another-unit-is-silent
struct Order {
  int id = 0;
  std::string note;
  MSGPACK_DEFINE(id);
};
std::size_t noteLength(Order order); // its body is in another translation unit
RAY_REMOTE(noteLength);
void submit(const Order &order) { ray::Task(noteLength).Remote(order); }

//=== case: upcxx-serialized-fields-leaves-out-a-read-member
struct Cell {
  int id = 0;
  double weight = 1.0;
  UPCXX_SERIALIZED_FIELDS(id) // expect-note{{'UPCXX_SERIALIZED_FIELDS' used here, without 'weight'}}
};
void submit(const Cell &cell) {
  upcxx::rpc_ff(1, [](const Cell &c) { return c.weight * 2; }, cell); // expect-warning{{'weight' is read by the work sent to 'upcxx::rpc_ff' but 'UPCXX_SERIALIZED_FIELDS' never writes it}}
  // expect-note@-1{{add 'weight' to UPCXX_SERIALIZED_FIELDS(...), or stop reading it in the work}}
}

//=== case: member-written-by-the-base-serializer-is-silent
struct Base {
  int id = 0;
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};
struct Derived : Base {
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(cereal::base_class<Base>(this), name); }
};
void submit(ygm::comm &world, const Derived &d) {
  world.async(1, [](auto, const auto &job) { use(job.name + std::to_string(job.id)); }, d);
}

//=== case: member-the-base-serializer-leaves-out-is-named
struct Base {
  int id = 0;
  std::string owner;
  template <class Archive> void serialize(Archive &ar) { ar(id); } // expect-note{{'Base::serialize' declared here, without 'owner'}}
};
struct Derived : Base {
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(cereal::base_class<Base>(this), name); }
};
void submit(ygm::comm &world, const Derived &d) {
  world.async(1, [](auto, const auto &job) { use(job.name + job.owner); }, d); // expect-warning{{'owner' is read by the work sent to 'ygm::comm::async' but 'Base::serialize' never writes it}}
  // expect-note@-1{{write 'owner' in 'Base::serialize'}}
}

//=== case: member-assigned-before-it-is-read-is-silent
struct Job {
  int id = 0;
  std::string name;
  int tries = 0;
  template <class Archive> void serialize(Archive &ar) { ar(id); } // expect-note{{'Job::serialize' declared here, without 'tries'}}
};
void submit(ygm::comm &world, const Job &job) {
  world.async(
      1,
      [](Job j) {
        j.name = "worker-" + std::to_string(j.id);
        use(j.name);
        j.tries = j.tries + 1; // expect-warning{{'tries' is read by the work sent to 'ygm::comm::async'}} expect-note{{write 'tries' in 'Job::serialize'}}
      },
      job);
}

//=== case: hpx-action-reads-a-member-the-serializer-leaves-out
struct Sample {
  int n = 0;
  double scale = 1.0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & n; } // expect-note{{'Sample::serialize' declared here, without 'scale'}}
};
// Sent as its bytes: every member arrives.
struct Raw {
  int n = 0;
  double scale = 1.0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & n; }
};
HPX_IS_BITWISE_SERIALIZABLE(Raw)
double scaled(Sample s) { return s.n * s.scale; } // expect-warning{{'scale' is read by the work sent to 'hpx::async' but 'Sample::serialize' never writes it}}
// expect-note@-1{{write 'scale' in 'Sample::serialize'}}
HPX_PLAIN_ACTION(scaled, scaled_action)
double raw(Raw r) { return r.n * r.scale; }
HPX_PLAIN_ACTION(raw, raw_action)
void submit(hpx::id_type there, const Sample &s, const Raw &r) {
  hpx::async<scaled_action>(there, s);
  hpx::async<raw_action>(there, r);
}

//=== case: member-restored-by-load-is-silent
// `load` rebuilds what `save` leaves out.
struct Cached {
  std::string text;
  std::size_t length = 0;
  template <class Archive> void save(Archive &ar) const { ar(text); }
  template <class Archive> void load(Archive &ar) {
    ar(text);
    length = text.size();
  }
};
void submit(ygm::comm &world, const Cached &c) {
  world.async(1, [](const Cached &c) { return c.length; }, c);
}

//=== case: hpx-action-object-called-with-a-target
struct Sample {
  int n = 0;
  double scale = 1.0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & n; } // expect-note{{'Sample::serialize' declared here, without 'scale'}}
};
double scaled(const Sample &s) { return s.n * s.scale; } // expect-warning{{'scale' is read by the work sent to 'hpx::actions::basic_action::operator()' but 'Sample::serialize' never writes it}}
// expect-note@-1{{write 'scale' in 'Sample::serialize'}}
HPX_PLAIN_ACTION(scaled, scaled_action)
void submit(hpx::id_type there, const Sample &s) {
  scaled_action act;
  act(there, s);
}

//=== case: generic-sender-is-reported-at-the-instantiation-that-sends-the-bad-type
// The finding is at the read; the note chain leads to the user's call.
struct Job {
  int id = 0;
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(id); } // expect-note{{'Job::serialize' declared here, without 'name'}}
};
struct Complete {
  int id = 0;
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(id, name); }
};
template <class T> void send_named(ygm::comm &world, const T &value) {
  world.async(1, [](const T &v) { use(v.name); }, value); // expect-warning{{'name' is read by the work sent to 'ygm::comm::async' but 'Job::serialize' never writes it}}
  // expect-note@-1{{write 'name' in 'Job::serialize', or stop reading it in the work}}
}
void submit(ygm::comm &world) {
  send_named(world, Complete{});
  send_named(world, Job{}); // expect-note{{in instantiation of function template specialization 'send_named<Job>' requested here}}
}
