//===--- SerializerModel.cpp - serialint ----------------------------------===//

#include "SerializerModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::serialint {

namespace {

const FunctionDecl *definitionOf(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  const FunctionDecl *Definition = nullptr;
  if (FD->hasBody(Definition))
    return Definition;
  // A member template of a class template specialisation is instantiated
  // only when used; its pattern says what it would write.
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    if (Pattern->hasBody(Definition))
      return Definition;
  if (const FunctionTemplateDecl *FT = FD->getDescribedFunctionTemplate())
    if (const FunctionTemplateDecl *From = FT->getInstantiatedFromMemberTemplate())
      if (From->getTemplatedDecl()->hasBody(Definition))
        return Definition;
  return nullptr;
}

bool isBaseCallName(llvm::StringRef Name) {
  return Name == "base_object" || Name == "base_class" || Name == "virtual_base_class";
}

// Boost's and HPX's make_array, cereal's binary_data and Boost's
// make_binary_object write the elements a pointer points to.
bool isArrayWriterName(llvm::StringRef Name) {
  return Name == "make_array" || Name == "binary_data" || Name == "make_binary_object";
}

// The called function's name, also when the call depends on a template
// parameter and names an overload set.
llvm::StringRef calleeName(const CallExpr &Call) {
  if (const FunctionDecl *Callee = Call.getDirectCallee())
    return Callee->getIdentifier() ? Callee->getName() : "";
  const Expr *Callee = Call.getCallee()->IgnoreParenImpCasts();
  if (const auto *Lookup = dyn_cast<OverloadExpr>(Callee))
    if (const IdentifierInfo *Id = Lookup->getName().getAsIdentifierInfo())
      return Id->getName();
  if (const auto *Member = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    if (const IdentifierInfo *Id = Member->getMember().getAsIdentifierInfo())
      return Id->getName();
  return "";
}

// Whether `Base` is the object a serializer writes: `this` in a member, the
// object parameter of a free function.
bool isObject(const Expr *Base, const ParmVarDecl *Object) {
  if (!Base)
    return false;
  Base = Base->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(Base))
    return !Object;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Base))
    return Object && Ref->getDecl() == Object;
  return false;
}

// Reads a serializer's body: the fields of `Record` it names through the
// object (`this`, or the object parameter of a free function) and the bases
// it writes through base_object/base_class.
class BodyReader : public RecursiveASTVisitor<BodyReader> {
public:
  BodyReader(const CXXRecordDecl &Record, const ParmVarDecl *Object,
             const ParmVarDecl *Archive, Serializer &Out)
      : Record(Record), Object(Object), Archive(Archive), Out(Out) {}

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitMemberExpr(MemberExpr *E) {
    const auto *Field = dyn_cast<FieldDecl>(E->getMemberDecl());
    if (!Field || !isTheObject(E->getBase()))
      return true;
    if (const FieldDecl *Own = fieldNamed(Field->getName()); Own && inArchiveStatement(*E))
      Out.Members.push_back({Own, E->getMemberLoc(), ElementArguments.contains(E)});
    return true;
  }

  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    if (E->isImplicitAccess() || isTheObject(E->getBase()))
      if (const FieldDecl *Own = fieldNamed(E->getMember().getAsString());
          Own && inArchiveStatement(*E))
        Out.Members.push_back({Own, E->getMemberLoc(), ElementArguments.contains(E)});
    return true;
  }

  // Calls are visited before their arguments.
  bool VisitCallExpr(CallExpr *Call) {
    if (Call->getNumArgs() > 0 && isArrayWriterName(calleeName(*Call)))
      ElementArguments.insert(Call->getArg(0)->IgnoreParenImpCasts());
    const auto *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier() || !isBaseCallName(Callee->getName()))
      return true;
    if (const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs())
      if (Args->size() > 0 && Args->get(0).getKind() == TemplateArgument::Type)
        Out.Bases.push_back({Args->get(0).getAsType(), Call->getBeginLoc()});
    return true;
  }

  bool VisitUnresolvedLookupExpr(UnresolvedLookupExpr *E) {
    if (!E->getName().getAsIdentifierInfo() ||
        !isBaseCallName(E->getName().getAsIdentifierInfo()->getName()))
      return true;
    for (const TemplateArgumentLoc &Arg : E->template_arguments())
      if (Arg.getArgument().getKind() == TemplateArgument::Type) {
        Out.Bases.push_back({Arg.getArgument().getAsType(), E->getBeginLoc()});
        break;
      }
    return true;
  }

