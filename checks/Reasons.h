//===--- Reasons.h - serialint --------------------------------------------===//
//
// The reason table of docs/why.md, as the checks see it. The table itself lives
// in the runtime's reasons.hpp so both halves word findings alike.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_REASONS_H
#define SERIALINT_CHECKS_REASONS_H

#include "serialint/reasons.hpp"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::serialint {

using Reason = ::serialint::reason;

struct ReasonText {
  llvm::StringRef Id;
  llvm::StringRef Label;
  llvm::StringRef Why;
  llvm::StringRef Hint;
};

inline ReasonText reasonText(Reason R) {
  const ::serialint::reason_info &Info = ::serialint::info(R);
  auto Ref = [](std::string_view Text) {
    return llvm::StringRef(Text.data(), Text.size());
  };
  return {Ref(Info.name), Ref(Info.label), Ref(Info.why), Ref(Info.hint)};
}

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_REASONS_H
