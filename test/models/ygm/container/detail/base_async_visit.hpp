// serialint test model: <ygm/container/detail/base_async_visit.hpp> (LLNL/ygm
// v0.7). The CRTP base that gives map and array async_visit: it captures the
// visitor by value in the lambda it sends, so the visitor's bytes travel.
#pragma once

#include <tuple>
#include <ygm/comm.hpp>

namespace ygm::container::detail {

template <typename Derived, typename ForAllArgs>
struct base_async_visit {
  using key_argument = std::tuple_element_t<0, ForAllArgs>;

  template <typename Visitor, typename... VisitorArgs>
  void async_visit(const key_argument &key, Visitor visitor, const VisitorArgs &...args) {
    YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(Visitor, "ygm::container::async_visit()");
    send(key, visitor, args...);
  }

  template <typename Visitor, typename... VisitorArgs>
  void async_visit_if_contains(const key_argument &key, Visitor visitor,
                               const VisitorArgs &...args) {
    YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(Visitor, "ygm::container::async_visit_if_contains()");
    send(key, visitor, args...);
  }

 private:
  template <typename Visitor, typename... VisitorArgs>
  void send(const key_argument &key, Visitor visitor, const VisitorArgs &...args) {
    Derived *derived = static_cast<Derived *>(this);
    auto vlambda = [visitor](auto, const key_argument &, const VisitorArgs &...) mutable {
      (void)visitor;
    };
    derived->comm().async(derived->owner(key), vlambda, derived->get_ygm_ptr(), key, args...);
  }
};

// async_reduce(key, value, reducer): the reducer is captured by value too.
template <typename Derived, typename ForAllArgs>
struct base_async_reduce {
  template <typename ReductionOp>
  void async_reduce(const std::tuple_element_t<0, ForAllArgs> &key,
                    const std::tuple_element_t<1, ForAllArgs> &value, ReductionOp reducer) {
    YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE(ReductionOp, "ygm::container::async_reduce()");
    (void)key, (void)value, (void)reducer;
  }
};

}  // namespace ygm::container::detail
