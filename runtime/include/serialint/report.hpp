// The result of a walk: every finding, and every place the walk did not look.
//
// Three outcomes, never two: a value is ok only when every part of it was
// opened or trusted. A finding makes it not ok; a part left unopened, by a
// limit or because it could not be reflected, makes it incomplete. A size
// note (options::max_bytes) changes none of that: a big value can be shipped.
#ifndef SERIALINT_REPORT_HPP
#define SERIALINT_REPORT_HPP

#include <charconv>
#include <cstdint>
#include <iterator>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reasons.hpp"

namespace serialint {

struct finding {
  // A C++ expression rooted at options::root_name: `value.jobs[3]->pool`.
  std::string path;
  // The demangled type of the culprit (its dynamic type behind a pointer).
  std::string type;
  serialint::reason reason{};
  // What the culprit is and why it cannot be shipped, one line.
  std::string message;
  // What to do about it, one line.
  std::string hint;

  std::string_view reason_name() const noexcept { return serialint::name(reason); }
};

// Where the walk did not look, and why.
struct walk_note {
  enum class kind : unsigned char {
    depth_limit,    // a node deeper than options::max_depth was skipped
    element_limit,  // a container had more than options::max_elements
    not_reflected,  // an aggregate serialint cannot open (see docs/runtime.md)
    interrupted,    // the walk itself failed (out of memory) and stopped
  };
  kind what{};
  std::string path;
  std::string type;
  std::string message;

};

// `842 B`, `9.54 kB`, `41.9 MB`, `1.20 GB`: three significant digits, in
// decimal (SI) units, 1 kB = 1000 B, as Ray's 10^7-byte warning counts.
inline std::string format_bytes(std::uint64_t bytes) {
  if (bytes < 1000)
    return std::to_string(bytes) + " B";
  constexpr std::string_view units[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
  double scaled = static_cast<double>(bytes) / 1000.0;
  std::size_t unit = 0;
  while (scaled >= 999.5 && unit + 1 < std::size(units)) {
    scaled /= 1000.0;
    ++unit;
  }
  const int decimals = scaled < 9.995 ? 2 : scaled < 99.95 ? 1 : 0;
  char text[32];
  const auto end =
      std::to_chars(text, text + sizeof text, scaled, std::chars_format::fixed, decimals).ptr;
  return std::string(text, end) + " " + std::string(units[unit]);
}

// The value is bigger than options::max_bytes. Not a reason to refuse it: it
// can be shipped, and the report stays ok and complete. It names the parts
// that make the value big (docs/runtime.md, "Size budgets").
struct size_note {
  // One of the parts that explain the size: found from the root down, the
  // deepest that still holds most of what it stands for (docs/runtime.md).
  struct part {
    std::string path; // `value.cache`
    std::string type;
    std::uint64_t bytes = 0;
  };
  std::string path; // the root: options::root_name
  std::string type;
  std::uint64_t bytes = 0;     // the whole value's estimated serialized size
  std::uint64_t max_bytes = 0; // the budget it is over: options::max_bytes
  std::vector<part> largest;   // at most three, largest first
  // `value is 40.0 MB, over options::max_bytes (10.0 MB): value.cache: 40.0 MB of 40.0 MB`
  std::string message;

  // The id logs and traces use for it.
  static constexpr std::string_view id = "too-big";
};

// What a report says when the walk ran out of memory and not even its note
// could be allocated (report::interrupted()).
inline constexpr std::string_view interrupted_without_note =
    "the walk stopped: out of memory (too little left to say where)";

enum class outcome : unsigned char {
  ok,         // every part was opened or trusted, and none can fail
  not_ok,     // at least one finding
  incomplete, // no finding, but some part was not opened (see notes())
};

constexpr std::string_view name(outcome o) noexcept {
  switch (o) {
  case outcome::ok: return "ok";
  case outcome::not_ok: return "not ok";
  case outcome::incomplete: return "incomplete";
  }
  return "?";
}

class report {
public:
  report() = default;
  report(std::vector<finding> findings, std::vector<walk_note> notes,
         std::vector<size_note> size_notes = {})
      : findings_(std::move(findings)), notes_(std::move(notes)),
        size_notes_(std::move(size_notes)) {}

  outcome status() const noexcept {
    if (!findings_.empty())
      return outcome::not_ok;
    return complete() ? outcome::ok : outcome::incomplete;
  }
  // No finding, and nothing left unopened.
  bool ok() const noexcept { return status() == outcome::ok; }
  explicit operator bool() const noexcept { return ok(); }
  // Every part was opened or trusted: no limit cut the walk and no aggregate
  // was left unopened. Size notes do not count: they are not about where the
  // walk looked.
  bool complete() const noexcept { return notes_.empty() && !interrupted_; }

  // By value on a temporary, so `for (auto &f : inspect(x).findings())` does
  // not read a destroyed report.
  const std::vector<finding> &findings() const & noexcept { return findings_; }
  std::vector<finding> findings() && noexcept { return std::move(findings_); }
  const std::vector<walk_note> &notes() const & noexcept { return notes_; }
  std::vector<walk_note> notes() && noexcept { return std::move(notes_); }
  // With options::max_bytes set and exceeded: one too-big note naming the
  // largest parts. Empty otherwise. It never makes the report not ok or
  // incomplete.
  const std::vector<size_note> &size_notes() const & noexcept { return size_notes_; }
  std::vector<size_note> size_notes() && noexcept { return std::move(size_notes_); }
  // The value is bigger than options::max_bytes.
  bool too_big() const noexcept { return !size_notes_.empty(); }

  // The walk itself failed (out of memory) and stopped: a note of kind
  // interrupted says where, or, when not even that could be allocated, the
  // report is empty but for this.
  bool interrupted() const noexcept {
    if (interrupted_)
      return true;
    for (const walk_note &note : notes_)
      if (note.what == walk_note::kind::interrupted)
        return true;
    return false;
  }
  // A report that allocates nothing, for a walk that ran out of memory so
  // far that its note could not be made: incomplete, truncated, interrupted.
  static report out_of_memory() noexcept {
    report r;
    r.interrupted_ = true;
    return r;
  }

  // A depth or element limit cut the walk short, or the walk was interrupted.
  bool truncated() const noexcept {
    if (interrupted_)
      return true;
    for (const walk_note &note : notes_)
      if (note.what != walk_note::kind::not_reflected)
        return true;
    return false;
  }

  // The status, then one line per finding, one per note, one per size note:
  //   not ok: 1 finding
  //   value.ctx.pool (ThreadPool): pool-handle: a pool handle: pool objects ...
  // A too-big value adds `, too big` to the first line.
  std::string to_string() const;

private:
  std::vector<finding> findings_;
  std::vector<walk_note> notes_;
  std::vector<size_note> size_notes_;
  bool interrupted_ = false;
};

// `value.ctx.pool (ThreadPool): pool-handle: a pool handle: ... [fix: ...]`
inline std::string to_string(const finding &f) {
  std::string out = f.path + " (" + f.type + "): " + std::string(f.reason_name()) + ": " +
                    f.message;
  if (!f.hint.empty())
    out += " [fix: " + f.hint + "]";
  return out;
}

// `note: value.jobs: has 10 elements; the walk visited the first 3 (...)`
inline std::string to_string(const walk_note &note) {
  return "note: " + note.path + ": " + note.message;
}

// `too-big: value is 40.0 MB, over options::max_bytes (10.0 MB): value.cache: 40.0 MB of 40.0 MB`
inline std::string to_string(const size_note &note) {
  return std::string(size_note::id) + ": " + note.message;
}

inline std::string report::to_string() const {
  const std::size_t found = findings_.size();
  std::string out(name(status()));
  if (found > 0)
    out += ": " + std::to_string(found) + (found == 1 ? " finding" : " findings");
  if (too_big())
    out += ", too big";
  out += '\n';
  for (const finding &f : findings_)
    out += serialint::to_string(f) + '\n';
  for (const walk_note &note : notes_)
    out += serialint::to_string(note) + '\n';
  if (interrupted_ && notes_.empty())
    out += "note: " + std::string(interrupted_without_note) + '\n';
  for (const size_note &note : size_notes_)
    out += serialint::to_string(note) + '\n';
  return out;
}

inline std::ostream &operator<<(std::ostream &out, outcome o) { return out << name(o); }
inline std::ostream &operator<<(std::ostream &out, const finding &f) {
  return out << to_string(f);
}
inline std::ostream &operator<<(std::ostream &out, const walk_note &note) {
  return out << to_string(note);
}
inline std::ostream &operator<<(std::ostream &out, const size_note &note) {
  return out << to_string(note);
}
inline std::ostream &operator<<(std::ostream &out, const report &r) {
  return out << r.to_string();
}

} // namespace serialint

#endif // SERIALINT_REPORT_HPP
