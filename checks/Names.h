//===--- Names.h - serialint ----------------------------------------------===//
//
// The one spelling of a declaration's name that every table in serialint is
// keyed on: profiles, the backend table and the table of library types.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_NAMES_H
#define SERIALINT_CHECKS_NAMES_H

#include "clang/AST/Decl.h"
#include <string>

namespace clang::tidy::serialint {

/// `ns::Class::fn` for a declaration: no template arguments, no inline or
/// anonymous namespaces.
std::string registryName(const NamedDecl &D);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_NAMES_H
