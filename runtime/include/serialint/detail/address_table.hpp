// Addresses of shared objects already walked, and the node that walked each.
// Open addressing over a flat array of addresses, ids beside it: a shared
// graph asks "seen?" once per edge, a cache miss each, so the probed array is
// kept as small as it can be; a node-based map would also allocate per object.
#ifndef SERIALINT_DETAIL_ADDRESS_TABLE_HPP
#define SERIALINT_DETAIL_ADDRESS_TABLE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "node.hpp"

namespace serialint::detail {

class address_table {
public:
  std::uint32_t find(const void *address) const noexcept {
    if (addresses_.empty())
      return no_node;
    for (std::size_t at = slot_of(address);; at = (at + 1) & mask()) {
      if (addresses_[at] == address)
        return ids_[at];
      if (addresses_[at] == nullptr)
        return no_node;
    }
  }

  // Asks the cache for the slot `address` will be looked up in.
  void prefetch(const void *address) const noexcept {
    if (!addresses_.empty())
      __builtin_prefetch(&addresses_[slot_of(address)]);
  }

  void insert(const void *address, std::uint32_t id) {
    if ((used_ + 1) * 3 > addresses_.size() * 2)
      grow();
    place(address, id);
  }

  // Empties the table, keeping its memory for the next walk.
  void clear() noexcept {
    if (used_ == 0)
      return;
    std::fill(addresses_.begin(), addresses_.end(), nullptr);
    used_ = 0;
  }

private:
  std::size_t mask() const noexcept { return addresses_.size() - 1; }

  std::size_t slot_of(const void *address) const noexcept {
    auto bits = reinterpret_cast<std::uintptr_t>(address);
    bits ^= bits >> 33;
    bits *= 0xff51afd7ed558ccdULL;
    bits ^= bits >> 33;
    return static_cast<std::size_t>(bits) & mask();
  }

  void place(const void *address, std::uint32_t id) {
    std::size_t at = slot_of(address);
    while (addresses_[at] != nullptr && addresses_[at] != address)
      at = (at + 1) & mask();
    if (addresses_[at] == nullptr)
      ++used_;
    addresses_[at] = address;
    ids_[at] = id;
  }

  void grow() {
    const std::size_t size = addresses_.empty() ? 64 : addresses_.size() * 2;
    std::vector<const void *> old_addresses(size, nullptr);
    std::vector<std::uint32_t> old_ids(size, no_node);
    old_addresses.swap(addresses_);
    old_ids.swap(ids_);
    used_ = 0;
    for (std::size_t at = 0; at < old_addresses.size(); ++at)
      if (old_addresses[at] != nullptr)
        place(old_addresses[at], old_ids[at]);
  }

  std::vector<const void *> addresses_;
  std::vector<std::uint32_t> ids_;
  std::size_t used_ = 0;
};

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_ADDRESS_TABLE_HPP
