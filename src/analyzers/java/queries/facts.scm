; What the Java analyzer (src/analyzers/java/analyzer.cpp) looks at. Predicates are not
; evaluated by the tree-sitter C library, so names (System.getenv, S3Client...) are checked
; in C++; these patterns only find the nodes.

; Methods and constructors of every class: the handler candidates.
(method_declaration name: (identifier) @function.name) @function
(constructor_declaration name: (identifier) @function.name) @function

; Fields: Lambda keeps one instance of the handler class per execution environment, so
; static and instance fields alike survive between invocations.
(field_declaration declarator: (variable_declarator name: (identifier) @module.name) @module.decl) @module.field
(superclass (_) @superclass)

; Declarations (locals, client variables, literals), parameters, writes.
(local_variable_declaration declarator: (variable_declarator name: (identifier) @decl.name) @decl) @decl.local
(formal_parameter name: (identifier) @param.name) @param
(catch_formal_parameter name: (identifier) @param.name) @param
(enhanced_for_statement name: (identifier) @param.name) @param
(resource name: (identifier) @decl.name) @resource
(assignment_expression left: (_) @assign.left) @assign
(update_expression) @update

; Calls and constructions: clients, SDK operations, environment reads, outbound requests.
(method_invocation name: (identifier) @call.name) @call
(object_creation_expression type: (_) @new.type) @new

; Imports: the package each simple type name comes from (S3Client -> ...services.s3).
(import_declaration) @import

; `v == null` after `String v = System.getenv("X")`: the read has a fallback.
(binary_expression) @binary
