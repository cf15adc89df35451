//===--- CallableNames.cpp - serialint ------------------------------------===//

#include "CallableNames.h"
#include "Findings.h"
#include "Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::serialint {

namespace {

// `[&total](int x)`: the lambda up to its body, as written, when it is short
// and plain text; empty otherwise.
std::string introducer(const LambdaExpr &Lambda, const ASTContext &Context) {
  const SourceLocation Begin = Lambda.getBeginLoc();
  const SourceLocation Body = Lambda.getBody()->getBeginLoc();
  if (Begin.isMacroID() || Body.isMacroID())
    return "";
  const llvm::StringRef Text =
      Lexer::getSourceText(CharSourceRange::getCharRange(Begin, Body),
                           Context.getSourceManager(), Context.getLangOpts())
          .trim();
  return Text.empty() || Text.size() > 48 || Text.contains('\n') ? "" : Text.str();
}

std::string quoted(const std::string &Text) { return "'" + Text + "'"; }

std::string functionName(const FunctionDecl *F, const Expr &Source, const ASTContext &Context,
                         llvm::StringRef Prefix = "") {
  if (F)
    return quoted(Prefix.str() + registryName(*F));
  std::optional<std::string> Text = writtenText(Source, Context);
  return Text ? quoted(*Text) : "";
}

std::string withName(llvm::StringRef Kind, const std::string &Name) {
  return Name.empty() ? Kind.str() : Kind.str() + " " + Name;
}

std::string typeOf(const Expr &Source, const ASTContext &Context) {
  return typeName(Source.getType().getNonReferenceType(), Context.getPrintingPolicy());
}

} // namespace

std::string describeCallable(const CallableKind &Callable, const ASTContext &Context) {
  const Expr &Source = *Callable.Source;
  const FunctionDecl *F = Callable.TheFunction;
  switch (Callable.What) {
  case CallableKind::Lambda: {
    const std::string Written = introducer(*Callable.TheLambda, Context);
    return withName("lambda", Written.empty() ? "" : quoted(Written));
  }
  case CallableKind::Function:
    return F ? withName("function", functionName(F, Source, Context))
             : withName("function pointer", functionName(nullptr, Source, Context));
  case CallableKind::MemberFunction:
    return withName("member function pointer", functionName(F, Source, Context, "&"));
  case CallableKind::BoundMember:
    return F ? "member function " + functionName(F, Source, Context) + " bound to an object"
             : "member function bound to an object";
  case CallableKind::Bind:
    return F ? "bind expression of " + functionName(F, Source, Context) : "bind expression";
  case CallableKind::TypeErased:
    return withName("type-erased callable", functionName(nullptr, Source, Context)) +
           " of type " + quoted(typeOf(Source, Context));
  case CallableKind::LocalObject:
    return "function object of local class " + quoted(typeOf(Source, Context));
  case CallableKind::Other:
    return "function object of type " + quoted(typeOf(Source, Context));
  }
  return "callable";
}

std::string captureSpelling(const UsedCapture &Use) {
  if (!Use.Var)
    return "[this]";
  return Use.ByReference ? "[&" + Use.Var->getNameAsString() + "]" : Use.Var->getNameAsString();
}

std::string usedCaptureList(const LambdaExpr &Lambda) {
  const llvm::SmallVector<UsedCapture, 4> Uses = usedCaptures(Lambda);
  std::string Text;
  for (size_t I = 0; I < Uses.size(); ++I) {
    if (I > 0)
      Text += I + 1 == Uses.size() ? " and " : ", ";
    Text += quoted(captureSpelling(Uses[I]));
  }
  return Text;
}

} // namespace clang::tidy::serialint
