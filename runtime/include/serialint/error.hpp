// serialint::require_serializable: inspect, and throw when anything found
// cannot be shipped, or when a part could not be opened (unless
// options::allow_unchecked). With SERIALINT_TRACE=<file> set, the walk is also
// appended to that file as JSON lines (log.hpp).
#ifndef SERIALINT_ERROR_HPP
#define SERIALINT_ERROR_HPP

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "inspect.hpp"
#include "log.hpp"
#include "options.hpp"
#include "report.hpp"
#include "trace.hpp"

namespace serialint {

class unserializable_error : public std::runtime_error {
public:
  explicit unserializable_error(serialint::report found)
      : std::runtime_error(describe(found)), report_(std::move(found)) {}
  // `afterword`, one more line after the findings: what the failure means
  // beyond them (traced(): the archive's bytes are not a whole value).
  unserializable_error(serialint::report found, std::string_view afterword)
      : std::runtime_error(describe(found) + "\n  " + std::string(afterword)),
        report_(std::move(found)) {}

  const serialint::report &report() const noexcept { return report_; }

private:
  static std::string describe(const serialint::report &found) {
    if (found.status() == outcome::incomplete)
      return describe_unchecked(found) + describe_size(found);
    const std::size_t count = found.findings().size();
    std::string text = "serialint: " + std::to_string(count) +
                       (count == 1 ? " part" : " parts") + " cannot be serialized:";
    for (const finding &f : found.findings())
      text += "\n  " + f.path + " (" + f.type + "): " + std::string(f.reason_name()) + ": " +
              f.message;
    return text + describe_size(found);
  }

  // A size note never causes the error, but says what else is worth knowing.
  static std::string describe_size(const serialint::report &found) {
    std::string text;
    for (const size_note &note : found.size_notes())
      text += "\n  " + serialint::to_string(note);
    return text;
  }

  static std::string describe_unchecked(const serialint::report &found) {
    std::string text = "serialint: the value was not checked in full (set "
                       "options::allow_unchecked to accept that):";
    for (const walk_note &note : found.notes())
      text += "\n  " + note.path + " (" + note.type + "): " + note.message;
    if (found.interrupted() && found.notes().empty())
      text += "\n  " + std::string(interrupted_without_note);
    return text;
  }

  serialint::report report_;
};

template <class T> void require_serializable(const T &value, const options &opts = {}) {
  report found;
  if (const char *file = trace_log_file()) {
    const trace_tree tree = trace(value, opts);
    append_trace_log(file, tree);
    found = tree.report();
  } else {
    found = inspect(value, opts);
  }
  const outcome status = found.status();
  if (status == outcome::not_ok || (status == outcome::incomplete && !opts.allow_unchecked))
    throw unserializable_error(std::move(found));
}

} // namespace serialint

#endif // SERIALINT_ERROR_HPP
