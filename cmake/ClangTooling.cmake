# The C++ handler analyzer: Clang LibTooling (Debian's LLVM/Clang 14), kept away from the rest
# of the build.
#
#  - lambdalint_analyzer_cpp (object library in lambdalint_core, no LLVM headers): finds the
#    C++ sources of a function, runs the helper below on a handler file and reads back its
#    summary (src/analyzers/cpp/*.cpp).
#  - lambdalint-cpp-analyzer (executable next to `lambdalint`, the only target that includes
#    Clang headers and links libclang-cpp and libLLVM): parses one file with Clang and prints
#    its language-neutral summary as JSON (src/analyzers/cpp/clang/*.cpp).
#
# A separate executable, not a library linked into lambdalint: loading libLLVM and
# libclang-cpp costs tens of milliseconds at start-up (docs/cpp-handlers.md has the
# figures), which a run that meets no C++ handler, such as a pre-commit hook, must not pay.
# It also keeps Clang's crashes and hangs on hostile input out of the lambdalint process: the
# helper is killed at --file-timeout and a failure is a note, not a crash.
#
# Without LLVM/Clang 14 (or with -DLAMBDALINT_CPP_ANALYZER=OFF) the helper is not built and
# lambdalint reports C++ handlers as not analysed ("the C++ analyzer is not available").
# scripts/setup installs the Debian packages: clang-14 clang-tools-14 clang-tidy-14 clangd-14
# clang-format-14 libclang1-14 libclang-14-dev llvm-14-dev (the Clang headers come from
# libclang-14-dev; Debian's ClangTargets.cmake refuses to configure unless all of them are
# installed, which is why this file does not use find_package(Clang)).
option(LAMBDALINT_CPP_ANALYZER "Build the C++ handler analyzer (needs LLVM/Clang 14)" ON)

file(GLOB CPP_HOST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/analyzers/cpp/*.cpp)
add_library(lambdalint_analyzer_cpp OBJECT ${CPP_HOST_SOURCES})
target_include_directories(lambdalint_analyzer_cpp PRIVATE ${CMAKE_SOURCE_DIR}/include
                                                           ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(lambdalint_analyzer_cpp PRIVATE nlohmann_json::nlohmann_json fmt::fmt)
target_sources(lambdalint_core PRIVATE $<TARGET_OBJECTS:lambdalint_analyzer_cpp>)

set(LAMBDALINT_CPP_ANALYZER_BUILT OFF)
if(LAMBDALINT_CPP_ANALYZER AND LAMBDALINT_FUZZ)
  message(STATUS "C++ handler analyzer: not built in fuzzing builds")
elseif(LAMBDALINT_CPP_ANALYZER)
  # The LLVM package (llvm-14-dev) only; Clang's library and headers are found directly.
  find_package(LLVM 14 CONFIG QUIET
               HINTS /usr/lib/llvm-14/lib/cmake/llvm /usr/lib/llvm-14)
  if(LLVM_FOUND)
    find_library(LAMBDALINT_CLANG_CPP NAMES clang-cpp libclang-cpp.so.14
                 HINTS ${LLVM_LIBRARY_DIRS} NO_DEFAULT_PATH)
    find_path(LAMBDALINT_CLANG_INCLUDE clang/Tooling/Tooling.h
              HINTS ${LLVM_INCLUDE_DIRS} NO_DEFAULT_PATH)
    # Clang's own headers (stddef.h, stdarg.h...), which the driver finds relative to the
    # clang binary; the helper is not installed there, so it is told (libclang-common-14-dev).
    set(LAMBDALINT_CLANG_RESOURCE_DIR
        ${LLVM_LIBRARY_DIRS}/clang/${LLVM_PACKAGE_VERSION})
  endif()
  if(LLVM_FOUND AND LAMBDALINT_CLANG_CPP AND LAMBDALINT_CLANG_INCLUDE
     AND EXISTS ${LAMBDALINT_CLANG_RESOURCE_DIR}/include/stddef.h AND TARGET LLVM)
    file(GLOB CPP_CLANG_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/analyzers/cpp/clang/*.cpp)
    add_executable(lambdalint-cpp-analyzer ${CPP_CLANG_SOURCES})
    target_include_directories(lambdalint-cpp-analyzer SYSTEM PRIVATE ${LAMBDALINT_CLANG_INCLUDE}
                                                                     ${LLVM_INCLUDE_DIRS})
    target_include_directories(lambdalint-cpp-analyzer PRIVATE ${CMAKE_SOURCE_DIR}/src)
    separate_arguments(LAMBDALINT_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
    target_compile_options(lambdalint-cpp-analyzer PRIVATE ${LAMBDALINT_LLVM_DEFINITIONS})
    target_compile_definitions(lambdalint-cpp-analyzer PRIVATE
      LAMBDALINT_CLANG_RESOURCE_DIR="${LAMBDALINT_CLANG_RESOURCE_DIR}")
    # Shared libclang-cpp and libLLVM (the `LLVM` target is the shared library on Debian):
    # never the static component libraries as well, which would give two copies of LLVM's
    # global state. Debian's LLVM has RTTI (so may we) and no exceptions (none may cross it).
    target_link_libraries(lambdalint-cpp-analyzer PRIVATE ${LAMBDALINT_CLANG_CPP} LLVM
                                                          nlohmann_json::nlohmann_json)
    set_target_properties(lambdalint-cpp-analyzer PROPERTIES
      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}
      BUILD_RPATH ${LLVM_LIBRARY_DIRS})
    set(LAMBDALINT_CPP_ANALYZER_BUILT ON)
    message(STATUS "C++ handler analyzer: Clang ${LLVM_PACKAGE_VERSION} (${LAMBDALINT_CLANG_CPP})")
  else()
    message(STATUS "C++ handler analyzer: LLVM/Clang 14 not found (run scripts/setup); "
                   "C++ handlers will be reported as not analysed")
  endif()
endif()
