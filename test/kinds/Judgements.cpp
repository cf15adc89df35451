//===--- Judgements.cpp - serialint tests ---------------------------------===//

#include "Judgements.h"

#include <map>

namespace serialint::test {

std::string describe(const Judgement &J) {
  if (J.Shippable)
    return "shippable";
  return J.Reason + (J.Carried ? " (carried)" : " (itself)");
}

namespace {

bool operator==(const Judgement &A, const Judgement &B) {
  return A.Shippable == B.Shippable && (A.Shippable || (A.Reason == B.Reason && A.Carried == B.Carried));
}

void compareOne(const RowJudgement &Checks, const RowJudgement &Runtime,
                std::vector<std::string> &Out) {
  const std::string &Row = Checks.Row;
  if (Checks.NamedAs != Row)
    Out.push_back(Row + ": the checks find row '" + Checks.NamedAs + "' for its example");
  if (Runtime.NamedAs != Row)
    Out.push_back(Row + ": the runtime finds row '" + Runtime.NamedAs + "' for its example");
  auto Compare = [&](const char *Which, const Judgement &C, const Judgement &R) {
    if (!(C == R))
      Out.push_back(Row + ", " + Which + ": the checks say " + describe(C) +
                    ", the runtime says " + describe(R));
  };
  Compare("carrying an int", Checks.Plain, Runtime.Plain);
  Compare("carrying a marked class", Checks.Carrying, Runtime.Carrying);
}

} // namespace

std::vector<std::string> disagreements(const std::vector<RowJudgement> &Checks,
                                       const std::vector<RowJudgement> &Runtime) {
  std::map<std::string, const RowJudgement *> ByName;
  for (const RowJudgement &R : Runtime)
    ByName[R.Row] = &R;
  std::vector<std::string> Out;
  for (const RowJudgement &C : Checks) {
    auto It = ByName.find(C.Row);
    if (It == ByName.end()) {
      Out.push_back(C.Row + ": judged by the checks only");
      continue;
    }
    compareOne(C, *It->second, Out);
    ByName.erase(It);
  }
  for (const auto &[Name, R] : ByName)
    Out.push_back(Name + ": judged by the runtime only");
  return Out;
}

} // namespace serialint::test
