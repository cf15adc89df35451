//===--- RegistrationMacros.cpp - serialint -------------------------------===//

#include "RegistrationMacros.h"
#include "clang/AST/Decl.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/Preprocessor.h"

namespace clang::tidy::serialint {

namespace {

// `&Counter::Add` and `::twice` are registered as `Counter::Add`, `twice`.
std::string normalised(llvm::StringRef Spelled) {
  Spelled = Spelled.trim().ltrim('&').ltrim();
  Spelled.consume_front("::");
  std::string Name;
  for (char C : Spelled)
    if (C != ' ' && C != '\t')
      Name += C;
  return Name;
}

} // namespace

class RegistrationMacros::Callbacks : public PPCallbacks {
public:
  Callbacks(Preprocessor &PP, llvm::StringSet<> Names, llvm::StringSet<> &Written)
      : PP(PP), Names(std::move(Names)), Written(Written) {}

  void MacroExpands(const Token &Name, const MacroDefinition &, SourceRange,
                    const MacroArgs *Args) override {
    if (!Args || !Names.contains(PP.getSpelling(Name)))
      return;
    for (unsigned I = 0; I < Args->getNumMacroArguments(); ++I)
      readArgument(Args->getUnexpArgument(I));
  }

private:
  // A variadic macro's arguments arrive as one: split at the commas outside
  // parentheses, as the preprocessor would.
  void readArgument(const Token *Tok) {
    std::string Current;
    int Depth = 0;
    for (; Tok->isNot(tok::eof); ++Tok) {
      if (Tok->is(tok::comma) && Depth == 0) {
        add(Current);
        Current.clear();
        continue;
      }
      Depth += Tok->is(tok::l_paren) - Tok->is(tok::r_paren);
      Current += PP.getSpelling(*Tok);
    }
    add(Current);
  }

  void add(const std::string &Spelled) {
    if (std::string Name = normalised(Spelled); !Name.empty())
      Written.insert(Name);
  }

  Preprocessor &PP;
  llvm::StringSet<> Names;
  llvm::StringSet<> &Written;
};

void RegistrationMacros::watch(Preprocessor &PP, llvm::StringSet<> Names) {
  Written.clear();
  if (!Names.empty())
    PP.addPPCallbacks(std::make_unique<Callbacks>(PP, std::move(Names), Written));
}

bool RegistrationMacros::names(const FunctionDecl &F) const {
  const std::string Qualified = F.getQualifiedNameAsString();
  if (Written.contains(Qualified))
    return true;
  for (const auto &Entry : Written) {
    const llvm::StringRef Name = Entry.getKey();
    // `consume<int>` registers the specialisation `consume`.
    const llvm::StringRef Base = Name.take_until([](char C) { return C == '<'; });
    if (Base == Qualified || llvm::StringRef(Qualified).ends_with(("::" + Base).str()))
      return true;
  }
  return false;
}

} // namespace clang::tidy::serialint
