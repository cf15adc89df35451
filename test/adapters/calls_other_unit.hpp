// A polymorphic type registered in a translation unit that does not include
// serialint/cereal.hpp: cereal's archives know it, the recording archive
// does not.
#ifndef SERIALINT_TEST_ADAPTERS_CALLS_OTHER_UNIT_HPP
#define SERIALINT_TEST_ADAPTERS_CALLS_OTHER_UNIT_HPP

#include <memory>

namespace calls_test {

struct RemoteShape {
  virtual ~RemoteShape() = default;
  template <class Archive> void serialize(Archive &) {}
};

std::unique_ptr<RemoteShape> make_remote_circle();

} // namespace calls_test

#endif
