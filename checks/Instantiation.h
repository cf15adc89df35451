//===--- Instantiation.h - serialint --------------------------------------===//
//
// Where a finding inside a template came from. A call in a function template
// is judged once per instantiation, with the types of that instantiation; the
// user wrote the bug where the template was instantiated, so the finding
// carries clang's own chain of "in instantiation of ... requested here" notes
// down to the user's code.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_INSTANTIATION_H
#define SERIALINT_CHECKS_INSTANTIATION_H

#include "Findings.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::serialint {

/// The function whose body holds `S`. Code in a lambda that is not generic
/// belongs to the function around the lambda, which is what is instantiated.
const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context);

/// The notes for code in an instantiation, innermost first, down to the
/// first point of instantiation in the main file or a non-system header.
/// Empty for code that is not in an instantiation.
std::vector<Note> instantiationNotes(const Stmt &S, ASTContext &Context);

/// Whether `S` sits in an instantiation but depends on no template
/// argument: the template itself holds the finding, once for all of them.
bool judgedInTemplate(const Stmt &S, ASTContext &Context);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_INSTANTIATION_H
