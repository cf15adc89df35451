// What the walk does at a node of each category. Every function here visits
// one node and schedules its children rather than recursing; the only nested
// calls follow a type's own nesting (an optional in a variant, a pointee of
// a pointer), never the value's depth.
#ifndef SERIALINT_DETAIL_VISIT_HPP
#define SERIALINT_DETAIL_VISIT_HPP

#include <any>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>

#include "../field_names.hpp"
#include "../verdict.hpp"
#include "category.hpp"
#include "key_text.hpp"
#include "member_names.hpp"
#include "polymorphic_registry.hpp"
#include "walker.hpp"

namespace serialint::detail {

template <class T> void visit(walker &w, std::uint32_t id);

// A shared object is known by the address of its most-derived object, the
// same whichever base it is reached through.
template <class E> const void *identity_of(const E *pointee) {
  if constexpr (std::is_polymorphic_v<E>)
    return dynamic_cast<const void *>(pointee);
  else
    return pointee;
}

// Through argument-dependent lookup, so that a std::valarray, which has no
// member begin(), is a range like the others.
template <class Range> bool range_empty(const Range &range) {
  using std::begin, std::end;
  return begin(range) == end(range);
}
template <class Range> std::size_t range_size(const Range &range) {
  using std::begin, std::end;
  return static_cast<std::size_t>(std::distance(begin(range), end(range)));
}

// The container a queue, stack or priority queue keeps its elements in: a
// protected member, reached as cereal and Boost reach it to write it.
template <class Adapter>
const typename Adapter::container_type &underlying_container(const Adapter &adapter) {
  struct opener : Adapter {
    static const typename Adapter::container_type &of(const Adapter &whole) {
      return whole.*&opener::c;
    }
  };
  return opener::of(adapter);
}

// Values that are plainly fine at run time (a null pointer, an empty
// container, a disengaged optional, a variant holding an always-ok
// alternative, a pointer to a registered always-ok derived type or to a
// shared object already reached) need no node of their own unless the whole
// tree is wanted. Nodes cost memory, and most of a walk's time is spent
// making them.
template <class T> bool trivially_fine(walker &w, const T &object);
template <class Range> bool small_and_all_fine(walker &w, const Range &range);

template <class E> bool pointee_trivially_fine(walker &w, const E *pointee) {
  if constexpr (std::is_polymorphic_v<E>) {
    const std::type_info &dynamic = typeid(*pointee);
    if (dynamic != typeid(E)) {
      const auto entry = w.find_polymorphic(typeid(E), dynamic);
      return entry && entry->always_ok;
    }
  }
  return static_verdict<E> == verdict::always_ok || trivially_fine(w, *pointee);
}

template <class T> bool trivially_fine(walker &w, const T &object) {
  constexpr category kind = category_of<T>();
  if constexpr (kind == category::optional)
    return !object || static_verdict<typename T::value_type> == verdict::always_ok ||
           trivially_fine(w, *object);
  else if constexpr (kind == category::variant)
    return object.valueless_by_exception() ||
           std::visit(
               [&w](const auto &active) {
                 using A = std::remove_cvref_t<decltype(active)>;
                 return static_verdict<A> == verdict::always_ok || trivially_fine(w, active);
               },
               object);
  else if constexpr (kind == category::unique_ptr)
    return !object || pointee_trivially_fine(w, object.get());
  else if constexpr (kind == category::shared_ptr)
    return !object || pointee_trivially_fine(w, object.get()) ||
           w.shared_seen(identity_of(object.get())) != no_node;
  else if constexpr (kind == category::weak_ptr)
    return trivially_fine(w, object.lock());
  else if constexpr (kind == category::adapter)
    return object.empty();
  else if constexpr (kind == category::indexed_sequence ||
                     kind == category::positional_sequence)
    return range_empty(object) || small_and_all_fine(w, object);
  else if constexpr (kind == category::map)
    return object.empty();
  else
    return false;
}

// A few pointers or variants (the edges of a graph node) are checked in
// place rather than given a node; their checks are cheap and rarely fail.
template <class Range> bool small_and_all_fine(walker &w, const Range &range) {
  using E = typename Range::value_type;
  constexpr category element = category_of<E>();
  if constexpr (element == category::shared_ptr || element == category::unique_ptr ||
                element == category::optional || element == category::variant) {
    constexpr std::size_t small = 8;
    std::size_t seen = 0;
    for (const E &item : range) {
      if (++seen > small || !trivially_fine(w, item))
        return false;
    }
    return true;
  } else {
    return false;
  }
}

template <class T>
std::uint32_t add_child(walker &w, std::uint32_t parent, const T &object, segment how) {
  if (!w.opts().visit_always_ok && trivially_fine(w, object))
    return no_node;
  return w.add(parent, &object, &visit<T>, typeid(T), how);
}

// A reference inside a tuple or pair: judged without reaching through it.
template <class T> void visit_reference(walker &w, std::uint32_t id) {
  w.at(id).kind = node_kind::flagged;
  w.fail(id, reason::address_bound, "a reference", nullptr, "&");
}

template <class Value>
void add_part(walker &w, std::uint32_t parent, const Value &part, segment how,
              std::size_t index) {
  if (!w.wants(static_verdict<Value>))
    return;
  const std::uint32_t child = add_child(w, parent, part, how);
  if (child != no_node)
    w.at(child).index = index;
}

template <class Referent>
void add_reference(walker &w, std::uint32_t parent, const Referent &referent, segment how,
                   std::size_t index) {
  const std::uint32_t child =
      w.add(parent, &referent, &visit_reference<Referent>, typeid(Referent), how);
  if (child != no_node)
    w.at(child).index = index;
}

// Element I of a tuple or pair, whose declared type may be a reference.
template <std::size_t I, class Tuple>
void add_tuple_element(walker &w, std::uint32_t parent, const Tuple &whole, segment how) {
  using Declared = std::tuple_element_t<I, Tuple>;
  if constexpr (std::is_reference_v<Declared>)
    add_reference(w, parent, std::get<I>(whole), how, I);
  else
    add_part(w, parent, std::get<I>(whole), how, I);
}

template <class Declared, class Member>
void add_member(walker &w, std::uint32_t parent, const Member &member, std::string_view name) {
  std::uint32_t child = no_node;
  if constexpr (std::is_reference_v<Declared>) {
    child = w.add(parent, &member, &visit_reference<Member>, typeid(Member), segment::field);
  } else {
    if (!w.wants(static_verdict<Member>))
      return;
    child = add_child(w, parent, member, segment::field);
  }
  if (child == no_node)
    return;
  w.at(child).label = name.data();
  w.at(child).index = name.size();
}

template <class Names, class... Declared, class... Members>
void add_members(walker &w, std::uint32_t parent, const Names &names, type_list<Declared...>,
                 const Members &...members) {
  std::size_t index = 0;
  (add_member<Declared>(w, parent, members, names[index++]), ...);
}

template <class T> void visit_aggregate(walker &w, std::uint32_t id, const T &value) {
  const auto &names = aggregate_member_names<T, field_types<T>>::of(value);
  w.at(id).kind = node_kind::aggregate;
  const std::uint32_t first = w.next_id();
  with_fields(value, [&](const auto &...members) {
    add_members(w, id, names, field_types<T>{}, members...);
  });
  w.schedule_from(first);
}

template <class Owner, class... Bases>
void add_bases(walker &w, std::uint32_t id, const Owner &value, type_list<Bases...>);

// The own members of a class with bases, named `Owner::name` when they are
// reached as members of a class derived from Owner.
template <class Owner>
void add_own_members(walker &w, std::uint32_t id, const Owner &value, bool qualified) {
  const std::vector<std::string> &plain =
      direct_member_names<Owner, own_member_count<Owner>>(value);
  const std::vector<std::string> &names = qualified ? qualified_names<Owner>(plain) : plain;
  with_own_members(value, [&](const auto &...members) {
    add_members(w, id, names, own_member_types<Owner>{}, members...);
  });
}

// A base that is an aggregate is opened in place, its members children of
// the derived object (`value.guard`); any other base is one part of its own
// (`static_cast<const Base &>(value)`).
template <class Base> void add_base(walker &w, std::uint32_t id, const Base &part) {
  constexpr category kind = category_of<Base>();
  if constexpr (std::is_empty_v<Base>) {
    return;
  } else if constexpr (kind == category::aggregate) {
    const auto &plain = aggregate_member_names<Base, field_types<Base>>::of(part);
    const std::vector<std::string> &names = qualified_names<Base>(plain);
    with_fields(part, [&](const auto &...members) {
      add_members(w, id, names, field_types<Base>{}, members...);
    });
  } else if constexpr (kind == category::derived_aggregate) {
    add_bases(w, id, part, base_types<Base>{});
    add_own_members(w, id, part, true);
  } else {
    if (w.wants(static_verdict<Base>))
      add_child(w, id, part, segment::base);
  }
}

template <class Owner, class... Bases>
void add_bases(walker &w, std::uint32_t id, const Owner &value, type_list<Bases...>) {
  (add_base<Bases>(w, id, static_cast<const Bases &>(value)), ...);
}

template <class T> void visit_derived_aggregate(walker &w, std::uint32_t id, const T &value) {
  w.at(id).kind = node_kind::aggregate;
  const std::uint32_t first = w.next_id();
  add_bases(w, id, value, base_types<T>{});
  add_own_members(w, id, value, false);
  w.schedule_from(first);
}

template <class E> constexpr bool flat_element = std::is_arithmetic_v<E> || std::is_enum_v<E>;

// Shared graphs spend their time asking "seen?" of a hash table, a cache miss
// each; asking the cache early for the slot of the element a few places
// ahead overlaps those misses.
template <class Iterator>
void prefetch_ahead(const walker &w, Iterator &ahead, Iterator end, std::size_t index) {
  constexpr std::size_t distance = 8;
  if (index == 0)
    for (std::size_t step = 0; step < distance && ahead != end; ++step, ++ahead)
      if (*ahead)
        w.prefetch_shared(identity_of(ahead->get()));
  if (ahead != end) {
    if (*ahead)
      w.prefetch_shared(identity_of(ahead->get()));
    ++ahead;
  }
}

// Arrays, vectors, lists, sets: `[i]`, or `*std::next(X.begin(), i)`.
template <class E, class Range>
void visit_elements(walker &w, std::uint32_t id, const Range &range, std::size_t size,
                    segment how) {
  if constexpr (flat_element<E>) {
    w.at(id).bytes += size * sizeof(E);
  } else {
    const std::size_t budget = w.element_budget(id, size);
    const std::uint32_t first = w.next_id();
    std::size_t index = 0;
    [[maybe_unused]] auto ahead = std::begin(range);
    for (const E &element : range) {
      if (index == budget)
        break;
      if constexpr (category_of<E>() == category::shared_ptr)
        prefetch_ahead(w, ahead, std::end(range), index);
      const std::uint32_t child = add_child(w, id, element, how);
      if (child != no_node)
        w.at(child).index = index;
      ++index;
    }
    w.schedule_from(first);
  }
}

template <class T> void visit_map(walker &w, std::uint32_t id, const T &value) {
  using K = typename T::key_type;
  using V = typename T::mapped_type;
  w.at(id).kind = node_kind::map;
  w.at(id).bytes += 8;
  const std::size_t budget = w.element_budget(id, value.size());
  const std::uint32_t first = w.next_id();
  std::size_t index = 0;
  for (const auto &[key, mapped] : value) {
    if (index == budget)
      break;
    if (w.wants(static_verdict<K>)) {
      const std::uint32_t child = add_child(w, id, key, segment::map_key);
      if (child != no_node)
        w.at(child).index = index;
    }
    if (w.wants(static_verdict<V>)) {
      const std::uint32_t child = add_child(w, id, mapped, segment::map_value);
      if (child != no_node) {
        node &slot = w.at(child);
        slot.index = index;
        slot.label = &key;
        slot.write_key = &write_key<K>;
        slot.unique_keys = is_unique_key_map<T>;
      }
    }
    ++index;
  }
  w.schedule_from(first);
}

template <class T, std::size_t... I>
void visit_tuple(walker &w, std::uint32_t id, const T &value, std::index_sequence<I...>) {
  w.at(id).kind = node_kind::tuple;
  const std::uint32_t first = w.next_id();
  (add_tuple_element<I>(w, id, value, segment::get), ...);
  w.schedule_from(first);
}

template <class T> void visit_pair(walker &w, std::uint32_t id, const T &value) {
  w.at(id).kind = node_kind::pair;
  const std::uint32_t first = w.next_id();
  add_tuple_element<0>(w, id, value, segment::first);
  add_tuple_element<1>(w, id, value, segment::second);
  w.schedule_from(first);
}

template <class T> void visit_variant(walker &w, std::uint32_t id, const T &value) {
  w.at(id).kind = node_kind::variant;
  w.at(id).bytes += 4;
  if (value.valueless_by_exception())
    return;
  const std::uint32_t first = w.next_id();
  std::visit([&](const auto &active) {
    add_part(w, id, active, segment::get, value.index());
  }, value);
  w.schedule_from(first);
}

inline void visit_unregistered(walker &w, std::uint32_t id) {
  w.at(id).kind = node_kind::polymorphic;
  w.fail(id, reason::unregistered_polymorphic, "dynamic type not registered");
}

// Where the walk goes from an owning pointer: the pointee, by its dynamic
// type. Nothing when the pointee needs no visit.
struct pointee_target {
  const void *object = nullptr;
  visit_fn visit = nullptr;
  const std::type_info *type = nullptr;
};

template <class E>
std::optional<pointee_target> target_of(walker &w, const E *pointee) {
  if constexpr (std::is_polymorphic_v<E>) {
    const std::type_info &dynamic = typeid(*pointee);
    if (dynamic != typeid(E)) {
      const auto entry = w.find_polymorphic(typeid(E), dynamic);
      if (!entry)
        return pointee_target{pointee, &visit_unregistered, &dynamic};
      if (entry->always_ok && !w.wants(verdict::always_ok))
        return std::nullopt;
      return pointee_target{entry->downcast(pointee), entry->visit, &dynamic};
    }
  }
  if (!w.wants(static_verdict<E>))
    return std::nullopt;
  if (!w.opts().visit_always_ok && trivially_fine(w, *pointee))
    return std::nullopt;
  return pointee_target{pointee, &visit<E>, &typeid(E)};
}

// With a tree to keep, the pointee is a child node (`*` in the trace);
// without, the pointer's node becomes the pointee's, which halves the nodes
// of a linked structure. Returns the pointee's node.
inline std::uint32_t go_to_pointee(walker &w, std::uint32_t id, const pointee_target &to,
                                   const void *shared_identity) {
  if (w.opts().visit_always_ok) {
    const std::uint32_t child = w.add(id, to.object, to.visit, *to.type, segment::deref);
    if (child == no_node)
      return no_node;
    if (shared_identity)
      w.schedule_shared(shared_identity, child);
    else
      w.schedule_from(child);
    return child;
  }
  if (!w.become_pointee(id, to.object, to.visit, *to.type))
    return no_node;
  if (shared_identity)
    w.open_shared(shared_identity, id);
  to.visit(w, id);
  return id;
}

template <class T> void visit_unique(walker &w, std::uint32_t id, const T &value) {
  w.at(id).kind = node_kind::unique_ptr;
  w.at(id).bytes += 1;
  if (!value)
    return;
  if (const auto to = target_of(w, value.get()))
    go_to_pointee(w, id, *to, nullptr);
}

template <class T> void visit_shared(walker &w, std::uint32_t id, const T &value) {
  w.at(id).kind = node_kind::shared_ptr;
  w.at(id).bytes += 4;
  if (!value)
    return;
  const void *identity = identity_of(value.get());
  if (const std::uint32_t earlier = w.shared_seen(identity); earlier != no_node) {
    w.at(id).state = w.is_open(earlier) ? node_state::cycle : node_state::shared;
    w.at(id).link = earlier;
    return;
  }
  if (const auto to = target_of(w, value.get()))
    go_to_pointee(w, id, *to, identity);
}

inline std::string holding(const std::type_info &target) {
  if (target == typeid(void))
    return "empty";
  return "holds `" + demangle(target) + "`";
}

template <class T> void visit(walker &w, std::uint32_t id) {
  const T &value = *static_cast<const T *>(w.at(id).object);
  constexpr category kind = category_of<T>();
  if constexpr (kind == category::scalar) {
    w.at(id).kind = node_kind::scalar;
    w.at(id).bytes = sizeof(T);
  } else if constexpr (kind == category::value_like) {
    w.at(id).kind = node_kind::value;
    if constexpr (is_string<T>)
      w.at(id).bytes = 8 + value.size() * sizeof(typename T::value_type);
    else
      w.at(id).bytes = sizeof(T);
  } else if constexpr (kind == category::flagged) {
    w.at(id).kind = node_kind::flagged;
    w.fail(id, flagged_reason<T>(), {}, author_why<T>());
  } else if constexpr (kind == category::trusted) {
    w.at(id).kind = node_kind::trusted;
    w.at(id).state = node_state::trusted;
    w.at(id).bytes = sizeof(T);
  } else if constexpr (kind == category::aggregate) {
    visit_aggregate(w, id, value);
  } else if constexpr (kind == category::derived_aggregate) {
    visit_derived_aggregate(w, id, value);
  } else if constexpr (kind == category::c_array) {
    w.at(id).kind = node_kind::array;
    visit_elements<std::remove_cv_t<std::remove_extent_t<T>>>(w, id, value, std::extent_v<T>,
                                                              segment::index);
  } else if constexpr (kind == category::std_array) {
    w.at(id).kind = node_kind::array;
    visit_elements<typename T::value_type>(w, id, value, value.size(), segment::index);
  } else if constexpr (kind == category::indexed_sequence ||
                       kind == category::positional_sequence) {
    constexpr bool indexed = kind == category::indexed_sequence;
    w.at(id).kind = indexed ? node_kind::sequence : node_kind::set_like;
    w.at(id).bytes = 8;
    visit_elements<typename T::value_type>(w, id, value, range_size(value),
                                           indexed ? segment::index : segment::position);
  } else if constexpr (kind == category::map) {
    visit_map(w, id, value);
  } else if constexpr (kind == category::pair) {
    visit_pair(w, id, value);
  } else if constexpr (kind == category::tuple) {
    visit_tuple(w, id, value, std::make_index_sequence<std::tuple_size_v<T>>{});
  } else if constexpr (kind == category::optional) {
    w.at(id).kind = node_kind::optional;
    w.at(id).bytes = 1;
    if (value.has_value()) {
      const std::uint32_t first = w.next_id();
      add_part(w, id, *value, segment::deref, 0);
      w.schedule_from(first);
    }
  } else if constexpr (kind == category::variant) {
    visit_variant(w, id, value);
  } else if constexpr (kind == category::unique_ptr) {
    visit_unique(w, id, value);
  } else if constexpr (kind == category::shared_ptr) {
    visit_shared(w, id, value);
  } else if constexpr (kind == category::weak_ptr) {
    // As cereal and Boost write it: what lock() gives. Its owners keep the
    // pointee alive for the walk, as they keep every other part alive.
    visit_shared(w, id, value.lock());
  } else if constexpr (kind == category::adapter) {
    // Its elements are walked as the container's: a queue of a deque reads
    // `value.jobs[2]`, third from the front.
    w.at(id).object = &underlying_container(value);
    visit<typename T::container_type>(w, id);
  } else if constexpr (kind == category::function) {
    w.at(id).kind = node_kind::type_erased;
    w.fail(id, reason::type_erased, holding(value.target_type()));
  } else if constexpr (kind == category::any) {
    w.at(id).kind = node_kind::type_erased;
    w.fail(id, reason::type_erased, holding(value.type()));
  } else {
    static_assert(kind == category::not_reflected);
    constexpr std::size_t count = count_members<T>();
    w.not_reflected(id, count == no_count || count > max_reflected_fields);
  }
}

// Walks `value` and leaves the nodes and findings in `w`.
template <class T> void walk(walker &w, const T &value) {
  w.add_root(&value, &visit<T>, typeid(T));
  w.run(0);
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_VISIT_HPP
