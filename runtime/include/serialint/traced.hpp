// serialint::traced(value): a stand-in for `value` that a serializer writes
// exactly as it writes `value` (same bytes), and that
//   - while tracing is on (SERIALINT_TRACE=<file>, or an explicit sink),
//     appends the walk of the value to the trace log (docs/trace-format.md),
//     with the part where serialization stopped marked `fail`;
//   - when the backend throws part-way, rethrows serialint::unserializable_error
//     naming the path where serialization stopped, the backend's exception
//     nested in it (std::nested_exception).
//
// This header is backend-neutral; include the backend's own header to use it:
// serialint/cereal.hpp, serialint/boost_serialization.hpp,
// serialint/boost_mpi.hpp, serialint/msgpack.hpp. docs/adapters.md.
#ifndef SERIALINT_TRACED_HPP
#define SERIALINT_TRACED_HPP

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <optional>
#include <cstddef>
#include <exception>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/call_record.hpp"
#include "detail/json_lines.hpp"
#include "detail/locate.hpp"
#include "detail/visit.hpp"
#include "detail/walker.hpp"
#include "error.hpp"
#include "inspect.hpp"
#include "log.hpp"
#include "options.hpp"
#include "reasons.hpp"
#include "report.hpp"
#include "trace.hpp"

namespace serialint {

template <class T> class traced_ref {
public:
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);

  traced_ref(const T &value, std::string_view root_name, std::size_t index = no_index,
             std::ostream *sink = nullptr) noexcept
      : value_(&value), root_(root_name), index_(index), sink_(sink) {}

  const T &get() const noexcept { return *value_; }
  // Where paths start: `value`, `job`, or `jobs[3]` for an element traced
  // with an index.
  std::string root_path() const {
    std::string root(root_);
    if (index_ != no_index)
      root += "[" + std::to_string(index_) + "]";
    return root;
  }
  std::ostream *sink() const noexcept { return sink_; }

private:
  const T *value_;
  std::string_view root_;
  std::size_t index_;
  std::ostream *sink_;
};

template <class T> struct is_traced : std::false_type {};

// A custom point: whether traced() runs the serializer of T once more against
// serialint's recording archive, to log each call it makes. Specialise it to
// std::false_type for a T whose serializer is written for one archive type
// only (it would not compile against the recording archive); traced() then
// logs serialint's own walk of the value instead.
template <class T> struct record_calls : std::true_type {};
template <class T> struct is_traced<traced_ref<T>> : std::true_type {};

namespace detail {
template <class> inline constexpr bool dependent_false = false;
}

// `root_name` must outlive the traced_ref (a string literal, typically).
template <class T>
traced_ref<T> traced(const T &value, std::string_view root_name = "value") noexcept {
  static_assert(!is_traced<T>::value, "serialint::traced: the value is traced already");
  return traced_ref<T>(value, root_name);
}

// Traces into `sink` as JSON lines, whatever SERIALINT_TRACE says.
template <class T>
traced_ref<T> traced(const T &value, std::string_view root_name, std::ostream &sink) noexcept {
  static_assert(!is_traced<T>::value, "serialint::traced: the value is traced already");
  return traced_ref<T>(value, root_name, traced_ref<T>::no_index, &sink);
}

template <class T>
  requires(!std::is_lvalue_reference_v<T>)
void traced(T &&, std::string_view = {}) {
  static_assert(detail::dependent_false<T>,
                "serialint::traced(value) keeps a reference to value: pass a named object "
                "(auto job = make_job(); ar(serialint::traced(job));), not a temporary");
}

// The pre-flight: serialint::require_serializable(value) (which throws
// serialint::unserializable_error), then the traced stand-in to serialize.
//   ar(serialint::preflight(job, "job"));
//   world.send(1, tag, serialint::preflight(job, "job"));
template <class T>
traced_ref<T> preflight(const T &value, std::string_view root_name = "value") {
  static_assert(!is_traced<T>::value, "serialint::preflight: the value is traced already");
  require_serializable(value, options{.root_name = std::string(root_name)});
  return traced_ref<T>(value, root_name);
}

