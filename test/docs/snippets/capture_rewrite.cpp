// The capture-rewrite example of docs/checks/pool-callable.md: a UPC++ rpc
// whose lambda captures `this` through `[=]` to read one member. The page
// checks serialint's output, and `--fix` on a copy of it.
#include <upcxx/upcxx.hpp>

// docs:begin scaler
struct Scaler {
  int scale = 2;
  void send(int factor) {
    upcxx::rpc(1, [=](int x) { return x * factor * scale; }, 3).wait();
  }
};
// docs:end scaler

int main() { Scaler().send(3); }
