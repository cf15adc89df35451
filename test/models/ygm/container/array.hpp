// serialint test model: <ygm/container/array.hpp> (LLNL/ygm).
// ygm::container::array<Value, Index>: a fixed-size array block-partitioned
// over the ranks.  async_visit(index, visitor, args...) runs visitor on the
// owning rank with (index, value) (older releases pass a pointer to the
// array first) and args.  See detail/serialint_base.hpp.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>
#include <ygm/comm.hpp>
#include <tuple>
#include <ygm/container/detail/base_async_visit.hpp>
#include <ygm/container/detail/serialint_base.hpp>

namespace ygm::container {

// v0.7 takes async_visit from the CRTP base, which sends the visitor's bytes;
// up to v0.6 it is a member that sends the visitor's type alone. The update
// operations send their operation's type alone in every release.
template <typename Value, typename Index = std::size_t>
class array
#if SERIALINT_MODEL_YGM_RELEASE >= 7
    : public detail::base_async_visit<array<Value, Index>, std::tuple<Index, Value>>
#endif
{
 public:
  using self_type = array<Value, Index>;
  using ptr_type = ygm::ygm_ptr<self_type>;
  using value_type = Value;
  using size_type = Index;
  using index_type = Index;

  array() = delete;
  array(ygm::comm &comm, const size_type size) : m_comm(comm), m_global_size(size), pthis(this) {}
  array(ygm::comm &comm, const size_type size, const value_type &default_value)
      : m_comm(comm), m_global_size(size), m_default_value(default_value), pthis(this) {}
  array(const self_type &other)
      : m_comm(other.m_comm), m_global_size(other.m_global_size),
        m_default_value(other.m_default_value), m_local_vec(other.m_local_vec), pthis(this) {}
  ~array() { m_comm.barrier(); }

  void async_set(const index_type index, const value_type &value) { (void)index, (void)value; }
  void async_insert(const index_type index, const value_type &value) { async_set(index, value); }

  template <typename BinaryOp>
  void async_binary_op_update_value(const index_type index, const value_type &value,
                                    const BinaryOp &b) {
    (void)index, (void)value, (void)b;
  }
  void async_bit_and(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_bit_or(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_bit_xor(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_logical_and(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_logical_or(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_multiplies(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_divides(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_plus(const index_type i, const value_type &v) { (void)i, (void)v; }
  void async_minus(const index_type i, const value_type &v) { (void)i, (void)v; }

  template <typename UnaryOp>
  void async_unary_op_update_value(const index_type index, const UnaryOp &u) {
    (void)index, (void)u;
  }
  void async_increment(const index_type i) { (void)i; }
  void async_decrement(const index_type i) { (void)i; }

#if SERIALINT_MODEL_YGM_RELEASE >= 7
  using detail::base_async_visit<array<Value, Index>, std::tuple<Index, Value>>::async_visit;
#else
  template <typename Visitor, typename... VisitorArgs>
  void async_visit(const index_type index, Visitor visitor, const VisitorArgs &...args) {
    (void)index, (void)visitor, ((void)args, ...);
  }
#endif

  // Collective; fn(index, value) runs locally on each rank.
  template <typename Function>
  void for_all(Function fn) {
    m_comm.barrier();
    (void)fn;
  }

  void resize(const size_type size, const value_type &fill_value) {
    m_global_size = size;
    m_default_value = fill_value;
  }
  void resize(const size_type size) { m_global_size = size; }
  size_type size() const { return m_global_size; }
  value_type default_value() const { return m_default_value; }
  int owner(const index_type index) const { return detail::serialint_owner(m_comm, index); }
  bool is_mine(const index_type index) const { return owner(index) == m_comm.rank(); }

  ygm::comm &comm() { return m_comm; }
  ptr_type get_ygm_ptr() const { return pthis; }

 private:
  ygm::comm &m_comm;
  size_type m_global_size;
  value_type m_default_value{};
  std::vector<value_type> m_local_vec;
  ptr_type pthis;
};

}  // namespace ygm::container
