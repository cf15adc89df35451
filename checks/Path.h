//===--- Path.h - serialint -----------------------------------------------===//
//
// A path from the value handed to a pool API down to the culprit, step by
// step, and how it reads as a C++ expression: `job.ctx.pool`,
// `jobs[i]->pool`, `std::get<1>(task.payload)`.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_PATH_H
#define SERIALINT_CHECKS_PATH_H

#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::serialint {

enum class StepKind {
  Field,       ///< `.name`
  Base,        ///< a base class; invisible in the path
  Element,     ///< `[i]` of a sequence or set
  MapValue,    ///< `[key]` of a map
  MapKey,      ///< a key of a map
  Pointee,     ///< `->` of a smart pointer, or `*` of a pointer
  Alternative, ///< `std::get<T>(...)` of a variant
  TupleItem,   ///< `std::get<N>(...)` of a tuple or pair
  Optional,    ///< `*` of an optional
  Capture,     ///< a capture of a closure
};

struct PathStep {
  StepKind Kind;
  std::string Name;         ///< field or capture name, tuple index, type
  QualType Type;            ///< the type reached by this step
  SourceLocation DeclLoc;   ///< where the member is declared, if anywhere
  SourceLocation WrittenAt; ///< where a serializer writes it, if one does
  std::string WrittenBy;    ///< that serializer, as `Job::serialize`
};

/// The path as a C++ expression from `Root`.
std::string renderPath(llvm::StringRef Root, llvm::ArrayRef<PathStep> Steps);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_PATH_H
