// Findings of both checks, with options from ./.clang-tidy in effect.
#include <ray/api.h>
#include <upcxx/upcxx.hpp>

#include <string>
#include <thread>

struct Scheduler {
  int depth;
};
struct Job {
  int id;
  std::thread worker;
};

int run(Job &) { return 0; }
int plan(Scheduler &) { return 0; }
int registered_elsewhere(int x) { return x; }
int forgotten(int x) { return x; }
RAY_REMOTE(run, plan);

void submit(Job &job, Scheduler &s) {
  int factor = 2;
  std::string name = "x";
  ray::Task([factor](int x) { return x * factor; }).Remote(1);
  ray::Task(run).Remote(job);
  ray::Task(plan).Remote(s);
  ray::Task(registered_elsewhere).Remote(1);
  ray::Task(forgotten).Remote(1);
  upcxx::rpc_ff(1, [&factor, name]() { (void)(factor + name.size()); });
}
