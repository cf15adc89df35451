// The runtime under fault: a serializer that throws part-way through a traced
// write, a value another thread writes to while it is walked, and a trace log
// that cannot be written, is full or is deleted while the program runs.
// Allocation failure and memory bounds need their own operator new and have
// their own executable (allocation_failure_test.cpp, memory_bound_test.cpp).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <cereal/archives/binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/cereal.hpp>

#include "support.hpp"

using serialint_test::TraceEnvironment;
using serialint_test::count_of;
using serialint_test::line_count;
using serialint_test::read_lines;

using serialint::walk_note;

namespace faults_test {

int target = 7;

// ---------------------------------------------------------------------------
// A serializer that refuses part-way: the id is in the archive, the label not.
struct refused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Part {
  int id = 0;
  bool broken = false;
  std::string label = "part";
  template <class Archive> void serialize(Archive &ar) {
    ar(id);
    if (broken)
      throw refused("part " + std::to_string(id) + " refuses");
    ar(label);
  }
};

struct Whole {
  std::string name = "whole";
  std::vector<Part> parts;
  template <class Archive> void serialize(Archive &ar) { ar(name, parts); }
};

Whole make_whole(int broken_at) {
  Whole whole;
  for (int i = 0; i < 4; ++i)
    whole.parts.push_back(Part{i, i == broken_at, "part" + std::to_string(i)});
  return whole;
}

std::string cereal_bytes(const Whole &whole) {
  std::ostringstream out;
  {
    cereal::BinaryOutputArchive ar(out);
    ar(whole);
  }
  return out.str();
}

struct failed_write {
  std::string bytes; // what the archive's stream holds after the throw
  std::string what;
  std::vector<std::string> paths;
  bool user_error_nested = false;
};

// Writes `whole` traced, through `sink` when given; the write must throw.
failed_write write_failing(const Whole &whole, std::ostream *sink) {
  failed_write result;
  std::ostringstream out;
  try {
    cereal::BinaryOutputArchive ar(out);
    if (sink)
      ar(serialint::traced(whole, "whole", *sink));
    else
      ar(serialint::traced(whole, "whole"));
    ADD_FAILURE() << "the write did not throw";
  } catch (const serialint::unserializable_error &error) {
    result.what = error.what();
    result.paths = serialint_test::paths_of(error.report());
    try {
      std::rethrow_if_nested(error);
    } catch (const refused &) {
      result.user_error_nested = true;
    } catch (...) {
    }
  }
  result.bytes = out.str();
  return result;
}

// The partial write is a strict prefix of a whole one: bytes are in the
// stream, and they stop before the value ends, which is why they cannot be
// sent.
void expect_partial_write(const failed_write &failed) {
  Whole fixed = make_whole(-1);
  const std::string whole_bytes = cereal_bytes(fixed);
  EXPECT_FALSE(failed.bytes.empty()) << "nothing was written before the throw";
  EXPECT_LT(failed.bytes.size(), whole_bytes.size());
  EXPECT_EQ(whole_bytes.compare(0, failed.bytes.size(), failed.bytes), 0)
      << "the partial write is not a prefix of the whole one";
}

void expect_named_and_distrusted(const failed_write &failed) {
  EXPECT_EQ(failed.paths, (std::vector<std::string>{"whole.parts[2]"}));
  EXPECT_NE(failed.what.find("whole.parts[2]"), std::string::npos) << failed.what;
  EXPECT_NE(failed.what.find("part 2 refuses"), std::string::npos) << failed.what;
  EXPECT_NE(failed.what.find("the archive stopped part-way: the bytes it holds are not a whole "
                             "value and must not be sent or read"),
            std::string::npos)
      << failed.what;
  EXPECT_TRUE(failed.user_error_nested) << "the serializer's own exception is not nested";
}

// ---------------------------------------------------------------------------
// Values another thread writes to while they are walked. Only members whose
// writes free nothing race: ints, and optional raw pointers (never followed)
// set and reset, which the walk reads to decide whether there is a finding.
// Sizes and links stay put, so the walk reads no freed memory.
struct Cell {
  int count = 0;
  std::optional<int *> pin;
};

// Flips every pin and bumps every count until stopped; counts its rounds.
template <class Cells, class Each> class mutator {
public:
  mutator(Cells &cells, Each each) : cells_(cells), each_(each), thread_([this] { run(); }) {}
  ~mutator() {
    stop_.store(true);
    thread_.join();
  }
  mutator(const mutator &) = delete;
  mutator &operator=(const mutator &) = delete;
  long rounds() const { return rounds_.load(); }

private:
  void run() {
    while (!stop_.load(std::memory_order_relaxed)) {
      for (auto &entry : cells_) {
        Cell &cell = each_(entry);
        if (cell.pin)
          cell.pin.reset();
        else
          cell.pin = &target;
        ++cell.count;
      }
      rounds_.fetch_add(1);
    }
  }

  Cells &cells_;
  Each each_;
  std::atomic<bool> stop_{false};
  std::atomic<long> rounds_{0};
  std::thread thread_;
};

// Runs `walks` on another thread and gives it `limit`; a walk that does not
// end cannot be joined, so a hang ends the whole test program, saying why.
void expect_ends_within(std::chrono::seconds limit, const std::function<void()> &walks) {
  std::packaged_task<void()> task(walks);
  std::future<void> done = task.get_future();
  std::thread walker(std::move(task));
  if (done.wait_for(limit) != std::future_status::ready) {
    std::fprintf(stderr, "faults_test: the walk of a value being mutated did not end within "
                         "%lld s\n",
                 static_cast<long long>(limit.count()));
    std::fflush(stderr);
    std::_Exit(1);
  }
  walker.join();
  done.get();
}

// Every finding a racing walk makes is a pin it saw set, at its own path.
void expect_pins_only(const serialint::report &found, std::size_t cells) {
  EXPECT_LE(found.findings().size(), cells);
  for (const serialint::finding &f : found.findings()) {
    EXPECT_EQ(f.reason, serialint::reason::address_bound) << f.path;
    EXPECT_EQ(f.path.rfind("*cells[", 0), 0u) << f.path;
    EXPECT_EQ(f.path.substr(f.path.size() - 4), ".pin") << f.path;
  }
}

std::string scratch_path(const std::string &name) {
  return ::testing::TempDir() + "serialint-faults-" + name + "-" + std::to_string(::getpid());
}

// A name of its own for /dev/full: the complaint is said once per file, and
// each test must be able to hear it whatever ran before it.
std::string full_device(const std::string &name) {
  const std::string link = scratch_path(name) + ".jsonl";
  std::remove(link.c_str());
  if (::symlink("/dev/full", link.c_str()) != 0)
    ADD_FAILURE() << "cannot link " << link << " to /dev/full";
  return link;
}

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
};
struct Job {
  int id = 1;
  Pool pool;
};

