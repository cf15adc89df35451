//===--- Progress.cpp - serialint command ---------------------------------===//

#include "Progress.h"
#include "Paths.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

namespace {
const char ClearLine[] = "\r\x1b[K";
} // namespace

Progress::Progress(std::size_t Total)
    : Total(Total), Shown(llvm::sys::Process::StandardErrIsDisplayed()) {}

Progress::~Progress() {
  if (Shown && Done)
    llvm::errs() << ClearLine;
}

void Progress::finished(llvm::StringRef File) {
  ++Done;
  if (!Shown)
    return;
  llvm::errs() << ClearLine << "[" << Done << "/" << Total << "] " << displayPath(File);
  llvm::errs().flush();
}

} // namespace serialint::tool
