// The walk's engine: an explicit work stack of nodes, never recursion, so a
// list a million nodes long costs memory, not stack.
#ifndef SERIALINT_DETAIL_WALKER_HPP
#define SERIALINT_DETAIL_WALKER_HPP

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "../options.hpp"
#include "../report.hpp"
#include "../verdict.hpp"
#include "address_table.hpp"
#include "field_binding.hpp"
#include "node.hpp"
#include "path.hpp"
#include "polymorphic_registry.hpp"
#include "type_name.hpp"

namespace serialint::detail {

// options::max_bytes is set: the walk must know every part's size.
inline bool has_size_budget(const options &opts) noexcept {
  return opts.max_bytes != std::numeric_limits<std::size_t>::max();
}

// The walk's large buffers, kept per thread between walks so that a walk
// does not pay for fresh pages each time.
struct walk_buffers {
  std::vector<node> nodes;
  std::vector<std::uint32_t> stack;
  address_table shared;

  void reset() {
    nodes.clear();
    stack.clear();
    shared.clear();
  }
};

class buffer_lease {
public:
  buffer_lease() : buffers_(take()) {}
  ~buffer_lease() { give_back(buffers_); }
  buffer_lease(const buffer_lease &) = delete;
  buffer_lease &operator=(const buffer_lease &) = delete;
  walk_buffers &get() noexcept { return *buffers_; }

private:
  // Past this many nodes, memory goes back to the system after the walk.
  static constexpr std::size_t kept_nodes = std::size_t{1} << 20;

  static std::unique_ptr<walk_buffers> &spare() {
    thread_local std::unique_ptr<walk_buffers> buffers;
    return buffers;
  }
  static std::unique_ptr<walk_buffers> take() {
    std::unique_ptr<walk_buffers> buffers = std::move(spare());
    return buffers ? std::move(buffers) : std::make_unique<walk_buffers>();
  }
  static void give_back(std::unique_ptr<walk_buffers> &buffers) {
    if (!buffers || buffers->nodes.capacity() > kept_nodes)
      return;
    buffers->reset();
    spare() = std::move(buffers);
  }

  std::unique_ptr<walk_buffers> buffers_;
};

class walker {
public:
  explicit walker(const options &opts)
      : opts_(opts), nodes_(lease_.get().nodes), stack_(lease_.get().stack),
        shared_(lease_.get().shared) {}

  const options &opts() const noexcept { return opts_; }
  node &at(std::uint32_t id) noexcept { return nodes_[id]; }
  const std::vector<node> &nodes() const noexcept { return nodes_; }
  std::uint32_t next_id() const noexcept { return static_cast<std::uint32_t>(nodes_.size()); }

  bool wants(verdict v) const noexcept {
    return opts_.visit_always_ok || v != verdict::always_ok;
  }

  std::uint32_t add_root(const void *object, visit_fn visit, const std::type_info &type) {
    node root;
    root.object = object;
    root.visit = visit;
    root.type = &type;
    nodes_.push_back(root);
    return 0;
  }

  // A child of `parent`, not yet scheduled; no_node when too deep.
  std::uint32_t add(std::uint32_t parent, const void *object, visit_fn visit,
                    const std::type_info &type, segment how) {
    const std::uint32_t depth = nodes_[parent].depth + 1;
    if (depth > opts_.max_depth) {
      cut_by_depth(parent);
      return no_node;
    }
    node child;
    child.object = object;
    child.visit = visit;
    child.type = &type;
    child.parent = parent;
    child.depth = depth;
    child.how = how;
    nodes_.push_back(child);
    return next_id() - 1;
  }

  // Turns node `id` (a pointer) into its own pointee, one level deeper;
  // false when that is too deep.
  bool become_pointee(std::uint32_t id, const void *object, visit_fn visit,
                      const std::type_info &type) {
    if (nodes_[id].depth + 1 > opts_.max_depth) {
      cut_by_depth(id);
      return false;
    }
    node &at = nodes_[id];
    at.object = object;
    at.visit = visit;
    at.type = &type;
    at.depth += 1;
    at.deref_after = true;
    return true;
  }

