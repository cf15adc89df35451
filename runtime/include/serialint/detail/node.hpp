// One visited part of a value, as the walk records it. Kept small: a
// million-node list makes two million of these.
#ifndef SERIALINT_DETAIL_NODE_HPP
#define SERIALINT_DETAIL_NODE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <typeinfo>

#include "../reasons.hpp"

namespace serialint::detail {

class walker;
using visit_fn = void (*)(walker &, std::uint32_t node);
using key_writer = bool (*)(std::string &out, const void *key);

inline constexpr std::uint32_t no_node = 0xffffffffu;

// How a node is reached from its parent; see docs/runtime.md, "Paths".
enum class segment : unsigned char {
  root,
  field,     // .name
  index,     // [3]
  position,  // *std::next(X.begin(), 3)
  map_key,   // std::next(X.begin(), 3)->first
  map_value, // X["alpha"], or std::next(X.begin(), 3)->second
  deref,     // *X, or X->name before a field
  get,       // std::get<1>(X)
  first,     // .first
  second,    // .second
  base,      // static_cast<const Base &>(X), a base not opened in place
};

enum class node_kind : unsigned char {
  scalar, value, aggregate, array, sequence, set_like, map, pair, tuple, optional,
  variant, unique_ptr, shared_ptr, trusted, flagged, type_erased, opaque, polymorphic,
};

constexpr std::string_view name(node_kind kind) noexcept {
  constexpr std::string_view names[] = {
      "scalar",   "value",      "aggregate",  "array",   "sequence",    "set",
      "map",      "pair",       "tuple",      "optional", "variant",    "unique_ptr",
      "shared_ptr", "trusted",  "flagged",    "type-erased", "opaque",  "polymorphic"};
  return names[static_cast<unsigned>(kind)];
}

enum class node_state : unsigned char {
  ok,
  failed,    // a finding; `link` is its index in the findings
  trusted,   // has its own serializer: not opened
  shared,    // a shared_ptr to an object already walked; `link` is that node
  cycle,     // same, and that node is an ancestor
  cut,       // a limit stopped the walk here
  unchecked, // could not be opened (not reflected)
};

constexpr std::string_view name(node_state state) noexcept {
  constexpr std::string_view names[] = {"ok",  "fail", "trusted",  "shared",
                                        "cycle", "cut", "unchecked"};
  return names[static_cast<unsigned>(state)];
}

struct node {
  const void *object = nullptr;
  visit_fn visit = nullptr;
  const std::type_info *type = nullptr;
  // field: the name's characters; map_value: the key.
  const void *label = nullptr;
  key_writer write_key = nullptr;
  // field: the name's length; index, position, get, map entries: the index.
  std::uint64_t index = 0;
  std::uint64_t bytes = 0; // own bytes first; subtree total after the walk
  std::uint32_t parent = no_node;
  std::uint32_t depth = 0;
  std::uint32_t link = no_node;
  segment how = segment::root;
  node_kind kind = node_kind::scalar;
  node_state state = node_state::ok;
  bool unique_keys : 1 = false;
  bool open : 1 = false; // a shared pointee whose subtree is still being walked
  // The node stands for the pointee of what `how` reaches: a pointer and its
  // pointee share one node when no tree is kept.
  bool deref_after : 1 = false;
  // One of the parts a too-big size note names (options::max_bytes).
  bool too_big : 1 = false;

  // As the trace shows it: `guard`, or `Base::guard` for a base's member.
  std::string_view field_name() const noexcept {
    return {static_cast<const char *>(label), static_cast<std::size_t>(index)};
  }
  // As a C++ expression names it: `guard`, whichever class declares it.
  std::string_view member_name() const noexcept {
    const std::string_view label_text = field_name();
    const std::size_t scope = label_text.rfind("::");
    return scope == std::string_view::npos ? label_text : label_text.substr(scope + 2);
  }
};

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_NODE_HPP
