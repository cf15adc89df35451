// What a serializer did, call by call: each value it handed to the archive,
// with its name (an NVP's, or a key's), its type, the bytes it wrote and the
// calls it made in turn. Each backend's recording archive (serialint/cereal.hpp,
// serialint/boost_serialization.hpp, serialint/msgpack.hpp) fills one while
// traced() runs the user's serializer against it; this file writes it to the
// trace log (docs/trace-format.md, "Serializer calls").
#ifndef SERIALINT_DETAIL_CALL_RECORD_HPP
#define SERIALINT_DETAIL_CALL_RECORD_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <type_traits>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

#include "../field_names.hpp"
#include "../log.hpp"
#include "../reasons.hpp"
#include "../report.hpp"
#include "json_lines.hpp"
#include "locate.hpp"
#include "type_name.hpp"

namespace serialint::detail {

// The name of the member of `object` at `part`, or empty: how an aggregate's
// unnamed calls get their members' names. Compared by address and type, so
// a serializer that writes members out of order is still named right.
using member_namer = std::string_view (*)(const void *object, const void *part,
                                          const std::type_info &type);

struct recorded_call {
  static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
  std::uint32_t parent = none;
  std::uint32_t depth = 0;
  // Among the parent's unnamed calls; a base class or a pointee has none.
  std::uint32_t ordinal = 0;
  bool base = false;
  // The object a pointer points to: `*` in paths.
  bool pointee = false;
  const std::type_info *type = nullptr;
  // Bytes the archive had written when the call began and when it ended.
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  // The NVP's or member's name, in the record's name store; empty when the
  // serializer gave none.
  std::uint32_t name_at = 0;
  std::uint32_t name_size = 0;
  // The type, name and calls below, hashed: equal siblings fold.
  std::uint64_t shape = 0;
  // Later siblings with its shape, folded into it: how many, their bytes,
  // and the first and last of their ordinals.
  std::uint64_t repeats = 0;
  std::uint64_t repeat_bytes = 0;
  std::uint32_t first_repeat = 0;
  std::uint32_t last_repeat = 0;
};

// Records the calls of one write. Sibling calls of one shape (the same type,
// name and calls below: the elements of a vector of records, or the
// alternatives of a vector of variants) are kept as the first of them and a
// count, so that the record, and the log, grow with the shapes of the value
// rather than its size; the call that fails is never folded, being still
// open when the write stops.
class call_record {
public:
  call_record() {
    calls_.reserve(64);
    open_.reserve(32);
  }

  void open(const std::type_info &type, const void *address = nullptr,
            member_namer namer = nullptr) {
    open_at(type, address, namer, false, false);
  }
  void open_pointee(const std::type_info &type, const void *address = nullptr,
                    member_namer namer = nullptr) {
    open_at(type, address, namer, false, true);
  }
  // A base class written through base_class / base_object: it adds no step
  // to the paths below it.
  void open_base(const std::type_info &type, const void *address = nullptr,
                 member_namer namer = nullptr) {
    open_at(type, address, namer, true, false);
  }

  void close() noexcept {
    if (open_.empty())
      return;
    const struct {
      std::uint32_t id;
      std::uint64_t shape;
    } done{open_.back().id, open_.back().shape};
    open_.pop_back();
    recorded_call &call = calls_[done.id];
    call.end = written_;
    call.shape = done.shape;
    if (open_.empty())
      return;
    open_call &parent = open_.back();
    parent.shape = mix(parent.shape, done.shape);
    for (std::uint32_t k = 0; k < parent.shapes_seen; ++k)
      if (parent.seen[k].shape == done.shape) {
        recorded_call &first = calls_[parent.seen[k].id];
        if (first.repeats++ == 0)
          first.first_repeat = call.ordinal;
        first.last_repeat = call.ordinal;
        first.repeat_bytes += call.end - call.begin;
        names_.resize(call.name_at);
        calls_.resize(done.id);
        return;
      }
    if (parent.shapes_seen < open_call::shapes_kept)
      parent.seen[parent.shapes_seen++] = {done.shape, done.id};
  }

  void name_next(std::string_view name) { pending_name_.assign(name); }
  void wrote(std::uint64_t bytes) noexcept { written_ += bytes; }

