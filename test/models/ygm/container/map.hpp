// serialint test model: <ygm/container/map.hpp> (LLNL/ygm).
//
// ygm::container::map<Key, Value>: a map partitioned over the ranks.
// async_visit(key, visitor, args...) sends visitor and args to the rank that
// owns key, which calls visitor with the key/value pair (older releases pass
// a pointer to the map first), followed by args.  See detail/serialint_base.hpp.
// v0.7 inherits async_visit, async_visit_if_contains and async_reduce from
// CRTP bases that send the visitor's bytes; up to v0.6 they are members that
// send its type alone (map_impl.hpp: `Visitor *vis = nullptr;`).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <tuple>
#include <utility>
#include <vector>
#include <ygm/comm.hpp>
#include <ygm/container/detail/base_async_visit.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

template <typename Key, typename Value>
class map
#if SERIALINT_MODEL_YGM_RELEASE >= 7
    : public detail::base_async_visit<map<Key, Value>, std::tuple<Key, Value>>,
      public detail::base_async_reduce<map<Key, Value>, std::tuple<Key, Value>>
#endif
{
 public:
  using self_type = map<Key, Value>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using key_type = Key;
  using mapped_type = Value;
  using value_type = std::pair<const Key, Value>;
  using size_type = std::size_t;

  map() = delete;
  explicit map(ygm::comm &comm) : m_comm(comm), pthis(this) {}
  map(ygm::comm &comm, const mapped_type &default_value)
      : m_comm(comm), m_default_value(default_value), pthis(this) {}
  map(ygm::comm &comm, std::initializer_list<std::pair<Key, Value>> l)
      : m_comm(comm), pthis(this) {
    for (const auto &kv : l) m_local_map.insert(kv);
  }
  map(const self_type &other)
      : m_comm(other.m_comm), m_local_map(other.m_local_map),
        m_default_value(other.m_default_value), pthis(this) {}
  map(self_type &&other) noexcept
      : m_comm(other.m_comm), m_local_map(std::move(other.m_local_map)),
        m_default_value(std::move(other.m_default_value)), pthis(this) {}
  ~map() { m_comm.barrier(); }

  void async_insert(const key_type &key, const mapped_type &value) { (void)key, (void)value; }
  void async_insert(const std::pair<key_type, mapped_type> &kv) { (void)kv; }
  void async_insert_if_missing(const key_type &key, const mapped_type &value) {
    (void)key, (void)value;
  }
  void async_erase(const key_type &key) { (void)key; }

#if SERIALINT_MODEL_YGM_RELEASE < 7
  template <typename Visitor, typename... VisitorArgs>
  void async_visit(const key_type &key, Visitor visitor, const VisitorArgs &...args) {
    send_type_only<Visitor>(key, args...);
    (void)visitor;
  }

  template <typename Visitor, typename... VisitorArgs>
  void async_visit_if_exists(const key_type &key, Visitor visitor, const VisitorArgs &...args) {
    send_type_only<Visitor>(key, args...);
    (void)visitor;
  }

  template <typename Visitor, typename... VisitorArgs>
  void async_insert_if_missing_else_visit(const key_type &key, const mapped_type &value,
                                          Visitor visitor, const VisitorArgs &...args) {
    send_type_only<Visitor>(key, value, args...);
    (void)visitor;
  }
#endif
#if SERIALINT_MODEL_YGM_RELEASE == 6
  template <typename ReductionOp>
  void async_reduce(const key_type &key, const mapped_type &value, ReductionOp reducer) {
    send_type_only<ReductionOp>(key, value);
    (void)reducer;
  }
#endif

  // Collective; fn(key, value) or fn(pair) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  std::vector<mapped_type> local_get(const key_type &key) const {
    std::vector<mapped_type> out;
    auto it = m_local_map.find(key);
    if (it != m_local_map.end()) out.push_back(it->second);
    return out;
  }

  void clear() { m_local_map.clear(); }
  size_type size() { return m_comm.all_reduce_sum(m_local_map.size()); }
  size_type local_size() const { return m_local_map.size(); }
  size_type count(const key_type &key) { return m_comm.all_reduce_sum(m_local_map.count(key)); }
  bool is_mine(const key_type &key) const {
    return detail::serialint_owner(m_comm, key) == m_comm.rank();
  }
  int owner(const key_type &key) const { return detail::serialint_owner(m_comm, key); }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }
  void swap(self_type &other) { m_local_map.swap(other.m_local_map); }

 private:
#if SERIALINT_MODEL_YGM_RELEASE < 7
  // The owner rebuilds the function object from its type alone.
  template <typename Function, typename... Args>
  void send_type_only(const key_type &key, const Args &...args) {
    auto wrapper = [](auto, auto, const key_type &, const Args &...) {
      Function *function = nullptr;
      (void)function;
    };
    m_comm.async(owner(key), wrapper, pthis, key, args...);
  }
#endif

  ygm::comm &m_comm;
  std::map<Key, Value> m_local_map;
  mapped_type m_default_value{};
  ptr_type pthis;
};

}  // namespace ygm::container
