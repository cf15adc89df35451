//===--- TextOutput.cpp - serialint command -------------------------------===//
//
// clang's diagnostic format, source line and caret included, so editors and
// people read it the way they read the compiler's.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Paths.h"

namespace serialint::tool {
namespace {

const unsigned TabStop = 8;

// The screen column of a byte column: tabs expand, UTF-8 continuation bytes
// take no room.
unsigned displayColumn(llvm::StringRef Line, unsigned ByteColumn) {
  unsigned Display = 0;
  for (unsigned I = 0; I + 1 < ByteColumn && I < Line.size(); ++I) {
    unsigned char C = static_cast<unsigned char>(Line[I]);
    if (C == '\t')
      Display += TabStop - Display % TabStop;
    else if ((C & 0xC0) != 0x80)
      ++Display;
  }
  return Display;
}

std::string expandTabs(llvm::StringRef Line) {
  std::string Out;
  for (char C : Line) {
    if (C == '\t')
      Out.append(TabStop - Out.size() % TabStop, ' ');
    else
      Out += C;
  }
  return Out;
}

unsigned digits(unsigned N) {
  unsigned Count = 1;
  while (N >= 10) {
    N /= 10;
    ++Count;
  }
  return Count;
}

std::string underline(const Message &M, const Position &At, SourceFiles &Sources) {
  std::string Marks;
  auto Mark = [&Marks](unsigned From, unsigned To, char C) {
    if (Marks.size() < To)
      Marks.resize(To, ' ');
    for (unsigned I = From; I < To; ++I)
      if (Marks[I] == ' ' || C == '^')
        Marks[I] = C;
  };
  for (const Span &Range : M.Ranges) {
    if (Range.File != M.File)
      continue;
    Position Begin = Sources.locate(Range.File, Range.Offset);
    Position End = Sources.locate(Range.File, Range.Offset + Range.Length);
    if (Begin.Line != At.Line)
      continue;
    unsigned EndColumn = End.Line == At.Line ? End.Column : At.LineText.size() + 1;
    Mark(displayColumn(At.LineText, Begin.Column), displayColumn(At.LineText, EndColumn), '~');
  }
  unsigned Caret = displayColumn(At.LineText, At.Column);
  Mark(Caret, Caret + 1, '^');
  return llvm::StringRef(Marks).rtrim().str();
}

void printSnippet(const Message &M, const Position &At, SourceFiles &Sources,
                  llvm::raw_ostream &OS) {
  unsigned Width = std::max(4u, digits(At.Line));
  OS.indent(Width - digits(At.Line) + 1) << At.Line << " | " << expandTabs(At.LineText)
                                         << "\n";
  OS.indent(Width + 2) << "| " << underline(M, At, Sources) << "\n";
}

void printMessage(const Message &M, llvm::StringRef Level, llvm::StringRef Check,
                  SourceFiles &Sources, llvm::raw_ostream &OS) {
  Position At;
  if (!M.File.empty()) {
    At = Sources.locate(M.File, M.Offset);
    OS << displayPath(M.File) << ":";
    if (At.Line)
      OS << At.Line << ":" << At.Column << ":";
    OS << " ";
  }
  OS << Level << ": " << M.Text;
  if (!Check.empty())
    OS << " [" << Check << "]";
  OS << "\n";
  if (At.Line)
    printSnippet(M, At, Sources, OS);
}

} // namespace

llvm::StringRef severityName(Severity Level) {
  switch (Level) {
  case Severity::Remark:
    return "remark";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

void printText(const RunResult &Result, SourceFiles &Sources, llvm::raw_ostream &OS) {
  for (const Diagnostic &D : Result.Diagnostics) {
    printMessage(D.Main, severityName(D.Level), D.Check, Sources, OS);
    for (const Message &Note : D.Notes)
      printMessage(Note, "note", "", Sources, OS);
  }
}

void printFailures(const RunResult &Result, llvm::raw_ostream &OS) {
  for (const FailedUnit &Unit : Result.Failed)
    OS << "serialint: error: could not analyse '" << displayPath(Unit.File)
       << "': " << Unit.Why << "\n";
}

} // namespace serialint::tool