template <class T>
  requires(!std::is_lvalue_reference_v<T>)
void preflight(T &&, std::string_view = {}) {
  static_assert(detail::dependent_false<T>,
                "serialint::preflight(value) keeps a reference to value: pass a named object, "
                "not a temporary");
}

namespace detail {

// Whether SERIALINT_TRACE is set, read once (getenv costs more than a small
// serialization); serialint::reload_trace_settings() reads it again.
inline std::atomic<int> &trace_env_state() {
  static std::atomic<int> state{-1}; // -1 not read yet, 0 off, 1 on
  return state;
}

inline bool tracing_from_env() noexcept {
  int state = trace_env_state().load(std::memory_order_relaxed);
  if (state < 0) [[unlikely]] {
    state = trace_log_file() ? 1 : 0;
    trace_env_state().store(state, std::memory_order_relaxed);
  }
  return state == 1;
}

inline std::string first_line(std::string text) {
  if (const auto end = text.find('\n'); end != std::string::npos)
    text.erase(end);
  return text;
}

inline std::string what_of(const std::exception_ptr &error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception &e) {
    const char *text = e.what(); // a user's what() may return null
    return text ? first_line(text) : std::string("an exception with no message");
  } catch (...) {
    return "an exception of unknown type";
  }
}

// Rebuilds each trace node's path from the segments (docs/trace-format.md).
inline std::vector<std::string> node_paths(const std::vector<trace_node> &nodes) {
  std::vector<path_text> paths(nodes.size());
  std::vector<std::string> out(nodes.size());
  for (std::size_t id = 0; id < nodes.size(); ++id) {
    const trace_node &n = nodes[id];
    const std::string &s = n.segment;
    if (n.parent == trace_node::none) {
      paths[id] = {s, false};
    } else {
      const path_text &p = paths[n.parent];
      if (s == "*")
        paths[id] = deref_path(p);
      else if (s.starts_with("."))
        paths[id] = member_path(p, std::string_view(s).substr(1));
      else if (s.starts_with("["))
        paths[id] = {as_operand(p) + s, false};
      else if (s.starts_with("get<"))
        paths[id] = {"std::" + s + "(" + p.text + ")", false};
      else if (s.starts_with("#"))
        paths[id] = position_path(p, std::stoul(s.substr(1)));
      else if (s.starts_with("key#"))
        paths[id] = entry_path(p, std::stoul(s.substr(4)), "first");
      else if (s.starts_with("value#"))
        paths[id] = entry_path(p, std::stoul(s.substr(6)), "second");
      else
        paths[id] = {p.text + s, false};
    }
    out[id] = paths[id].text;
  }
  return out;
}

// Marks the node where serialization stopped (or, when the walk did not go
// that deep, the deepest node on the way to it).
inline trace_tree mark_stop(const trace_tree &tree, const finding &stop) {
  std::vector<trace_node> nodes = tree.nodes();
  const std::vector<std::string> paths = node_paths(nodes);
  std::size_t best = trace_node::none;
  std::size_t best_length = 0;
  for (std::size_t id = 0; id < nodes.size(); ++id) {
    const std::string &p = paths[id];
    if (p == stop.path) {
      best = id;
      break;
    }
    if (stop.path.starts_with(p) && p.size() >= best_length) {
      best = id;
      best_length = p.size();
    }
  }
  if (best != trace_node::none) {
    trace_node &n = nodes[best];
    n.status = node_status::failed;
    n.reason = stop.reason;
    n.path = paths[best];
    n.message = paths[best] == stop.path ? stop.message
                                         : "serialization stopped below, at " + stop.path +
                                               ": " + stop.message;
    n.clean = false;
  }
  return trace_tree(std::move(nodes), tree.report());
}

