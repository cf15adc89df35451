//===--- SerializerModel.h - serialint ------------------------------------===//
//
// Finds the function a serialization backend calls for a class, and reads
// from its body which members it writes: `ar & x`, `ar(x, y)`, `ar << x`,
// `CEREAL_NVP(x)`, `make_nvp("x", x)`, `MSGPACK_DEFINE(x, y)`,
// `UPCXX_SERIALIZED_FIELDS(x, y)` all come down to member references there.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_SERIALIZERMODEL_H
#define SERIALINT_CHECKS_SERIALIZERMODEL_H

#include "Backend.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace clang::tidy::serialint {

struct WrittenMember {
  const FieldDecl *Field;
  SourceLocation WrittenAt;
  /// Written as the elements it points to (`make_array(data, n)`,
  /// `binary_data(data, bytes)`), not as a pointer.
  bool Elements = false;
};

struct WrittenBase {
  QualType Base;
  SourceLocation WrittenAt;
};

struct Serializer {
  /// `Job::serialize`, `serialize(Archive &, Job &)`, for notes.
  std::string Name;
  SourceLocation Loc;
  /// False when the body is not visible, or writes in ways that cannot be
  /// attributed to members (it passes the whole object on): then the class
  /// is trusted.
  bool Attributable = false;
  std::vector<WrittenMember> Members;
  std::vector<WrittenBase> Bases;
  /// The body that was read, when there is one.
  const FunctionDecl *Definition = nullptr;
};

/// The serializer `Via` would use for `Record`, if it has one.
std::optional<Serializer> findSerializer(const CXXRecordDecl &Record, Backend Via,
                                         ASTContext &Context);

/// The definition that says what `FD` does: its own, or for a member of a
/// class template specialisation that was never instantiated, its pattern's.
const FunctionDecl *visibleDefinition(const FunctionDecl *FD);

/// Every field a class's serializer writes, with the fields its bases'
/// serializers write, for the members a receiver may read.
struct WrittenFields {
  llvm::SmallPtrSet<const FieldDecl *, 16> Fields;
  /// The class and the bases its serializer writes (canonical
  /// declarations), each with its own serializer: a field of any other class
  /// is not known either way.
  llvm::DenseMap<const CXXRecordDecl *, Serializer> Classes;

  bool writes(const FieldDecl &Field) const { return Fields.contains(&Field); }
  /// The serializer of the class that declares `Field`, if it is one of
  /// `Classes`.
  const Serializer *serializerOf(const FieldDecl &Field) const;
  /// The field named `Name` of one of `Classes`, the class itself first.
  const FieldDecl *fieldNamed(const CXXRecordDecl &Record, llvm::StringRef Name) const;
};

/// The fields `Via` writes for `Record`, bases included. None when the class
/// is trusted rather than read: it has no serializer, one that is not
/// attributable, one that hands the object to code whose writes cannot be
/// read (a member function, `*this` as a whole), or a written base for
/// which any of this holds.
std::optional<WrittenFields> fieldsWritten(const CXXRecordDecl &Record, Backend Via,
                                           ASTContext &Context);

/// Whether the backend sends T as its bytes, because the user specialised
/// the backend's trait for it (BOOST_IS_MPI_DATATYPE,
/// HPX_IS_BITWISE_SERIALIZABLE).
bool sentAsBytes(QualType T, Backend Via, ASTContext &Context);

/// The explicit specialisation of `Scope::Trait` for T's class, as
/// BOOST_IS_MPI_DATATYPE, HPX_IS_BITWISE_SERIALIZABLE and serialint's own
/// traits write, if the translation unit has one.
const ClassTemplateSpecializationDecl *traitSpecialisationFor(QualType T, ASTContext &Context,
                                                              llvm::StringRef Scope,
                                                              llvm::StringRef Trait);
bool traitSpecialisedFor(QualType T, ASTContext &Context, llvm::StringRef Scope,
                         llvm::StringRef Trait);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_SERIALIZERMODEL_H
