// UPC++ copies an rpc's function object byte for byte. A capture by
// reference arrives as an address in the sender's memory: on the target it
// points at nothing, or at something else. No compiler error, no crash on
// the sender: wrong numbers, or a crash somewhere else, later.
#include <upcxx/upcxx.hpp>

#include <vector>

int main() {
  upcxx::init();
  int scale = 3;
  std::vector<double> results(16);
  auto done = upcxx::rpc(
      (upcxx::rank_me() + 1) % upcxx::rank_n(),
      [&scale, &results](int i) {
        results[i] = i * scale;
        return i * scale;
      },
      4);
  done.wait();
  upcxx::finalize();
}