private:
  // A member counts as written only in a statement that uses the archive: a
  // lock taken on a mutex member before writing the data writes no mutex.
  bool inArchiveStatement(const Expr &E) const {
    if (!Archive)
      return true;
    ASTContext &Context = Record.getASTContext();
    DynTypedNode Node = DynTypedNode::create(E);
    while (true) {
      const auto Parents = Context.getParents(Node);
      if (Parents.empty())
        return true; // not inside a statement we can see: keep it
      if (Parents[0].get<CompoundStmt>())
        break;
      Node = Parents[0];
    }
    const Stmt *Statement = Node.get<Stmt>();
    if (!Statement)
      return true;
    struct Finder : RecursiveASTVisitor<Finder> {
      const ParmVarDecl *Wanted;
      bool Found = false;
      bool VisitDeclRefExpr(DeclRefExpr *Ref) {
        Found |= Ref->getDecl() == Wanted;
        return !Found;
      }
    } F;
    F.Wanted = Archive;
    F.TraverseStmt(const_cast<Stmt *>(Statement));
    return F.Found;
  }

  bool isTheObject(const Expr *Base) const { return isObject(Base, Object); }

  const FieldDecl *fieldNamed(llvm::StringRef Name) const {
    for (const FieldDecl *Field : Record.fields())
      if (Field->getName() == Name)
        return Field;
    return nullptr;
  }

  const CXXRecordDecl &Record;
  const ParmVarDecl *Object;
  const ParmVarDecl *Archive;
  Serializer &Out;
  llvm::SmallPtrSet<const Expr *, 4> ElementArguments;
};

Serializer readBody(const CXXRecordDecl &Record, const FunctionDecl *Decl,
                    const ParmVarDecl *Object, std::string Name) {
  Serializer S;
  S.Name = std::move(Name);
  S.Loc = Decl->getLocation();
  const FunctionDecl *Definition = definitionOf(Decl);
  if (!Definition || !Definition->getBody())
    return S; // declared here, defined elsewhere: trusted
  S.Attributable = true;
  S.Definition = Definition;
  // cereal, Boost and HPX serializers take the archive first; the bodies that
  // MSGPACK_DEFINE and UPCXX_SERIALIZED_FIELDS write are read whole.
  const bool TakesArchive = Definition->getIdentifier() &&
                            (Definition->getName() == "serialize" ||
                             Definition->getName() == "save" ||
                             Definition->getName() == "save_minimal") &&
                            Definition->getNumParams() > 0;
  BodyReader Reader(Record, Object, TakesArchive ? Definition->getParamDecl(0) : nullptr, S);
  Reader.TraverseStmt(Definition->getBody());
  return S;
}

const FunctionDecl *asFunction(const NamedDecl *D) {
  if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
    return FT->getTemplatedDecl();
  return dyn_cast<FunctionDecl>(D);
}

// What a note calls a member serializer: the macro that wrote it, where one
// did, as users know it by that name.
std::string memberSerializerName(const CXXRecordDecl &Record, const FunctionDecl &FD,
                                 const MemberSerializer &Kind) {
  if (FD.getLocation().isMacroID() && !Kind.Macro.empty())
    return Kind.Macro.str();
  return Record.getNameAsString() + "::" + FD.getName().str();
}

// BOOST_SERIALIZATION_SPLIT_MEMBER (through split_member) and
// HPX_SERIALIZATION_SPLIT_MEMBER (calling save and load) write a `serialize`
// that hands over to `save`: what is written is save's.
bool handsOverToSave(const FunctionDecl &Serialize) {
  const FunctionDecl *Definition = definitionOf(&Serialize);
  if (!Definition || !Definition->getBody())
    return false;
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitCallExpr(CallExpr *Call) {
      const llvm::StringRef Name = calleeName(*Call);
      Found |= Name == "split_member" || Name == "save" || Name == "load";
      return !Found;
    }
  } F;
  F.TraverseStmt(Definition->getBody());
  return F.Found;
}

