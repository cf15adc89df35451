//===--- Findings.h - serialint -------------------------------------------===//
//
// How a verdict of the type model is told: the one-line message, the notes
// that walk the path declaration by declaration, and the fix hint. Every
// check words its findings through here, so they read alike.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_FINDINGS_H
#define SERIALINT_CHECKS_FINDINGS_H

#include "TypeModel.h"
#include <optional>
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::serialint {

/// "'job.ctx.pool' is a pool handle (ThreadPool): pool objects cannot be
/// passed between processes". `Written`, the root's type as the message
/// names it, names the culprit when the root itself is at fault.
std::string describeCulprit(llvm::StringRef Root, const Verdict &V,
                            const PrintingPolicy &Policy, QualType Written = {});

struct Note {
  SourceLocation Loc;
  std::string Message;
};

/// One note per step that has a declaration: "'ctx' declared here, of type
/// 'Ctx'", then the culprit's own explanation when it has one.
std::vector<Note> pathNotes(const Verdict &V, const PrintingPolicy &Policy);

/// A finding as every check tells it: the warning, the notes that walk the
/// path to the culprit, the culprit's own explanation, any notes of the
/// check's own, and last the note that says how to fix it.
struct Finding {
  SourceLocation At;
  std::string Message;
  /// Fix-its on the warning, offered only where certainly right.
  std::vector<FixItHint> Fixes;
  std::vector<Note> Notes;
  std::string FixNote;

  /// Adds the notes that walk the verdict's path and explain its culprit.
  void explain(const Verdict &V, const PrintingPolicy &Policy);
};

void report(ClangTidyCheck &Check, const Finding &F);

/// The fix for a verdict, one line.
std::string fixHint(const Verdict &V, Backend Via, const PrintingPolicy &Policy);

/// A printable type name: `std::vector<int>`, not the canonical spelling.
std::string typeName(QualType T, const PrintingPolicy &Policy);

/// The expression as written, when it is short, on one line and not in a
/// macro.
std::optional<std::string> writtenText(const Expr &E, const ASTContext &Context);

/// The expression to start a path from: the argument as written when short,
/// or `argument N`.
std::string rootName(const Expr &Arg, unsigned Index, const ASTContext &Context);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_FINDINGS_H
