// The reason table shared by the static checks and the runtime.
//
// Every finding serialint reports, at compile time or at run time, carries one
// of these ids. The id, the short label and the one-line why are the same in
// both halves so that a lint warning and a runtime trace read alike.
#ifndef SERIALINT_REASONS_HPP
#define SERIALINT_REASONS_HPP

#include <array>
#include <optional>
#include <ostream>
#include <string_view>

namespace serialint {

enum class reason : unsigned char {
  address_bound,
  os_resource,
  sync_primitive,
  pool_handle,
  type_erased,
  closure,
  local_type,
  unregistered,
  member_function,
  no_serializer,
  union_type,
  marked,
  unregistered_polymorphic,
  type_only,
  serializer_threw,
};

struct reason_info {
  reason id;
  // The id as written in diagnostics, logs and options: "pool-handle".
  std::string_view name;
  // What the culprit is, to follow "is": "a pool handle".
  std::string_view label;
  // Why it cannot cross a process boundary, one line, lowercase.
  std::string_view why;
  // What to do about it, one line, lowercase.
  std::string_view hint;
};

inline constexpr std::array<reason_info, 15> reason_table{{
    {reason::address_bound, "address-bound", "an address",
     "an address means nothing in another process",
     "send the value it points to, or an index or key that names it"},
    {reason::os_resource, "os-resource", "an operating-system resource",
     "a handle to something the operating system gave this process",
     "send what the resource is made from (a path, a port) and open it on "
     "the receiver"},
    {reason::sync_primitive, "sync-primitive", "a synchronisation primitive",
     "synchronises threads of this process only",
     "leave it out of what is serialized; the receiver makes its own"},
    {reason::pool_handle, "pool-handle", "a pool handle",
     "pool objects cannot be passed between processes",
     "do not ship the pool; let the worker use the pool it runs in"},
    {reason::type_erased, "type-erased", "a type-erased callable or value",
     "the target's type is hidden, so no serializer can reach it",
     "send a named function and its arguments instead"},
    {reason::closure, "closure", "a lambda closure",
     "a worker can only look a function up by a registered name",
     "define it as a namespace-scope function and pass what it captured as "
     "arguments"},
    {reason::local_type, "local-type", "a local type",
     "cannot be registered by name at namespace scope",
     "move the declaration to namespace scope"},
    {reason::unregistered, "unregistered", "an unregistered function",
     "the worker looks the name up and finds nothing",
     "register it at namespace scope"},
    {reason::member_function, "member-function", "a bound member function",
     "carries the object's address, not the object",
     "wrap the member call in a free function that takes the object by value"},
    {reason::no_serializer, "no-serializer", "a class with no serializer",
     "nothing knows how to write its private state",
     "give it a serialization function for the backend"},
    {reason::union_type, "union", "a union", "the active member is unknown",
     "use std::variant, which records the active alternative"},
    {reason::marked, "marked", "marked unserializable",
     "its author marked it unserializable",
     "leave it out of what is serialized"},
    {reason::unregistered_polymorphic, "unregistered-polymorphic",
     "an unregistered polymorphic type",
     "the receiver cannot rebuild the dynamic type",
     "register the derived type with the serializer"},
    {reason::type_only, "type-only", "state the API does not send",
     "the API sends the function object's type alone, and the far side calls "
     "it without its state",
     "give it no state, and pass what it needs as arguments"},
    {reason::serializer_threw, "serializer-threw", "a part whose serializer threw",
     "its serializer threw while writing it, so nothing whole was sent",
     "read the nested exception: fix the serializer, or the state it refuses"},
}};

constexpr const reason_info &info(reason id) noexcept {
  return reason_table[static_cast<unsigned>(id)];
}

constexpr std::string_view name(reason id) noexcept { return info(id).name; }

// Prints the id as diagnostics and logs write it: `pool-handle`.
inline std::ostream &operator<<(std::ostream &out, reason id) { return out << name(id); }

constexpr std::optional<reason> reason_from_name(std::string_view text) noexcept {
  for (const reason_info &entry : reason_table)
    if (entry.name == text)
      return entry.id;
  return std::nullopt;
}

} // namespace serialint

#endif // SERIALINT_REASONS_HPP
