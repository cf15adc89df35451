// Size budgets (options::max_bytes): a value over the budget gets a too-big
// size note naming its largest parts; it stays ok, complete and shippable.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <serialint/detail/json_lines.hpp>

#include "support.hpp"

using serialint_test::TraceEnvironment;
using serialint_test::read_lines;

namespace {

constexpr std::size_t budget = 10'000'000;

struct Model {
  std::string name = "resnet";
  std::vector<char> cache = std::vector<char>(40'000'000);
  int version = 3;
  std::vector<int> ids = {1, 2, 3};
};

struct Broken {
  std::vector<char> cache = std::vector<char>(40'000'000);
  std::function<void()> callback = [] {};
};

struct Inner {
  int id = 0;
  std::vector<char> blob = std::vector<char>(30'000'000);
};
struct Outer {
  std::string tag = "t";
  Inner inner;
};

struct Halves {
  std::vector<char> left = std::vector<char>(20'000'000);
  std::vector<char> right = std::vector<char>(15'000'000);
  std::string note = "small";
};

struct Link {
  std::vector<char> payload = std::vector<char>(1'000);
  std::unique_ptr<Link> next;
};

Link make_chain(std::size_t length) {
  Link head;
  Link *tail = &head;
  for (std::size_t i = 1; i < length; ++i) {
    tail->next = std::make_unique<Link>();
    tail = tail->next.get();
  }
  return head;
}

void dismantle(Link &head) {
  auto next = std::move(head.next);
  while (next)
    next = std::move(next->next);
}

std::string temporary_file(const char *name) {
  const char *dir = std::getenv("TMPDIR");
  std::string path = std::string(dir ? dir : "/tmp") + "/serialint-" + name + "-" +
                     std::to_string(::getpid()) + ".jsonl";
  std::remove(path.c_str());
  return path;
}

bool contains(const std::string &text, const std::string &part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST(SizeBudget, NoBudgetByDefault) {
  EXPECT_EQ(serialint::options{}.max_bytes, std::numeric_limits<std::size_t>::max());
  const Model model;
  const serialint::report found = serialint::inspect(model);
  EXPECT_TRUE(found.ok());
  EXPECT_FALSE(found.too_big());
  EXPECT_TRUE(found.size_notes().empty());
  EXPECT_EQ(found.to_string(), "ok\n");
  const std::string text = serialint::trace(model).to_string();
  EXPECT_FALSE(contains(text, "too-big")) << text;
  EXPECT_FALSE(contains(text, "too big")) << text;
}

TEST(SizeBudget, TooBigValueStaysOkAndComplete) {
  const Model model;
  const serialint::report found = serialint::inspect(model, {.max_bytes = budget});
  EXPECT_TRUE(found.ok()) << found;
  EXPECT_TRUE(static_cast<bool>(found));
  EXPECT_TRUE(found.complete());
  EXPECT_FALSE(found.truncated());
  EXPECT_EQ(found.status(), serialint::outcome::ok);
  EXPECT_TRUE(found.findings().empty());
  EXPECT_TRUE(found.notes().empty());
  ASSERT_TRUE(found.too_big());
  ASSERT_EQ(found.size_notes().size(), 1u);

  const serialint::size_note &note = found.size_notes().front();
  const std::uint64_t total = 8 + 6 + (8 + 40'000'000) + 4 + (8 + 3 * 4);
  EXPECT_EQ(note.path, "value");
  EXPECT_EQ(note.bytes, total);
  EXPECT_EQ(note.max_bytes, budget);
  ASSERT_EQ(note.largest.size(), 1u) << note.message;
  EXPECT_EQ(note.largest[0].path, "value.cache");
  EXPECT_EQ(note.largest[0].type, "std::vector<char>");
  EXPECT_EQ(note.largest[0].bytes, 40'000'008u);
  EXPECT_EQ(note.message, "value is 40.0 MB, over options::max_bytes (10.0 MB): "
                          "value.cache: 40.0 MB of 40.0 MB");
  EXPECT_EQ(found.to_string(), "ok, too big\n"
                               "too-big: value is 40.0 MB, over options::max_bytes (10.0 MB): "
                               "value.cache: 40.0 MB of 40.0 MB\n");
  std::ostringstream printed;
  printed << note;
  EXPECT_EQ(printed.str(), serialint::to_string(note));
}

TEST(SizeBudget, RootNameIsUsed) {
  const Model model;
  const auto found = serialint::inspect(model, {.root_name = "model", .max_bytes = budget});
  ASSERT_TRUE(found.too_big());
  EXPECT_EQ(found.size_notes().front().largest.at(0).path, "model.cache");
  EXPECT_TRUE(contains(found.size_notes().front().message, "model.cache: 40.0 MB of 40.0 MB"));
}

TEST(SizeBudget, UnderBudgetHasNoNote) {
  const Model model;
  const auto found = serialint::inspect(model, {.max_bytes = 50'000'000});
  EXPECT_TRUE(found.ok());
  EXPECT_FALSE(found.too_big());
  EXPECT_EQ(found.to_string(), "ok\n");
  const std::string text = serialint::trace(model, {.max_bytes = 50'000'000}).to_string();
  EXPECT_FALSE(contains(text, "too-big")) << text;
}

TEST(SizeBudget, RequireSerializableDoesNotThrowForSize) {
  const Model model;
  EXPECT_NO_THROW(serialint::require_serializable(model, {.max_bytes = budget}));
  EXPECT_NO_THROW(serialint::require_serializable(model, {.max_bytes = 1}));
}

TEST(SizeBudget, TraceMarksTheLargestPart) {
  const Model model;
  const serialint::trace_tree tree = serialint::trace(model, {.max_bytes = budget});
  EXPECT_TRUE(tree.report().ok());
  ASSERT_TRUE(tree.report().too_big());
  const std::string text = tree.to_string();
  EXPECT_TRUE(contains(text, "+- .cache: std::vector<char> [sequence] 40000008 B  (too-big: "
                             "40.0 MB of 40.0 MB)\n"))
      << text;
  EXPECT_TRUE(contains(text, ", 0 findings, too big for options::max_bytes (10.0 MB)\n")) << text;
  // Only the named part is marked.
  std::size_t marks = 0;
  for (const serialint::trace_node &node : tree.nodes())
    if (node.too_big) {
      ++marks;
      EXPECT_EQ(node.path, "value.cache");
    }
  EXPECT_EQ(marks, 1u);
}

TEST(SizeBudget, FoldedTraceKeepsTheLargestPartOnScreen) {
  const Outer outer;
  const serialint::trace_tree tree = serialint::trace(outer, {.max_bytes = budget});
  const std::string folded = tree.to_string({.fold_clean = true});
  EXPECT_TRUE(contains(folded, "`- .blob: std::vector<char> [sequence] 30000008 B  (too-big: "
                               "30.0 MB of 30.0 MB)"))
      << folded;
}

TEST(SizeBudget, NamesTheDeepestPartThatHoldsMostOfTheBytes) {
  const Outer outer;
  const auto found = serialint::inspect(outer, {.max_bytes = budget});
  ASSERT_TRUE(found.too_big());
  const serialint::size_note &note = found.size_notes().front();
  ASSERT_EQ(note.largest.size(), 1u) << note.message;
  EXPECT_EQ(note.largest[0].path, "value.inner.blob");
}

TEST(SizeBudget, SpreadSizeNamesSeveralPartsLargestFirst) {
  const Halves halves;
  const auto found = serialint::inspect(halves, {.max_bytes = budget});
  ASSERT_TRUE(found.too_big());
  const serialint::size_note &note = found.size_notes().front();
  ASSERT_EQ(note.largest.size(), 2u) << note.message;
  EXPECT_EQ(note.largest[0].path, "value.left");
  EXPECT_EQ(note.largest[1].path, "value.right");
  EXPECT_EQ(note.message, "value is 35.0 MB, over options::max_bytes (10.0 MB): "
                          "value.left: 20.0 MB of 35.0 MB; value.right: 15.0 MB of 35.0 MB");
}

TEST(SizeBudget, ARecursiveStructureIsNamedAtItsTop) {
  Link chain = make_chain(12'000);
  const auto found = serialint::inspect(chain, {.max_bytes = budget});
  EXPECT_TRUE(found.ok());
  ASSERT_TRUE(found.too_big());
  const serialint::size_note &note = found.size_notes().front();
  ASSERT_EQ(note.largest.size(), 1u) << note.message;
  EXPECT_EQ(note.largest[0].path, "value.next");
  dismantle(chain);
}

TEST(SizeBudget, AnAlwaysOkValueIsMeasuredToo) {
  const std::vector<int> numbers(3'000'000, 7);
  const auto found = serialint::inspect(numbers, {.max_bytes = budget});
  EXPECT_TRUE(found.ok());
  ASSERT_TRUE(found.too_big());
  const serialint::size_note &note = found.size_notes().front();
  ASSERT_EQ(note.largest.size(), 1u);
  EXPECT_EQ(note.largest[0].path, "value");
  EXPECT_EQ(note.bytes, 8u + 12'000'000u);
  EXPECT_EQ(note.message,
            "value is 12.0 MB, over options::max_bytes (10.0 MB): value: 12.0 MB of 12.0 MB");
}

TEST(SizeBudget, TooBigAndAFindingReportsBoth) {
  const Broken broken;
  const auto found = serialint::inspect(broken, {.max_bytes = budget});
  EXPECT_EQ(found.status(), serialint::outcome::not_ok);
  EXPECT_FALSE(found.ok());
  EXPECT_TRUE(found.complete());
  const serialint::finding f = serialint_test::only_finding(found);
  EXPECT_EQ(f.path, "value.callback");
  EXPECT_EQ(f.reason_name(), "type-erased");
  ASSERT_TRUE(found.too_big());
  EXPECT_EQ(found.size_notes().front().largest.at(0).path, "value.cache");
  const std::string text = found.to_string();
  EXPECT_EQ(text.substr(0, text.find('\n')), "not ok: 1 finding, too big");
  EXPECT_TRUE(contains(text, "\nvalue.callback (std::function<void")) << text;
  EXPECT_TRUE(contains(text, "\ntoo-big: value is 40.0 MB, over options::max_bytes (10.0 MB): "
                             "value.cache: 40.0 MB of 40.0 MB\n"))
      << text;

  // The same through trace, with the same finding path.
  const serialint::trace_tree tree = serialint::trace(broken, {.max_bytes = budget});
  EXPECT_EQ(serialint_test::paths_of(tree.report()), serialint_test::paths_of(found));
  const std::string drawn = tree.to_string();
  EXPECT_TRUE(contains(drawn, "<-- FAIL type-erased")) << drawn;
  EXPECT_TRUE(contains(drawn, "(too-big: 40.0 MB of 40.0 MB)")) << drawn;
  EXPECT_TRUE(contains(drawn, ", 1 finding, too big for options::max_bytes (10.0 MB)")) << drawn;

  try {
    serialint::require_serializable(broken, {.max_bytes = budget});
    FAIL() << "expected serialint::unserializable_error";
  } catch (const serialint::unserializable_error &error) {
    const std::string what = error.what();
    EXPECT_TRUE(contains(what, "value.callback")) << what;
    EXPECT_TRUE(contains(what, "\n  too-big: value is 40.0 MB")) << what;
    EXPECT_TRUE(error.report().too_big());
  }
}

TEST(SizeBudget, JsonLinesCarryTheMarks) {
  const std::string file = temporary_file("size-budget");
  const Model model;
  {
    TraceEnvironment env(file);
    EXPECT_NO_THROW(serialint::require_serializable(model, {.max_bytes = budget}));
  }
  const std::vector<std::string> lines = read_lines(file);
  std::remove(file.c_str());
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_TRUE(contains(lines[0], "\"segment\":\"value\""));
  EXPECT_TRUE(contains(lines[0], ",\"max_bytes\":10000000}")) << lines[0];
  EXPECT_FALSE(contains(lines[0], "too_big")) << lines[0];
  std::size_t marked = 0;
  for (const std::string &line : lines)
    if (contains(line, "\"too_big\":true")) {
      ++marked;
      EXPECT_TRUE(contains(line, "\"segment\":\".cache\"")) << line;
      EXPECT_TRUE(contains(line, "\"bytes\":40000008,\"status\":\"ok\",\"path\":\"value.cache\","
                                 "\"too_big\":true}"))
          << line;
    }
  EXPECT_EQ(marked, 1u);
}

TEST(SizeBudget, NoBudgetLeavesTheJsonLinesAsTheyWere) {
  const std::string file = temporary_file("size-budget-none");
  const Model model;
  {
    TraceEnvironment env(file);
    serialint::require_serializable(model);
  }
  const std::vector<std::string> lines = read_lines(file);
  std::remove(file.c_str());
  ASSERT_EQ(lines.size(), 5u);
  for (const std::string &line : lines) {
    EXPECT_FALSE(contains(line, "too_big")) << line;
    EXPECT_FALSE(contains(line, "max_bytes")) << line;
  }
}

// traced() writes its log straight from the walk; the lines must be those of
// the trace tree, marks included.
TEST(SizeBudget, WalkLogIsTheTraceTreeLog) {
  const Halves halves;
  serialint::options opts{.max_bytes = budget};
  std::ostringstream expected;
  serialint::write_json_lines(expected, serialint::trace(halves, opts));

  opts.visit_always_ok = true;
  serialint::detail::walker w(opts);
  serialint::detail::walk(w, halves);
  w.total_bytes();
  w.total_bytes(); // idempotent
  std::string fast;
  serialint::detail::write_walk_json_lines(w, [&](std::string_view text) { fast += text; });

  const auto without_run = [](std::string text) {
    std::string out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
      out += line.substr(line.find(",\"node\":")) + '\n';
    return out;
  };
  EXPECT_EQ(without_run(fast), without_run(expected.str()));
  EXPECT_TRUE(contains(fast, "\"too_big\":true")) << fast;
  EXPECT_TRUE(w.take_report().too_big());
}

TEST(SizeBudget, BytesAreWrittenInDecimalUnits) {
  using serialint::format_bytes;
  EXPECT_EQ(format_bytes(0), "0 B");
  EXPECT_EQ(format_bytes(999), "999 B");
  EXPECT_EQ(format_bytes(1000), "1.00 kB");
  EXPECT_EQ(format_bytes(1024), "1.02 kB");
  EXPECT_EQ(format_bytes(99'949), "99.9 kB");
  EXPECT_EQ(format_bytes(999'499), "999 kB");
  EXPECT_EQ(format_bytes(999'500), "1.00 MB");
  EXPECT_EQ(format_bytes(10'000'000), "10.0 MB");
  EXPECT_EQ(format_bytes(41'900'000), "41.9 MB");
  EXPECT_EQ(format_bytes(1'234'567'890), "1.23 GB");
  EXPECT_EQ(format_bytes(std::numeric_limits<std::uint64_t>::max()), "18.4 EB");
}
