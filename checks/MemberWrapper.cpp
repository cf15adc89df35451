//===--- MemberWrapper.cpp - serialint ------------------------------------===//

#include "MemberWrapper.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/QualTypeNames.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::serialint {

namespace {

// `Apply` -> `apply`, `runBatch` -> `run_batch`, `HTTPServer` -> `http_server`.
std::string snakeCase(llvm::StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    const char C = Name[I];
    const bool StartsWord =
        llvm::isUpper(C) && I > 0 &&
        (llvm::isLower(Name[I - 1]) || llvm::isDigit(Name[I - 1]) ||
         (I + 1 < Name.size() && llvm::isLower(Name[I + 1]) && llvm::isUpper(Name[I - 1])));
    if (StartsWord && !Out.empty() && Out.back() != '_')
      Out += '_';
    Out += llvm::toLower(C);
  }
  return Out;
}

bool canWrap(const CXXMethodDecl &Method) {
  return !Method.isStatic() && !Method.isVariadic() && !Method.isDependentContext() &&
         !Method.getPrimaryTemplate() && Method.getRefQualifier() != RQ_RValue &&
         !Method.getReturnType()->isUndeducedType() &&
         llvm::none_of(Method.parameters(),
                       [](const ParmVarDecl *P) { return P->isParameterPack(); });
}

std::string spelled(QualType T, const ASTContext &Context) {
  PrintingPolicy Policy = Context.getPrintingPolicy();
  Policy.SuppressUnwrittenScope = true;
  return TypeName::getFullyQualifiedName(T, Context, Policy);
}

// `int x`, `const Model &model`: the declarator binds to the name.
std::string declaration(QualType T, llvm::StringRef Name, const ASTContext &Context) {
  const std::string Type = spelled(T, Context);
  const bool Declarator = !Type.empty() && (Type.back() == '&' || Type.back() == '*');
  return Type + (Declarator ? "" : " ") + Name.str();
}

// The object's parameter is named after its class, unless a parameter of
// the method already has that name.
std::string objectName(const CXXMethodDecl &Method, const std::string &ClassWord) {
  std::string Name = ClassWord.empty() ? "object" : ClassWord;
  while (llvm::any_of(Method.parameters(),
                      [&](const ParmVarDecl *P) { return P->getName() == Name; }))
    Name += "_object";
  return Name;
}

} // namespace

std::optional<MemberWrapper> memberWrapper(const CXXMethodDecl &Method, const ASTContext &Context) {
  const CXXRecordDecl *Class = Method.getParent();
  if (!canWrap(Method) || !Class->getIdentifier() || !Method.getIdentifier())
    return std::nullopt;
  const std::string ClassWord = snakeCase(Class->getName());
  const std::string Object = objectName(Method, ClassWord);
  MemberWrapper W;
  W.Name = snakeCase(Method.getName()) + "_" + ClassWord;
  std::vector<std::string> Params{declaration(Context.getRecordType(Class), Object, Context)};
  std::vector<std::string> Args;
  for (const ParmVarDecl *P : Method.parameters()) {
    std::string Name = P->getName().empty() ? "arg" + std::to_string(Args.size() + 1)
                                            : P->getName().str();
    Params.push_back(declaration(P->getType(), Name, Context));
    Args.push_back(P->getType()->isRValueReferenceType() ? "std::move(" + Name + ")" : Name);
  }
  const QualType Result = Method.getReturnType();
  W.Definition = spelled(Result, Context) + " " + W.Name + "(" + llvm::join(Params, ", ") +
                 ") { " + (Result->isVoidType() ? "" : "return ") + Object + "." +
                 Method.getNameAsString() + "(" + llvm::join(Args, ", ") + "); }";
  return W;
}

} // namespace clang::tidy::serialint
