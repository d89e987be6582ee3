; What the JavaScript/TypeScript analyzer (src/analyzers/javascript/analyzer.cpp) looks at.
; Compiled for the javascript, typescript and tsx grammars alike (TypeScript's grammar
; extends JavaScript's). Predicates are not evaluated by the tree-sitter C library: names
; (process.env, S3Client...) are checked in C++.

; Top-level functions, the handler candidates: declarations, `const handler = async () =>`,
; each also exported, and `exports.handler = ...` / `module.exports.handler = ...`.
(program (function_declaration name: (identifier) @function.name) @function)
(program (export_statement declaration: (function_declaration name: (identifier) @function.name) @function))
(program (lexical_declaration (variable_declarator name: (identifier) @function.name value: [(arrow_function) (function_expression)] @function.value)) @function)
(program (export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @function.name value: [(arrow_function) (function_expression)] @function.value))) @function)
(program (expression_statement (assignment_expression left: (member_expression property: (property_identifier) @function.name) right: [(arrow_function) (function_expression)] @function.value)) @function)

; Module-level variables.
(program (lexical_declaration (variable_declarator name: (identifier) @module.name) @module.decl))
(program (variable_declaration (variable_declarator name: (identifier) @module.name) @module.decl))
(program (export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @module.name) @module.decl)))

; Calls and constructions: clients, SDK commands, outbound requests, /tmp writes.
(call_expression function: (_) @call.callee) @call
(new_expression constructor: (_) @new.ctor) @new

; Writes: assignments, `x += 1`, `x++`; declarations (locals, client variables, literals).
(assignment_expression left: (_) @assign.left) @assign
(augmented_assignment_expression left: (_) @augassign.left) @augassign
(update_expression argument: (_) @update.arg) @update
(variable_declarator name: (identifier) @decl.name) @decl

; process.env.X and process.env["X"]
(member_expression object: (member_expression object: (identifier) @env.process property: (property_identifier) @env.env) property: (property_identifier) @env.name) @env.read
(subscript_expression object: (member_expression object: (identifier) @env.process property: (property_identifier) @env.env) index: (string) @env.key) @env.read

; String literals bound to a key: { password: "..." }
(pair key: (_) @literal.name value: (string) @literal.value)

; Imports: `import { GetObjectCommand } from "@aws-sdk/client-s3"` (the module of each SDK
; command) and `const { PutCommand } = require("@aws-sdk/lib-dynamodb")`.
(import_statement source: (string) @import.source) @import
(variable_declarator name: (object_pattern) @require.pattern value: (call_expression) @require.call)
