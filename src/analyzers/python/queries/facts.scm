; What the Python analyzer (src/analyzers/python/analyzer.cpp) looks at. Predicates are not
; evaluated by the tree-sitter C library, so names (boto3.client, os.environ...) are
; checked in C++; these patterns only find the nodes.

; Top-level functions, decorated or not: the handler candidates.
(module (function_definition name: (identifier) @function.name) @function)
(module (decorated_definition definition: (function_definition name: (identifier) @function.name) @function))

; Module-level variables (run once per execution environment).
(module (expression_statement (assignment left: (identifier) @module.name) @module.assign))

; Every call: clients and connections created, environment reads, SDK operations,
; outbound requests, /tmp writes, calls between the file's functions.
(call function: (_) @call.callee arguments: (argument_list) @call.args) @call

; Assignments anywhere: client variables, writes to module state, literals bound to names.
(assignment left: (_) @assign.left) @assign
(augmented_assignment left: (_) @augassign.left) @augassign

; os.environ["X"] / environ["X"]
(subscript value: (_) @env.object subscript: (string) @env.key) @env.read

; global X: assignments to X in that function write module state.
(global_statement (identifier) @global.name)

; String literals bound to a name: keyword arguments and dict entries.
(keyword_argument name: (identifier) @literal.name value: (string) @literal.value)
(pair key: (string) @literal.name value: (string) @literal.value)

; Imports: modules whose calls are not followed (IAM rules treat such handlers as partly known).
(import_statement name: (dotted_name) @import.module)
(import_statement name: (aliased_import name: (dotted_name) @import.module))
(import_from_statement module_name: (_) @import.module)

; for x in bucket.objects.all(): the loop variable holds SDK resource objects.
(for_statement left: (_) @for.left right: (_) @for.right) @for
(for_in_clause left: (_) @for.left right: (_) @for.right) @for