// Whether `D` was written by an expansion of `Macro`, at any depth.
bool writtenByMacro(const Decl &D, llvm::StringRef Macro) {
  const ASTContext &Context = D.getASTContext();
  const SourceManager &SM = Context.getSourceManager();
  for (SourceLocation Loc = D.getLocation(); Loc.isMacroID();
       Loc = SM.getImmediateMacroCallerLoc(Loc))
    if (Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts()) == Macro)
      return true;
  return false;
}

// A field-list macro's member, whatever a release names it: what the macro
// is called is stable, the member's name is not (UPC++ renamed it twice).
const FunctionDecl *macroWrittenMember(const CXXRecordDecl &Record,
                                       const MemberSerializer &Kind) {
  if (Kind.Macro.empty())
    return nullptr;
  for (const Decl *D : Record.decls())
    if (const auto *Named = dyn_cast<NamedDecl>(D))
      if (const FunctionDecl *FD = asFunction(Named);
          FD && FD->doesThisDeclarationHaveABody() && writtenByMacro(*FD, Kind.Macro))
        return FD;
  return nullptr;
}

std::optional<Serializer> memberSerializer(const CXXRecordDecl &Record, Backend Via) {
  const BackendInfo &Info = backendInfo(Via);
  for (const MemberSerializer &Kind : Info.MemberSerializers) {
    for (const NamedDecl *D :
         Record.lookup(&Record.getASTContext().Idents.get(Kind.Function))) {
      const FunctionDecl *FD = asFunction(D);
      if (!FD || (Kind.Function == "serialize" && handsOverToSave(*FD)))
        continue;
      return readBody(Record, FD, nullptr, memberSerializerName(Record, *FD, Kind));
    }
  }
  for (const MemberSerializer &Kind : Info.MemberSerializers)
    if (const FunctionDecl *FD = macroWrittenMember(Record, Kind))
      return readBody(Record, FD, nullptr, Kind.Macro.str());
  // A hand-written nested serialization class is trusted whole.
  if (!Info.NestedSerializer.empty())
    for (const NamedDecl *D :
         Record.lookup(&Record.getASTContext().Idents.get(Info.NestedSerializer)))
      if (isa<CXXRecordDecl>(D))
        return Serializer{Record.getNameAsString() + "::" + Info.NestedSerializer.str(),
                          D->getLocation(), false, {}, {}};
  return std::nullopt;
}

const DeclContext *namespaceNamed(ASTContext &Context, llvm::StringRef Qualified) {
  const DeclContext *Current = Context.getTranslationUnitDecl();
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  Qualified.split(Parts, "::");
  for (llvm::StringRef Part : Parts) {
    const DeclContext *Next = nullptr;
    for (const NamedDecl *D : Current->lookup(&Context.Idents.get(Part)))
      if (const auto *NS = dyn_cast<NamespaceDecl>(D))
        Next = NS;
    if (!Next)
      return nullptr;
    Current = Next;
  }
  return Current;
}

// The parameter of a free serializer that takes the object, if `FD` is one
// for `Record`: `serialize(Archive &, Job &[, unsigned])`.
const ParmVarDecl *objectParameter(const FunctionDecl &FD, const CXXRecordDecl &Record) {
  if (FD.getNumParams() < 2)
    return nullptr;
  const ParmVarDecl *Param = FD.getParamDecl(1);
  QualType T = Param->getType().getNonReferenceType().getUnqualifiedType();
  // A free serializer for a class template is written against its pattern:
  // `template <class A, class T> void serialize(A &, Point<T> &, unsigned)`.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Record))
    if (const auto *Pattern = T->getAs<TemplateSpecializationType>())
      if (const TemplateDecl *TD = Pattern->getTemplateName().getAsTemplateDecl())
        if (TD->getCanonicalDecl() == Spec->getSpecializedTemplate()->getCanonicalDecl())
          return Param;
  const auto *ParamRecord = T->getAsCXXRecordDecl();
  if (ParamRecord && ParamRecord->getCanonicalDecl() == Record.getCanonicalDecl())
    return Param;
  return nullptr;
}

