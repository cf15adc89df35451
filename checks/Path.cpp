//===--- Path.cpp - serialint ---------------------------------------------===//

#include "Path.h"
#include <algorithm>

namespace clang::tidy::serialint {

std::string renderPath(llvm::StringRef Root, llvm::ArrayRef<PathStep> Steps) {
  std::string Expr = Root.str();
  bool Dereferenced = false; // the last step was `*`, so a field reads `->`
  unsigned Elements = 0;
  for (const PathStep &Step : Steps) {
    switch (Step.Kind) {
    case StepKind::Base:
      continue;
    case StepKind::Field:
      Expr += (Dereferenced ? "->" : ".") + Step.Name;
      break;
    case StepKind::Capture:
      Expr += "." + Step.Name;
      break;
    case StepKind::Element:
      if (Dereferenced)
        Expr = "(*" + Expr + ")";
      // Nested elements read `[i][j]`, as a loop over them would.
      Expr += '[';
      Expr += "ijklmn"[std::min<unsigned>(Elements++, 5)];
      Expr += ']';
      break;
    case StepKind::MapValue:
      Expr += Dereferenced ? "->at(key)" : "[key]";
      break;
    case StepKind::MapKey:
      Expr = "key of " + Expr;
      break;
    case StepKind::TupleItem:
      Expr = "std::get<" + Step.Name + ">(" + (Dereferenced ? "*" : "") + Expr + ")";
      break;
    case StepKind::Alternative:
      Expr = "std::get<" + Step.Name + ">(" + (Dereferenced ? "*" : "") + Expr + ")";
      break;
    case StepKind::Pointee:
    case StepKind::Optional:
      if (Dereferenced)
        Expr = "*" + Expr;
      Dereferenced = true;
      continue;
    }
    Dereferenced = false;
  }
  if (Dereferenced)
    Expr = "*" + Expr;
  return Expr;
}

} // namespace clang::tidy::serialint