// Never throws: a log that cannot be written (or memory that runs out while
// writing it) must not replace the failure being reported.
inline void write_trace(std::ostream *sink, const trace_tree &tree) noexcept {
  try {
    if (sink)
      write_json_lines(*sink, tree);
    else if (const char *file = trace_log_file())
      append_trace_log(file, tree);
  } catch (...) {
    // The user's sink threw or memory ran out: the log is short, the write goes on.
  }
}

// Follows the findings in what() when the backend threw part-way.
inline constexpr std::string_view partial_write_warning =
    "the archive stopped part-way: the bytes it holds are not a whole value and must not be "
    "sent or read";

// The failure, as one finding at the path where serialization stopped.
// Called from a catch handler.
template <class Probe, class T, class Log>
[[noreturn]] void rethrow_with_path(const traced_ref<T> &t, Log &&log) {
  const std::exception_ptr original = std::current_exception();
  const std::string root = t.root_path();
  const located stop = locate_failure<Probe>(t.get(), root);
  const std::string what = what_of(original);

  finding found;
  found.path = stop.path;
  found.type = stop.type;
  // The runtime's own walk often knows why (an unregistered dynamic type).
  const report walked = inspect(t.get(), options{.root_name = root});
  const finding *known = nullptr;
  for (const finding &f : walked.findings())
    if (f.path == stop.path || f.path == "*" + stop.path ||
        f.path.starts_with(stop.path + "->") || f.path.starts_with(stop.path + ".")) {
      known = &f;
      break;
    }
  if (known) {
    found.reason = known->reason;
    found.type = known->type;
    found.message = known->message + " (" + std::string(Probe::name) + ": " + what + ")";
  } else {
    found.reason = Probe::reason_of(original);
    found.message = std::string(info(found.reason).label) + ": " + std::string(Probe::name) +
                    " stopped here: " + what;
  }
  found.hint = std::string(info(found.reason).hint);

  log(found);
  const unserializable_error error(report({found}, {}), partial_write_warning);
  try {
    std::rethrow_exception(original);
  } catch (...) {
    std::throw_with_nested(error);
  }
}

// Hands `write(flush)` the place the log goes: the sink, or the
// SERIALINT_TRACE file, appended to by one run at a time in this process.
// Never throws, as write_trace.
template <class Write> void write_log(std::ostream *sink, Write &&write) noexcept {
  try {
    if (sink) {
      write([sink](std::string_view text) {
        sink->write(text.data(), static_cast<std::streamsize>(text.size()));
      });
      return;
    }
    const char *file = trace_log_file();
    if (!file)
      return;
    std::lock_guard lock(log_lock());
    log_file out(file);
    if (!out.opened())
      return;
    write([&out](std::string_view text) { out.put(text); });
    out.finish();
  } catch (...) {
    // As in write_trace.
  }
}

// Writes a finished walk to the log.
inline void write_walk(std::ostream *sink, walker &w) {
  w.total_bytes();
  write_log(sink, [&w](auto &&flush) { write_walk_json_lines(w, flush); });
}

inline void write_calls(std::ostream *sink, const call_record &record, std::string_view root,
                        const std::optional<call_failure> &failure) {
  if (record.calls().empty())
    return;
  write_log(sink, [&](auto &&flush) { write_call_json_lines(record, root, failure, flush); });
}

// Where the recording stopped while the real write went on: the calls below
// are missing from the log, and the log says why.
inline std::optional<call_failure> recording_gap(const call_record &record) {
  if (!record.stopped() || record.innermost() == recorded_call::none)
    return std::nullopt;
  call_failure gap;
  gap.call = record.innermost();
  gap.status = "unchecked";
  gap.message = "not recorded below: the recording archive stopped here (" +
                what_of(record.stop_error()) + "); the write itself went on";
  return gap;
}

// Where the write stopped: the call the recording stopped in, when it
// stopped too (the user's serializer threw in both), else the value itself.
inline call_failure failed_call(const call_record &record, const finding &found) {
  call_failure failure;
  failure.call = record.stopped() && record.innermost() != recorded_call::none
                     ? record.innermost()
                     : 0;
  failure.reason = found.reason;
  failure.message = found.message;
  return failure;
}

