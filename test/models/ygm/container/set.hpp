// serialint test model: <ygm/container/set.hpp> (LLNL/ygm).
// ygm::container::set<Key>: a set partitioned over the ranks.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <set>
#include <ygm/comm.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

template <typename Key>
class set {
 public:
  using self_type = set<Key>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using key_type = Key;
  using value_type = Key;
  using size_type = std::size_t;

  explicit set(ygm::comm &comm) : m_comm(comm), pthis(this) {}
  set(ygm::comm &comm, std::initializer_list<Key> l) : m_comm(comm), m_local_set(l), pthis(this) {}
  set(const self_type &other) : m_comm(other.m_comm), m_local_set(other.m_local_set), pthis(this) {}
  ~set() { m_comm.barrier(); }

  void async_insert(const key_type &key) { (void)key; }
  void async_erase(const key_type &key) { (void)key; }

  // Collective; fn(key) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  size_type count(const key_type &key) { return m_comm.all_reduce_sum(m_local_set.count(key)); }
  size_type size() { return m_comm.all_reduce_sum(m_local_set.size()); }
  void clear() { m_local_set.clear(); }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }

 private:
  ygm::comm &m_comm;
  std::set<Key> m_local_set;
  ptr_type pthis;
};

}  // namespace ygm::container
