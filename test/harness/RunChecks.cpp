//===--- RunChecks.cpp - serialint tests ----------------------------------===//
//
// The clang side of the harness: compiles a case in memory through
// clang-tidy's library with the serialint module linked in.
//
//===----------------------------------------------------------------------===//

#include "CheckHarness.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace clang::tidy {
extern volatile int SerialintModuleAnchorSource;
[[maybe_unused]] static int SerialintModuleAnchorDestination =
    SerialintModuleAnchorSource;
} // namespace clang::tidy

namespace serialint::test {

namespace {

using namespace clang;
using namespace clang::tidy;

// Line and column of an offset, both from one, as clang prints them.
std::pair<unsigned, unsigned> lineAndColumn(llvm::StringRef Text, unsigned Offset) {
  const llvm::StringRef Before = Text.take_front(Offset);
  const unsigned Line = static_cast<unsigned>(Before.count('\n')) + 1;
  const size_t LineStart = Before.rfind('\n');
  const unsigned Column = static_cast<unsigned>(
      LineStart == llvm::StringRef::npos ? Offset + 1 : Offset - LineStart);
  return {Line, Column};
}

class SourceTexts {
public:
  SourceTexts(std::string MainPath, const std::string &MainCode)
      : MainPath(std::move(MainPath)), MainCode(MainCode) {}

  Diagnostic locate(const tooling::DiagnosticMessage &Message, std::string Level,
                    std::string Check) {
    Diagnostic D{std::move(Level), "", 0, 0, Message.Message, std::move(Check)};
    if (Message.FilePath.empty())
      return D;
    D.File = llvm::sys::path::filename(Message.FilePath).str();
    std::tie(D.Line, D.Column) = lineAndColumn(textOf(Message.FilePath), Message.FileOffset);
    return D;
  }

private:
  llvm::StringRef textOf(const std::string &Path) {
    if (Path == MainPath)
      return MainCode;
    auto &Slot = Others[Path];
    if (!Slot)
      if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
        Slot = std::move(*Buffer);
    return Slot ? Slot->getBuffer() : llvm::StringRef();
  }

  std::string MainPath;
  const std::string &MainCode;
  std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>> Others;
};

std::string levelOf(const ClangTidyError &Error) {
  switch (Error.DiagLevel) {
  case ClangTidyError::Error:
    return "error";
  case ClangTidyError::Warning:
    return "warning";
  default:
    return "remark";
  }
}

std::string applyFixes(const std::string &Code, const std::string &Path,
                       const std::vector<ClangTidyError> &Errors) {
  tooling::Replacements All;
  for (const ClangTidyError &Error : Errors) {
    auto Fix = Error.Message.Fix.find(Path);
    if (Fix == Error.Message.Fix.end())
      continue;
    for (const tooling::Replacement &R : Fix->second)
      if (llvm::Error Conflict = All.add(R))
        llvm::consumeError(std::move(Conflict)); // the first fix wins, as in clang-tidy
  }
  auto Fixed = tooling::applyAllReplacements(Code, All);
  if (!Fixed) {
    llvm::consumeError(Fixed.takeError());
    return Code;
  }
  return *Fixed;
}

} // namespace

RunResult runCase(const TestCase &Case, const std::vector<std::string> &BaseArgs) {
  // The case shadows its file in memory, so quoted includes resolve as they
  // would for the file itself.
  const std::string Directory = Case.Directory.empty() ? "/" : Case.Directory;
  const std::string Path = Directory + "/" + Case.FileName;

  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = Case.Checks;
  for (const auto &[Key, Value] : Case.CheckOptions)
    Options.CheckOptions[Key] = ClangTidyOptions::ClangTidyValue(Value);
  ClangTidyContext Context(
      std::make_unique<DefaultOptionsProvider>(ClangTidyGlobalOptions(), Options));

  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(Path, 0, llvm::MemoryBuffer::getMemBufferCopy(Case.Code, Path));
  auto Files = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  Files->pushOverlay(Memory);

  std::vector<std::string> Args = BaseArgs;
  Args.insert(Args.end(), Case.Args.begin(), Case.Args.end());
  tooling::FixedCompilationDatabase Compilations(Directory, Args);
  const std::vector<ClangTidyError> Errors =
      runClangTidy(Context, Compilations, {Path}, Files, /*ApplyAnyFix=*/false);

  RunResult Result;
  SourceTexts Texts(Path, Case.Code);
  for (const ClangTidyError &Error : Errors) {
    Result.Diagnostics.push_back(
        Texts.locate(Error.Message, levelOf(Error), Error.DiagnosticName));
    // A compiler error's notes are its instantiation backtrace, not ours.
    if (llvm::StringRef(Error.DiagnosticName).starts_with("clang-diagnostic-"))
      continue;
    for (const tooling::DiagnosticMessage &Note : Error.Notes)
      Result.Diagnostics.push_back(Texts.locate(Note, "note", ""));
  }
  Result.FixedCode = applyFixes(Case.Code, Path, Errors);
  return Result;
}

} // namespace serialint::test
