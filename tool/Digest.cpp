//===--- Digest.cpp - serialint command -----------------------------------===//

#include "Digest.h"
#include "llvm/ADT/StringExtras.h"

namespace serialint::tool {

void Digest::field(llvm::StringRef Value) {
  bytes(std::to_string(Value.size()) + ":");
  bytes(Value);
}

std::string Digest::hex() {
  llvm::BLAKE3Result<> Result = Hasher.final();
  return llvm::toHex(Result, /*LowerCase=*/true);
}

std::string digestOf(llvm::StringRef Text) {
  Digest Whole;
  Whole.bytes(Text);
  return Whole.hex();
}

} // namespace serialint::tool
