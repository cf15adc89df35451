//===--- Digest.h - serialint command -------------------------------------===//
//
// BLAKE3, as 64 hex digits, for the result cache's keys and entries.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_DIGEST_H
#define SERIALINT_TOOL_DIGEST_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/BLAKE3.h"
#include <string>

namespace serialint::tool {

class Digest {
public:
  /// Each field is hashed after its length, so that no two lists of
  /// fields hash alike.
  void field(llvm::StringRef Value);
  /// Bytes with no length ahead of them, for a stream of unknown size.
  void bytes(llvm::StringRef Data) { Hasher.update(Data); }
  std::string hex();

private:
  llvm::BLAKE3 Hasher;
};

std::string digestOf(llvm::StringRef Text);

} // namespace serialint::tool

#endif
