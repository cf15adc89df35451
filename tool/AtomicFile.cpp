//===--- AtomicFile.cpp - serialint command -------------------------------===//

#include "AtomicFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace serialint::tool {

namespace {

llvm::Error writeAll(int FD, llvm::StringRef Text) {
  llvm::raw_fd_ostream Out(FD, /*shouldClose=*/false);
  Out << Text;
  Out.flush();
  std::error_code Error = Out.error();
  Out.clear_error(); // else its destructor aborts
  return Error ? llvm::createStringError(Error, Error.message()) : llvm::Error::success();
}

// A device or a pipe (/dev/stdout, a FIFO) is written as it is: it cannot be
// renamed over, and a reader of it takes what comes.
bool isSpecialFile(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  return !llvm::sys::fs::status(Path, Status) &&
         Status.type() != llvm::sys::fs::file_type::regular_file &&
         Status.type() != llvm::sys::fs::file_type::directory_file;
}

llvm::Error writeSpecialFile(llvm::StringRef Path, llvm::StringRef Text) {
  int FD = -1;
  if (std::error_code Error = llvm::sys::fs::openFileForWrite(Path, FD, llvm::sys::fs::CD_OpenExisting))
    return llvm::createStringError(Error, Error.message());
  llvm::Error Written = writeAll(FD, Text);
  std::error_code Closed = llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  if (!Written && Closed)
    return llvm::createStringError(Closed, Closed.message());
  return Written;
}

} // namespace

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Text) {
  if (isSpecialFile(Path))
    return writeSpecialFile(Path, Text);
  // llvm::writeToOutput would keep a file the disk filled up halfway.
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Path + ".tmp-%%%%%%%%");
  if (!Temp)
    return Temp.takeError();
  if (llvm::Error Written = writeAll(Temp->FD, Text)) {
    llvm::consumeError(Temp->discard());
    return Written;
  }
  return Temp->keep(Path);
}

} // namespace serialint::tool
