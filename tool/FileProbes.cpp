//===--- FileProbes.cpp - serialint command -------------------------------===//

#include "FileProbes.h"
#include "Digest.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <vector>

namespace serialint::tool {
namespace {

FileProbes::Found whatIsAt(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return FileProbes::Nothing;
  return llvm::sys::fs::is_directory(Status) ? FileProbes::Directory : FileProbes::File;
}

std::optional<std::string> fileDigest(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return digestOf((*Buffer)->getBuffer());
}

std::optional<std::string> listingDigest(llvm::StringRef Path) {
  std::error_code Error;
  std::vector<std::string> Names;
  for (llvm::sys::fs::directory_iterator It(Path, Error), End; !Error && It != End;
       It.increment(Error))
    Names.push_back(llvm::sys::path::filename(It->path()).str());
  if (Error)
    return std::nullopt;
  llvm::sort(Names);
  Digest Listing;
  for (const std::string &Name : Names)
    Listing.field(Name);
  return Listing.hex();
}

std::optional<std::string> currentDigest(llvm::StringRef Path, FileProbes::Found What) {
  if (What == FileProbes::File)
    return fileDigest(Path);
  if (What == FileProbes::Listing)
    return listingDigest(Path);
  return std::string();
}

class RecordingFileSystem final : public llvm::vfs::ProxyFileSystem {
public:
  RecordingFileSystem(FileProbes &Probes, std::string Directory)
      : ProxyFileSystem(llvm::vfs::createPhysicalFileSystem()), Probes(Probes),
        Directory(std::move(Directory)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    llvm::ErrorOr<llvm::vfs::Status> Result = ProxyFileSystem::status(Path);
    Probes.record(absolute(Path), !Result                 ? FileProbes::Nothing
                                  : Result->isDirectory() ? FileProbes::Directory
                                                          : FileProbes::File);
    return Result;
  }
  bool exists(const llvm::Twine &Path) override { return bool(status(Path)); }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    auto Result = ProxyFileSystem::openFileForRead(Path);
    Probes.record(absolute(Path), Result ? FileProbes::File : FileProbes::Nothing);
    return Result;
  }
  // The driver lists directories to find the GCC installation it uses.
  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &Path, std::error_code &Error) override {
    llvm::vfs::directory_iterator Result = ProxyFileSystem::dir_begin(Path, Error);
    Probes.record(absolute(Path), Error ? FileProbes::Nothing : FileProbes::Listing);
    return Result;
  }

private:
  std::string absolute(const llvm::Twine &Path) const {
    llvm::ErrorOr<std::string> Current = getCurrentWorkingDirectory();
    return probePath(Current ? *Current : Directory, Path.str());
  }

  FileProbes &Probes;
  std::string Directory;
};

} // namespace

std::string probePath(llvm::StringRef Directory, llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Directory, Absolute);
  return Absolute.str().str();
}

void FileProbes::record(llvm::StringRef Path, Found What) {
  auto [It, Inserted] = Answers.try_emplace(Path.str(), Answer{What, ""});
  // A directory opened for reading is still a directory; a listing says more.
  if (!Inserted && What == Listing)
    It->second.What = Listing;
}

bool FileProbes::takeDigests(const std::map<std::string, std::string> &Entered) {
  for (auto &[Path, Found] : Answers) {
    if (llvm::StringRef(Path).contains('\n'))
      return false; // not a line of text()
    std::optional<std::string> Now = currentDigest(Path, Found.What);
    if (!Now)
      return false;
    Found.Digest = *Now;
  }
  for (const auto &[Path, EnteredDigest] : Entered) {
    auto It = Answers.find(Path);
    if (It == Answers.end() || It->second.Digest != EnteredDigest)
      return false;
  }
  return true;
}

bool FileProbes::stillHold() const {
  for (const auto &[Path, Found] : Answers) {
    FileProbes::Found Now = whatIsAt(Path);
    bool SameKind = Found.What == Listing ? Now == Directory : Now == Found.What;
    if (!SameKind)
      return false;
    if (!Found.Digest.empty() && currentDigest(Path, Found.What) != Found.Digest)
      return false;
  }
  return true;
}

std::string FileProbes::text() const {
  std::string Text;
  for (const auto &[Path, Found] : Answers)
    Text += std::string(1, Found.What) + " " + (Found.Digest.empty() ? "-" : Found.Digest) + " " +
            Path + "\n";
  return Text;
}

std::optional<FileProbes> FileProbes::parse(llvm::StringRef Text) {
  FileProbes Probes;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    auto [Kind, AfterKind] = Line.split(' ');
    auto [DigestText, Path] = AfterKind.split(' ');
    if (Kind.size() != 1 || !llvm::StringRef("-fdl").contains(Kind[0]) || Path.empty() ||
        DigestText.empty())
      return std::nullopt;
    Probes.Answers[Path.str()] =
        Answer{static_cast<Found>(Kind[0]), DigestText == "-" ? "" : DigestText.str()};
  }
  return Probes;
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> recordingFileSystem(FileProbes &Probes,
                                                                    llvm::StringRef Directory) {
  return llvm::makeIntrusiveRefCnt<RecordingFileSystem>(Probes, Directory.str());
}

} // namespace serialint::tool
