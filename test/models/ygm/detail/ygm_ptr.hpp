// serialint test model: <ygm/detail/ygm_ptr.hpp> (LLNL/ygm, read @194d8289).
//
// A ygm_ptr is not a pointer: it holds the index of the object in a per-type
// table that every rank fills in the same order, and only that index is
// serialized.  As in the real class, the copy constructor is user-provided,
// so ygm_ptr is not trivially copyable.
#pragma once

#include <cstdint>
#include <vector>
#include <ygm/detail/assert.hpp>

namespace ygm {

class comm;

template <typename T>
class ygm_ptr {
 public:
  ygm_ptr() {}

  // Registers t; every rank must construct its ygm_ptrs in the same order.
  ygm_ptr(T *t) {
    idx = static_cast<std::uint32_t>(sptrs.size());
    sptrs.push_back(t);
  }

  ygm_ptr(const ygm::ygm_ptr<T> &t) { idx = t.idx; }
  ygm_ptr &operator=(const ygm_ptr &) = default;

  T *operator->() { return sptrs[idx]; }
  const T *operator->() const { return sptrs[idx]; }

  T &operator*() { return *sptrs[idx]; }
  const T &operator*() const { return *sptrs[idx]; }

  T *get_raw_pointer() { return operator->(); }

  std::uint32_t index() const { return idx; }

  template <typename Comm>
  void check(Comm &c) const {
    ASSERT_RELEASE(idx == c.all_reduce_min(idx));
  }

  template <class Archive>
  void serialize(Archive &archive) {
    archive(idx);
  }

 private:
  std::uint32_t idx = 0;
  static std::vector<T *> sptrs;
};

template <typename T>
std::vector<T *> ygm_ptr<T>::sptrs;

}  // namespace ygm
