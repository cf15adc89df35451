//===--- KnownTypes.cpp - serialint ---------------------------------------===//

#include "KnownTypes.h"
#include "Names.h"
#include "serialint/detail/known_types.hpp"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::serialint {

namespace {

KnownType culprit(Reason Why) {
  KnownType K;
  K.What = KnownType::Culprit;
  K.Why = Why;
  return K;
}

// The table's steps, in the checks' vocabulary, whose paths do not tell a
// pair from a tuple nor an index from a position.
StepKind stepOf(::serialint::detail::carry_step Step) {
  using ::serialint::detail::carry_step;
  switch (Step) {
  case carry_step::element:
  case carry_step::position:
  case carry_step::container:
    return StepKind::Element;
  case carry_step::map_value:
    return StepKind::MapValue;
  case carry_step::member:
  case carry_step::tuple_item:
    return StepKind::TupleItem;
  case carry_step::alternative:
    return StepKind::Alternative;
  case carry_step::optional:
    return StepKind::Optional;
  case carry_step::pointee:
    return StepKind::Pointee;
  }
  llvm_unreachable("unknown carry step");
}

KnownType::Carry carryOf(::serialint::detail::carry Carries) {
  // In the order of serialint::detail::carry.
  static constexpr KnownType::Carry InOrder[] = {KnownType::First, KnownType::KeyValue,
                                                 KnownType::All};
  return InOrder[static_cast<unsigned>(Carries)];
}

KnownType fromRow(const ::serialint::detail::known_type &Row) {
  using ::serialint::detail::known_kind;
  if (Row.kind == known_kind::culprit)
    return culprit(Row.why);
  KnownType K;
  K.What = Row.kind == known_kind::carrier ? KnownType::Carrier : KnownType::Value;
  K.Carries = carryOf(Row.carries);
  K.Step = stepOf(Row.step);
  K.HoldsAddress = Row.holds_address;
  return K;
}

// runtime/include/serialint/detail/known_types.def, the runtime's table too.
llvm::StringMap<KnownType> buildTable() {
  llvm::StringMap<KnownType> T;
  for (const ::serialint::detail::known_type &Row : ::serialint::detail::known_types)
    T[llvm::StringRef(Row.name.data(), Row.name.size())] = fromRow(Row);
  // The backend is named as in the options: `upcxx`.
#define SERIALINT_CULPRIT_SENT_AS_HANDLE(Name, Why, By, ...)                                  \
  T[Name].SentAsHandleBy = backendFromName(#By);
#define SERIALINT_CULPRIT(Name, Why, ...)
#include "serialint/detail/known_types.def"
  return T;
}

bool looksLikeLibraryIterator(llvm::StringRef Name) {
  return (Name.starts_with("std::") || Name.starts_with("__gnu_cxx::")) &&
         Name.contains_insensitive("iterator");
}

} // namespace

std::optional<KnownType> lookupKnownType(const CXXRecordDecl &Record) {
  static const llvm::StringMap<KnownType> Table = buildTable();
  const std::string Name = registryName(Record);
  auto It = Table.find(Name);
  if (It != Table.end())
    return It->second;
  if (looksLikeLibraryIterator(Name))
    return culprit(Reason::address_bound);
  return std::nullopt;
}

bool isLibraryName(llvm::StringRef Name) {
  return Name.starts_with("std::") || Name.starts_with("__gnu_cxx::") ||
         Name.starts_with("ygm::") || Name.starts_with("boost::") ||
         Name.starts_with("cereal::") || Name.starts_with("msgpack::") ||
         Name.starts_with("hpx::") || Name.starts_with("upcxx::") || Name.starts_with("ray::");
}

} // namespace clang::tidy::serialint
