// A team's own process pool, marked for serialint, and a lambda sent to it:
// the build's clang-tidy step must report the lambda.
#include <serialint/annotations.hpp>

template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal")
void submit(F &&, A &&...) {}

int main() {
  int factor = 2;
  submit([factor](int x) { return x * factor; }, 1);
}
