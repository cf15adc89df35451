// The fix seed 000 teaches, in C++: a namespace-scope function, registered by
// name, with what the lambda captured passed as an argument.
#include <ray/api.h>

#include <vector>

// docs:begin fix
int scale(int value, int factor) { return value * factor; }
RAY_REMOTE(scale);
// docs:end fix

int main() {
  ray::Init();
  const int factor = 2;
  std::vector<ray::ObjectRef<int>> results;
  for (int x = 0; x < 10; ++x)
    results.push_back(ray::Task(scale).Remote(x, factor));
  ray::Shutdown();
}
