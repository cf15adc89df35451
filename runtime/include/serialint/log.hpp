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
#include <unistd.h>

#include "detail/key_text.hpp"
#include "trace.hpp"

namespace serialint {

inline constexpr const char *trace_env_variable = "SERIALINT_TRACE";

namespace detail {

inline std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
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

// Appends `tree` to `file`. On failure, says so once on stderr and returns
// false; the caller goes on.
namespace detail {
// Says once per process, not once per write, that the log cannot be written.
inline void complain_trace_file(const char *file, int error) {
  static std::atomic<bool> complained{false};
  if (!complained.exchange(true))
    std::cerr << "serialint: cannot open " << trace_env_variable << " file '" << file << "' ("
              << std::strerror(error) << "); no trace log is written\n";
}
} // namespace detail

inline bool append_trace_log(const char *file, const trace_tree &tree) {
  static std::mutex writing;
  std::lock_guard lock(writing);
  std::ofstream out(file, std::ios::app);
  if (!out) {
    detail::complain_trace_file(file, errno);
    return false;
  }
  write_json_lines(out, tree);
  return static_cast<bool>(out.flush());
}

// The file SERIALINT_TRACE names, or nullptr when unset or empty.
inline const char *trace_log_file() noexcept {
  const char *file = std::getenv(trace_env_variable);
  return file && *file ? file : nullptr;
}

} // namespace serialint

#endif // SERIALINT_LOG_HPP
