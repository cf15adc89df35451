//===--- TypeModel.cpp - serialint ----------------------------------------===//

#include "TypeModel.h"
#include "KnownTypes.h"
#include "Names.h"
#include "RuntimeTraits.h"
#include "SerializerModel.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::serialint {

namespace {

const Verdict &shippable() {
  static const Verdict Ok;
  return Ok;
}

Verdict culprit(Reason Why, QualType T, std::string Detail = "") {
  Verdict V;
  V.Shippable = false;
  V.Why = Why;
  V.Culprit = T;
  V.Detail = std::move(Detail);
  return V;
}

// `Inner` reached through one more step.
Verdict through(PathStep Step, const Verdict &Inner) {
  Verdict V = Inner;
  V.Steps.insert(V.Steps.begin(), std::move(Step));
  return V;
}

std::string markerWhy(const CXXRecordDecl &Record) {
  for (const Decl *D : Record.decls()) {
    const auto *Marker = dyn_cast<CXXRecordDecl>(D);
    if (!Marker || Marker->getName() != "serialint_unserializable_marker")
      continue;
    for (const CXXMethodDecl *Method : Marker->methods()) {
      const auto *Body = dyn_cast_or_null<CompoundStmt>(Method->getBody());
      if (!Body || Body->size() != 1)
        continue;
      if (const auto *Return = dyn_cast<ReturnStmt>(Body->body_front()))
        if (const auto *Text = dyn_cast_or_null<StringLiteral>(
                Return->getRetValue() ? Return->getRetValue()->IgnoreParenImpCasts()
                                      : nullptr))
          return Text->getString().str();
    }
    return "marked unserializable";
  }
  return "";
}

} // namespace

class TypeModel::Walker {
public:
  Walker(TypeModel &Model, Backend Via) : Model(Model), Via(Via), Info(backendInfo(Via)) {}

  Verdict judgeUncached(QualType T) {
    if (T->isReferenceType())
      return culprit(Reason::address_bound, T);
    if (T->isPointerType())
      return judgePointer(T);
    if (T->isMemberFunctionPointerType())
      return culprit(Reason::member_function, T);
    if (const auto *Array = Model.Context.getAsConstantArrayType(T))
      return judgeCarried(Array->getElementType(), StepKind::Element, "");
    if (const auto *Record = T->getAsCXXRecordDecl())
      return judgeRecord(T, *Record);
    return shippable();
  }

private:
  const Verdict &judge(QualType T) { return Model.judge(T, Via); }

  Verdict judgePointer(QualType T) {
    QualType Pointee = T->getPointeeType();
    if (const auto *Record = Pointee->getAsCXXRecordDecl())
      if (registryName(*Record) == "_IO_FILE")
        return culprit(Reason::os_resource, T);
    // Boost.Serialization writes the object behind a class pointer and
    // rebuilds it on the other side.
    if (Info.WritesClassPointees && Pointee->isRecordType())
      return judgeCarried(Pointee, StepKind::Pointee, "");
    if (Info.PacksCStrings && Pointee->isAnyCharacterType())
      return shippable();
    return culprit(Reason::address_bound, T);
  }

  Verdict judgeCarried(QualType Inner, StepKind Kind, std::string Name) {
    const Verdict &V = judge(Inner);
    if (V.Shippable)
      return shippable();
    return through(PathStep{Kind, std::move(Name), Inner, {}, {}, {}}, V);
  }

  Verdict judgeRecord(QualType T, const CXXRecordDecl &Record) {
    if (Record.isLambda()) {
      if (Info.CopiesBytes)
        return judgeClosureBytes(Record);
      // A captureless closure holds nothing: a backend that writes trivially
      // copyable classes whole (HPX from 1.10) rebuilds it from its type.
      if (Info.WalksAggregates && Record.field_empty())
        return shippable();
      return unwritableClosure(T);
    }
    const CXXRecordDecl *Definition = Record.getDefinition();
    if (!Definition)
      return shippable(); // incomplete: nothing to judge
    if (std::optional<Verdict> Said = judgeByRuntimeTraits(T, Model.Context))
      return *Said; // the user's word, for both halves
    std::string AuthorWhy = markerWhy(*Definition);
    if (!AuthorWhy.empty()) {
      Verdict V = culprit(Reason::marked, T);
      V.AuthorWhy = std::move(AuthorWhy);
      return V;
    }
    if (std::optional<KnownType> Known = lookupKnownType(*Definition))
      return judgeKnown(T, *Definition, *Known);
    const std::string Name = registryName(*Definition);
    if (isLibraryName(Name))
      return judgeLibraryClass(T);
    // Sent as the bytes its datatype describes, not through a serializer.
    if (sentAsBytes(T, Via, Model.Context))
      return Model.judge(T, Backend::Bitwise);
    if (Definition->isUnion() && !Info.CopiesBytes)
      return culprit(Reason::union_type, T);
    if (std::optional<Serializer> S = findSerializer(*Definition, Via, Model.Context))
      return judgeWritten(*S);
    if (Model.PoolHandlePattern.match(Name))
      return culprit(Reason::pool_handle, T);
    return judgeUnwritten(T, *Definition);
  }

