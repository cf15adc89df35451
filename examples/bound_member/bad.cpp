// Seed 003 in C++: `pool.apply_async(foo.work)` hands the pool a bound
// method. Here a team's own process pool, marked for serialint, is handed a
// member function bound to `this`; the worker would receive an address.
#include <serialint/annotations.hpp>

#include <functional>
#include <string>

namespace team {
// A process pool in spawn mode: ships the callable by name, the arguments
// through cereal.
template <class F, class... Args>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal register=TEAM_REGISTER")
void apply_async(F &&f, Args &&...args) {
  std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
}
} // namespace team

class Foo {
public:
  std::string work() const { return "Processing complete"; }
  void start() { team::apply_async(std::bind(&Foo::work, this)); }
};

int main() { Foo().start(); }
