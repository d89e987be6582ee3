# tree-sitter and its grammars, as installed by scripts/setup from tools/tree-sitter (npm,
# pinned by package-lock.json, `npm ci --ignore-scripts`: C sources only, no native addon).
# Each is built once as its own static C library. Only the language analyzers in
# src/analyzers/<language>/ include tree-sitter headers (see LAMBDALINT_ANALYZER_SOURCES).
set(TS_MODULES ${CMAKE_SOURCE_DIR}/tools/tree-sitter/node_modules)
set(TS_CORE ${TS_MODULES}/tree-sitter/vendor/tree-sitter/lib)
if(NOT EXISTS ${TS_CORE}/src/lib.c OR NOT EXISTS ${TS_MODULES}/tree-sitter-python/src/parser.c
   OR NOT EXISTS ${TS_MODULES}/@tree-sitter-grammars/tree-sitter-hcl/src/parser.c)
  message(FATAL_ERROR
    "tree-sitter sources not found in ${TS_MODULES}.\n"
    "Run scripts/setup (it installs them with `npm ci --ignore-scripts` in tools/tree-sitter).")
endif()

# Grammar and core sources are third-party C: build them optimised and quietly in every
# configuration (a Debug parser is several times slower and the warnings are not ours).
set(TS_C_FLAGS -O2 -w)

add_library(ts_core STATIC ${TS_CORE}/src/lib.c)
target_include_directories(ts_core SYSTEM PUBLIC ${TS_CORE}/include PRIVATE ${TS_CORE}/src)
target_compile_options(ts_core PRIVATE ${TS_C_FLAGS})
target_compile_definitions(ts_core PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
set_target_properties(ts_core PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)

# ts_grammar(<target> <src dir>): parser.c (+ scanner.c), with the grammar's own
# tree_sitter/parser.h (grammars ship different versions of it).
function(ts_grammar target srcdir)
  set(sources ${srcdir}/parser.c)
  if(EXISTS ${srcdir}/scanner.c)
    list(APPEND sources ${srcdir}/scanner.c)
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PRIVATE ${srcdir})
  target_compile_options(${target} PRIVATE ${TS_C_FLAGS})
  set_target_properties(${target} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
endfunction()

ts_grammar(ts_python ${TS_MODULES}/tree-sitter-python/src)
ts_grammar(ts_javascript ${TS_MODULES}/tree-sitter-javascript/src)
# TypeScript's scanners include ../../common/scanner.h: built in place, the layout is kept.
ts_grammar(ts_typescript ${TS_MODULES}/tree-sitter-typescript/typescript/src)
ts_grammar(ts_tsx ${TS_MODULES}/tree-sitter-typescript/tsx/src)
ts_grammar(ts_go ${TS_MODULES}/tree-sitter-go/src)
ts_grammar(ts_java ${TS_MODULES}/tree-sitter-java/src)
# HCL is a template language, not a handler language: the Terraform frontend parses .tf with it.
ts_grammar(ts_hcl ${TS_MODULES}/@tree-sitter-grammars/tree-sitter-hcl/src)