bool derivesFromSpecialisationOf(const CXXRecordDecl &Record, const TemplateDecl &Template) {
  if (!Record.hasDefinition())
    return false;
  for (const CXXBaseSpecifier &Base : Record.bases()) {
    const auto *BaseRecord = Base.getType()->getAsCXXRecordDecl();
    if (!BaseRecord)
      continue;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(BaseRecord))
      if (Spec->getSpecializedTemplate()->getCanonicalDecl() == Template.getCanonicalDecl())
        return true;
    if (derivesFromSpecialisationOf(*BaseRecord, Template))
      return true;
  }
  return false;
}

// A free serializer template for a base class template also takes every
// class derived from it, as deduction allows: HPX's one `serialize(Archive &,
// client_base<D, S, Data> &, unsigned)` serializes every component client.
std::optional<Serializer> baseTemplateSerializer(const FunctionDecl &FD,
                                                 const CXXRecordDecl &Record) {
  if (!FD.getDescribedFunctionTemplate() || FD.getNumParams() < 2)
    return std::nullopt;
  const QualType T = FD.getParamDecl(1)->getType().getNonReferenceType();
  const auto *Pattern = T->getAs<TemplateSpecializationType>();
  const TemplateDecl *Template =
      Pattern ? Pattern->getTemplateName().getAsTemplateDecl() : nullptr;
  if (!Template || !derivesFromSpecialisationOf(Record, *Template))
    return std::nullopt;
  return Serializer{FD.getName().str() + "(Archive &, " + Template->getName().str() + " &)",
                    FD.getLocation(), false, {}, {}};
}

std::optional<Serializer> freeSerializerIn(const DeclContext *Scope,
                                           const CXXRecordDecl &Record, Backend Via) {
  if (!Scope)
    return std::nullopt;
  ASTContext &Context = Record.getASTContext();
  std::optional<Serializer> ForBase;
  for (llvm::StringRef Name : backendInfo(Via).FreeSerializers) {
    for (const NamedDecl *D : Scope->lookup(&Context.Idents.get(Name))) {
      const FunctionDecl *FD = asFunction(D);
      if (!FD)
        continue;
      if (const ParmVarDecl *Object = objectParameter(*FD, Record))
        return readBody(Record, FD, Object,
                        Name.str() + "(Archive &, " + Record.getNameAsString() + " &)");
      if (!ForBase)
        ForBase = baseTemplateSerializer(*FD, Record);
    }
  }
  // Overload resolution prefers a serializer for the class itself.
  return ForBase;
}

bool hasAdaptor(const CXXRecordDecl &Record, Backend Via, ASTContext &Context) {
  for (llvm::StringRef Qualified : backendInfo(Via).AdaptorTemplates) {
    const auto [Scope, Name] = Qualified.rsplit("::");
    const DeclContext *NS = namespaceNamed(Context, Scope);
    if (!NS)
      continue;
    for (const NamedDecl *D : NS->lookup(&Context.Idents.get(Name))) {
      const auto *Template = dyn_cast<ClassTemplateDecl>(D);
      if (!Template)
        continue;
      for (const ClassTemplateSpecializationDecl *Spec : Template->specializations()) {
        const TemplateArgumentList &Args = Spec->getTemplateArgs();
        if (Args.size() > 0 && Args[0].getKind() == TemplateArgument::Type &&
            Args[0].getAsType()->getAsCXXRecordDecl() == &Record)
          return true;
      }
    }
  }
  return false;
}

} // namespace