  // Like schedule_shared, for a pointer node that became its pointee.
  void open_shared(const void *object, std::uint32_t pointee) {
    shared_.insert(object, pointee);
    nodes_[pointee].open = true;
    stack_.push_back(pointee | close_bit);
  }

  // Schedules nodes [first, end) so that they are visited in order.
  void schedule_from(std::uint32_t first) {
    for (std::uint32_t id = next_id(); id > first; --id)
      stack_.push_back(id - 1);
  }

  // How many of a container's `size` elements to visit.
  std::size_t element_budget(std::uint32_t id, std::size_t size) {
    if (size <= opts_.max_elements)
      return size;
    nodes_[id].state = node_state::cut;
    add_note(id, walk_note::kind::element_limit,
             "has " + std::to_string(size) + " elements; the walk visited the first " +
                 std::to_string(opts_.max_elements) + " (options::max_elements)");
    return opts_.max_elements;
  }

  void fail(std::uint32_t id, reason why_id, std::string_view detail = {},
            const char *author_why = nullptr, std::string_view type_suffix = {}) {
    const reason_info &entry = info(why_id);
    finding found;
    found.path = path_of(id);
    found.type = type_name_of(*nodes_[id].type) + std::string(type_suffix);
    found.reason = why_id;
    found.message = std::string(entry.label);
    if (!detail.empty())
      found.message += " (" + std::string(detail) + ")";
    found.message += ": ";
    found.message += author_why ? std::string_view(author_why) : entry.why;
    found.hint = std::string(entry.hint);
    node &culprit = nodes_[id];
    culprit.state = node_state::failed;
    culprit.link = static_cast<std::uint32_t>(findings_.size());
    findings_.push_back(std::move(found));
  }

  // `too_wide`: more members than max_reflected_fields (or members that
  // cannot be counted), rather than a base class.
  void not_reflected(std::uint32_t id, bool too_wide = false) {
    nodes_[id].state = node_state::unchecked;
    nodes_[id].kind = node_kind::opaque;
    if (!unreflected_types_.insert(std::type_index(*nodes_[id].type)).second)
      return;
    add_note(id, walk_note::kind::not_reflected,
             too_wide ? "not opened: an aggregate with more than " +
                            std::to_string(max_reflected_fields) +
                            " members cannot be reflected; give it a serialization function "
                            "or specialise serialint::classify for it"
                      : std::string("not opened: a class with a base class opens only when "
                                    "serialint can tell each member's type, and a const or "
                                    "reference member, a C array, a bit-field or a std::optional "
                                    "or std::variant member hides it; give it a serialization "
                                    "function or specialise serialint::classify for it"));
  }

  // Shared objects are keyed by the address of their most-derived object.
  std::uint32_t shared_seen(const void *object) const { return shared_.find(object); }
  void prefetch_shared(const void *object) const { shared_.prefetch(object); }

  bool is_open(std::uint32_t id) const { return nodes_[id].open; }

  // `pointee` stays open until its whole subtree has been visited.
  void schedule_shared(const void *object, std::uint32_t pointee) {
    shared_.insert(object, pointee);
    nodes_[pointee].open = true;
    stack_.push_back(pointee | close_bit);
    schedule_from(pointee);
  }

  void run(std::uint32_t root) {
    stack_.push_back(root);
    while (!stack_.empty()) {
      const std::uint32_t item = stack_.back();
      stack_.pop_back();
      if (item & close_bit)
        nodes_[item & ~close_bit].open = false;
      else
        nodes_[item].visit(*this, item);
    }
  }

