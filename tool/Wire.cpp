//===--- Wire.cpp - serialint command -------------------------------------===//

#include "Wire.h"

namespace serialint::tool {
namespace {

const char EndMarker[] = "end\n";

class Writer {
public:
  void number(unsigned long long Value) { Out += std::to_string(Value) + ' '; }
  void text(llvm::StringRef Value) {
    number(Value.size());
    Out += Value;
  }
  void edit(const Edit &E) {
    text(E.File);
    number(E.Offset);
    number(E.Length);
    text(E.Text);
  }
  void span(const Span &S) {
    text(S.File);
    number(S.Offset);
    number(S.Length);
  }
  void message(const Message &M) {
    text(M.Text);
    text(M.File);
    number(M.Offset);
    number(M.Edits.size());
    for (const Edit &E : M.Edits)
      edit(E);
    number(M.Ranges.size());
    for (const Span &S : M.Ranges)
      span(S);
  }
  void diagnostic(const Diagnostic &D) {
    text(D.Check);
    number(static_cast<unsigned>(D.Level));
    message(D.Main);
    number(D.Notes.size());
    for (const Message &Note : D.Notes)
      message(Note);
    text(D.BuildDirectory);
  }
  std::string take() { return std::move(Out); }

private:
  std::string Out;
};

class Reader {
public:
  explicit Reader(llvm::StringRef In) : In(In) {}
  bool ok() const { return Good; }
  bool atEnd() const { return In == EndMarker; }

  unsigned long long number() {
    auto [Digits, Rest] = In.split(' ');
    unsigned long long Value = 0;
    if (Digits.getAsInteger(10, Value) || Rest.size() == In.size())
      Good = false;
    In = Rest;
    return Value;
  }
  std::string text() {
    unsigned long long Size = number();
    if (!Good || Size > In.size()) {
      Good = false;
      return {};
    }
    std::string Value = In.take_front(Size).str();
    In = In.drop_front(Size);
    return Value;
  }
  template <class T, class ReadOne> std::vector<T> list(ReadOne Read) {
    unsigned long long Count = Good ? number() : 0;
    if (Count > In.size()) // every item takes at least one byte
      Good = false;
    std::vector<T> Items(Good ? Count : 0);
    for (T &Item : Items) {
      if (!Good)
        return {};
      Item = (this->*Read)();
    }
    return Items;
  }
  Edit edit() {
    Edit E;
    E.File = text();
    E.Offset = number();
    E.Length = number();
    E.Text = text();
    return E;
  }
  Span span() {
    Span S;
    S.File = text();
    S.Offset = number();
    S.Length = number();
    return S;
  }
  Message message() {
    Message M;
    M.Text = text();
    M.File = text();
    M.Offset = number();
    M.Edits = list<Edit>(&Reader::edit);
    M.Ranges = list<Span>(&Reader::span);
    return M;
  }
  Diagnostic diagnostic() {
    Diagnostic D;
    D.Check = text();
    D.Level = static_cast<Severity>(number());
    D.Main = message();
    D.Notes = list<Message>(&Reader::message);
    D.BuildDirectory = text();
    return D;
  }

private:
  llvm::StringRef In;
  bool Good = true;
};

} // namespace

std::string encodeReport(const UnitReport &Report) {
  Writer Out;
  Out.text(Report.File);
  Out.text(Report.Failure);
  Out.number(Report.Diagnostics.size());
  for (const Diagnostic &D : Report.Diagnostics)
    Out.diagnostic(D);
  return Out.take() + EndMarker;
}

std::optional<UnitReport> decodeReport(llvm::StringRef Bytes) {
  Reader In(Bytes);
  UnitReport Report;
  Report.File = In.text();
  Report.Failure = In.text();
  Report.Diagnostics = In.list<Diagnostic>(&Reader::diagnostic);
  if (!In.ok() || !In.atEnd())
    return std::nullopt;
  return Report;
}

} // namespace serialint::tool