const ClassTemplateSpecializationDecl *traitSpecialisationFor(QualType T, ASTContext &Context,
                                                              llvm::StringRef Scope,
                                                              llvm::StringRef Trait) {
  const auto *Record = T->getAsCXXRecordDecl();
  if (!Record)
    return nullptr;
  const DeclContext *NS = namespaceNamed(Context, Scope);
  if (!NS)
    return nullptr;
  for (const NamedDecl *D : NS->lookup(&Context.Idents.get(Trait))) {
    const auto *Template = dyn_cast<ClassTemplateDecl>(D);
    if (!Template)
      continue;
    for (const ClassTemplateSpecializationDecl *Spec : Template->specializations()) {
      if (!Spec->isExplicitSpecialization())
        continue;
      const TemplateArgumentList &Args = Spec->getTemplateArgs();
      if (Args.size() > 0 && Args[0].getKind() == TemplateArgument::Type &&
          Args[0].getAsType()->getAsCXXRecordDecl() == Record)
        return Spec;
    }
  }
  return nullptr;
}

bool traitSpecialisedFor(QualType T, ASTContext &Context, llvm::StringRef Scope,
                         llvm::StringRef Trait) {
  return traitSpecialisationFor(T, Context, Scope, Trait) != nullptr;
}

bool sentAsBytes(QualType T, Backend Via, ASTContext &Context) {
  const std::optional<BackendTrait> &Trait = backendInfo(Via).BytesTrait;
  return Trait && traitSpecialisedFor(T, Context, Trait->Scope, Trait->Name);
}

namespace {

// Whether a serializer's body uses the object only through the fields it
// names and the bases it writes: a call of a member function
// (`this->write_fields(ar)`) or the object handed on whole
// (`ar(static_cast<Base &>(*this))`) writes what cannot be read here.
class ObjectUses : public RecursiveASTVisitor<ObjectUses> {
public:
  ObjectUses(const CXXRecordDecl &Record, const FunctionDecl &Definition)
      : Record(Record) {
    const auto *Method = dyn_cast<CXXMethodDecl>(&Definition);
    if ((!Method || Method->isStatic()) && Definition.getNumParams() >= 2)
      Object = Definition.getParamDecl(1);
  }

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool handsObjectOn() const { return HandsOn; }

  // Parents are visited before their children: what a member expression or
  // a base call takes is marked before it is met.
  bool VisitMemberExpr(MemberExpr *E) {
    if (!isTheObject(E->getBase()))
      return true;
    if (isa<CXXMethodDecl>(E->getMemberDecl()))
      HandsOn = true;
    else if (const auto *Field = dyn_cast<FieldDecl>(E->getMemberDecl()))
      reference(Field->getName());
    Allowed.insert(E->getBase()->IgnoreParenImpCasts());
    return !HandsOn;
  }

  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    if (!E->isImplicitAccess() && !isTheObject(E->getBase()))
      return true;
    const llvm::StringRef Name =
        E->getMember().getAsIdentifierInfo() ? E->getMember().getAsIdentifierInfo()->getName() : "";
    if (!reference(Name))
      HandsOn = true; // a member function, or a member of a dependent base
    if (!E->isImplicitAccess())
      Allowed.insert(E->getBase()->IgnoreParenImpCasts());
    return !HandsOn;
  }

  bool VisitUnresolvedMemberExpr(UnresolvedMemberExpr *E) {
    HandsOn |= E->isImplicitAccess() || isTheObject(E->getBase());
    return !HandsOn;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (!isBaseCallName(calleeName(*Call)))
      return true;
    for (const Expr *Arg : Call->arguments()) {
      Arg = Arg->IgnoreParenImpCasts();
      if (const auto *Deref = dyn_cast<UnaryOperator>(Arg); Deref && Deref->getOpcode() == UO_Deref)
        Arg = Deref->getSubExpr()->IgnoreParenImpCasts();
      Allowed.insert(Arg);
    }
    return true;
  }

