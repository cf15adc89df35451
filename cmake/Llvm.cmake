# LLVM and Clang 19, for the checks, the command and the fuzz targets.
# No version in the request: LLVM accepts only an exact major.minor, and any
# 19.x will do; the major version is checked below.
find_package(LLVM CONFIG QUIET HINTS /usr/lib/llvm-19/lib/cmake/llvm NO_DEFAULT_PATH)
# ClangConfig requires LLVM itself; ask for it only when LLVM is there so the
# message below, not ClangConfig's, is what a user sees.
if(LLVM_FOUND)
  find_package(Clang CONFIG QUIET HINTS /usr/lib/llvm-19/lib/cmake/clang)
endif()
if(NOT LLVM_FOUND OR NOT Clang_FOUND OR NOT LLVM_VERSION_MAJOR EQUAL 19)
  message(FATAL_ERROR "serialint: LLVM/Clang 19 development files not found; run scripts/setup")
endif()
set(SERIALINT_CLANG_RESOURCE_DIR "${LLVM_LIBRARY_DIR}/clang/${LLVM_VERSION_MAJOR}")
separate_arguments(SERIALINT_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
