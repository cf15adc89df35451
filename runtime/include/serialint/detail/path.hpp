// Renders a node's path as a C++ expression rooted at options::root_name.
//
// Built left to right in one string. A dereference is held back ("pending")
// so that a field after it reads `p->field` rather than `(*p).field`.
#ifndef SERIALINT_DETAIL_PATH_HPP
#define SERIALINT_DETAIL_PATH_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "node.hpp"
#include "type_name.hpp"

namespace serialint::detail {

class path_builder {
public:
  explicit path_builder(std::string_view root) : text_(root) {}

  void apply(const node &step) {
    switch (step.how) {
    case segment::root:
      break;
    case segment::field:
      text_ += pending_ ? "->" : ".";
      pending_ = false;
      text_ += step.member_name();
      break;
    case segment::base:
      wrap("static_cast<const " + demangle(*step.type) + " &>(", ")");
      break;
    case segment::index:
      settle();
      text_ += '[' + std::to_string(step.index) + ']';
      break;
    case segment::position:
      wrap("std::next(", ".begin(), " + std::to_string(step.index) + ")");
      pending_ = true;
      break;
    case segment::map_key:
      wrap("std::next(", ".begin(), " + std::to_string(step.index) + ")->first");
      break;
    case segment::map_value:
      map_value(step);
      break;
    case segment::deref:
      settle();
      pending_ = true;
      break;
    case segment::get:
      get(step.index);
      break;
    case segment::first:
      settle();
      text_ += ".first";
      break;
    case segment::second:
      settle();
      text_ += ".second";
      break;
    }
  }

  std::string finish() && {
    if (pending_)
      text_.insert(0, "*");
    return std::move(text_);
  }

private:
  void settle() {
    if (!pending_)
      return;
    text_.insert(0, "(*");
    text_ += ')';
    pending_ = false;
  }

  void wrap(std::string_view before, const std::string &after) {
    settle();
    text_.insert(0, before);
    text_ += after;
  }

  void get(std::size_t index) {
    const std::string head = "std::get<" + std::to_string(index) + ">(";
    text_.insert(0, pending_ ? head + "*" : head);
    text_ += ')';
    pending_ = false;
  }

  void map_value(const node &step) {
    std::string key;
    if (step.unique_keys && step.write_key && step.write_key(key, step.label)) {
      settle();
      text_ += '[' + key + ']';
    } else {
      wrap("std::next(", ".begin(), " + std::to_string(step.index) + ")->second");
    }
  }

  std::string text_;
  bool pending_ = false;
};

inline std::string render_path(const std::vector<node> &nodes, std::uint32_t id,
                               std::string_view root) {
  std::vector<std::uint32_t> chain;
  for (std::uint32_t at = id; at != no_node; at = nodes[at].parent)
    chain.push_back(at);
  path_builder builder(root);
  node deref;
  deref.how = segment::deref;
  for (auto step = chain.rbegin(); step != chain.rend(); ++step) {
    builder.apply(nodes[*step]);
    if (nodes[*step].deref_after)
      builder.apply(deref);
  }
  return std::move(builder).finish();
}

// The segment alone, as the trace shows it: `.pool`, `[3]`, `*`.
inline std::string render_segment(const node &step, std::string_view root) {
  switch (step.how) {
  case segment::root: return std::string(root);
  case segment::field: return "." + std::string(step.field_name());
  case segment::index: return '[' + std::to_string(step.index) + ']';
  case segment::position: return "#" + std::to_string(step.index);
  case segment::map_key: return "key#" + std::to_string(step.index);
  case segment::map_value: {
    std::string key;
    if (step.unique_keys && step.write_key && step.write_key(key, step.label))
      return '[' + key + ']';
    return "value#" + std::to_string(step.index);
  }
  case segment::deref: return "*";
  case segment::get: return "get<" + std::to_string(step.index) + ">";
  case segment::first: return ".first";
  case segment::second: return ".second";
  case segment::base: return "(" + demangle(*step.type) + ")";
  }
  return "?";
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_PATH_HPP