  // cereal's base_class<B>(this) and virtual_base_class<B>(this) are
  // classes: a base written through a constructor, which the body reader
  // does not count among the bases.
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (noteBaseWriter(E->getType()))
      for (const Expr *Arg : E->arguments())
        Allowed.insert(Arg->IgnoreParenImpCasts());
    return true;
  }

  bool VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *E) {
    if (noteBaseWriter(E->getTypeAsWritten()))
      for (const Expr *Arg : E->arguments())
        Allowed.insert(Arg->IgnoreParenImpCasts());
    return true;
  }

  bool VisitCXXThisExpr(CXXThisExpr *E) {
    HandsOn |= !Object && !Allowed.contains(E);
    return !HandsOn;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    HandsOn |= Object && E->getDecl() == Object && !Allowed.contains(E);
    return !HandsOn;
  }

  /// Bases written through a constructor (cereal's base_class).
  std::vector<QualType> ConstructedBases;
  /// Every field of the class the body names, whether or not in a statement
  /// that uses the archive (`auto &v = items; ar(v);`).
  llvm::SmallPtrSet<const FieldDecl *, 16> Referenced;

private:
  // The class's own field of that name: a body read from a template's
  // pattern names the pattern's fields.
  bool reference(llvm::StringRef Name) {
    for (const FieldDecl *Field : Record.fields())
      if (Field->getName() == Name) {
        Referenced.insert(Field);
        return true;
      }
    return false;
  }

  bool noteBaseWriter(QualType T) {
    const TemplateArgument *First = nullptr;
    llvm::StringRef Name;
    if (const auto *Spec = T->getAs<TemplateSpecializationType>()) {
      if (const TemplateDecl *TD = Spec->getTemplateName().getAsTemplateDecl();
          TD && TD->getIdentifier() && !Spec->template_arguments().empty()) {
        Name = TD->getName();
        First = &Spec->template_arguments().front();
      }
    } else if (const auto *Record =
                   dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl())) {
      if (Record->getIdentifier() && Record->getTemplateArgs().size() > 0) {
        Name = Record->getName();
        First = &Record->getTemplateArgs()[0];
      }
    }
    if (!First || !isBaseCallName(Name) || First->getKind() != TemplateArgument::Type)
      return false;
    ConstructedBases.push_back(First->getAsType());
    return true;
  }

  bool isTheObject(const Expr *Base) const { return isObject(Base, Object); }

  const CXXRecordDecl &Record;
  const ParmVarDecl *Object = nullptr;
  llvm::SmallPtrSet<const Expr *, 8> Allowed;
  bool HandsOn = false;
};

// Reads a body that writes or restores the object: the fields it names go
// to `Out`; false when it hands the object on.
bool readObjectUses(const CXXRecordDecl &Record, const FunctionDecl &Definition,
                    WrittenFields &Out, std::vector<QualType> *Bases) {
  if (!Definition.getBody())
    return false;
  ObjectUses Uses(Record, Definition);
  Uses.TraverseStmt(Definition.getBody());
  if (Uses.handsObjectOn())
    return false;
  Out.Fields.insert(Uses.Referenced.begin(), Uses.Referenced.end());
  if (Bases)
    Bases->insert(Bases->end(), Uses.ConstructedBases.begin(), Uses.ConstructedBases.end());
  return true;
}

// A split serializer's `load` may restore what `save` leaves out (a cache
// rebuilt from the data): what it names counts as written.
bool readLoaders(const CXXRecordDecl &Record, Backend Via, ASTContext &Context,
                 WrittenFields &Out) {
  constexpr llvm::StringLiteral Loaders[] = {"load", "load_minimal"};
  for (llvm::StringRef Name : Loaders) {
    for (const NamedDecl *D : Record.lookup(&Context.Idents.get(Name)))
      if (const FunctionDecl *Definition = definitionOf(asFunction(D)))
        if (!readObjectUses(Record, *Definition, Out, nullptr))
          return false;
    llvm::SmallVector<const DeclContext *, 2> Scopes{Record.getEnclosingNamespaceContext()};
    for (llvm::StringRef Scope : backendInfo(Via).FreeSerializerNamespaces)
      if (const DeclContext *NS = namespaceNamed(Context, Scope))
        Scopes.push_back(NS);
    for (const DeclContext *Scope : Scopes)
      for (const NamedDecl *D : Scope->lookup(&Context.Idents.get(Name)))
        if (const FunctionDecl *FD = asFunction(D); FD && objectParameter(*FD, Record))
          if (const FunctionDecl *Definition = definitionOf(FD))
            if (!readObjectUses(Record, *Definition, Out, nullptr))
              return false;
  }
  return true;
}

