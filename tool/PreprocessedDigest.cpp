//===--- PreprocessedDigest.cpp - serialint command -----------------------===//

#include "PreprocessedDigest.h"
#include "Digest.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticBuffer.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace clang;

namespace serialint::tool {
namespace {

// -E's output goes straight into the hash: a unit can preprocess to
// hundreds of megabytes, which need never be held.
class HashingStream final : public llvm::raw_ostream {
public:
  explicit HashingStream(Digest &Hasher) : Hasher(Hasher) { SetUnbuffered(); }

private:
  void write_impl(const char *Data, size_t Size) override {
    Hasher.bytes(llvm::StringRef(Data, Size));
    Written += Size;
  }
  uint64_t current_pos() const override { return Written; }

  Digest &Hasher;
  uint64_t Written = 0;
};

// Every file the unit entered, in the order it entered them, with the
// built-in buffers (the predefined macros among them).
// A unit that expands __DATE__ preprocesses differently tomorrow with no
// file changed, which its probes would not see (ccache's rule too).
bool namesTheTime(llvm::StringRef Text) {
  return Text.contains("__DATE__") || Text.contains("__TIME__") || Text.contains("__TIMESTAMP__");
}

void hashEnteredFiles(const SourceManager &Sources, Digest &Hasher,
                      std::map<std::string, std::string> &Entered) {
  std::string Directory = Sources.getFileManager().getFileSystemOpts().WorkingDir;
  llvm::ErrorOr<std::string> Current =
      Sources.getFileManager().getVirtualFileSystem().getCurrentWorkingDirectory();
  if (Directory.empty() && Current)
    Directory = *Current;
  for (unsigned I = 0, E = Sources.local_sloc_entry_size(); I != E; ++I) {
    const SrcMgr::SLocEntry &Entry = Sources.getLocalSLocEntry(I);
    if (!Entry.isFile())
      continue;
    const SrcMgr::ContentCache &Content = Entry.getFile().getContentCache();
    Hasher.field(Content.OrigEntry ? Content.OrigEntry->getName() : "<buffer>");
    if (std::optional<llvm::MemoryBufferRef> Buffer = Content.getBufferIfLoaded()) {
      Hasher.field(Buffer->getBuffer());
      // A name no probe answers to: the probes are then not kept.
      if (namesTheTime(Buffer->getBuffer()))
        Entered["<the time of day>"] = "";
      if (Content.OrigEntry)
        Entered[probePath(Directory, Content.OrigEntry->getName())] =
            digestOf(Buffer->getBuffer());
    }
  }
}

class DigestAction final : public PreprocessorFrontendAction {
public:
  DigestAction(Digest &Hasher, std::map<std::string, std::string> &Entered)
      : Hasher(Hasher), Entered(Entered) {}

private:
  void ExecuteAction() override {
    CompilerInstance &Compiler = getCompilerInstance();
    PreprocessorOutputOptions Output = Compiler.getPreprocessorOutputOpts();
    Output.ShowCPP = true;
    Output.ShowLineMarkers = true;
    HashingStream Stream(Hasher);
    DoPrintPreprocessedInput(Compiler.getPreprocessor(), &Stream, Output);
    Stream.flush();
    hashEnteredFiles(Compiler.getSourceManager(), Hasher, Entered);
  }

  Digest &Hasher;
  std::map<std::string, std::string> &Entered;
};

} // namespace

llvm::Expected<std::string> preprocessedDigest(const std::vector<std::string> &CommandLine,
                                               llvm::StringRef Directory, FileProbes &Probes,
                                               bool &ProbesHold) {
  Digest Hasher;
  std::map<std::string, std::string> Entered;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FileSystem =
      recordingFileSystem(Probes, Directory);
  if (std::error_code Error = FileSystem->setCurrentWorkingDirectory(Directory))
    return llvm::createStringError(Error, "cannot enter '" + Directory + "': " + Error.message());
  auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), FileSystem);
  // Errors are kept out of the user's sight: the analysis that follows a
  // miss reports them the way it always does.
  TextDiagnosticBuffer Silent;
  tooling::ToolInvocation Invocation(CommandLine,
                                     std::make_unique<DigestAction>(Hasher, Entered), Files.get());
  Invocation.setDiagnosticConsumer(&Silent);
  if (!Invocation.run() || Silent.getNumErrors() != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the unit does not preprocess");
  ProbesHold = ProbesHold && Probes.takeDigests(Entered);
  return Hasher.hex();
}

} // namespace serialint::tool
