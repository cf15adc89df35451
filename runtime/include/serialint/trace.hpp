// serialint::trace: the whole walk as a tree a person can read, in the spirit
// of dill.detect.trace. Every node shows its path segment, type, kind and
// estimated wire bytes; failing nodes carry their reason; clean subtrees fold.
// docs/trace-format.md specifies the text.
//
//   serialint::trace(job, std::cerr);
#ifndef SERIALINT_TRACE_HPP
#define SERIALINT_TRACE_HPP

#include <cstdint>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "detail/path.hpp"
#include "detail/visit.hpp"
#include "detail/walker.hpp"
#include "options.hpp"
#include "report.hpp"

namespace serialint {

using node_status = detail::node_state;

struct trace_node {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t parent = none;
  std::vector<std::size_t> children;
  std::size_t depth = 0;
  // `.pool`, `[3]`, `["alpha"]`, `*`, `get<1>`, `#3` (see docs/trace-format.md).
  std::string segment;
  // The full path; filled for the root, for nodes whose status is not ok or
  // trusted, and for nodes a shared or cycle mark points to (a path through a
  // million-node list is millions of characters, so not for every node).
  std::string path;
  std::string type;
  std::string_view kind;
  node_status status = node_status::ok;
  // Estimated bytes on the wire for this subtree (cereal binary layout).
  std::uint64_t bytes = 0;
  // For failures: the reason and the finding's message.
  std::optional<serialint::reason> reason;
  std::string message;
  // For shared and cycle: the node first reached through the same object.
  std::size_t same_as = none;
  // One of the largest parts of a value over options::max_bytes, named by
  // the report's too-big size note; its path is filled.
  bool too_big = false;
  // Nodes in this subtree, itself included, and whether none of them failed.
  std::size_t subtree_nodes = 1;
  bool clean = true;
};

struct trace_style {
  // Print a subtree with no failure as one line. Off by default: who asks for
  // the trace wants the walk.
  bool fold_clean = false;
  // Deeper levels are drawn at this indentation, with their depth shown.
  std::size_t max_indent = 32;
};

class trace_tree {
public:
  trace_tree() = default;
  trace_tree(std::vector<trace_node> nodes, serialint::report result)
      : nodes_(std::move(nodes)), report_(std::move(result)) {}

  const std::vector<trace_node> &nodes() const noexcept { return nodes_; }
  const serialint::report &report() const noexcept { return report_; }

