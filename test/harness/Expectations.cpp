//===--- Expectations.cpp - serialint tests -------------------------------===//
//
// The text side of the harness: cases, directives, expectations and their
// comparison with what the checks said. Nothing here touches clang, so it is
// tested on its own.
//
//===----------------------------------------------------------------------===//

#include "CheckHarness.h"

#include <algorithm>
#include <regex>
#include <sstream>

namespace serialint::test {

namespace {

std::vector<std::string> splitLines(const std::string &Text) {
  std::vector<std::string> Lines;
  std::istringstream Stream(Text);
  std::string Line;
  while (std::getline(Stream, Line))
    Lines.push_back(Line);
  return Lines;
}

std::string trim(const std::string &Text) {
  const auto First = Text.find_first_not_of(" \t\r");
  if (First == std::string::npos)
    return "";
  const auto Last = Text.find_last_not_of(" \t\r");
  return Text.substr(First, Last - First + 1);
}

std::vector<std::string> splitWords(const std::string &Text) {
  std::vector<std::string> Words;
  std::istringstream Stream(Text);
  std::string Word;
  while (Stream >> Word)
    Words.push_back(Word);
  return Words;
}

const std::regex CaseMarker(R"(^\s*//=== case:\s*([A-Za-z0-9_-]+)\s*$)");
const std::regex Directive(R"(^\s*// serialint-(args|checks|option|releases):\s*(.*)$)");

// `ygm` or `ygm=v0.5,v0.6`, several separated by spaces.
void applyReleases(TestCase &Case, const std::string &Value, const std::string &Where,
                   std::vector<std::string> &Errors) {
  const std::vector<std::string> Words = splitWords(Value);
  if (Words.empty())
    Errors.push_back(Where + ": serialint-releases needs a framework, got nothing");
  for (const std::string &Word : Words) {
    const auto Eq = Word.find('=');
    std::vector<std::string> &Wanted = Case.ReleaseRequests[Word.substr(0, Eq)];
    if (Eq == std::string::npos)
      continue;
    std::istringstream List(Word.substr(Eq + 1));
    for (std::string Release; std::getline(List, Release, ',');)
      if (!Release.empty())
        Wanted.push_back(Release);
    if (Wanted.empty())
      Errors.push_back(Where + ": serialint-releases: no release after '" + Word + "'");
  }
}

void applyDirective(TestCase &Case, const std::string &Kind, const std::string &Value,
                    const std::string &Where, std::vector<std::string> &Errors) {
  if (Kind == "args") {
    for (const std::string &Word : splitWords(Value))
      Case.Args.push_back(Word);
  } else if (Kind == "checks") {
    Case.Checks = trim(Value);
  } else if (Kind == "releases") {
    applyReleases(Case, Value, Where, Errors);
  } else {
    const auto Eq = Value.find('=');
    if (Eq == std::string::npos || trim(Value.substr(0, Eq)).empty())
      Errors.push_back(Where + ": serialint-option needs 'name=value', got '" +
                       trim(Value) + "'");
    else
      Case.CheckOptions[trim(Value.substr(0, Eq))] = trim(Value.substr(Eq + 1));
  }
}

// Where the diagnostic would be written down: "file:line", or "config".
std::string placeOf(const Expectation &E, const std::string &Default) {
  if (E.Config)
    return "config";
  std::ostringstream Place;
  Place << (E.File.empty() ? Default : E.File) << ':' << E.Line;
  if (E.Column)
    Place << ':' << *E.Column;
  return Place.str();
}

bool matches(const Expectation &E, const Diagnostic &D, const std::string &MainFile) {
  if (E.Level != D.Level || D.Message.find(E.Text) == std::string::npos)
    return false;
  if (E.Config)
    return D.File.empty();
  const std::string &File = E.File.empty() ? MainFile : E.File;
  return D.File == File && D.Line == E.Line && (!E.Column || *E.Column == D.Column);
}

// The code on a line, without an expectation comment written after it.
std::string codeOf(const std::string &Line) {
  const auto Comment = Line.find("// expect-");
  return trim(Comment == std::string::npos ? Line : Line.substr(0, Comment));
}

} // namespace

ReleaseTable parseReleases(const std::string &Contents, std::vector<std::string> &Errors) {
  ReleaseTable Table;
  unsigned Number = 0;
  for (const std::string &Line : splitLines(Contents)) {
    ++Number;
    std::vector<std::string> Words = splitWords(Line.substr(0, Line.find('#')));
    if (Words.empty())
      continue;
    if (Words.size() < 2)
      Errors.push_back("releases:" + std::to_string(Number) + ": '" + Words[0] +
                       "' lists no release");
    else
      Table[Words[0]].assign(Words.begin() + 1, Words.end());
  }
  return Table;
}

namespace {

std::string nameSafe(std::string Text) {
  for (char &C : Text)
    if (!std::isalnum(static_cast<unsigned char>(C)))
      C = '_';
  return Text;
}

} // namespace

std::vector<TestCase> expandReleases(const std::vector<TestCase> &Cases,
                                     const ReleaseTable &Table,
                                     std::vector<std::string> &Errors) {
  std::vector<TestCase> Result;
  for (const TestCase &Case : Cases) {
    if (Case.ReleaseRequests.empty()) {
      Result.push_back(Case);
      continue;
    }
    for (const auto &[Framework, Wanted] : Case.ReleaseRequests) {
      const auto Known = Table.find(Framework);
      if (Known == Table.end()) {
        Errors.push_back(Case.FileName + " case '" + Case.Name +
                         "': no modelled releases of '" + Framework + "'");
        continue;
      }
      for (const std::string &Release : Wanted.empty() ? Known->second : Wanted) {
        if (std::find(Known->second.begin(), Known->second.end(), Release) ==
            Known->second.end()) {
          Errors.push_back(Case.FileName + " case '" + Case.Name + "': '" + Framework +
                           "' has no modelled release '" + Release + "'");
          continue;
        }
        TestCase Run = Case;
        Run.Name += "_on_" + nameSafe(Framework) + "_" + nameSafe(Release);
        Run.Releases[Framework] = Release;
        Result.push_back(std::move(Run));
      }
    }
  }
  return Result;
}

std::vector<TestCase> loadCases(const std::string &FileName, const std::string &Contents,
                                std::vector<std::string> &Errors) {
  const std::vector<std::string> Lines = splitLines(Contents);
  TestCase Prelude;
  Prelude.FileName = FileName;
  std::vector<std::pair<TestCase, size_t>> Cases; // case, first line index
  for (size_t I = 0; I < Lines.size(); ++I) {
    std::smatch Match;
    const std::string Where = FileName + ":" + std::to_string(I + 1);
    if (std::regex_match(Lines[I], Match, CaseMarker)) {
      TestCase Case = Prelude;
      Case.Name = Match[1];
      Cases.emplace_back(std::move(Case), I);
    } else if (std::regex_match(Lines[I], Match, Directive)) {
      applyDirective(Cases.empty() ? Prelude : Cases.back().first, Match[1], Match[2],
                     Where, Errors);
    }
  }
  if (Cases.empty()) {
    Prelude.Name = FileName.substr(0, FileName.find('.'));
    Prelude.Code = Contents;
    return {Prelude};
  }
  std::vector<TestCase> Result;
  for (size_t C = 0; C < Cases.size(); ++C) {
    const size_t Begin = Cases[C].second;
    const size_t End = C + 1 < Cases.size() ? Cases[C + 1].second : Lines.size();
    std::string Code;
    for (size_t I = 0; I < Lines.size(); ++I) {
      const bool Own = I < Cases.front().second || (I >= Begin && I < End);
      Code += (Own ? Lines[I] : std::string()) + "\n";
    }
    Cases[C].first.Code = std::move(Code);
    Result.push_back(std::move(Cases[C].first));
  }
  return Result;
}

void parseExpectations(const std::string &Code, const std::string &FileName,
                       std::vector<Expectation> &Diagnostics,
                       std::vector<FixExpectation> &Fixes,
                       std::vector<std::string> &Errors) {
  static const std::regex Pattern(
      R"(expect-(warning|note|error|fixed)(@(config|[+-]?\d+|[\w.-]+:\d+))?(:(\d+))?\s*\{\{(.*?)\}\})");
  const std::vector<std::string> Lines = splitLines(Code);
  for (size_t I = 0; I < Lines.size(); ++I) {
    const unsigned Here = static_cast<unsigned>(I + 1);
    const std::string &Line = Lines[I];
    if (Line.find("expect-") == std::string::npos)
      continue;
    size_t Found = 0;
    for (auto It = std::sregex_iterator(Line.begin(), Line.end(), Pattern);
         It != std::sregex_iterator(); ++It, ++Found) {
      const std::smatch &M = *It;
      Expectation E;
      E.Level = M[1];
      E.Text = M[6];
      E.WrittenAt = Here;
      E.Line = Here;
      const std::string At = M[3];
      if (At == "config") {
        E.Config = true;
      } else if (!At.empty() && (At[0] == '+' || At[0] == '-')) {
        const long Target = static_cast<long>(Here) + std::stol(At);
        if (Target < 1) {
          Errors.push_back(FileName + ":" + std::to_string(Here) +
                           ": expectation points before the first line");
          continue;
        }
        E.Line = static_cast<unsigned>(Target);
      } else if (At.find(':') != std::string::npos) {
        E.File = At.substr(0, At.find(':'));
        E.Line = static_cast<unsigned>(std::stoul(At.substr(At.find(':') + 1)));
      } else if (!At.empty()) {
        E.Line = static_cast<unsigned>(std::stoul(At));
      }
      if (M[5].matched)
        E.Column = static_cast<unsigned>(std::stoul(M[5]));
      if (E.Level == "fixed")
        Fixes.push_back({E.Line, E.Text, Here});
      else
        Diagnostics.push_back(std::move(E));
    }
    const size_t Mentions = [&] {
      size_t Count = 0;
      for (size_t Pos = Line.find("expect-"); Pos != std::string::npos;
           Pos = Line.find("expect-", Pos + 1))
        ++Count;
      return Count;
    }();
    if (Mentions != Found)
      Errors.push_back(FileName + ":" + std::to_string(Here) +
                       ": malformed expectation: " + trim(Line));
  }
}

std::vector<std::string> compareDiagnostics(const std::vector<Expectation> &Expected,
                                            const std::vector<Diagnostic> &Actual,
                                            const std::string &MainFile) {
  std::vector<bool> Used(Actual.size(), false);
  std::vector<std::string> Problems;
  for (const Expectation &E : Expected) {
    bool Met = false;
    for (size_t I = 0; I < Actual.size() && !Met; ++I)
      if (!Used[I] && matches(E, Actual[I], MainFile))
        Used[I] = Met = true;
    if (!Met)
      Problems.push_back("expected but not seen (written at line " +
                         std::to_string(E.WrittenAt) + "): " + placeOf(E, MainFile) +
                         ": " + E.Level + ": " + E.Text);
  }
  for (size_t I = 0; I < Actual.size(); ++I)
    if (!Used[I])
      Problems.push_back("seen but not expected: " + format(Actual[I]));
  return Problems;
}

std::vector<std::string> compareFixes(const std::vector<FixExpectation> &Expected,
                                      const std::string &Original,
                                      const std::string &Fixed) {
  const std::vector<std::string> Before = splitLines(Original);
  const std::vector<std::string> After = splitLines(Fixed);
  std::vector<std::string> Problems;
  if (Before.size() != After.size())
    Problems.push_back("the fixes changed the number of lines from " +
                       std::to_string(Before.size()) + " to " +
                       std::to_string(After.size()));
  for (const FixExpectation &E : Expected) {
    const std::string Seen = E.Line <= After.size() ? codeOf(After[E.Line - 1]) : "";
    if (Seen != trim(E.Text))
      Problems.push_back("line " + std::to_string(E.Line) + " after fixes (expected at " +
                         std::to_string(E.WrittenAt) + "): expected '" + trim(E.Text) +
                         "', got '" + Seen + "'");
  }
  for (size_t I = 0; I < std::min(Before.size(), After.size()); ++I) {
    if (Before[I] == After[I])
      continue;
    const bool Expected_ = std::any_of(Expected.begin(), Expected.end(),
                                       [&](const FixExpectation &E) { return E.Line == I + 1; });
    if (!Expected_)
      Problems.push_back("line " + std::to_string(I + 1) +
                         " was changed by a fix nobody expected: '" + codeOf(After[I]) + "'");
  }
  return Problems;
}

std::string format(const Diagnostic &D) {
  std::string Text = D.File.empty() ? std::string("<no location>")
                                    : D.File + ":" + std::to_string(D.Line) + ":" +
                                          std::to_string(D.Column);
  Text += ": " + D.Level + ": " + D.Message;
  if (!D.Check.empty())
    Text += " [" + D.Check + "]";
  return Text;
}

} // namespace serialint::test
