//===--- AgreementTest.cpp - serialint tests ------------------------------===//
//
// Both halves must judge every row of known_types.def alike. clang parses
// instances.hpp, where each row's example is a class's members, and the
// checks' type model judges them; the runtime's compile-time classification
// judged the same members when RuntimeSide.cpp was compiled.
//
//===----------------------------------------------------------------------===//

#include "CheckHarness.h"
#include "Judgements.h"
#include "PoolApiRegistry.h"
#include "TypeModel.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

#include <iostream>

namespace serialint::test {
namespace {

using namespace clang;
using clang::tidy::serialint::Backend;
using clang::tidy::serialint::TypeModel;
using clang::tidy::serialint::Verdict;

// As the check cases are compiled, but in C++23, as RuntimeSide.cpp is.
std::vector<std::string> parseArgs() {
  std::vector<std::string> Args = caseArgs();
  Args.push_back("-std=c++23");
  Args.push_back("-I" SERIALINT_SOURCE_DIR "/test/kinds");
  return Args;
}

const NamedDecl *lookupIn(const DeclContext &Scope, ASTContext &Context, llvm::StringRef Name) {
  auto Found = Scope.lookup(&Context.Idents.get(Name));
  return Found.empty() ? nullptr : Found.front();
}

// The rows of `serialint_kinds::all_rows`, in the table's order.
std::vector<const CXXRecordDecl *> rowClasses(ASTContext &Context) {
  const auto *Namespace = dyn_cast_or_null<NamespaceDecl>(
      lookupIn(*Context.getTranslationUnitDecl(), Context, "serialint_kinds"));
  const auto *Alias =
      Namespace ? dyn_cast_or_null<TypeAliasDecl>(lookupIn(*Namespace, Context, "all_rows"))
                : nullptr;
  if (!Alias)
    return {};
  const auto *List = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Alias->getUnderlyingType()->getAsCXXRecordDecl());
  std::vector<const CXXRecordDecl *> Rows;
  for (const TemplateArgument &Arg : List->getTemplateArgs()[0].pack_elements())
    if (const CXXRecordDecl *Row = Arg.getAsType()->getAsCXXRecordDecl();
        Row && Row->getName() != "end_of_rows")
      Rows.push_back(Row);
  return Rows;
}

std::string rowName(const CXXRecordDecl &Row, ASTContext &Context) {
  const auto *Name = dyn_cast_or_null<VarDecl>(lookupIn(Row, Context, "name"));
  const auto *Text = Name && Name->getInit()
                         ? dyn_cast<StringLiteral>(Name->getInit()->IgnoreParenImpCasts())
                         : nullptr;
  return Text ? Text->getString().str() : "";
}

QualType memberType(const CXXRecordDecl &Row, llvm::StringRef Member) {
  for (const FieldDecl *Field : Row.fields())
    if (Field->getName() == Member)
      return Field->getType();
  return QualType();
}

// Judged as for cereal, whose writers of standard types the runtime's walk
// follows.
Judgement judge(TypeModel &Model, QualType T) {
  const Verdict &V = Model.judge(T, Backend::Cereal);
  if (V.Shippable)
    return {};
  return {false, std::string(::serialint::name(V.Why)), !V.Steps.empty()};
}

std::vector<RowJudgement> checksJudgements(ASTContext &Context) {
  TypeModel Model(Context, {std::string(clang::tidy::serialint::defaultPoolHandleTypes())});
  std::vector<RowJudgement> All;
  for (const CXXRecordDecl *Row : rowClasses(Context)) {
    const QualType Plain = memberType(*Row, "plain");
    const CXXRecordDecl *Example = Plain.isNull() ? nullptr : Plain->getAsCXXRecordDecl();
    All.push_back({rowName(*Row, Context),
                   Example ? clang::tidy::serialint::registryName(*Example) : "",
                   judge(Model, Plain), judge(Model, memberType(*Row, "carrying"))});
  }
  return All;
}

TEST(KnownTypesTable, BothHalvesJudgeEveryRowAlike) {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      "#include \"instances.hpp\"\n", parseArgs(), "known_types_test.cpp");
  ASSERT_TRUE(AST);
  ASSERT_FALSE(AST->getDiagnostics().hasErrorOccurred()) << "instances.hpp does not parse";
  const std::vector<RowJudgement> Checks = checksJudgements(AST->getASTContext());
  const std::vector<RowJudgement> Runtime = runtimeJudgements();
  ASSERT_FALSE(Runtime.empty());
  EXPECT_EQ(Checks.size(), Runtime.size());
  for (const std::string &Problem : disagreements(Checks, Runtime))
    ADD_FAILURE() << Problem;
  std::cout << "compared " << Checks.size() << " rows of known_types.def\n";
}

// The comparison itself must see a difference, or a green run proves nothing.
TEST(KnownTypesTable, ADifferentVerdictIsADisagreement) {
  const RowJudgement Checks{"std::weak_ptr", "std::weak_ptr", {}, {false, "marked", true}};
  RowJudgement Runtime = Checks;
  EXPECT_TRUE(disagreements({Checks}, {Runtime}).empty());
  Runtime.Carrying = {};
  EXPECT_EQ(disagreements({Checks}, {Runtime}).size(), 1u);
  Runtime.Carrying = {false, "marked", false};
  EXPECT_EQ(disagreements({Checks}, {Runtime}).size(), 1u);
  Runtime = Checks;
  Runtime.NamedAs = "";
  EXPECT_EQ(disagreements({Checks}, {Runtime}).size(), 1u);
  EXPECT_EQ(disagreements({Checks}, {}).size(), 1u);
}

} // namespace
} // namespace serialint::test
