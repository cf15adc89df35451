// The log is JSON, and JSON text is UTF-8: what a program's keys and
// messages hold that is not UTF-8 must not break a line, and a key must read
// back exactly (test/fuzz/json_lines.cpp fuzzes the same promises).
#include <map>
#include <sstream>
#include <string>

#include "support.hpp"

namespace {

using serialint::detail::json_string;
using serialint::detail::utf8_sequence_length;

TEST(Utf8, WellFormedSequencesAreTakenWhole) {
  EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\xc3\xa9", 0), 2u);         // é
  EXPECT_EQ(utf8_sequence_length("\xe2\x82\xac", 0), 3u);     // €
  EXPECT_EQ(utf8_sequence_length("\xf0\x9f\x98\x80", 0), 4u); // 😀
}

TEST(Utf8, IllFormedSequencesAreRefused) {
  EXPECT_EQ(utf8_sequence_length("\xff", 0), 0u);             // never a lead byte
  EXPECT_EQ(utf8_sequence_length("\x80", 0), 0u);             // a lone continuation
  EXPECT_EQ(utf8_sequence_length("\xc0\xaf", 0), 0u);         // overlong '/'
  EXPECT_EQ(utf8_sequence_length("\xe0\x80\x80", 0), 0u);     // overlong NUL
  EXPECT_EQ(utf8_sequence_length("\xed\xa0\x80", 0), 0u);     // a surrogate
  EXPECT_EQ(utf8_sequence_length("\xf4\x90\x80\x80", 0), 0u); // above U+10FFFF
  EXPECT_EQ(utf8_sequence_length("\xe2\x82", 0), 0u);         // cut short
}

TEST(Utf8, JsonStringsKeepUtf8AndReplaceWhatIsNot) {
  EXPECT_EQ(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
  EXPECT_EQ(json_string("a\xff" "b"), "\"a\xef\xbf\xbd" "b\"");
  EXPECT_EQ(json_string("\xe2\x82"), "\"\xef\xbf\xbd\xef\xbf\xbd\"");
}

TEST(Utf8, MapKeysThatAreNotUtf8AreWrittenAsOctalEscapes) {
  struct Entry {
    int *raw;
  };
  const std::map<std::string, Entry> by_name{{"caf\xc3\xa9", {nullptr}}, {"a\xff", {nullptr}}};
  const std::vector<std::string> paths = serialint_test::paths_of(serialint::inspect(by_name));
  EXPECT_EQ(paths, (std::vector<std::string>{"value[\"a\\377\"].raw", "value[\"caf\xc3\xa9\"].raw"}));
}

} // namespace
