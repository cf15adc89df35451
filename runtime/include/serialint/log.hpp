// Runtime trace logs: the walk as JSON lines, one object per node, appended
// to the file named by SERIALINT_TRACE. docs/trace-format.md specifies them.
#ifndef SERIALINT_LOG_HPP
#define SERIALINT_LOG_HPP

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "detail/key_text.hpp"
#include "detail/utf8.hpp"
#include "trace.hpp"

namespace serialint {

inline constexpr const char *trace_env_variable = "SERIALINT_TRACE";

namespace detail {

inline std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, at);
      if (length == 0) {
        out += replacement_character;
      } else {
        out.append(text.substr(at, length));
        at += length - 1;
      }
      continue;
    }
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
        out += escaped;
      } else {
        out += c;
      }
    }
  }
  out += '"';
  return out;
}

inline std::string next_run_id() {
  static std::atomic<unsigned long> counter{0};
  return std::to_string(static_cast<long>(::getpid())) + "-" + std::to_string(++counter);
}

// `over_budget`: options::max_bytes, when the value is over it (written on
// the root's line).
inline void write_json_node(std::ostream &out, const std::string &run,
                            const std::vector<trace_node> &nodes, std::size_t id,
                            std::optional<std::uint64_t> over_budget = std::nullopt) {
  const trace_node &node = nodes[id];
  out << "{\"run\":" << json_string(run) << ",\"node\":" << id << ",\"parent\":";
  if (node.parent == trace_node::none)
    out << "null";
  else
    out << node.parent;
  out << ",\"depth\":" << node.depth << ",\"segment\":" << json_string(node.segment)
      << ",\"kind\":" << json_string(node.kind) << ",\"type\":" << json_string(node.type)
      << ",\"bytes\":" << node.bytes << ",\"status\":" << json_string(name(node.status));
  if (!node.path.empty())
    out << ",\"path\":" << json_string(node.path);
  if (node.reason) {
    const reason_info &entry = info(*node.reason);
    out << ",\"reason\":" << json_string(entry.name)
        << ",\"message\":" << json_string(node.message)
        << ",\"hint\":" << json_string(entry.hint);
  }
  if (node.same_as != trace_node::none)
    out << ",\"same_as\":" << node.same_as;
  if (node.too_big)
    out << ",\"too_big\":true";
  if (id == 0 && over_budget)
    out << ",\"max_bytes\":" << *over_budget;
  out << "}\n";
}

} // namespace detail

// Writes every node of `tree` as one JSON object per line.
inline void write_json_lines(std::ostream &out, const trace_tree &tree) {
  const std::string run = detail::next_run_id();
  std::optional<std::uint64_t> over_budget;
  if (tree.report().too_big())
    over_budget = tree.report().size_notes().front().max_bytes;
  for (std::size_t id = 0; id < tree.nodes().size(); ++id)
    detail::write_json_node(out, run, tree.nodes(), id, over_budget);
}

namespace detail {

// Says once per file, not once per write, that the log cannot be written:
// one line naming the file and the OS's error. A file complained about stays
// in the list for the rest of the process.
inline void complain_trace_file(const char *file, const char *doing, int error,
                                const char *outcome) noexcept {
  static std::mutex guard;
  static std::vector<std::string> said;
  try {
    std::lock_guard lock(guard);
    for (const std::string &known : said)
      if (known == file)
        return;
    said.emplace_back(file);
  } catch (...) {
    // Out of memory: saying it again is better than not saying it.
  }
  std::fprintf(stderr, "serialint: cannot %s %s file '%s' (%s); %s\n", doing,
               trace_env_variable, file, std::strerror(error), outcome);
}

// One lock for every append to a log file in this process, from
// require_serializable and from traced() alike, so that runs do not interleave.
inline std::mutex &log_lock() noexcept {
  static std::mutex lock;
  return lock;
}

// A log file opened by name for one append. Opening by name each time means
// a file deleted or rotated away between two walks is made afresh by the
// next, as SERIALINT_TRACE says, rather than written to an inode nobody can
// read. The first failing write ends the append and is said once per file
// with the OS's error (ENOSPC from /dev/full, EIO, ...); the walk goes on.
// Whole lines go out: an append abandoned part-way (memory ran out while the
// lines were made) leaves no half line for a reader to choke on.
class log_file : public std::streambuf {
public:
  explicit log_file(const char *path) noexcept : path_(path) {
    fd_ = ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    if (fd_ < 0)
      complain_trace_file(path_, "open", errno, "no trace log is written");
    setp(buffer_, buffer_ + sizeof buffer_);
  }
  // Without finish(): the append was abandoned; the lines made so far go out.
  ~log_file() override {
    if (fd_ < 0)
      return;
    drain_lines();
    if (mid_line_)
      send("\n", 1);
    ::close(fd_);
  }
  log_file(const log_file &) = delete;
  log_file &operator=(const log_file &) = delete;