// Each call must throw unserializable_error, whatever happens to the log.
void require_refused(const Job &job, int times) {
  for (int i = 0; i < times; ++i)
    EXPECT_THROW(serialint::require_serializable(job, {.root_name = "job"}),
                 serialint::unserializable_error);
}

} // namespace faults_test

using namespace faults_test;

// --- A serializer that throws part-way through a traced write ---------------

TEST(Faults, ThrowMidwayWithTracingOffNamesThePathAndDistrustsTheBytes) {
  const Whole whole = make_whole(2);
  const failed_write failed = write_failing(whole, nullptr);
  expect_named_and_distrusted(failed);
  expect_partial_write(failed);
}

TEST(Faults, ThrowMidwayWithTracingOnNamesThePathInTheErrorAndTheLog) {
  const Whole whole = make_whole(2);
  std::ostringstream log;
  const failed_write failed = write_failing(whole, &log);
  expect_named_and_distrusted(failed);
  expect_partial_write(failed);
  EXPECT_EQ(count_of(log.str(), "\"status\":\"fail\""), 1u) << log.str();
  EXPECT_NE(log.str().find("\"path\":\"whole.parts[2]\""), std::string::npos) << log.str();
}

// The failure leaves nothing behind: the same process writes the fixed value
// to the same bytes as an untraced write.
TEST(Faults, WriteAfterAThrowMidwayGivesTheWholeBytes) {
  const Whole broken = make_whole(1);
  (void)write_failing(broken, nullptr);
  const Whole fixed = make_whole(-1);
  std::ostringstream out;
  {
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(fixed, "whole"));
  }
  EXPECT_EQ(out.str(), cereal_bytes(fixed));
}

