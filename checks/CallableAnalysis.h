//===--- CallableAnalysis.h - serialint -----------------------------------===//
//
// Finds what a pool API is really handed as its callable, through
// parentheses, casts, std::move/std::forward, temporaries and the initializer
// of a local variable (`auto f = [&] {...}; rpc(0, f);`), and says what kind
// of callable it is.
//
//===----------------------------------------------------------------------===//

#ifndef SERIALINT_CHECKS_CALLABLEANALYSIS_H
#define SERIALINT_CHECKS_CALLABLEANALYSIS_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::serialint {

/// `std::move(x)` or `std::forward<T>(x)`: the same object as `x`.
bool isMoveOrForward(const CallExpr &Call);

/// The expression a callable argument came from, with every wrapper that
/// does not change which callable it is taken off.
const Expr *resolveCallable(const Expr *Arg);

struct CallableKind {
  enum Kind {
    Lambda,         ///< a lambda expression
    Function,       ///< a function, or a pointer to one
    MemberFunction, ///< a pointer to a non-static member function
    BoundMember,    ///< std::bind(&C::f, obj, ...) and kin
    Bind,           ///< another std::bind / std::bind_front result
    TypeErased,     ///< std::function and kin
    LocalObject,    ///< a function object of a class declared in a function
    Other,          ///< anything else: a functor, an action object, ...
  } What = Other;
  const Expr *Source = nullptr;
  const LambdaExpr *TheLambda = nullptr;
  /// The function named, or the one a bind wraps.
  const FunctionDecl *TheFunction = nullptr;
};

CallableKind classifyCallable(const Expr *Arg);

/// A capture of a lambda that its body really uses.
struct UsedCapture {
  const LambdaCapture *Capture;
  const ValueDecl *Var; ///< null for `this`
  bool ByReference;
  bool Implicit;
  /// Where the capture is written, or its first use for an implicit one.
  SourceLocation Loc;
};

llvm::SmallVector<UsedCapture, 4> usedCaptures(const LambdaExpr &Lambda);

/// Whether the lambda body only reads `Var` (no write, no non-const
/// reference or pointer taken).
bool onlyReads(const LambdaExpr &Lambda, const ValueDecl &Var, ASTContext &Context);

/// Whether a class is declared inside a function body.
bool isLocalClass(const CXXRecordDecl &Record);

} // namespace clang::tidy::serialint

#endif // SERIALINT_CHECKS_CALLABLEANALYSIS_H