  Verdict unwritableClosure(QualType T) {
    Verdict V = culprit(Reason::closure, T);
    V.AuthorWhy = (Info.Title + " cannot write it: a closure has no serialization "
                                       "function")
                      .str();
    return V;
  }

  // A closure copied byte for byte carries its captures' bytes (a lambda
  // that captures another, as YGM's async_visit does): each is judged.
  Verdict judgeClosureBytes(const CXXRecordDecl &Closure) {
    llvm::DenseMap<const ValueDecl *, FieldDecl *> Captures;
    FieldDecl *ThisField = nullptr;
    Closure.getCaptureFields(Captures, ThisField);
    for (const FieldDecl *Field : Closure.fields()) {
      std::string Name = Field == ThisField ? "this" : "";
      for (const auto &[Captured, CaptureField] : Captures)
        if (CaptureField == Field)
          Name = Captured->getNameAsString();
      const Verdict &V = Field == ThisField
                             ? culprit(Reason::address_bound, Field->getType())
                             : judge(Field->getType());
      if (!V.Shippable)
        return through(PathStep{StepKind::Capture, Name, Field->getType(), Field->getLocation(),
                                {}, {}},
                       V);
    }
    return shippable();
  }

  Verdict judgeKnown(QualType T, const CXXRecordDecl &Record, const KnownType &Known) {
    if (Known.SentAsHandleBy == Via)
      return shippable();
    if (Known.What == KnownType::Culprit)
      return culprit(Known.Why, T);
    if (Known.What == KnownType::Value)
      return shippable();
    if (Info.CopiesBytes && Known.HoldsAddress)
      return culprit(Reason::address_bound, T,
                     "owns its contents through a pointer, so a byte-for-byte copy "
                     "points into the sender's memory");
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Record);
    if (!Spec)
      return shippable();
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    unsigned Count = Known.Carries == KnownType::First      ? 1
                     : Known.Carries == KnownType::KeyValue ? 2
                                                            : Args.size();
    llvm::SmallVector<QualType, 4> Carried;
    for (unsigned I = 0; I < Args.size() && Carried.size() < Count; ++I) {
      if (Args[I].getKind() == TemplateArgument::Type)
        Carried.push_back(Args[I].getAsType());
      else if (Args[I].getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &Item : Args[I].pack_elements())
          if (Item.getKind() == TemplateArgument::Type)
            Carried.push_back(Item.getAsType());
    }
    for (unsigned I = 0; I < Carried.size(); ++I) {
      StepKind Kind = Known.Step;
      if (Known.Carries == KnownType::KeyValue && I == 0)
        Kind = StepKind::MapKey;
      const std::string Name = Kind == StepKind::Alternative
                                   ? Carried[I].getAsString(Model.Context.getPrintingPolicy())
                                   : std::to_string(I);
      Verdict V = judgeCarried(Carried[I], Kind, Name);
      if (!V.Shippable)
        return V;
    }
    return shippable();
  }

  Verdict judgeLibraryClass(QualType T) {
    if (Info.CopiesBytes && !T.isTriviallyCopyableType(Model.Context))
      return culprit(Reason::address_bound, T,
                     "is not trivially copyable, so its bytes may hold addresses");
    return shippable(); // the library's own serializers are trusted
  }

  PathStep fieldStep(const FieldDecl &Field, SourceLocation WrittenAt,
                     const std::string &WrittenBy) {
    return PathStep{StepKind::Field, Field.getNameAsString(), Field.getType(),
                    Field.getLocation(), WrittenAt, WrittenBy};
  }

  Verdict judgeWritten(const Serializer &S) {
    if (!S.Attributable)
      return shippable();
    for (const WrittenBase &Base : S.Bases) {
      const Verdict &V = judge(Base.Base);
      if (!V.Shippable)
        return through(PathStep{StepKind::Base, Base.Base.getAsString(), Base.Base, {},
                                Base.WrittenAt, S.Name},
                       V);
    }
    for (const WrittenMember &Member : S.Members) {
      const QualType Type = Member.Field->getType();
      if (!Member.Elements) {
        const Verdict &V = judge(Type);
        if (!V.Shippable)
          return through(fieldStep(*Member.Field, Member.WrittenAt, S.Name), V);
        continue;
      }
      const QualType Element = Type->isPointerType() ? Type->getPointeeType()
                               : Type->isArrayType() ? QualType(Type->getArrayElementTypeNoTypeQual(), 0)
                                                     : Type;
      const Verdict &V = judge(Element);
      if (!V.Shippable)
        return through(fieldStep(*Member.Field, Member.WrittenAt, S.Name),
                       through(PathStep{StepKind::Element, "", Element, {}, {}, {}}, V));
    }
    return shippable();
  }

  // A class with no serializer: a member that cannot be shipped is the more
  // useful answer; otherwise the class itself, when the backend needs one.
  Verdict judgeUnwritten(QualType T, const CXXRecordDecl &Record) {
    for (const CXXBaseSpecifier &Base : Record.bases()) {
      const Verdict &V = judge(Base.getType());
      if (!V.Shippable)
        return through(PathStep{StepKind::Base, Base.getType().getAsString(), Base.getType(),
                                Base.getBeginLoc(), {}, {}},
                       V);
    }
    for (const FieldDecl *Field : Record.fields()) {
      const Verdict &V = judge(Field->getType());
      if (!V.Shippable && V.Why != Reason::no_serializer)
        return through(fieldStep(*Field, {}, {}), V);
    }
    if (Info.CopiesBytes) {
      if (!T.isTriviallyCopyableType(Model.Context))
        return culprit(Reason::address_bound, T,
                       "is not trivially copyable, so its bytes may hold addresses");
      return shippable();
    }
    const bool Aggregate = Record.isAggregate();
    if (Info.WalksAggregates && (Aggregate || T.isTriviallyCopyableType(Model.Context))) {
      for (const FieldDecl *Field : Record.fields()) {
        const Verdict &V = judge(Field->getType());
        if (!V.Shippable)
          return through(fieldStep(*Field, {}, {}), V);
      }
      return shippable();
    }
    Verdict V = culprit(Reason::no_serializer, T);
    if (Aggregate)
      V.AuthorWhy = (Info.Title + " writes a class only through its serialization "
                                          "function, and this aggregate has none")
                        .str();
    return V;
  }

  TypeModel &Model;
  Backend Via;
  const BackendInfo &Info;
};