// --- A value mutated by another thread while it is walked --------------------
// Undefined behaviour (a data race), documented as such in docs/runtime.md:
// what is asserted is what the runtime can promise of a value whose shape
// does not change: the walk ends, and reports only what it saw.

TEST(Faults, VectorWhoseElementsChangeDuringTheWalkStillEnds) {
  std::vector<Cell> cells(2000);
  mutator flips(cells, [](Cell &cell) -> Cell & { return cell; });
  expect_ends_within(std::chrono::seconds(60), [&] {
    const long start = flips.rounds();
    for (int walks = 0; walks < 40 || flips.rounds() < start + 20; ++walks) {
      const serialint::report found = serialint::inspect(cells, {.root_name = "cells"});
      EXPECT_TRUE(found.complete()) << found.to_string();
      expect_pins_only(found, cells.size());
      const serialint::trace_tree tree = serialint::trace(cells, {.root_name = "cells"});
      // The vector, each cell with its two members, and a set pin's pointer.
      EXPECT_GE(tree.nodes().size(), 1 + 3 * cells.size());
      EXPECT_LE(tree.nodes().size(), 1 + 4 * cells.size());
      EXPECT_EQ(tree.report().findings().size(), tree.nodes().size() - 1 - 3 * cells.size());
    }
  });
}

TEST(Faults, MapWhoseValuesChangeDuringTheWalkStillEnds) {
  std::map<int, Cell> cells;
  for (int i = 0; i < 2000; ++i)
    cells[i] = Cell{};
  mutator flips(cells, [](std::pair<const int, Cell> &entry) -> Cell & { return entry.second; });
  expect_ends_within(std::chrono::seconds(60), [&] {
    const long start = flips.rounds();
    for (int walks = 0; walks < 40 || flips.rounds() < start + 20; ++walks) {
      const serialint::report found = serialint::inspect(cells, {.root_name = "cells"});
      EXPECT_TRUE(found.complete()) << found.to_string();
      expect_pins_only(found, cells.size());
    }
  });
}

// The limits bound the walk whatever the values say: a cut walk of a racing
// value ends incomplete, never ok.
TEST(Faults, ElementLimitStillCutsAValueThatChangesDuringTheWalk) {
  std::vector<Cell> cells(2000);
  mutator flips(cells, [](Cell &cell) -> Cell & { return cell; });
  expect_ends_within(std::chrono::seconds(60), [&] {
    const long start = flips.rounds();
    for (int walks = 0; walks < 40 || flips.rounds() < start + 20; ++walks) {
      const serialint::report found =
          serialint::inspect(cells, {.root_name = "cells", .max_elements = 100});
      EXPECT_FALSE(found.ok());
      EXPECT_TRUE(found.truncated());
      EXPECT_LE(found.findings().size(), 100u);
      ASSERT_FALSE(found.notes().empty());
      EXPECT_EQ(found.notes()[0].what, walk_note::kind::element_limit);
    }
  });
}

// --- The trace log unwritable, full or deleted --------------------------------

TEST(TraceLogFaults, FullDeviceSaysSoOnceWithTheOsErrorAndWalksGoOn) {
  const std::string file = full_device("full");
  const TraceEnvironment env(file);
  const Job job;
  testing::internal::CaptureStderr();
  require_refused(job, 3);
  std::vector<int> numbers{1, 2, 3};
  EXPECT_NO_THROW(serialint::require_serializable(numbers));
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_EQ(said, "serialint: cannot write SERIALINT_TRACE file '" + file +
                      "' (No space left on device); the trace log is incomplete\n");
  std::remove(file.c_str());
}

