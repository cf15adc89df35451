//===--- RuntimeSide.cpp - serialint tests --------------------------------===//
//
// The runtime's half of the comparison, compiled as users compile the
// runtime: with RTTI, apart from the checks.
//
//===----------------------------------------------------------------------===//

#include "Judgements.h"
#include "instances.hpp"

#include <serialint/verdict.hpp>

namespace serialint::test {
namespace {

using detail::category;

template <class T> constexpr bool flagged_itself() {
  constexpr category kind = detail::category_of<T>();
  return kind == category::flagged || kind == category::function || kind == category::any;
}

// What the walk reports for a T it meets: T itself, for a flagged class; what
// T carries, for a carrier whose verdict is not always fine.
template <class T, class Carried> Judgement judge() {
  if constexpr (flagged_itself<T>()) {
    constexpr category kind = detail::category_of<T>();
    const reason why = kind == category::flagged ? detail::flagged_reason<T>()
                                                 : reason::type_erased;
    return {false, std::string(name(why)), false};
  } else if constexpr (static_verdict<T> == verdict::always_ok) {
    return {};
  } else {
    return {false, std::string(name(detail::flagged_reason<Carried>())), true};
  }
}

template <class T> std::string row_found() {
  constexpr std::size_t row = detail::known_row_of<T>;
  return row == detail::no_row ? "" : std::string(detail::known_types[row].name);
}

template <class Row> RowJudgement judge_row() {
  using Plain = decltype(Row::plain);
  using Carrying = decltype(Row::carrying);
  return {Row::name, row_found<Plain>(), judge<Plain, int>(),
          judge<Carrying, serialint_kinds::carried_culprit>()};
}

template <class List> struct rows_of;
template <class... Rows> struct rows_of<serialint_kinds::row_list<Rows...>> {
  static std::vector<RowJudgement> judged() {
    std::vector<RowJudgement> All;
    (add<Rows>(All), ...);
    return All;
  }
  template <class Row> static void add(std::vector<RowJudgement> &All) {
    if constexpr (!std::is_same_v<Row, serialint_kinds::end_of_rows>)
      All.push_back(judge_row<Row>());
  }
};

} // namespace

std::vector<RowJudgement> runtimeJudgements() {
  return rows_of<serialint_kinds::all_rows>::judged();
}

} // namespace serialint::test
