// serialint test model: <ygm/container/disjoint_set.hpp> (LLNL/ygm).
// ygm::container::disjoint_set<Item>: union-find over the ranks.
// async_union_and_execute(a, b, fn, args...) ships fn and args; fn runs on
// some rank if the union merged two sets.
#pragma once

#include <cstddef>
#include <map>
#include <ygm/comm.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

template <typename Item>
class disjoint_set {
 public:
  using self_type = disjoint_set<Item>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using value_type = Item;
  using size_type = std::size_t;

  explicit disjoint_set(ygm::comm &comm) : m_comm(comm), pthis(this) {}
  ~disjoint_set() { m_comm.barrier(); }

  void async_union(const value_type &a, const value_type &b) { (void)a, (void)b; }

  template <typename Function, typename... FunctionArgs>
  void async_union_and_execute(const value_type &a, const value_type &b, Function fn,
                               const FunctionArgs &...args) {
    // Every release sends the function's type alone
    // (disjoint_set_impl.hpp: `Function *f = nullptr;`).
    (void)a, (void)b, (void)fn, ((void)args, ...);
  }

#if SERIALINT_MODEL_YGM_RELEASE >= 6
  template <typename Visitor, typename... VisitorArgs>
  void async_visit(const value_type &item, Visitor visitor, const VisitorArgs &...args) {
    (void)item, (void)visitor, ((void)args, ...);
  }
#endif

  void all_compress() { m_comm.barrier(); }

  // Collective; fn(item, representative) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  size_type size() { return m_comm.all_reduce_sum(m_local_parent.size()); }
  size_type num_sets() { return size(); }
  void clear() { m_local_parent.clear(); }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }

 private:
  ygm::comm &m_comm;
  std::map<value_type, value_type> m_local_parent;
  ptr_type pthis;
};

}  // namespace ygm::container