TEST(TraceLogFaults, AppendToAFullDeviceReturnsFalse) {
  const std::string file = full_device("append");
  const Job job;
  testing::internal::CaptureStderr();
  const bool appended = serialint::append_trace_log(file.c_str(), serialint::trace(job));
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_FALSE(appended);
  EXPECT_EQ(line_count(said), 1u) << said;
  std::remove(file.c_str());
}

// traced() logs through its own writer: a full log neither changes the bytes
// nor hides a failure, and is said once too.
TEST(TraceLogFaults, TracedWriteToAFullLogKeepsItsBytesAndItsFailure) {
  const std::string file = full_device("traced");
  const TraceEnvironment env(file);
  testing::internal::CaptureStderr();
  const Whole fixed = make_whole(-1);
  for (int i = 0; i < 3; ++i) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive ar(out);
      ar(serialint::traced(fixed, "whole"));
    }
    EXPECT_EQ(out.str(), cereal_bytes(fixed));
  }
  const Whole broken = make_whole(2);
  const failed_write failed = write_failing(broken, nullptr);
  const std::string said = testing::internal::GetCapturedStderr();
  expect_named_and_distrusted(failed);
  EXPECT_EQ(said, "serialint: cannot write SERIALINT_TRACE file '" + file +
                      "' (No space left on device); the trace log is incomplete\n");
  std::remove(file.c_str());
}

// The log is opened by name for each append, so a file deleted between two
// walks is made afresh by the next and holds what came after; that is no
// fault, and nothing is said.
TEST(TraceLogFaults, FileDeletedBetweenWalksIsMadeAfreshSilently) {
  const std::string file = scratch_path("deleted") + ".jsonl";
  std::remove(file.c_str());
  const TraceEnvironment env(file);
  const Job job;
  testing::internal::CaptureStderr();
  require_refused(job, 1);
  const std::size_t one_run = read_lines(file).size();
  ASSERT_GT(one_run, 0u);
  ASSERT_EQ(::unlink(file.c_str()), 0);
  require_refused(job, 2);
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_EQ(read_lines(file).size(), 2 * one_run) << "the walks after the deletion are not logged";
  EXPECT_EQ(said, "");
  std::remove(file.c_str());
}

// With its directory gone too the file cannot be made again: said once, with
// the OS's error, and the walks go on.
TEST(TraceLogFaults, DirectoryDeletedBetweenWalksSaysSoOnceAndWalksGoOn) {
  const std::string dir = scratch_path("dir");
  const std::string file = dir + "/trace.jsonl";
  ASSERT_EQ(::mkdir(dir.c_str(), 0700), 0);
  const TraceEnvironment env(file);
  const Job job;
  testing::internal::CaptureStderr();
  require_refused(job, 1);
  ASSERT_FALSE(read_lines(file).empty());
  ASSERT_EQ(::unlink(file.c_str()), 0);
  ASSERT_EQ(::rmdir(dir.c_str()), 0);
  require_refused(job, 3);
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_EQ(said, "serialint: cannot open SERIALINT_TRACE file '" + file +
                      "' (No such file or directory); no trace log is written\n");
}

// Each file is said once, not only the first: a program that moves its log
// to a second bad place hears about it.
TEST(TraceLogFaults, EachUnwritableFileIsSaidOnce) {
  const std::string first = full_device("first");
  const std::string second = full_device("second");
  const Job job;
  testing::internal::CaptureStderr();
  {
    const TraceEnvironment env(first);
    require_refused(job, 2);
  }
  {
    const TraceEnvironment env(second);
    require_refused(job, 2);
  }
  const std::string said = testing::internal::GetCapturedStderr();
  EXPECT_EQ(line_count(said), 2u) << said;
  EXPECT_EQ(count_of(said, "'" + first + "'"), 1u) << said;
  EXPECT_EQ(count_of(said, "'" + second + "'"), 1u) << said;
  std::remove(first.c_str());
  std::remove(second.c_str());
}
