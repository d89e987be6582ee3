#pragma once
// What a source analyzer learns from one handler code file: the same shape for every language
// (Python, JavaScript/TypeScript...), so code rules never ask which language they look at.
// Every item names the top-level function it is in (empty: module scope, run once per
// execution environment at cold start); rules select what the handler reaches.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/document/source.hpp"

namespace lambdalint::model {

// A variable defined at module scope (Python module, JS/TS module top level).
struct ModuleVariable {
  std::string name;
  Location where;
  bool mutableContainer = false;  // initialised with a dict/list/set/Map/Set/array/object
};

// A write from inside a function to a module-level variable.
struct StateWrite {
  std::string variable;
  std::string how;       // "assignment", "augmented assignment", "item assignment", "`.append()`"
  bool grows = false;    // adds entries (item assignment, append/add/update/push/set...)
  std::string function;
  Location where;
};

// An SDK client, database connection or HTTP session being created.
struct ClientCreation {
  enum class Kind : uint8_t { AwsSdk, Database, Http };
  Kind kind = Kind::AwsSdk;
  std::string call;      // as written, shortened: "boto3.client(\"s3\")", "new S3Client()"
  std::string service;   // "s3", "dynamodb" when known
  std::string variable;  // what it is bound to, when it is
  std::string function;  // empty: module scope
  Location where;
};
const char* clientKindName(ClientCreation::Kind k);  // "AWS SDK client", "database connection"...

// An environment variable read.
struct EnvRead {
  std::string name;
  bool hasDefault = false;  // os.environ.get / getenv / `process.env.X ?? "d"`
  bool raises = false;      // os.environ["X"]: a KeyError when unset
  std::string function;
  Location where;
};

// An SDK operation called on a client the file creates (s3.get_object, new GetObjectCommand).
// An empty service or operation means the call could not be resolved statically (a service
// name from a variable, `getattr(client, name)`): IAM results for the handler are incomplete.
struct SdkCall {
  std::string service;
  std::string operation;
  std::string function;
  Location where;
  // The environment variable whose value names the resource (Bucket=os.environ["BUCKET"],
  // `TableName: process.env.TABLE`, boto3 `Table(os.environ["T"])`); empty when not known.
  std::string resourceEnv = {};
};

// Something written under /tmp.
struct TmpWrite {
  std::string function;
  Location where;
};

// An outbound network call.
struct OutboundCall {
  std::string call;          // "requests.get", "urllib.request.urlopen"
  bool hasTimeout = false;
  std::string function;
  Location where;
};

// A string literal bound to a name (variable, keyword argument, dict key): secret candidates.
struct NamedLiteral {
  std::string name;
  std::string value;   // unquoted text
  std::string function;
  Location where;      // the literal
};

// One top-level function (or method) defined in the file.
struct CodeFunction {
  std::string name;
  Location where;             // the name
  SourceRange span;           // the whole definition
  int lines = 0;              // of the body
  int statements = 0;         // statements in the body, nested ones included
  int branches = 0;           // if/elif/for/while/try/except/case/ternary/&&/||/and/or
  std::vector<std::string> calls;  // other functions of the file it calls, by name
};

struct CodeSummary {
  std::string language;                      // "python", "javascript", "typescript", "go", "java"
  std::shared_ptr<const SourceFile> file;
  bool syntaxErrors = false;                 // the parser recovered from errors
  std::vector<ModuleVariable> moduleVariables;
  std::vector<CodeFunction> functions;
  std::vector<StateWrite> stateWrites;
  std::vector<ClientCreation> clients;
  std::vector<EnvRead> envReads;
  std::vector<SdkCall> sdkCalls;
  std::vector<TmpWrite> tmpWrites;
  std::vector<OutboundCall> outboundCalls;
  std::vector<NamedLiteral> literals;
  // Modules the file imports, as written ("boto3", "./db", ".models", "@aws-sdk/client-s3",
  // Go import paths, Java imported names); for C++, the project's own headers and functions
  // the file uses without defining them. Code in the project's own modules is not seen, so IAM
  // rules treat a handler importing them as incompletely known.
  std::vector<std::string> imports = {};
  // Go: what the file's `main` hands to lambda.Start (the template does not name it): a
  // function, "Type.Method", ".Method" (a method value of a type defined elsewhere),
  // "pkg.Func" (another package's), or "main.func1" for a func literal; empty: none.
  // C++: what the file hands to aws::lambda_runtime::run_handler: a function's qualified
  // name, or "main::<lambda at line N>" for a lambda.
  std::string startedHandler;
  // Java: the classes the file's classes extend (an inherited handler method is not here).
  std::vector<std::string> superclasses;
  // What the analyzer had to guess or could not do (C++: headers not found, stubs used, no
  // compile database); shown with the function's handler link, not as findings.
  std::vector<std::string> notes = {};

  const CodeFunction* function(std::string_view name) const;
  const ModuleVariable* moduleVariable(std::string_view name) const;
  // `start` and every function of the file it calls, directly or not (by name).
  std::vector<std::string> reachableFrom(std::string_view start) const;
};

}  // namespace lambdalint::model
