//===--- json_lines.cpp - serialint fuzz target ---------------------------===//
//
// The runtime's JSON-lines log (runtime/include/serialint/log.hpp,
// docs/trace-format.md) written from keys and text a program may hold: any
// bytes. Every line parses as JSON, a string written reads back as itself
// (bytes that are not UTF-8 as U+FFFD), and a map key reads back exactly from
// the C++ literal the path holds.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "llvm/Support/JSON.h"
#include <serialint/serialint.hpp>
#include <fuzzer/FuzzedDataProvider.h>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>
#include <string>

using serialint::fuzz::brokenPromise;
using serialint::fuzz::expect;

namespace {

struct Payload {
  int *raw; // a pointer: the walk fails here, so every entry gets a path
};

void expectStringReadsBack(const std::string &Text) {
  const std::string Written = serialint::detail::json_string(Text);
  llvm::Expected<llvm::json::Value> Read = llvm::json::parse(Written);
  if (!Read)
    brokenPromise("a JSON string written parses", Written + " -> " + llvm::toString(Read.takeError()));
  const std::optional<llvm::StringRef> Back = Read->getAsString();
  expect(Back.has_value(), "a JSON string written reads back as a string", Written);
  expect(llvm::json::isUTF8(*Back), "a string read back is UTF-8", Written);
  if (llvm::json::isUTF8(Text))
    expect(*Back == Text, "UTF-8 text reads back as itself", Written);
}

// The key of a C++ string literal key_text.hpp wrote: the escapes it writes.
std::optional<std::string> literalValue(llvm::StringRef Literal) {
  if (!Literal.consume_front("\"") || !Literal.consume_back("\""))
    return std::nullopt;
  std::string Value;
  for (std::size_t I = 0; I < Literal.size(); ++I) {
    if (Literal[I] != '\\') {
      Value += Literal[I];
      continue;
    }
    if (++I == Literal.size())
      return std::nullopt;
    switch (const char C = Literal[I]) {
    case 'n': Value += '\n'; break;
    case 't': Value += '\t'; break;
    case 'r': Value += '\r'; break;
    case '\\': case '"': Value += C; break;
    default:
      if (C < '0' || C > '7' || I + 2 >= Literal.size())
        return std::nullopt;
      Value += static_cast<char>(((C - '0') << 6) | ((Literal[I + 1] - '0') << 3) | (Literal[I + 2] - '0'));
      I += 2;
    }
  }
  return Value;
}

void expectKeysReadBack(const std::map<std::string, Payload> &Value) {
  std::ostringstream Log;
  serialint::write_json_lines(Log, serialint::trace(Value));
  std::size_t Failed = 0;
  std::istringstream Lines(Log.str());
  for (std::string Line; std::getline(Lines, Line);) {
    llvm::Expected<llvm::json::Value> Read = llvm::json::parse(Line);
    if (!Read)
      brokenPromise("every log line parses as JSON", Line + " -> " + llvm::toString(Read.takeError()));
    const llvm::json::Object *Node = Read->getAsObject();
    expect(Node != nullptr, "every log line is an object", Line);
    if (Node->getString("status") != "fail")
      continue;
    ++Failed;
    llvm::StringRef Path = Node->getString("path").value_or("");
    expect(Path.consume_front("value[") && Path.consume_back("].raw"),
           "a failed entry's path is value[KEY].raw", Line);
    const std::optional<std::string> Key = literalValue(Path);
    expect(Key.has_value(), "a key is written as a C++ string literal", Line);
    expect(Value.count(*Key) == 1, "a key reads back exactly from its path", Line);
  }
  expect(Failed == Value.size(), "every entry's pointer is reported",
         std::to_string(Failed) + " of " + std::to_string(Value.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  FuzzedDataProvider Input(Data, Size);
  std::map<std::string, Payload> Value;
  while (Input.remaining_bytes() > 0 && Value.size() < 16) {
    const std::string Key = Input.ConsumeRandomLengthString(64);
    expectStringReadsBack(Key);
    Value.emplace(Key, Payload{nullptr});
  }
  expectKeysReadBack(Value);
  return 0;
}
