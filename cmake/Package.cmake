# `cpack -G DEB` in a build directory makes serialint_<version>_amd64.deb: the
# command, the clang-tidy plugin, the runtime headers and the CMake package,
# under /usr, depending on the Debian packages of LLVM 19 it runs against.
# docs/install.md says how to build and install it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME serialint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "serialint maintainers <serialint@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "finds work that cannot cross a process boundary (clang-tidy module, command, runtime)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-cpp19, libllvm19, clang-tidy-19")
include(CPack)
