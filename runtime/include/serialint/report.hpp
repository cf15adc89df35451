// The result of a walk: every finding, and every place a limit cut it short.
#ifndef SERIALINT_REPORT_HPP
#define SERIALINT_REPORT_HPP

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
    not_reflected,  // an aggregate serialint cannot open (a base class, > 64 members)
    interrupted,    // the walk itself failed (out of memory) and stopped
  };
  kind what{};
  std::string path;
  std::string type;
  std::string message;
};

class report {
public:
  report() = default;
  report(std::vector<finding> findings, std::vector<walk_note> notes)
      : findings_(std::move(findings)), notes_(std::move(notes)) {}

  // No finding. A truncated walk can be ok() and still hide something: see
  // truncated().
  bool ok() const noexcept { return findings_.empty(); }
  explicit operator bool() const noexcept { return ok(); }

  const std::vector<finding> &findings() const noexcept { return findings_; }
  const std::vector<walk_note> &notes() const noexcept { return notes_; }

  // A depth or element limit cut the walk short.
  bool truncated() const noexcept {
    for (const walk_note &note : notes_)
      if (note.what != walk_note::kind::not_reflected)
        return true;
    return false;
  }

  // One line per finding, then one per note:
  //   value.ctx.pool (ThreadPool): pool-handle: a pool handle: pool objects ...
  std::string to_string() const {
    std::string out;
    for (const finding &f : findings_) {
      out += f.path + " (" + f.type + "): " + std::string(f.reason_name()) + ": " +
             f.message;
      if (!f.hint.empty())
        out += " [fix: " + f.hint + "]";
      out += '\n';
    }
    for (const walk_note &note : notes_)
      out += "note: " + note.path + ": " + note.message + '\n';
    return out;
  }

private:
  std::vector<finding> findings_;
  std::vector<walk_note> notes_;
};

} // namespace serialint

#endif // SERIALINT_REPORT_HPP
