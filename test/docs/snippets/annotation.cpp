// The annotation block of docs/pool-apis.md, between its docs:begin/end
// markers, in a program that uses it. docs/pool-apis.md checks that serialint
// reports the lambda handed to it.
// docs:begin annotation
#include <serialint/annotations.hpp>

template <class F, class... A>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal")
void submit(F &&f, A &&...args);
// docs:end annotation

template <class F, class... A> void submit(F &&f, A &&...args) { (void)f((args)...); }

int square(int value) { return value * value; }

int main() {
  submit(square, 3);
  submit([](int value) { return value + 1; }, 4);
}
