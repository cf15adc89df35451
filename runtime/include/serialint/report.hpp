// The result of a walk: every finding, and every place the walk did not look.
//
// Three outcomes, never two: a value is ok only when every part of it was
// opened or trusted. A finding makes it not ok; a part left unopened, by a
// limit or because it could not be reflected, makes it incomplete.
#ifndef SERIALINT_REPORT_HPP
#define SERIALINT_REPORT_HPP

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
  report(std::vector<finding> findings, std::vector<walk_note> notes)
      : findings_(std::move(findings)), notes_(std::move(notes)) {}

  outcome status() const noexcept {
    if (!findings_.empty())
      return outcome::not_ok;
    return complete() ? outcome::ok : outcome::incomplete;
  }
  // No finding, and nothing left unopened.
  bool ok() const noexcept { return status() == outcome::ok; }
  explicit operator bool() const noexcept { return ok(); }
  // Every part was opened or trusted: no limit cut the walk and no aggregate
  // was left unopened.
  bool complete() const noexcept { return notes_.empty(); }

  // By value on a temporary, so `for (auto &f : inspect(x).findings())` does
  // not read a destroyed report.
  const std::vector<finding> &findings() const & noexcept { return findings_; }
  std::vector<finding> findings() && noexcept { return std::move(findings_); }
  const std::vector<walk_note> &notes() const & noexcept { return notes_; }
  std::vector<walk_note> notes() && noexcept { return std::move(notes_); }

  // A depth or element limit cut the walk short.
  bool truncated() const noexcept {
    for (const walk_note &note : notes_)
      if (note.what != walk_note::kind::not_reflected)
        return true;
    return false;
  }

  // The status, then one line per finding, then one per note:
  //   not ok: 1 finding
  //   value.ctx.pool (ThreadPool): pool-handle: a pool handle: pool objects ...
  std::string to_string() const;

private:
  std::vector<finding> findings_;
  std::vector<walk_note> notes_;
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

inline std::string report::to_string() const {
  const std::size_t found = findings_.size();
  std::string out(name(status()));
  if (found > 0)
    out += ": " + std::to_string(found) + (found == 1 ? " finding" : " findings");
  out += '\n';
  for (const finding &f : findings_)
    out += serialint::to_string(f) + '\n';
  for (const walk_note &note : notes_)
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
inline std::ostream &operator<<(std::ostream &out, const report &r) {
  return out << r.to_string();
}

} // namespace serialint

#endif // SERIALINT_REPORT_HPP