  // Turns each node's own bytes into its subtree's bytes (once; later calls
  // do nothing). With options::max_bytes exceeded, also marks the largest
  // parts and writes the too-big size note.
  void total_bytes() {
    if (totalled_)
      return;
    totalled_ = true;
    for (std::size_t id = nodes_.size(); id-- > 1;)
      nodes_[nodes_[id].parent].bytes += nodes_[id].bytes;
    if (has_size_budget(opts_) && !nodes_.empty() && nodes_[0].bytes > opts_.max_bytes) {
      over_budget_ = true;
      note_too_big();
    }
  }

  // The value is bigger than options::max_bytes (after total_bytes()).
  bool over_budget() const noexcept { return over_budget_; }

  std::string path_of(std::uint32_t id) const {
    return render_path(nodes_, id, opts_.root_name);
  }

  const std::string &type_name_of(const std::type_info &type) {
    auto found = type_names_.find(std::type_index(type));
    if (found == type_names_.end())
      found = type_names_.emplace(std::type_index(type), demangle(type)).first;
    return found->second;
  }

  // The registry entry for a dynamic type, remembered for the rest of the
  // walk: a vector of many derived objects asks the same question often.
  std::optional<polymorphic_entry> find_polymorphic(const std::type_info &base,
                                                    const std::type_info &derived) {
    for (const auto &known : polymorphic_cache_)
      if (known.base == &base && known.derived == &derived)
        return known.entry;
    auto entry = polymorphic_registry::instance().find(base, derived);
    if (polymorphic_cache_.size() < 64)
      polymorphic_cache_.push_back({&base, &derived, entry});
    return entry;
  }

  const std::vector<finding> &findings() const noexcept { return findings_; }
  const std::vector<walk_note> &notes() const noexcept { return notes_; }
  report take_report() {
    if (has_size_budget(opts_))
      total_bytes();
    if (notes_dropped_ > 0)
      notes_.push_back({notes_.back().what, opts_.root_name, {},
                        "and " + std::to_string(notes_dropped_) +
                            " more places where the walk was cut or could not look"});
    return report(std::move(findings_), std::move(notes_), std::move(size_notes_));
  }

private:
  static constexpr std::uint32_t close_bit = 0x80000000u;
  static constexpr std::size_t max_notes = 64;

  void cut_by_depth(std::uint32_t parent) {
    if (nodes_[parent].state == node_state::cut)
      return;
    nodes_[parent].state = node_state::cut;
    add_note(parent, walk_note::kind::depth_limit,
             "parts below depth " + std::to_string(opts_.max_depth) +
                 " were not visited (options::max_depth)");
  }

