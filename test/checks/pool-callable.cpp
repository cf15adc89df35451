// Cases for serialint-pool-callable. See test/harness/CheckHarness.h for the
// expectation syntax.
// serialint-checks: -*,serialint-pool-callable
#include <ray/api.h>

int twice(int x) { return 2 * x; }
RAY_REMOTE(twice);

//=== case: ray-task-lambda
void submitLambda() {
  ray::Task([](int x) { return x + 1; }).Remote(1); // expect-warning:13{{lambda passed to 'ray::Task' cannot be sent to another process: a worker can only look a function up by a registered name}}
  // expect-note@-1:13{{'ray::Task' ships its callable by name (policy 'by-name'); define it as a namespace-scope function, register it with RAY_REMOTE, and pass its name}}
}

//=== case: ray-task-lambda-capture-names-arguments
void submitCapturing(int factor, int offset) {
  ray::Task([factor, &offset](int x) { return x * factor + offset; }).Remote(1); // expect-warning{{lambda passed to 'ray::Task'}}
  // expect-note@-1{{and pass 'factor' and 'offset' as arguments}}
}

//=== case: ray-task-lambda-through-local-variable
void submitNamedLambda() {
  auto work = [](int x) { return x; }; // expect-warning{{lambda passed to 'ray::Task'}} expect-note{{register it with RAY_REMOTE}}
  ray::Task(work).Remote(3);
}

//=== case: ray-task-lambda-through-move
#include <utility>
void submitMovedLambda() {
  auto work = [](int x) { return x; }; // expect-warning{{lambda passed to 'ray::Task'}} expect-note{{by name}}
  ray::Task(std::move(work)).Remote(3);
}

//=== case: ray-task-registered-function-is-fine
void submitFunction() { ray::Task(twice).Remote(2); }

//=== case: ray-task-function-pointer-is-fine
void submitPointer() {
  int (*fn)(int) = &twice;
  ray::Task(fn).Remote(2);
}

//=== case: lambda-called-locally-is-fine
int local() {
  auto work = [](int x) { return x; };
  return work(1);
}

//=== case: lambda-to-unrelated-function-named-task-is-fine
namespace other {
template <class F> int Task(F f) { return f(1); }
}
int unrelated() { return other::Task([](int x) { return x; }); }