  // The recording pass threw: the calls still open lead to where.
  void stop(const std::exception_ptr &error) {
    stopped_ = true;
    stop_error_ = error;
    for (const open_call &open : open_)
      calls_[open.id].end = written_;
    innermost_ = open_.empty() ? recorded_call::none : open_.back().id;
    open_.clear();
  }

  const std::vector<recorded_call> &calls() const noexcept { return calls_; }
  std::string_view name_of(const recorded_call &call) const noexcept {
    return std::string_view(names_).substr(call.name_at, call.name_size);
  }
  bool stopped() const noexcept { return stopped_; }
  const std::exception_ptr &stop_error() const noexcept { return stop_error_; }
  // The call that was running when the recording stopped.
  std::uint32_t innermost() const noexcept { return innermost_; }

private:
  // What only an open call needs.
  struct open_call {
    // Siblings fold into the first of their shape among this many.
    static constexpr std::uint32_t shapes_kept = 8;
    struct seen_shape {
      std::uint64_t shape;
      std::uint32_t id;
    };
    open_call() {} // leaves `seen` unset: only the first shapes_seen are read
    std::uint32_t id;
    std::uint32_t unnamed_children;
    const void *address;
    member_namer namer;
    std::uint64_t shape;
    std::uint32_t shapes_seen;
    std::array<seen_shape, shapes_kept> seen; // the first shapes_seen are set
  };

  static std::uint64_t mix(std::uint64_t seed, std::uint64_t value) noexcept {
    seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    return seed * 0xff51afd7ed558ccdULL;
  }

  void open_at(const std::type_info &type, const void *address, member_namer namer, bool base,
               bool pointee) {
    const auto id = static_cast<std::uint32_t>(calls_.size());
    recorded_call &call = calls_.emplace_back();
    call.type = &type;
    call.begin = written_;
    call.base = base;
    call.pointee = pointee;
    call.name_at = static_cast<std::uint32_t>(names_.size());
    std::string_view name = pending_name_;
    if (!open_.empty()) {
      open_call &parent = open_.back();
      call.parent = parent.id;
      call.depth = calls_[parent.id].depth + 1;
      if (name.empty() && !base && !pointee && address)
        name = member_name(address, type);
      if (name.empty() && !base && !pointee)
        call.ordinal = parent.unnamed_children++;
    }
    std::uint64_t shape = mix(reinterpret_cast<std::uintptr_t>(&type),
                              static_cast<std::uint64_t>(base) << 1 | std::uint64_t{pointee});
    if (!name.empty()) {
      names_.append(name);
      call.name_size = static_cast<std::uint32_t>(name.size());
      shape = mix(shape, std::hash<std::string_view>{}(name));
      pending_name_.clear();
    }
    open_call &opened = open_.emplace_back();
    opened.id = id;
    opened.unnamed_children = 0;
    opened.address = address;
    opened.namer = namer;
    opened.shape = shape;
    opened.shapes_seen = 0;
  }

  // Through base calls, to the object whose members they are.
  std::string_view member_name(const void *address, const std::type_info &type) const {
    for (auto owner = open_.rbegin(); owner != open_.rend(); ++owner) {
      if (owner->namer && owner->address)
        if (const std::string_view name = owner->namer(owner->address, address, type);
            !name.empty())
          return name;
      if (!calls_[owner->id].base)
        break;
    }
    return {};
  }