bool collectWritten(const CXXRecordDecl &Record, Backend Via, ASTContext &Context,
                    WrittenFields &Out, unsigned Depth) {
  const CXXRecordDecl *Definition = Record.getDefinition();
  if (!Definition || Depth > 16)
    return false;
  std::optional<Serializer> S = findSerializer(*Definition, Via, Context);
  // UPCXX_SERIALIZED_VALUES rebuilds the object with a constructor, which
  // may set any member.
  if (!S || !S->Attributable || !S->Definition ||
      llvm::StringRef(S->Name).contains("SERIALIZED_VALUES") ||
      (S->Definition->getIdentifier() &&
       S->Definition->getName().ends_with("serialized_values")))
    return false;
  std::vector<QualType> Bases;
  if (!readObjectUses(*Definition, *S->Definition, Out, &Bases) ||
      !readLoaders(*Definition, Via, Context, Out))
    return false;
  for (const WrittenMember &Member : S->Members)
    Out.Fields.insert(Member.Field);
  for (const WrittenBase &Base : S->Bases)
    Bases.push_back(Base.Base);
  for (const QualType Base : Bases) {
    if (Base.isNull() || Base->isDependentType())
      return false;
    const auto *BaseRecord = Base->getAsCXXRecordDecl();
    if (!BaseRecord || sentAsBytes(Base, Via, Context) ||
        !collectWritten(*BaseRecord, Via, Context, Out, Depth + 1))
      return false;
  }
  Out.Classes.try_emplace(Definition->getCanonicalDecl(), std::move(*S));
  return true;
}

} // namespace

const FunctionDecl *visibleDefinition(const FunctionDecl *FD) { return definitionOf(FD); }

const Serializer *WrittenFields::serializerOf(const FieldDecl &Field) const {
  const auto *Class = dyn_cast<CXXRecordDecl>(Field.getParent());
  auto It = Class ? Classes.find(Class->getCanonicalDecl()) : Classes.end();
  return It == Classes.end() ? nullptr : &It->second;
}

const FieldDecl *WrittenFields::fieldNamed(const CXXRecordDecl &Record,
                                           llvm::StringRef Name) const {
  auto Named = [&](const CXXRecordDecl &Class) -> const FieldDecl * {
    if (const CXXRecordDecl *Definition = Class.getDefinition())
      for (const FieldDecl *Field : Definition->fields())
        if (Field->getName() == Name)
          return Field;
    return nullptr;
  };
  if (const FieldDecl *Own = Named(Record))
    return Own;
  for (const auto &[Class, S] : Classes)
    if (const FieldDecl *Inherited = Named(*Class))
      return Inherited;
  return nullptr;
}

std::optional<WrittenFields> fieldsWritten(const CXXRecordDecl &Record, Backend Via,
                                           ASTContext &Context) {
  WrittenFields Out;
  if (!collectWritten(Record, Via, Context, Out, 0))
    return std::nullopt;
  return Out;
}

std::optional<Serializer> findSerializer(const CXXRecordDecl &Record, Backend Via,
                                         ASTContext &Context) {
  const BackendInfo &Info = backendInfo(Via);
  if (Info.CopiesBytes)
    return std::nullopt;
  if (auto Member = memberSerializer(Record, Via))
    return Member;
  if (auto Free = freeSerializerIn(Record.getEnclosingNamespaceContext(), Record, Via))
    return Free;
  for (llvm::StringRef Scope : Info.FreeSerializerNamespaces)
    if (auto Free = freeSerializerIn(namespaceNamed(Context, Scope), Record, Via))
      return Free;
  if (hasAdaptor(Record, Via, Context))
    return Serializer{"a specialisation of " + Info.AdaptorTemplates.front().str(),
                      Record.getLocation(), false, {}, {}};
  return std::nullopt;
}

} // namespace clang::tidy::serialint
