# Installs the command, the clang-tidy plugin, the runtime headers and a CMake
# package, so that a consumer's
#   find_package(serialint)
# gives the target serialint::runtime, and SERIALINT_TIDY_PLUGIN and
# SERIALINT_EXECUTABLE for CXX_CLANG_TIDY and custom lint targets.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SERIALINT_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/serialint)
set(SERIALINT_INSTALL_PLUGINDIR ${CMAKE_INSTALL_LIBDIR}/serialint)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/serialint
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
target_include_directories(serialint_runtime INTERFACE
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
set_target_properties(serialint_runtime PROPERTIES EXPORT_NAME runtime)
install(TARGETS serialint_runtime EXPORT serialintTargets)
install(EXPORT serialintTargets NAMESPACE serialint:: DESTINATION ${SERIALINT_INSTALL_CMAKEDIR})

# The command links clang's shared libraries from the LLVM tree; keep that
# path, which Debian does not put on the loader's default path for all of them.
if(TARGET serialint)
  set_target_properties(serialint PROPERTIES INSTALL_RPATH_USE_LINK_PATH TRUE)
  install(TARGETS serialint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET serialint-tidy-plugin)
  install(TARGETS serialint-tidy-plugin LIBRARY DESTINATION ${SERIALINT_INSTALL_PLUGINDIR})
  set(SERIALINT_PLUGIN_FILE
      ${CMAKE_SHARED_MODULE_PREFIX}SerialintTidyModule${CMAKE_SHARED_MODULE_SUFFIX})
endif()

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/serialintConfig.cmake.in
  ${PROJECT_BINARY_DIR}/serialintConfig.cmake
  INSTALL_DESTINATION ${SERIALINT_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_BINDIR SERIALINT_INSTALL_PLUGINDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/serialintConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/serialintConfig.cmake
              ${PROJECT_BINARY_DIR}/serialintConfigVersion.cmake
        DESTINATION ${SERIALINT_INSTALL_CMAKEDIR})
