; What the Go analyzer (src/analyzers/go/analyzer.cpp) looks at. Predicates are not evaluated
; by the tree-sitter C library, so names (os.Getenv, s3.NewFromConfig...) are checked in C++
; against the file's imports; these patterns only find the nodes.

; Imports: the package each name stands for (`s3` -> .../aws-sdk-go-v2/service/s3).
(import_spec path: (_) @import.path) @import

; Package-level variables: module state, set once per execution environment.
(source_file (var_declaration (var_spec) @module.spec))
(source_file (var_declaration (var_spec_list (var_spec) @module.spec)))

; Calls: clients created, environment reads, SDK operations, outbound requests, lambda.Start.
(call_expression function: (_) @call.callee arguments: (argument_list) @call.args) @call

; Composite literals: &http.Client{...}; keyed elements bind string literals to names.
(composite_literal type: (_) @composite.type body: (literal_value) @composite.body) @composite
(keyed_element) @keyed

; Declarations and writes: locals, client variables, literals, writes to package state.
(short_var_declaration) @shortvar
(var_spec) @varspec
(const_spec) @constspec
(assignment_statement) @assign
(inc_statement) @inc
(dec_statement) @inc
(range_clause) @range
(parameter_declaration) @param
(field_declaration) @field

; `v == ""` after `v := os.Getenv("X")`: the read has a fallback.
(binary_expression) @binary
