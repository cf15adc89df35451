// Seed 000 in C++: a nested function (here a lambda) handed to a pool that
// finds functions by name. Ray's C++ API looks the function up by its
// registered name on the worker, so a lambda has no name to be found by.
#include <ray/api.h>

#include <vector>

int main() {
  ray::Init();
  int factor = 2;
  std::vector<ray::ObjectRef<int>> results;
  for (int x = 0; x < 10; ++x)
    results.push_back(ray::Task([factor](int value) { return value * factor; }).Remote(x));
  ray::Shutdown();
}
