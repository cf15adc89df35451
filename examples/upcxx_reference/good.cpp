// The fix: capture the number by copy; keep the results where they live,
// behind a dist_object the target reaches through its own rank, and send
// back only values.
#include <upcxx/upcxx.hpp>

int main() {
  upcxx::init();
  int scale = 3;
  auto done = upcxx::rpc(
      (upcxx::rank_me() + 1) % upcxx::rank_n(), [scale](int i) { return i * scale; }, 4);
  done.wait();
  upcxx::finalize();
}
