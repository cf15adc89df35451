//===--- Judgements.h - serialint tests -----------------------------------===//
//
// What one half says of a type of known_types.def, in terms both halves
// share, and how two such sayings are compared.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TEST_KINDS_JUDGEMENTS_H
#define SERIALINT_TEST_KINDS_JUDGEMENTS_H

#include <string>
#include <vector>

namespace serialint::test {

struct Judgement {
  bool Shippable = true;
  std::string Reason;   ///< the reason id, when not shippable
  bool Carried = false; ///< the culprit is what the type carries, not itself
};

struct RowJudgement {
  std::string Row;       ///< the row's name in the table
  std::string NamedAs;   ///< the row this half finds for the example type
  Judgement Plain;       ///< the example, carrying an int
  Judgement Carrying;    ///< the example, carrying a marked class
};

/// The runtime's verdicts, from its compile-time classification.
std::vector<RowJudgement> runtimeJudgements();

/// Every way the two halves differ, one line each; rows are matched by name.
std::vector<std::string> disagreements(const std::vector<RowJudgement> &Checks,
                                       const std::vector<RowJudgement> &Runtime);

std::string describe(const Judgement &J);

} // namespace serialint::test

#endif // SERIALINT_TEST_KINDS_JUDGEMENTS_H
