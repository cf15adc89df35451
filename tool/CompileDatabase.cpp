//===--- CompileDatabase.cpp - serialint command --------------------------===//

#include "CompileDatabase.h"
#include "CommandAdjusting.h"
#include "ExitStatus.h"
#include "clang/Driver/Types.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace serialint::tool {
namespace {

bool isCOrCxxByName(llvm::StringRef File) {
  llvm::StringRef Extension = llvm::sys::path::extension(File).drop_front();
  driver::types::ID Type = driver::types::lookupTypeForExtension(Extension);
  return driver::types::isCXX(Type) || Type == driver::types::TY_C ||
         Type == driver::types::TY_CHeader;
}

bool looksBinary(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  return Buffer && (*Buffer)->getBuffer().take_front(65536).contains('\0');
}

std::unique_ptr<tooling::CompilationDatabase> fromBuildDirectory(llvm::StringRef Dir) {
  if (!llvm::sys::fs::is_directory(Dir))
    usageError("no such build directory: '" + Dir + "'");
  std::string Error;
  // Only this directory: the user named it, so a database further up would
  // be a surprise.
  auto Database = tooling::CompilationDatabase::loadFromDirectory(Dir, Error);
  if (Database)
    return Database;
  llvm::SmallString<256> JsonPath(Dir);
  llvm::sys::path::append(JsonPath, "compile_commands.json");
  if (llvm::sys::fs::exists(JsonPath))
    usageError("cannot read '" + JsonPath + "': " +
               llvm::StringRef(Error).split('\n').first.trim());
  usageError("no compile_commands.json or compile_flags.txt in '" + Dir + "'");
}

std::unique_ptr<tooling::CompilationDatabase> aboveFile(llvm::StringRef File) {
  std::string Error;
  auto Database = tooling::CompilationDatabase::autoDetectFromSource(File, Error);
  if (!Database)
    usageError("no compile_commands.json or compile_flags.txt above '" + File +
               "'; give -p BUILD_DIR or flags after --");
  return Database;
}

std::unique_ptr<tooling::CompilationDatabase> aboveWorkingDirectory() {
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  std::string Error;
  // Searches the directory and those above it.
  if (auto Database = tooling::CompilationDatabase::autoDetectFromDirectory(Dir, Error))
    return Database;
  usageError("no input files and no compile_commands.json found; give files or -p BUILD_DIR");
}

} // namespace

void validateInputFiles(const std::vector<std::string> &Files) {
  for (const std::string &File : Files) {
    if (!llvm::sys::fs::exists(File))
      usageError("no such file: '" + File + "'");
    if (llvm::sys::fs::is_directory(File))
      usageError("'" + File + "' is a directory, not a source file");
    if (!isCOrCxxByName(File))
      usageError("'" + File + "' is not a C or C++ source file");
    if (looksBinary(File))
      usageError("'" + File + "' is a binary file, not C or C++ source");
  }
}

std::unique_ptr<tooling::CompilationDatabase> loadCompilations(Options &Opts) {
  std::unique_ptr<tooling::CompilationDatabase> Base;
  if (Opts.FlagsAfterDashDash)
    Base = std::move(Opts.FlagsAfterDashDash);
  else if (!Opts.BuildPath.empty())
    Base = fromBuildDirectory(Opts.BuildPath);
  else if (!Opts.Files.empty())
    Base = aboveFile(Opts.Files.front());
  else
    Base = aboveWorkingDirectory();
  return withSerialintAdjusters(std::move(Base));
}

std::vector<std::string> filesToCheck(const Options &Opts,
                                      const tooling::CompilationDatabase &Database) {
  if (!Opts.Files.empty())
    return Opts.Files;
  std::vector<std::string> Files;
  llvm::StringSet<> Seen;
  for (const std::string &File : Database.getAllFiles())
    if (isCOrCxxByName(File) && Seen.insert(File).second)
      Files.push_back(File);
  if (Files.empty())
    usageError("the compile database lists no C or C++ files");
  return Files;
}

} // namespace serialint::tool