// The calls the user's serializer makes, recorded by the backend's recording
// archive, then the real write; a throw in either is kept apart.
template <class Probe, class T, class Write>
void save_recorded(const traced_ref<T> &t, Write &write) {
  call_record record;
  Probe::record(record, t.get());
  const std::string root = t.root_path();
  try {
    write();
  } catch (const unserializable_error &) {
    write_calls(t.sink(), record, root, recording_gap(record));
    throw; // a nested traced() already named the path
  } catch (...) {
    rethrow_with_path<Probe>(t, [&](const finding &found) {
      write_calls(t.sink(), record, root, failed_call(record, found));
    });
  }
  write_calls(t.sink(), record, root, recording_gap(record));
}

template <class Probe, class T>
concept records_calls = record_calls<T>::value && requires(call_record &record, const T &value) {
  Probe::record(record, value);
};

// The log of serialint's own walk of the value, for serializers that cannot
// be recorded.
template <class Probe, class T, class Write>
void save_walked(const traced_ref<T> &t, Write &write) {
  options opts{.root_name = t.root_path()};
  opts.visit_always_ok = true;
  walker w(opts);
  walk(w, t.get());
  try {
    write();
  } catch (const unserializable_error &) {
    write_walk(t.sink(), w); // a nested traced() already named the path
    throw;
  } catch (...) {
    std::vector<trace_node> nodes = to_trace_nodes(w);
    const trace_tree tree(std::move(nodes), w.take_report());
    rethrow_with_path<Probe>(
        t, [&](const finding &found) { write_trace(t.sink(), mark_stop(tree, found)); });
  }
  write_walk(t.sink(), w);
}

template <class Probe, class T, class Write>
[[gnu::noinline]] void save_traced_slow(const traced_ref<T> &t, Write &write) {
  if constexpr (records_calls<Probe, T>)
    save_recorded<Probe>(t, write);
  else
    save_walked<Probe>(t, write);
}

// What every backend's save of a traced_ref does: write the value itself
// (`write()`), and trace and explain only when asked or when it fails.
template <class Probe, class T, class Write>
inline void save_traced(const traced_ref<T> &t, Write &&write) {
  if (!t.sink() && !tracing_from_env()) [[likely]] {
    try {
      write();
    } catch (const unserializable_error &) {
      throw;
    } catch (...) {
      rethrow_with_path<Probe>(t, [](const finding &) {});
    }
    return;
  }
  save_traced_slow<Probe>(t, write);
}

} // namespace detail

// Reads SERIALINT_TRACE again (traced() reads it once, on first use).
inline void reload_trace_settings() noexcept {
  detail::trace_env_state().store(-1, std::memory_order_relaxed);
}

// A custom point: how to make a scratch archive of type Archive, written to
// `out`, that serialint uses after a failure to find the part that failed.
// The default constructs Archive from the stream; specialise it for archives
// that are made otherwise (serialint/boost_mpi.hpp does, for packed_oarchive).
template <class Archive> struct scratch_archive {
  static std::unique_ptr<Archive> make(std::ostream &out) {
    if constexpr (std::is_constructible_v<Archive, std::ostream &>) {
      return std::make_unique<Archive>(out);
    } else {
      static_assert(detail::dependent_false<Archive>,
                    "serialint: this archive cannot be made from a std::ostream &; write "
                    "template <> struct serialint::scratch_archive<YourArchive> { static "
                    "std::unique_ptr<YourArchive> make(std::ostream &out); };");
      return nullptr;
    }
  }
};

namespace detail {

// A scratch archive, or null when the custom point cannot make one: a
// failure to probe must not be taken for a part that fails.
template <class Archive> std::unique_ptr<Archive> make_scratch(std::ostream &out) noexcept {
  try {
    return scratch_archive<Archive>::make(out);
  } catch (...) {
    return nullptr;
  }
}

} // namespace detail

} // namespace serialint

#endif // SERIALINT_TRACED_HPP