  void print(std::ostream &out, const trace_style &style = {}) const;
  std::string to_string(const trace_style &style = {}) const {
    std::ostringstream out;
    print(out, style);
    return out.str();
  }

private:
  std::vector<trace_node> nodes_;
  serialint::report report_;
};

namespace detail {

inline bool path_worth_keeping(const node &n) {
  return (n.state != node_state::ok && n.state != node_state::trusted) || n.too_big;
}

inline std::vector<trace_node> to_trace_nodes(walker &w) {
  w.total_bytes();
  const std::vector<node> &raw = w.nodes();
  std::vector<trace_node> out(raw.size());
  for (std::size_t id = 0; id < raw.size(); ++id) {
    const node &from = raw[id];
    trace_node &to = out[id];
    to.depth = from.depth;
    to.segment = render_segment(from, w.opts().root_name);
    to.type = w.type_name_of(*from.type);
    to.kind = name(from.kind);
    to.status = from.state;
    to.bytes = from.bytes;
    to.too_big = from.too_big;
    if (id == 0 || path_worth_keeping(from))
      to.path = w.path_of(static_cast<std::uint32_t>(id));
    if (from.state == node_state::failed) {
      const finding &found = w.findings()[from.link];
      to.reason = found.reason;
      to.message = found.message;
      to.clean = false;
    }
    if (from.state == node_state::shared || from.state == node_state::cycle)
      to.same_as = from.link;
    if (id > 0) {
      to.parent = from.parent;
      out[from.parent].children.push_back(id);
    }
  }
  for (trace_node &node : out)
    if (node.same_as != trace_node::none && out[node.same_as].path.empty())
      out[node.same_as].path = w.path_of(static_cast<std::uint32_t>(node.same_as));
  for (std::size_t id = out.size(); id-- > 1;) {
    out[out[id].parent].subtree_nodes += out[id].subtree_nodes;
    out[out[id].parent].clean = out[out[id].parent].clean && out[id].clean;
  }
  return out;
}

inline void print_marks(std::ostream &out, const trace_node &node,
                        const std::vector<trace_node> &all, bool folded) {
  switch (node.status) {
  case node_state::failed:
    out << "  <-- FAIL " << name(*node.reason) << ": " << node.message;
    break;
  case node_state::trusted: out << "  (trusted: has its own serializer)"; break;
  case node_state::shared: out << "  (shared: same object as " << all[node.same_as].path << ")"; break;
  case node_state::cycle: out << "  (cycle: back to " << all[node.same_as].path << ")"; break;
  case node_state::cut: out << "  (cut: a walk limit stopped here)"; break;
  case node_state::unchecked: out << "  (unchecked: cannot be opened)"; break;
  case node_state::ok: break;
  }
  if (node.too_big)
    out << "  (" << size_note::id << ": " << format_bytes(node.bytes) << " of "
        << format_bytes(all[0].bytes) << ")";
  if (folded)
    out << "  (folded: " << node.subtree_nodes - 1 << " clean nodes below)";
}

} // namespace detail

// One line per node, then the summary line:  <tree prefix><segment>: <type> [<kind>] <bytes> B<marks>
inline void trace_tree::print(std::ostream &out, const trace_style &style) const {
  if (nodes_.empty())
    return;
  // A too-big part stays on screen when clean subtrees fold, as a failure does.
  std::vector<bool> holds_big(style.fold_clean ? nodes_.size() : 0, false);
  if (style.fold_clean)
    for (std::size_t id = 0; id < nodes_.size(); ++id)
      if (nodes_[id].too_big)
        for (std::size_t at = nodes_[id].parent; at != trace_node::none && !holds_big[at];
             at = nodes_[at].parent)
          holds_big[at] = true;
  // (node, is last child); `lasts[d]` tells whether the ancestor at depth d
  // was a last child, which decides between "|  " and "   ".
  std::vector<std::pair<std::size_t, bool>> stack{{0, true}};
  std::vector<bool> lasts;
  while (!stack.empty()) {
    const auto [id, last] = stack.back();
    stack.pop_back();
    const trace_node &node = nodes_[id];
    const std::size_t drawn = std::min(node.depth, style.max_indent);
    lasts.resize(drawn + 1);
    lasts[drawn] = last;
    for (std::size_t level = 1; level < drawn; ++level)
      out << (lasts[level] ? "   " : "|  ");
    if (drawn > 0)
      out << (last ? "`- " : "+- ");
    if (node.depth > style.max_indent)
      out << "(depth " << node.depth << ") ";
    out << node.segment << ": " << node.type << " [" << node.kind << "] " << node.bytes
        << " B";
    const bool fold =
        style.fold_clean && node.clean && !node.children.empty() && !holds_big[id];
    detail::print_marks(out, node, nodes_, fold);
    out << '\n';
    if (fold)
      continue;
    for (std::size_t child = node.children.size(); child-- > 0;)
      stack.emplace_back(node.children[child], child + 1 == node.children.size());
  }
  const std::size_t found = report_.findings().size();
  out << "-- " << nodes_.size() << " nodes, " << nodes_[0].bytes << " B, " << found
      << (found == 1 ? " finding" : " findings");
  if (report_.truncated())
    out << ", truncated";
  else if (report_.status() == outcome::incomplete)
    out << ", incomplete";
  if (report_.too_big())
    out << ", too big for options::max_bytes ("
        << format_bytes(report_.size_notes().front().max_bytes) << ")";
  out << '\n';
}

inline std::ostream &operator<<(std::ostream &out, const trace_tree &tree) {
  tree.print(out);
  return out;
}

// Walks everything, always-ok parts included, and keeps the tree.
template <class T> trace_tree trace(const T &value, options opts = {}) {
  opts.visit_always_ok = true;
  detail::walker w(opts);
  detail::walk(w, value);
  std::vector<trace_node> nodes = detail::to_trace_nodes(w);
  return trace_tree(std::move(nodes), w.take_report());
}

// Prints the tree and returns the report.
template <class T>
report trace(const T &value, std::ostream &out, options opts = {},
             const trace_style &style = {}) {
  trace_tree tree = trace(value, std::move(opts));
  tree.print(out, style);
  return tree.report();
}

} // namespace serialint

#endif // SERIALINT_TRACE_HPP