  std::vector<recorded_call> calls_;
  std::vector<open_call> open_;
  std::string names_;
  std::string pending_name_;
  std::uint64_t written_ = 0;
  bool stopped_ = false;
  std::exception_ptr stop_error_;
  std::uint32_t innermost_ = recorded_call::none;
};

template <class T>
std::string_view name_of_member(const void *object, const void *part,
                                const std::type_info &type) {
  static constexpr auto names = field_names<T>();
  std::string_view found;
  with_fields(*static_cast<const T *>(object), [&](const auto &...members) {
    std::size_t i = 0;
    ((found.empty() && static_cast<const void *>(std::addressof(members)) == part &&
              typeid(members) == type
          ? (found = names[i], ++i)
          : ++i),
     ...);
  });
  return found.starts_with("<field ") ? std::string_view() : found;
}

// The namer for T's members, when T is an aggregate serialint can open.
template <class T> constexpr member_namer namer_for() {
  if constexpr (std::is_class_v<T> && reflectable_aggregate<T>())
    return &name_of_member<T>;
  else
    return nullptr;
}

// Opens the call for `value`, a part the serializer handed to the archive.
template <class T> void open_call(call_record &record, const T &value) {
  record.open(typeid(T), std::addressof(value), namer_for<T>());
}
template <class T> void open_pointee_call(call_record &record, const T &value) {
  record.open_pointee(typeid(T), std::addressof(value), namer_for<T>());
}
template <class T> void open_base_call(call_record &record, const T &value) {
  record.open_base(typeid(T), std::addressof(value), namer_for<T>());
}

// How a call is reached from its parent: `.name` for a named call, `[i]` for
// the i-th unnamed one, `*` for a pointer's object, `(Base)` for a base class.
inline std::string call_segment(const call_record &record, const recorded_call &call,
                                std::string_view root) {
  if (call.parent == recorded_call::none)
    return std::string(root);
  if (call.base)
    return "(" + demangle(*call.type) + ")";
  if (call.pointee)
    return "*";
  if (call.name_size != 0)
    return "." + std::string(record.name_of(call));
  return "[" + std::to_string(call.ordinal) + "]";
}

// The path of a call, as C++ would spell it; bases add no step.
inline std::string call_path(const call_record &record, std::uint32_t id,
                             std::string_view root) {
  const std::vector<recorded_call> &calls = record.calls();
  std::vector<std::uint32_t> chain;
  for (std::uint32_t at = id; at != recorded_call::none; at = calls[at].parent)
    chain.push_back(at);
  path_text path{std::string(root), false};
  for (auto step = chain.rbegin() + 1; step < chain.rend(); ++step) {
    const recorded_call &call = calls[*step];
    if (call.base)
      continue;
    if (call.pointee)
      path = deref_path(path);
    else if (call.name_size != 0)
      path = member_path(path, record.name_of(call));
    else
      path = {as_operand(path) + "[" + std::to_string(call.ordinal) + "]", false};
  }
  return path.text;
}

// Text that needs no escaping in a JSON string.
inline bool plain_json(std::string_view text) noexcept {
  for (char c : text)
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
      return false;
  return true;
}

// What the log says at the call where serialization stopped.
struct call_failure {
  std::uint32_t call = recorded_call::none;
  std::string_view status = "fail"; // or "unchecked": only the recording stopped
  serialint::reason reason = reason::no_serializer;
  std::string message;
};

// Writes a record's calls as JSON lines, and after each call that others
// fold into, once its own calls are written, the line that counts them.
template <class Flush> class call_line_writer {
public:
  call_line_writer(const call_record &record, std::string_view root,
                   const std::optional<call_failure> &failure, Flush &flush)
      : record_(record), root_(root), failure_(failure), flush_(flush),
        run_prefix_("{\"run\":" + json_string(next_run_id()) + ",\"node\":"),
        out_(std::size_t{1} << 14) {}

  void write() {
    const std::vector<recorded_call> &calls = record_.calls();
    line_of_.resize(calls.size());
    for (std::uint32_t id = 0; id < calls.size(); ++id) {
      close_repeats_down_to(calls[id].depth);
      write_call(id);
      if (calls[id].repeats != 0)
        pending_.push_back(id);
    }
    close_repeats_down_to(0);
    if (!out_.text().empty())
      flush_(out_.text());
  }

private:
  // Repeats are written once the calls below their first are.
  void close_repeats_down_to(std::uint32_t depth) {
    while (!pending_.empty() && record_.calls()[pending_.back()].depth >= depth) {
      write_repeat(pending_.back());
      pending_.pop_back();
    }
  }

  // `,"kind":"call","type":"<type>","bytes":`, kept per thread across
  // writes: demangling costs more than the log of a small value.
  static const std::string &middle_of(const std::type_info &type, bool repeat) {
    thread_local std::unordered_map<std::type_index, std::string> middles[2];
    auto &cache = middles[repeat];
    auto found = cache.find(std::type_index(type));
    if (found == cache.end())
      found = cache
                  .emplace(std::type_index(type),
                           std::string(repeat ? ",\"kind\":\"repeat\"" : ",\"kind\":\"call\"") +
                               ",\"type\":" + json_string(demangle(type)) + ",\"bytes\":")
                  .first;
    return found->second;
  }

  void make_room(std::size_t need) {
    if (out_.room() < need) {
      flush_(out_.text());
      out_.clear();
      out_.reserve(need);
    }
  }

  void head(std::uint32_t parent_line, std::uint32_t depth) {
    out_.put(run_prefix_);
    out_.number(next_line_);
    if (parent_line == recorded_call::none) {
      out_.put(std::string_view(",\"parent\":null,\"depth\":"));
    } else {
      out_.put(std::string_view(",\"parent\":"));
      out_.number(parent_line);
      out_.put(std::string_view(",\"depth\":"));
    }
    out_.number(depth);
    out_.put(std::string_view(",\"segment\":"));
    ++next_line_;
  }

  std::uint32_t parent_line(const recorded_call &call) const {
    return call.parent == recorded_call::none ? recorded_call::none : line_of_[call.parent];
  }

  void write_call(std::uint32_t id) {
    const recorded_call &call = record_.calls()[id];
    const std::string_view name = record_.name_of(call);
    const bool root = call.parent == recorded_call::none;
    const bool plain_name = !root && !call.base && !call.pointee && !name.empty() &&
                            plain_json(name);
    const bool plain_index = !root && !call.base && !call.pointee && name.empty();
    std::string rare;
    if (!plain_name && !plain_index)
      rare = json_string(call_segment(record_, call, root_));
    std::string tail;
    std::string_view status = "ok";
    if (failure_ && failure_->call == id) {
      status = failure_->status;
      tail = ",\"path\":" + json_string(call_path(record_, id, root_));
      if (status != "unchecked") {
        const reason_info &entry = info(failure_->reason);
        tail += ",\"reason\":" + json_string(entry.name);
        tail += ",\"message\":" + json_string(failure_->message);
        tail += ",\"hint\":" + json_string(entry.hint);
      } else {
        tail += ",\"message\":" + json_string(failure_->message);
      }
    } else if (root) {
      tail = ",\"path\":" + json_string(root_);
    }
    const std::string &middle = middle_of(*call.type, false);
    make_room(run_prefix_.size() + middle.size() + name.size() + rare.size() + tail.size() +
              160);
    line_of_[id] = next_line_;
    head(parent_line(call), call.depth);
    if (plain_name) {
      out_.put(std::string_view("\"."));
      out_.put(name);
      out_.put('"');
    } else if (plain_index) {
      out_.put(std::string_view("\"["));
      out_.number(call.ordinal);
      out_.put(std::string_view("]\""));
    } else {
      out_.put(rare);
    }
    out_.put(middle);
    out_.number(call.end - call.begin);
    out_.put(std::string_view(",\"status\":\""));
    out_.put(status);
    out_.put('"');
    out_.put(tail);
    out_.put(std::string_view("}\n"));
  }

  // `"segment":"[1]..[99999]","kind":"repeat"`: the first and last ordinals
  // folded (`[1]` for one), or the name again; the count and the bytes of
  // the calls folded.
  void write_repeat(std::uint32_t id) {
    const recorded_call &call = record_.calls()[id];
    std::string segment;
    if (call.name_size == 0 && !call.base && !call.pointee) {
      segment = "[" + std::to_string(call.first_repeat) + "]";
      if (call.last_repeat != call.first_repeat)
        segment += "..[" + std::to_string(call.last_repeat) + "]";
    }
    else
      segment = call_segment(record_, call, root_);
    const std::string text = json_string(segment);
    const std::string &middle = middle_of(*call.type, true);
    make_room(run_prefix_.size() + middle.size() + text.size() + 160);
    head(parent_line(call), call.depth);
    out_.put(text);
    out_.put(middle);
    out_.number(call.repeat_bytes);
    out_.put(std::string_view(",\"status\":\"ok\",\"count\":"));
    out_.number(call.repeats);
    out_.put(std::string_view("}\n"));
  }

  const call_record &record_;
  std::string_view root_;
  const std::optional<call_failure> &failure_;
  Flush &flush_;
  std::string run_prefix_;
  line_buffer out_;
  std::vector<std::uint32_t> line_of_;
  std::vector<std::uint32_t> pending_;
  std::uint32_t next_line_ = 0;
};

// The calls of one traced() write as JSON lines, one object per call, with
// the walk's node fields (kind "call"). A call is marked `fail` where the
// write stopped, `unchecked` where only the recording stopped.
template <class Flush>
void write_call_json_lines(const call_record &record, std::string_view root,
                           const std::optional<call_failure> &failure, Flush &&flush) {
  call_line_writer<std::remove_reference_t<Flush>> writer(record, root, failure, flush);
  writer.write();
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_CALL_RECORD_HPP
