//===--- TypeModel.h - serialint ------------------------------------------===//
//
// Decides whether a type can be shipped to another process by a given
// serialization backend and, when it cannot, which member is to blame: the
// chain of steps from the type down to the culprit, each tied to the
// declaration it comes from.
//
// What a serializer writes is what is judged: a class with its own
// serialization function is judged by the members that function writes, and
// trusted when its body is not visible. Results are memoised per canonical
// type, so the cost grows with the number of distinct types, not with the
// number of call sites.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_TYPEMODEL_H
#define SERIALINT_CHECKS_TYPEMODEL_H

#include "Backend.h"
#include "Path.h"
#include "Reasons.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::serialint {

struct Verdict {
  bool Shippable = true;
  Reason Why = Reason::no_serializer;
  /// In place of the reason's own why: the author's words for `marked`, or
  /// a why that fits this culprit better than the table's.
  std::string AuthorWhy;
  std::string Detail;      ///< a more precise why for this culprit, if any
  QualType Culprit;        ///< the type at the end of the path
  std::vector<PathStep> Steps;
};

struct TypeModelOptions {
  /// Classes whose qualified name matches are pool handles.
  std::string PoolHandleTypes;
};

class TypeModel {
public:
  TypeModel(ASTContext &Context, const TypeModelOptions &Options);
  ~TypeModel();

  /// The verdict on shipping `T` through `Via`. Dependent types are never
  /// judged: they come back shippable.
  const Verdict &judge(QualType T, Backend Via);

private:
  class Walker;
  ASTContext &Context;
  llvm::Regex PoolHandlePattern;
  llvm::DenseMap<std::pair<const Type *, unsigned>, std::unique_ptr<Verdict>> Memo;
  friend class Walker;
};

/// The default of the `PoolHandleTypes` option.
llvm::StringRef defaultPoolHandleTypes();

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_TYPEMODEL_H