TypeModel::TypeModel(ASTContext &Context, const TypeModelOptions &Options)
    : Context(Context), PoolHandlePattern(Options.PoolHandleTypes) {}

TypeModel::~TypeModel() = default;

const Verdict &TypeModel::judge(QualType T, Backend Via) {
  if (T.isNull() || T->isDependentType() || T->isInstantiationDependentType())
    return shippable();
  const QualType Canonical = T.getCanonicalType().getUnqualifiedType();
  const auto Key = std::make_pair(Canonical.getTypePtr(), static_cast<unsigned>(Via));
  auto [It, Inserted] = Memo.try_emplace(Key, nullptr);
  if (!Inserted)
    // A type met again while it is being judged is recursive: walked once.
    return It->second ? *It->second : shippable();
  Verdict V = Walker(*this, Via).judgeUncached(T);
  if (!V.Shippable && V.Culprit.isNull())
    V.Culprit = T;
  auto Stored = std::make_unique<Verdict>(std::move(V));
  const Verdict &Result = *Stored;
  Memo[Key] = std::move(Stored);
  return Result;
}

llvm::StringRef defaultPoolHandleTypes() {
  return "(^|::)[A-Za-z0-9_]*(Pool|_pool|Executor|_executor)$";
}

} // namespace clang::tidy::serialint
