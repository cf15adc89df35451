// Registration of derived types, so that an object behind a base pointer is
// walked by its dynamic type. An object whose dynamic type is not registered
// is reported as `unregistered-polymorphic`, as the receiver would fail to
// rebuild it.
//
//   serialint::register_polymorphic<Shape, Circle>();     // at run time, or
//   SERIALINT_REGISTER_POLYMORPHIC(Shape, Circle);        // at namespace scope
#ifndef SERIALINT_POLYMORPHIC_HPP
#define SERIALINT_POLYMORPHIC_HPP

#include <type_traits>
#include <typeinfo>

#include "detail/polymorphic_registry.hpp"
#include "detail/visit.hpp"

namespace serialint {

template <class Base, class Derived> void register_polymorphic() {
  static_assert(std::is_polymorphic_v<Base>,
                "serialint::register_polymorphic<Base, Derived>: Base must have a "
                "virtual function; a non-polymorphic base is walked by its static type");
  static_assert(std::is_base_of_v<Base, Derived>,
                "serialint::register_polymorphic<Base, Derived>: Derived must derive "
                "from Base");
  detail::polymorphic_entry entry;
  entry.downcast = [](const void *base) -> const void * {
    return dynamic_cast<const Derived *>(static_cast<const Base *>(base));
  };
  entry.visit = &detail::visit<Derived>;
  entry.always_ok = static_verdict<Derived> == verdict::always_ok;
  detail::polymorphic_registry::instance().add(typeid(Base), typeid(Derived), entry);
}

} // namespace serialint

#define SERIALINT_DETAIL_CONCAT_(a, b) a##b
#define SERIALINT_DETAIL_CONCAT(a, b) SERIALINT_DETAIL_CONCAT_(a, b)
#define SERIALINT_REGISTER_POLYMORPHIC(Base, Derived)                                  \
  [[maybe_unused]] static const bool SERIALINT_DETAIL_CONCAT(                          \
      serialint_registered_polymorphic_, __COUNTER__) =                                \
      (::serialint::register_polymorphic<Base, Derived>(), true)

#endif // SERIALINT_POLYMORPHIC_HPP
