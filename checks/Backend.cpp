//===--- Backend.cpp - serialint ------------------------------------------===//

#include "Backend.h"
#include "llvm/Support/ErrorHandling.h"

namespace clang::tidy::serialint {

namespace {

using llvm::StringRef;

constexpr MemberSerializer CerealMembers[] = {
    {"serialize", ""}, {"save", ""}, {"save_minimal", ""}};
constexpr MemberSerializer ArchiveMembers[] = {{"serialize", ""}, {"save", ""}};
constexpr MemberSerializer MsgpackMembers[] = {{"msgpack_pack", "MSGPACK_DEFINE"}};
// The member UPCXX_SERIALIZED_FIELDS/VALUES declare, by release: no prefix
// before 2020.3.2, `upcxx_reserved_prefix_` from 2020.3.2, `upcxxi_` from
// 2021.9.0 (UPC++ issue #487).
constexpr MemberSerializer UpcxxMembers[] = {
    {"upcxxi_serialized_fields", "UPCXX_SERIALIZED_FIELDS"},
    {"upcxxi_serialized_values", "UPCXX_SERIALIZED_VALUES"},
    {"upcxx_reserved_prefix_serialized_fields", "UPCXX_SERIALIZED_FIELDS"},
    {"upcxx_reserved_prefix_serialized_values", "UPCXX_SERIALIZED_VALUES"},
    {"upcxx_serialized_fields", "UPCXX_SERIALIZED_FIELDS"},
};

constexpr StringRef CerealFree[] = {"serialize", "save", "save_minimal"};
constexpr StringRef ArchiveFree[] = {"serialize", "save"};

constexpr StringRef CerealNamespaces[] = {"cereal"};
constexpr StringRef BoostNamespaces[] = {"boost::serialization"};
constexpr StringRef HpxNamespaces[] = {"hpx::serialization"};

constexpr StringRef MsgpackAdaptors[] = {"msgpack::adaptor::pack"};
constexpr StringRef UpcxxAdaptors[] = {"upcxx::serialization"};

// One row per backend, in the order option messages list them.
const BackendInfo Cereal{
    .Id = Backend::Cereal,
    .Option = "cereal",
    .Title = "cereal",
    .MemberSerializers = CerealMembers,
    .FreeSerializers = CerealFree,
    .FreeSerializerNamespaces = CerealNamespaces,
    .FixHint = "give '%0' a cereal function: template <class Archive> void "
               "serialize(Archive &ar) { ar(...); }",
};

const BackendInfo BoostSerialization{
    .Id = Backend::BoostSerialization,
    .Option = "boost",
    .Title = "Boost.Serialization",
    .MemberSerializers = ArchiveMembers,
    .FreeSerializers = ArchiveFree,
    .FreeSerializerNamespaces = BoostNamespaces,
    .BytesTrait = BackendTrait{"boost::mpi", "is_mpi_datatype"},
    .WritesClassPointees = true,
    .FixHint = "give '%0' a Boost.Serialization function: template <class Archive> "
               "void serialize(Archive &ar, const unsigned int) { ar & ...; }",
};

const BackendInfo Msgpack{
    .Id = Backend::Msgpack,
    .Option = "msgpack",
    .Title = "msgpack",
    .MemberSerializers = MsgpackMembers,
    .FreeSerializers = ArchiveFree,
    .AdaptorTemplates = MsgpackAdaptors,
    .PacksCStrings = true,
    .FixHint = "list the members of '%0' to send in MSGPACK_DEFINE(...)",
};

const BackendInfo Upcxx{
    .Id = Backend::Upcxx,
    .Option = "upcxx",
    .Title = "UPC++",
    .MemberSerializers = UpcxxMembers,
    .FreeSerializers = ArchiveFree,
    .AdaptorTemplates = UpcxxAdaptors,
    .NestedSerializer = "upcxx_serialization",
    .WalksAggregates = true,
    .SerializesFunctionObjects = true,
    .FixHint = "list the members of '%0' to send in UPCXX_SERIALIZED_FIELDS(...)",
};

const BackendInfo Hpx{
    .Id = Backend::Hpx,
    .Option = "hpx",
    .Title = "HPX",
    .MemberSerializers = ArchiveMembers,
    .FreeSerializers = ArchiveFree,
    .FreeSerializerNamespaces = HpxNamespaces,
    .BytesTrait = BackendTrait{"hpx::traits", "is_bitwise_serializable"},
    .WalksAggregates = true,
    .FixHint = "give '%0' an HPX serialize function: template <class Archive> "
               "void serialize(Archive &ar, unsigned) { ar & ...; }",
};

const BackendInfo Bitwise{
    .Id = Backend::Bitwise,
    .Option = "bitwise",
    .Title = "the backend",
    .WalksAggregates = true,
    .CopiesBytes = true,
};

} // namespace

llvm::ArrayRef<BackendInfo> backends() {
  static const BackendInfo Rows[] = {Cereal, BoostSerialization, Msgpack, Upcxx, Hpx, Bitwise};
  return Rows;
}

const BackendInfo &backendInfo(Backend B) {
  for (const BackendInfo &Row : backends())
    if (Row.Id == B)
      return Row;
  llvm_unreachable("every backend has a row");
}

llvm::StringRef backendName(Backend B) { return backendInfo(B).Option; }

std::optional<Backend> backendFromName(llvm::StringRef Name) {
  for (const BackendInfo &Row : backends())
    if (Row.Option == Name)
      return Row.Id;
  return std::nullopt;
}

std::string backendNameList() {
  const llvm::ArrayRef<BackendInfo> Rows = backends();
  std::string List;
  for (size_t I = 0; I < Rows.size(); ++I) {
    if (I > 0)
      List += I + 1 == Rows.size() ? " or " : ", ";
    List += Rows[I].Option;
  }
  return List;
}

std::string serializerFixHint(Backend B, llvm::StringRef TypeName) {
  const llvm::StringRef Hint = backendInfo(B).FixHint;
  const size_t At = Hint.find("%0");
  if (At == llvm::StringRef::npos)
    return Hint.str();
  return Hint.take_front(At).str() + TypeName.str() + Hint.drop_front(At + 2).str();
}

} // namespace clang::tidy::serialint
