// serialint test model: <ygm/container/bag.hpp> (LLNL/ygm).
// ygm::container::bag<Item>: an unordered multiset spread over the ranks.
// See detail/serialint_base.hpp.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <utility>
#include <vector>
#include <ygm/comm.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

template <typename Item>
class bag {
 public:
  using self_type = bag<Item>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using value_type = Item;
  using size_type = std::size_t;

  explicit bag(ygm::comm &comm) : m_comm(comm), pthis(this) {}
  bag(ygm::comm &comm, std::initializer_list<Item> l) : m_comm(comm), m_local_bag(l), pthis(this) {}
  bag(const self_type &other) : m_comm(other.m_comm), m_local_bag(other.m_local_bag), pthis(this) {}
  ~bag() { m_comm.barrier(); }

  void async_insert(const value_type &item) { (void)item; }
  void async_insert(const value_type &item, int dest) { (void)item, (void)dest; }
  void async_insert(const std::vector<value_type> &items, int dest) { (void)items, (void)dest; }

  // Collective; fn(item) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  void clear() { m_local_bag.clear(); }
  size_type size() { return m_comm.all_reduce_sum(m_local_bag.size()); }
  size_type local_size() const { return m_local_bag.size(); }
  void rebalance() { m_comm.barrier(); }
  template <typename RandomFunc>
  void local_shuffle(RandomFunc &r) {
    (void)r;
  }
  std::vector<value_type> gather_to_vector(int dest) {
    (void)dest;
    return m_local_bag;
  }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }
  void swap(self_type &other) { m_local_bag.swap(other.m_local_bag); }

 private:
  ygm::comm &m_comm;
  std::vector<value_type> m_local_bag;
  ptr_type pthis;
};

}  // namespace ygm::container
