// Registers calls_test::RemoteCircle with cereal, without serialint.
#include "calls_other_unit.hpp"

#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>

namespace calls_test {

struct RemoteCircle : RemoteShape {
  double radius = 2;
  template <class Archive> void serialize(Archive &ar) { ar(radius); }
};

std::unique_ptr<RemoteShape> make_remote_circle() { return std::make_unique<RemoteCircle>(); }

} // namespace calls_test

CEREAL_REGISTER_TYPE(calls_test::RemoteCircle)
CEREAL_REGISTER_POLYMORPHIC_RELATION(calls_test::RemoteShape, calls_test::RemoteCircle)
