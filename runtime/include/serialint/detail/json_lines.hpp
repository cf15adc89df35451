// The JSON-lines trace log written straight from a finished walk, without
// building a trace_tree first: the same lines as write_json_lines
// (docs/trace-format.md), at a fraction of the cost. Used by traced(), where
// the log is written on every serialization while tracing is on.
#ifndef SERIALINT_DETAIL_JSON_LINES_HPP
#define SERIALINT_DETAIL_JSON_LINES_HPP

#include <algorithm>
#include <charconv>
#include <memory>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

#include "../log.hpp"
#include "../reasons.hpp"
#include "node.hpp"
#include "path.hpp"
#include "walker.hpp"

namespace serialint::detail {

inline void append_number(std::string &out, std::uint64_t n) {
  char text[24];
  const auto end = std::to_chars(text, text + sizeof text, n).ptr;
  out.append(text, end);
}

inline void append_segment(std::string &out, const node &step, std::string_view root) {
  switch (step.how) {
  case segment::root: out += json_string(root); return;
  case segment::field:
    out += "\".";
    out += step.field_name();
    out += '"';
    return;
  case segment::index:
    out += "\"[";
    append_number(out, step.index);
    out += "]\"";
    return;
  case segment::position:
    out += "\"#";
    append_number(out, step.index);
    out += '"';
    return;
  case segment::map_key:
    out += "\"key#";
    append_number(out, step.index);
    out += '"';
    return;
  case segment::map_value: {
    std::string key;
    if (step.unique_keys && step.write_key && step.write_key(key, step.label)) {
      out += json_string('[' + key + ']');
    } else {
      out += "\"value#";
      append_number(out, step.index);
      out += '"';
    }
    return;
  }
  case segment::deref: out += "\"*\""; return;
  case segment::get:
    out += "\"get<";
    append_number(out, step.index);
    out += ">\"";
    return;
  case segment::first: out += "\".first\""; return;
  case segment::second: out += "\".second\""; return;
  case segment::base: out += json_string("(" + demangle(*step.type) + ")"); return;
  }
  out += "\"?\"";
}

// A flat output buffer: pieces are copied in with known lengths.
class line_buffer {
public:
  explicit line_buffer(std::size_t capacity)
      : data_(std::make_unique_for_overwrite<char[]>(capacity)), size_(capacity) {}
  std::size_t room() const noexcept { return size_ - used_; }
  std::string_view text() const noexcept { return {data_.get(), used_}; }
  void clear() noexcept { used_ = 0; }
  // Only when empty.
  void reserve(std::size_t capacity) {
    if (capacity > size_) {
      data_ = std::make_unique_for_overwrite<char[]>(capacity);
      size_ = capacity;
    }
  }
  void put(std::string_view piece) noexcept {
    std::memcpy(data_.get() + used_, piece.data(), piece.size());
    used_ += piece.size();
  }
  void put(char c) noexcept { data_[used_++] = c; }
  void number(std::uint64_t n) noexcept {
    used_ = static_cast<std::size_t>(
        std::to_chars(data_.get() + used_, data_.get() + size_, n).ptr - data_.get());
  }

private:
  std::unique_ptr<char[]> data_;
  std::size_t size_;
  std::size_t used_ = 0;
};

// Paths of many siblings share their parent's: the builder's state after the
// parent is kept, so that each sibling costs one step, not a walk to the root.
class path_cache {
public:
  path_cache(const std::vector<node> &nodes, std::string_view root)
      : nodes_(nodes), root_(root), parent_state_(root) {}

  std::string path_of(std::uint32_t id) {
    if (id == 0)
      return std::string(root_);
    const std::uint32_t parent = nodes_[id].parent;
    if (parent != parent_) {
      parent_state_ = state_after(parent);
      parent_ = parent;
    }
    path_builder builder = parent_state_;
    builder.apply(nodes_[id]);
    if (nodes_[id].deref_after)
      builder.apply(deref_step());
    return std::move(builder).finish();
  }

private:
  static const node &deref_step() {
    static const node step = [] {
      node n;
      n.how = segment::deref;
      return n;
    }();
    return step;
  }

  path_builder state_after(std::uint32_t id) const {
    std::vector<std::uint32_t> chain;
    for (std::uint32_t at = id; at != no_node; at = nodes_[at].parent)
      chain.push_back(at);
    path_builder builder(root_);
    for (auto step = chain.rbegin(); step != chain.rend(); ++step) {
      builder.apply(nodes_[*step]);
      if (nodes_[*step].deref_after)
        builder.apply(deref_step());
    }
    return builder;
  }