  bool opened() const noexcept { return fd_ >= 0; }
  void put(std::string_view text) noexcept {
    sputn(text.data(), static_cast<std::streamsize>(text.size()));
  }
  // Writes what is buffered and closes; false when any of it failed.
  bool finish() noexcept {
    if (fd_ < 0)
      return false;
    send(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buffer_, buffer_ + sizeof buffer_);
    if (::close(fd_) != 0 && error_ == 0)
      fail(errno);
    fd_ = -1;
    return error_ == 0;
  }

protected:
  int_type overflow(int_type c) override {
    if (!drain_lines()) {
      // One line fills the buffer: it goes out in pieces.
      send(pbase(), static_cast<std::size_t>(pptr() - pbase()));
      setp(buffer_, buffer_ + sizeof buffer_);
      mid_line_ = true;
    }
    if (error_ != 0)
      return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof()))
      sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return error_ == 0 ? 0 : -1; }

private:
  // Sends the buffer's whole lines and keeps the rest; false when it holds
  // no line end.
  bool drain_lines() noexcept {
    const char *const begin = pbase();
    const char *const end = pptr();
    const char *last = end;
    while (last > begin && last[-1] != '\n')
      --last;
    if (last == begin)
      return false;
    send(begin, static_cast<std::size_t>(last - begin));
    mid_line_ = false;
    const std::size_t rest = static_cast<std::size_t>(end - last);
    std::memmove(buffer_, last, rest);
    setp(buffer_, buffer_ + sizeof buffer_);
    pbump(static_cast<int>(rest));
    return true;
  }
  void send(const char *at, std::size_t size) noexcept {
    while (size > 0 && error_ == 0) {
      const ::ssize_t wrote = ::write(fd_, at, size);
      if (wrote >= 0) {
        at += wrote;
        size -= static_cast<std::size_t>(wrote);
      } else if (errno != EINTR) {
        fail(errno);
      }
    }
  }
  void fail(int error) noexcept {
    error_ = error != 0 ? error : EIO;
    complain_trace_file(path_, "write", error_, "the trace log is incomplete");
  }

  const char *path_;
  int fd_ = -1;
  int error_ = 0;
  bool mid_line_ = false;
  char buffer_[8192];
};

} // namespace detail

// Appends `tree` to `file`. On failure (the file cannot be opened or
// written, or memory runs out while writing), says so once per file on
// stderr and returns false; it never throws, and the caller goes on.
inline bool append_trace_log(const char *file, const trace_tree &tree) noexcept {
  try {
    std::lock_guard lock(detail::log_lock());
    detail::log_file out(file);
    if (!out.opened())
      return false;
    std::ostream stream(&out);
    write_json_lines(stream, tree);
    return out.finish();
  } catch (...) {
    detail::complain_trace_file(file, "write", ENOMEM, "the trace log is incomplete");
    return false;
  }
}

// The file SERIALINT_TRACE names, or nullptr when unset or empty.
inline const char *trace_log_file() noexcept {
  const char *file = std::getenv(trace_env_variable);
  return file && *file ? file : nullptr;
}

} // namespace serialint

#endif // SERIALINT_LOG_HPP
