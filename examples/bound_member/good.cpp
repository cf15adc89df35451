// The seed 003 fix: `work_wrapper`, a free function that takes the object by
// value, so the object itself travels and the function is found by name.
#include <serialint/annotations.hpp>

#include <functional>
#include <string>

namespace team {
template <class F, class... Args>
SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal register=TEAM_REGISTER")
void apply_async(F &&f, Args &&...args) {
  std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
}
} // namespace team

class Foo {
public:
  std::string work() const { return "Processing complete"; }
  template <class Archive> void serialize(Archive &) {}
};

std::string work_wrapper(Foo foo) { return foo.work(); }

int main() { team::apply_async(work_wrapper, Foo()); }