  // The parts that explain the size, found from the root down. A part is
  // replaced by its children when a few of them hold it: the largest more
  // than half of it, or the three largest nine tenths. Only children holding
  // at least a twentieth of the whole value are kept, and none whose type is
  // that of the part or of one of its ancestors (a list or tree is named at
  // its top, not a million links down). The three largest parts left are
  // listed.
  void note_too_big() {
    const std::size_t count = nodes_.size();
    const std::uint64_t total = nodes_[0].bytes;
    const std::uint64_t least = std::max<std::uint64_t>(total / 20, 1);
    // Children of each node, from the parent links: kids[first[p], first[p + 1]).
    std::vector<std::uint32_t> first(count + 1, 0);
    for (std::size_t id = 1; id < count; ++id)
      ++first[nodes_[id].parent + 1];
    for (std::size_t id = 0; id < count; ++id)
      first[id + 1] += first[id];
    std::vector<std::uint32_t> kids(count > 0 ? count - 1 : 0);
    {
      std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
      for (std::size_t id = 1; id < count; ++id)
        kids[next[nodes_[id].parent]++] = static_cast<std::uint32_t>(id);
    }
    const auto larger = [this](std::uint32_t a, std::uint32_t b) {
      return nodes_[a].bytes != nodes_[b].bytes ? nodes_[a].bytes > nodes_[b].bytes : a < b;
    };
    const auto recursive = [this](std::uint32_t part, std::uint32_t child) {
      for (std::uint32_t at = part; at != no_node; at = nodes_[at].parent)
        if (*nodes_[at].type == *nodes_[child].type)
          return true;
      return false;
    };
    struct candidate {
      std::uint32_t id;
      bool final;
    };
    std::vector<candidate> frontier{{0, false}};
    constexpr std::size_t listed = 3;
    for (std::size_t step = 0; step < 4096; ++step) {
      std::sort(frontier.begin(), frontier.end(),
                [&](const candidate &a, const candidate &b) { return larger(a.id, b.id); });
      const auto window = frontier.begin() + std::min(listed, frontier.size());
      const auto open =
          std::find_if(frontier.begin(), window, [](const candidate &c) { return !c.final; });
      if (open == window)
        break;
      const std::uint32_t part = open->id;
      const std::uint64_t whole = nodes_[part].bytes;
      std::uint64_t top[listed] = {0, 0, 0};
      std::vector<candidate> keep;
      for (std::uint32_t k = first[part]; k < first[part + 1]; ++k) {
        const std::uint32_t child = kids[k];
        const std::uint64_t bytes = nodes_[child].bytes;
        if (bytes > top[2]) {
          top[2] = bytes;
          if (top[2] > top[1])
            std::swap(top[1], top[2]);
          if (top[1] > top[0])
            std::swap(top[0], top[1]);
        }
        if (bytes >= least && !recursive(part, child))
          keep.push_back({child, false});
      }
      const std::uint64_t held = top[0] + top[1] + top[2];
      const bool split = top[0] > whole - top[0] || held >= whole - whole / 10;
      if (!split || keep.empty()) {
        open->final = true;
        continue;
      }
      frontier.erase(open);
      frontier.insert(frontier.end(), keep.begin(), keep.end());
    }
    std::sort(frontier.begin(), frontier.end(),
              [&](const candidate &a, const candidate &b) { return larger(a.id, b.id); });
    size_note note;
    note.path = opts_.root_name;
    note.type = type_name_of(*nodes_[0].type);
    note.bytes = total;
    note.max_bytes = opts_.max_bytes;
    note.message = opts_.root_name + " is " + format_bytes(total) + ", over options::max_bytes (" +
                   format_bytes(opts_.max_bytes) + "):";
    for (std::size_t i = 0; i < std::min(listed, frontier.size()); ++i) {
      const std::uint32_t id = frontier[i].id;
      nodes_[id].too_big = true;
      size_note::part part{path_of(id), type_name_of(*nodes_[id].type), nodes_[id].bytes};
      note.message += (i == 0 ? " " : "; ") + part.path + ": " + format_bytes(part.bytes) +
                      " of " + format_bytes(total);
      note.largest.push_back(std::move(part));
    }
    size_notes_.push_back(std::move(note));
  }

  void add_note(std::uint32_t id, walk_note::kind what, std::string message) {
    if (notes_.size() == max_notes) {
      ++notes_dropped_;
      return;
    }
    notes_.push_back({what, path_of(id), type_name_of(*nodes_[id].type), std::move(message)});
  }

  options opts_;
  buffer_lease lease_;
  std::vector<node> &nodes_;
  std::vector<std::uint32_t> &stack_;
  address_table &shared_;
  std::vector<finding> findings_;
  std::vector<walk_note> notes_;
  std::vector<size_note> size_notes_;
  std::size_t notes_dropped_ = 0;
  bool totalled_ = false;
  bool over_budget_ = false;
  std::unordered_set<std::type_index> unreflected_types_;
  std::unordered_map<std::type_index, std::string> type_names_;
  struct cached_entry {
    const std::type_info *base;
    const std::type_info *derived;
    std::optional<polymorphic_entry> entry;
  };
  std::vector<cached_entry> polymorphic_cache_;
};

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_WALKER_HPP
