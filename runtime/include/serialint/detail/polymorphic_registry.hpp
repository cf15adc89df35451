// Derived types registered for walking behind a base pointer. Looked up by
// (static pointee type, dynamic type); filled by serialint::register_polymorphic.
#ifndef SERIALINT_DETAIL_POLYMORPHIC_REGISTRY_HPP
#define SERIALINT_DETAIL_POLYMORPHIC_REGISTRY_HPP

#include <functional>
#include <unordered_map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <typeindex>
#include <utility>

#include "node.hpp"

namespace serialint::detail {

struct polymorphic_entry {
  // Turns a pointer to the base into a pointer to the derived object.
  const void *(*downcast)(const void *base) = nullptr;
  visit_fn visit = nullptr;
  // Every value of the derived type is serializable: no node is needed.
  bool always_ok = false;
};

struct type_pair_hash {
  std::size_t operator()(const std::pair<std::type_index, std::type_index> &key) const noexcept {
    return key.first.hash_code() * 31 + key.second.hash_code();
  }
};

class polymorphic_registry {
public:
  static polymorphic_registry &instance() {
    static polymorphic_registry registry;
    return registry;
  }

  void add(const std::type_info &base, const std::type_info &derived, polymorphic_entry entry) {
    std::unique_lock lock(mutex_);
    entries_[{std::type_index(base), std::type_index(derived)}] = entry;
  }

  std::optional<polymorphic_entry> find(const std::type_info &base,
                                        const std::type_info &derived) const {
    std::shared_lock lock(mutex_);
    auto found = entries_.find({std::type_index(base), std::type_index(derived)});
    if (found == entries_.end())
      return std::nullopt;
    return found->second;
  }

private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::pair<std::type_index, std::type_index>, polymorphic_entry,
                     type_pair_hash>
      entries_;
};

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_POLYMORPHIC_REGISTRY_HPP
