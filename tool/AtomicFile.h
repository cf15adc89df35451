//===--- AtomicFile.h - serialint command ---------------------------------===//
//
// A file written whole or not at all: the text goes to a temporary file
// beside it, which is renamed over the destination only once every byte is
// on disk. Readers, other processes and other machines sharing the
// directory see the old file or the new one, never a part.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_TOOL_ATOMICFILE_H
#define SERIALINT_TOOL_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace serialint::tool {

/// Writes \p Text to \p Path; on failure (a full disk, no permission) the
/// destination is as it was, no temporary file is left, and the error says
/// why. A device or a pipe at \p Path is written directly.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Text);

} // namespace serialint::tool

#endif
