// The code blocks of docs/runtime.md, between docs:begin/end markers. Run by
// ctest (docs.snippet.runtime), which checks what it prints.
// docs:begin inspect
#include <serialint/serialint.hpp>
// docs:end inspect

#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../../../examples/pool_in_context/job.hpp"

namespace customization {

struct Connection {
  int socket = -1;
};
class Blob {
  std::vector<char> bytes_;
};
template <class T> class Executor {
  T state_;
};
class Foreign {
  std::string name_;
};

} // namespace customization

using customization::Blob;
using customization::Connection;
using customization::Executor;
using customization::Foreign;

// docs:begin traits
// Any reason from reasons.hpp, with an optional why of your own:
template <> struct serialint::classify<Connection> {
  static constexpr serialint::reason reason = serialint::reason::os_resource;
  static constexpr const char *why = "holds an open socket";
};
// A class serialint cannot open that is fine to ship:
template <> struct serialint::classify<Blob> { static constexpr bool serializable = true; };
// A pool, executor, communicator (partial specialisations work):
template <class T> struct serialint::pool_handle<Executor<T>> : std::true_type {};
// From reasons.hpp's neighbour annotations.hpp, for a foreign type:
template <> struct serialint::unserializable_reason<Foreign> { static constexpr const char *why = "..."; };
// docs:end traits

namespace shapes {

struct Shape {
  virtual ~Shape() = default;
  template <class Archive> void serialize(Archive &, const unsigned) {}
};
struct Circle : Shape {
  double radius = 1;
  template <class Archive> void serialize(Archive &ar, const unsigned) { ar & radius; }
};
struct Square : Shape {
  double side = 1;
  template <class Archive> void serialize(Archive &ar, const unsigned) { ar & side; }
};
struct Triangle : Shape {
  template <class Archive> void serialize(Archive &, const unsigned) {}
};
struct Drawing {
  std::vector<std::unique_ptr<Shape>> shapes;
};

} // namespace shapes

namespace cost {

struct Job {
  std::string task;
  std::vector<int> inputs;
};
// docs:begin verdict
static_assert(serialint::static_verdict<Job> == serialint::verdict::always_ok);
// docs:end verdict

} // namespace cost

namespace budget {

struct Model {
  std::string name = "resnet";
  std::vector<float> weights = std::vector<float>(10'000'000); // 40 MB
  std::map<std::string, int> vocabulary = {{"cat", 1}, {"dog", 2}};
};

} // namespace budget

namespace {

void inspect_job(const pool_example::Job &job) {
  // docs:begin inspect

  serialint::report found = serialint::inspect(job, {.root_name = "job"});
  for (const serialint::finding &f : found.findings())
    std::cerr << f.path << " (" << f.type << "): " << f.reason_name() << ": " << f.message << '\n';
  // job.ctx.pool (pool_example::ThreadPool): pool-handle: a pool handle: pool objects cannot be passed between processes

  serialint::trace(job, std::cerr, {.root_name = "job"});   // the whole walk, as a tree
  serialint::require_serializable(job);                      // throws serialint::unserializable_error
  // docs:end inspect
}

// Each trait of the `traits` block gives the reason it names.
int check_traits() {
  int wrong = 0;
  auto expect = [&](const serialint::report &found, const char *what, std::string_view reason) {
    const bool ok = reason.empty() ? found.ok()
                                   : !found.ok() && found.findings().front().reason_name() == reason;
    if (!ok) {
      std::cerr << "wrong verdict for " << what << ":\n" << found.to_string();
      ++wrong;
    }
  };
  expect(serialint::inspect(Connection{}), "Connection", "os-resource");
  expect(serialint::inspect(Blob{}), "Blob", "");
  expect(serialint::inspect(Executor<int>{}), "Executor<int>", "pool-handle");
  expect(serialint::inspect(Foreign{}), "Foreign", "marked");
  return wrong;
}

// Circle is registered by the macro at static initialisation, Square by the
// call; Triangle, never registered, is what the walk must report.
int check_polymorphic() {
  using shapes::Circle, shapes::Shape;
  shapes::Drawing drawing;
  drawing.shapes.push_back(std::make_unique<shapes::Circle>());
  drawing.shapes.push_back(std::make_unique<shapes::Square>());
  drawing.shapes.push_back(std::make_unique<shapes::Triangle>());
  // docs:begin polymorphic
  serialint::register_polymorphic<Shape, Circle>();   // at run time, or
  // docs:end polymorphic
  serialint::register_polymorphic<Shape, shapes::Square>();
  const serialint::report found = serialint::inspect(drawing, {.root_name = "drawing"});
  std::cerr << found.to_string();
  const bool only_triangle = found.findings().size() == 1 &&
                             found.findings().front().path == "*drawing.shapes[2]" &&
                             found.findings().front().reason_name() == "unregistered-polymorphic";
  return only_triangle ? 0 : 1;
}

// A model over its budget: the report names the weights and stays ok, the
// trace marks them, require_serializable does not throw.
int check_budget() {
  const budget::Model model;
  // docs:begin budget
  serialint::options opts{.root_name = "model", .max_bytes = 10'000'000};
  serialint::report sized = serialint::inspect(model, opts);
  std::cerr << sized;  // ok, too big
                       // too-big: model is 40.0 MB, over options::max_bytes (10.0 MB): ...
  bool fine = sized.ok() && sized.complete();         // true: a size note refuses nothing
  const serialint::size_note &why = sized.size_notes().front();
  std::cerr << why.largest[0].path << ": " << why.largest[0].bytes << " B\n";  // model.weights: 40000008 B

  serialint::trace(model, std::cerr, opts);           // marks model.weights too-big
  serialint::require_serializable(model, opts);       // does not throw
  // docs:end budget
  return fine && why.largest[0].path == "model.weights" ? 0 : 1;
}

} // namespace

namespace shapes {
// docs:begin polymorphic
SERIALINT_REGISTER_POLYMORPHIC(Shape, Circle);      // at namespace scope
// docs:end polymorphic
} // namespace shapes

int main() {
  const pool_example::ThreadPool pool(2);
  try {
    inspect_job(pool_example::make_job(pool));
    std::cerr << "require_serializable did not throw\n";
    return 1;
  } catch (const serialint::unserializable_error &) {
  }
  return check_traits() + check_polymorphic() + check_budget();
}