  const std::vector<node> &nodes_;
  std::string_view root_;
  path_builder parent_state_;
  std::uint32_t parent_ = no_node;
};

// A type's demangled name as a JSON string, kept per thread across walks
// (demangling costs more than writing a small value's whole log).
inline const std::string &json_type_name(walker &w, const std::type_info &type) {
  thread_local std::unordered_map<std::type_index, std::string> names;
  auto found = names.find(std::type_index(type));
  if (found == names.end())
    found = names.emplace(std::type_index(type), json_string(w.type_name_of(type))).first;
  return found->second;
}

// Writes every node of the walk `w` (after w.total_bytes()) as one JSON
// object per line, handing the text to `flush(std::string_view)` in chunks.
template <class Flush> void write_walk_json_lines(walker &w, Flush &&flush) {
  constexpr std::size_t chunk = std::size_t{1} << 20;
  const std::vector<node> &nodes = w.nodes();
  const std::string run_prefix = "{\"run\":" + json_string(next_run_id()) + ",\"node\":";
  std::vector<bool> named(nodes.size(), false); // targets of same_as
  for (const node &n : nodes)
    if ((n.state == node_state::shared || n.state == node_state::cycle) && n.link != no_node)
      named[n.link] = true;
  // `,"kind":"<kind>","type":<type>,"bytes":` per (type, kind) met.
  struct cached_middle {
    const std::type_info *type;
    node_kind kind;
    std::string text;
  };
  std::vector<cached_middle> middles;
  std::size_t last = 0;
  line_buffer out(std::min(chunk, nodes.size() * 160) + 4096);
  path_cache paths(nodes, w.opts().root_name);
  std::string rare; // segments with keys, paths, messages
  for (std::size_t id = 0; id < nodes.size(); ++id) {
    const node &n = nodes[id];
    if (last >= middles.size() || middles[last].type != n.type || middles[last].kind != n.kind) {
      last = middles.size();
      for (std::size_t m = 0; m < middles.size(); ++m)
        if (middles[m].type == n.type && middles[m].kind == n.kind)
          last = m;
      if (last == middles.size())
        middles.push_back({n.type, n.kind,
                           ",\"kind\":\"" + std::string(name(n.kind)) + "\",\"type\":" +
                               json_type_name(w, *n.type) + ",\"bytes\":"});
    }
    const std::string &middle = middles[last].text;
    const bool with_path = id == 0 ||
                           (n.state != node_state::ok && n.state != node_state::trusted) ||
                           named[id] || n.too_big;
    const bool plain_segment = n.how == segment::field || n.how == segment::index ||
                               n.how == segment::deref || n.how == segment::position ||
                               n.how == segment::get || n.how == segment::first ||
                               n.how == segment::second || n.how == segment::map_key;
    rare.clear();
    if (!plain_segment)
      append_segment(rare, n, w.opts().root_name);
    if (with_path) {
      rare += ",\"path\":";
      rare += json_string(paths.path_of(static_cast<std::uint32_t>(id)));
    }
    if (n.state == node_state::failed) {
      const finding &found = w.findings()[n.link];
      const reason_info &entry = info(found.reason);
      rare += ",\"reason\":" + json_string(entry.name) +
              ",\"message\":" + json_string(found.message) +
              ",\"hint\":" + json_string(entry.hint);
    }
    const std::size_t need = run_prefix.size() + middle.size() + rare.size() +
                             (n.how == segment::field ? n.index : 0) + 200;
    if (out.room() < need) {
      flush(out.text());
      out.clear();
      out.reserve(need);
    }
    out.put(run_prefix);
    out.number(id);
    if (id == 0) {
      out.put(std::string_view(",\"parent\":null,\"depth\":"));
    } else {
      out.put(std::string_view(",\"parent\":"));
      out.number(n.parent);
      out.put(std::string_view(",\"depth\":"));
    }
    out.number(n.depth);
    out.put(std::string_view(",\"segment\":"));
    std::size_t rare_used = 0;
    switch (n.how) {
    case segment::field:
      out.put(std::string_view("\"."));
      out.put(n.field_name());
      out.put('"');
      break;
    case segment::index:
      out.put(std::string_view("\"["));
      out.number(n.index);
      out.put(std::string_view("]\""));
      break;
    case segment::position:
      out.put(std::string_view("\"#"));
      out.number(n.index);
      out.put('"');
      break;
    case segment::map_key:
      out.put(std::string_view("\"key#"));
      out.number(n.index);
      out.put('"');
      break;
    case segment::get:
      out.put(std::string_view("\"get<"));
      out.number(n.index);
      out.put(std::string_view(">\""));
      break;
    case segment::deref: out.put(std::string_view("\"*\"")); break;
    case segment::first: out.put(std::string_view("\".first\"")); break;
    case segment::second: out.put(std::string_view("\".second\"")); break;
    default: {
      // root and map values: written into `rare` above, before the path.
      const std::size_t path_at = rare.find(",\"path\":");
      rare_used = path_at == std::string::npos ? rare.find(",\"reason\":") : path_at;
      if (rare_used == std::string::npos)
        rare_used = rare.size();
      out.put(std::string_view(rare).substr(0, rare_used));
    }
    }
    out.put(middle);
    out.number(n.bytes);
    out.put(std::string_view(",\"status\":\""));
    out.put(name(n.state));
    out.put('"');
    out.put(std::string_view(rare).substr(rare_used));
    if ((n.state == node_state::shared || n.state == node_state::cycle) && n.link != no_node) {
      out.put(std::string_view(",\"same_as\":"));
      out.number(n.link);
    }
    if (n.too_big)
      out.put(std::string_view(",\"too_big\":true"));
    if (id == 0 && w.over_budget()) {
      out.put(std::string_view(",\"max_bytes\":"));
      out.number(w.opts().max_bytes);
    }
    out.put(std::string_view("}\n"));
  }
  if (!out.text().empty())
    flush(out.text());
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_JSON_LINES_HPP
