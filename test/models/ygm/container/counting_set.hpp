// serialint test model: <ygm/container/counting_set.hpp> (LLNL/ygm).
// ygm::container::counting_set<Key>: counts of keys, spread over the ranks.
// See detail/serialint_base.hpp.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <utility>
#include <vector>
#include <ygm/comm.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

template <typename Key>
class counting_set {
 public:
  using self_type = counting_set<Key>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using key_type = Key;
  using mapped_type = std::size_t;
  using size_type = std::size_t;

  explicit counting_set(ygm::comm &comm) : m_comm(comm), pthis(this) {}
  counting_set(const self_type &other)
      : m_comm(other.m_comm), m_local_counts(other.m_local_counts), pthis(this) {}
  ~counting_set() { m_comm.barrier(); }

  void async_insert(const key_type &key) { (void)key; }

  // Collective; fn(key, count) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  mapped_type count(const key_type &key) {
    auto it = m_local_counts.find(key);
    return m_comm.all_reduce_sum(it == m_local_counts.end() ? mapped_type(0) : it->second);
  }
  size_type size() { return m_comm.all_reduce_sum(m_local_counts.size()); }
  void clear() { m_local_counts.clear(); }

  template <typename CompareFunction>
  std::vector<std::pair<key_type, mapped_type>> topk(std::size_t k, CompareFunction cfn) {
    (void)k, (void)cfn;
    return {};
  }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }

 private:
  ygm::comm &m_comm;
  std::map<key_type, mapped_type> m_local_counts;
  ptr_type pthis;
};

}  // namespace ygm::container
