// The JavaScript/TypeScript source analyzer: tree-sitter-javascript / -typescript (+ tsx)
// -> model::CodeSummary. One walk of the tree picks out the constructs it looks at
// (collect: the same node types in all three grammars, TypeScript's extends JavaScript's),
// then passes over them record the facts.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analyzers/common/languages.hpp"
#include "analyzers/common/ts.hpp"

extern "C" const TSLanguage* tree_sitter_javascript();
extern "C" const TSLanguage* tree_sitter_typescript();
extern "C" const TSLanguage* tree_sitter_tsx();

namespace lambdalint::analyzers {
namespace {

using model::ClientCreation;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool startsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool isFunctionNode(std::string_view t) {
  return t == "function_declaration" || t == "function_expression" || t == "arrow_function" ||
         t == "method_definition" || t == "generator_function_declaration" ||
         t == "generator_function";
}

class JsAnalyzer {
 public:
  JsAnalyzer(std::shared_ptr<const SourceFile> file, Language language) : file_(*file) {
    out_ = std::make_shared<model::CodeSummary>();
    out_->language = language == Language::JavaScript ? "javascript" : "typescript";
    out_->file = std::move(file);
    language_ = language == Language::JavaScript   ? tree_sitter_javascript()
                : language == Language::TypeScript ? tree_sitter_typescript()
                                                   : tree_sitter_tsx();
  }

  std::shared_ptr<model::CodeSummary> run() {
    TreePtr tree = parse(language_, file_.content());
    TSNode root = ts_tree_root_node(tree.get());
    out_->syntaxErrors = ts_node_has_error(root);
    spans_ = std::make_unique<FunctionSpans>(
        root,
        [&](TSNode n, TSNode parent) -> std::optional<std::string> {
          if (!isFunctionNode(type(n))) return std::nullopt;
          return functionName(n, parent);
        },
        [](TSNode) -> std::optional<std::string> { return std::nullopt; });
    std::vector<Match> matches;
    forEachNode(root, [&](const Visit& v) { collect(v, matches); });

    for (const auto& m : matches) {
      if (TSNode fn = capture(m, "function"); !ts_node_is_null(fn))
        addFunction(capture(m, "function.name"), fn, capture(m, "function.value"));
      if (TSNode imp = capture(m, "import"); !ts_node_is_null(imp))
        onImport(imp, stringValue(file_, capture(m, "import.source")));
      if (TSNode pat = capture(m, "require.pattern"); !ts_node_is_null(pat)) {
        TSNode call = capture(m, "require.call");
        TSNode args = field(call, "arguments");
        if (text(file_, field(call, "function")) == "require" && namedCount(args) > 0)
          collectNames(pat, stringValue(file_, ts_node_named_child(args, 0)));
      }
    }
    for (const auto& m : matches) {
      if (TSNode name = capture(m, "module.name"); !ts_node_is_null(name)) {
        TSNode value = field(capture(m, "module.decl"), "value");
        std::string_view vt = type(value);
        std::string_view vtext = text(file_, value);
        bool container = vt == "object" || vt == "array" || startsWith(vtext, "new Map") ||
                         startsWith(vtext, "new Set") || startsWith(vtext, "new WeakMap");
        std::string n(text(file_, name));
        if (!out_->function(n) && !out_->moduleVariable(n))
          out_->moduleVariables.push_back({n, location(file_, name), container});
      }
      if (TSNode decl = capture(m, "decl"); !ts_node_is_null(decl)) {
        std::string fn = enclosingFunction(decl);
        std::string name(text(file_, capture(m, "decl.name")));
        if (!fn.empty()) locals_[fn].insert(name);
        TSNode value = field(decl, "value");
        if (std::string env = envOf(value); !env.empty()) envOfVar_[name] = env;
        bindClient(name, value);
        addLiteral(name, value);
      }
      // `client = new AWS.Rekognition()` assigned to a name declared elsewhere.
      if (TSNode a = capture(m, "assign"); !ts_node_is_null(a) && type(field(a, "left")) == "identifier")
        bindClient(std::string(text(file_, field(a, "left"))), field(a, "right"));
    }
    for (const auto& m : matches) {
      if (TSNode call = capture(m, "call"); !ts_node_is_null(call)) onCall(call);
      if (TSNode n = capture(m, "new"); !ts_node_is_null(n)) onNew(n);
      if (TSNode a = capture(m, "assign"); !ts_node_is_null(a)) onAssign(a, "assignment");
      if (TSNode a = capture(m, "augassign"); !ts_node_is_null(a))
        onAssign(a, "augmented assignment");
      if (TSNode u = capture(m, "update"); !ts_node_is_null(u)) {
        TSNode arg = field(u, "argument");
        std::string fn = enclosingFunction(u);
        if (type(arg) == "identifier" && !fn.empty())
          noteWrite(arg, fn, "augmented assignment", false, u);
      }
      if (TSNode r = capture(m, "env.read"); !ts_node_is_null(r)) onEnv(m);
      if (TSNode n = capture(m, "literal.name"); !ts_node_is_null(n)) {
        std::string key = type(n) == "string" ? stringValue(file_, n) : std::string(text(file_, n));
        addLiteral(key, capture(m, "literal.value"));
      }
    }
    return out_;
  }

 private:
  static bool isFunctionValue(TSNode n) {
    return type(n) == "arrow_function" || type(n) == "function_expression";
  }

  // The constructs the analyzer looks at, each as a Match of named nodes, in the order the
  // facts are recorded in (a pair is recognised at its value, after a computed key). Names
  // (process.env, S3Client...) are checked by the passes in run(), not here.
  static void collect(const Visit& v, std::vector<Match>& out) {
    TSNode n = v.node, p = v.parent;
    std::string_view t = type(n), pt = type(p);
    if (pt == "program") {
      // Top-level functions, the handler candidates: declarations, `const handler = async
      // () =>`, each also exported, and `exports.handler = ...` / `module.exports.handler = ...`.
      // Module-level variables: the declarators of top-level declarations, exported or not.
      TSNode decl = t == "export_statement" ? field(n, "declaration") : n;
      if (type(decl) == "function_declaration" && type(field(decl, "name")) == "identifier")
        out.push_back({{"function", decl}, {"function.name", field(decl, "name")}});
      if (type(decl) == "lexical_declaration" || t == "variable_declaration") {
        for (uint32_t i = 0; i < namedCount(decl); ++i) {
          TSNode d = ts_node_named_child(decl, i);
          TSNode name = field(d, "name"), value = field(d, "value");
          if (type(d) != "variable_declarator" || type(name) != "identifier") continue;
          if (t != "variable_declaration" && isFunctionValue(value))
            out.push_back({{"function", n}, {"function.name", name}, {"function.value", value}});
          out.push_back({{"module.name", name}, {"module.decl", d}});
        }
      }
      if (t == "expression_statement")
        for (uint32_t i = 0; i < namedCount(n); ++i) {
          TSNode a = ts_node_named_child(n, i);
          TSNode left = field(a, "left"), right = field(a, "right");
          if (type(a) == "assignment_expression" && type(left) == "member_expression" &&
              type(field(left, "property")) == "property_identifier" && isFunctionValue(right))
            out.push_back({{"function", n}, {"function.name", field(left, "property")},
                           {"function.value", right}});
        }
    }
    // Calls and constructions: clients, SDK commands, outbound requests, /tmp writes.
    if (t == "call_expression" && isNamed(field(n, "function"))) out.push_back({{"call", n}});
    if (t == "new_expression" && isNamed(field(n, "constructor"))) out.push_back({{"new", n}});
    // Writes: assignments, `x += 1`, `x++`; declarations (locals, client variables, literals).
    if (t == "assignment_expression" && isNamed(field(n, "left"))) out.push_back({{"assign", n}});
    if (t == "augmented_assignment_expression" && isNamed(field(n, "left")))
      out.push_back({{"augassign", n}});
    if (t == "update_expression" && isNamed(field(n, "argument"))) out.push_back({{"update", n}});
    if (t == "variable_declarator" && type(field(n, "name")) == "identifier")
      out.push_back({{"decl", n}, {"decl.name", field(n, "name")}});
    // process.env.X and process.env["X"] (any a.b.X / a.b["X"]; onEnv checks the names).
    if (t == "member_expression" || t == "subscript_expression") {
      TSNode object = field(n, "object");
      TSNode last = field(n, t == "member_expression" ? "property" : "index");
      if (type(object) == "member_expression" && type(field(object, "object")) == "identifier" &&
          type(field(object, "property")) == "property_identifier" &&
          type(last) == (t == "member_expression" ? "property_identifier" : "string"))
        out.push_back({{"env.read", n}, {"env.process", field(object, "object")},
                       {"env.env", field(object, "property")},
                       {t == "member_expression" ? "env.name" : "env.key", last}});
    }
    // String literals bound to a key: { password: "..." }.
    if (t == "string" && v.field == "value" && pt == "pair" && isNamed(field(p, "key")))
      out.push_back({{"literal.name", field(p, "key")}, {"literal.value", n}});
    // Imports: `import { GetObjectCommand } from "@aws-sdk/client-s3"` (the module of each SDK
    // command) and `const { PutCommand } = require("@aws-sdk/lib-dynamodb")`.
    if (t == "import_statement" && type(field(n, "source")) == "string")
      out.push_back({{"import", n}, {"import.source", field(n, "source")}});
    if (t == "variable_declarator" && type(field(n, "name")) == "object_pattern" &&
        type(field(n, "value")) == "call_expression")
      out.push_back({{"require.pattern", field(n, "name")}, {"require.call", field(n, "value")}});
  }

  void addFunction(TSNode name, TSNode whole, TSNode value) {
    model::CodeFunction f;
    f.name = std::string(text(file_, name));
    f.where = location(file_, name);
    f.span = range(whole);
    TSNode fnNode = ts_node_is_null(value) ? whole : value;
    TSNode body = field(fnNode, "body");
    if (!ts_node_is_null(body)) {
      f.lines = static_cast<int>(ts_node_end_point(body).row - ts_node_start_point(body).row + 1);
      count(body, f);
    }
    TSNode params = field(fnNode, "parameters");
    for (uint32_t i = 0; i < namedCount(params); ++i) {
      TSNode p = ts_node_named_child(params, i);
      if (type(p) != "identifier") {
        TSNode pat = field(p, "pattern");
        if (!ts_node_is_null(pat)) p = pat;
        else if (namedCount(p) > 0) p = ts_node_named_child(p, 0);
      }
      if (type(p) == "identifier") locals_[f.name].insert(std::string(text(file_, p)));
    }
    if (!out_->function(f.name)) out_->functions.push_back(std::move(f));
  }

  void count(TSNode n, model::CodeFunction& f) {
    std::string_view t = type(n);
    if (endsWith(t, "_statement") || t == "lexical_declaration" || t == "variable_declaration" ||
        t == "function_declaration")
      ++f.statements;
    if (t == "if_statement" || t == "for_statement" || t == "for_in_statement" ||
        t == "while_statement" || t == "do_statement" || t == "catch_clause" ||
        t == "ternary_expression" || t == "switch_case")
      ++f.branches;
    if (t == "binary_expression") {
      std::string_view op = text(file_, field(n, "operator"));
      if (op == "&&" || op == "||" || op == "??") ++f.branches;
    }
    if (t == "call_expression") {
      TSNode callee = field(n, "function");
      if (type(callee) == "identifier") f.calls.push_back(std::string(text(file_, callee)));
    }
    for (uint32_t i = 0; i < namedCount(n); ++i) count(ts_node_named_child(n, i), f);
  }

  // The name of the outermost function a node is in ("" at module scope).
  std::string enclosingFunction(TSNode n) { return spans_->at(n); }

  std::string functionName(TSNode fn, TSNode parent) {
    TSNode name = field(fn, "name");
    if (!ts_node_is_null(name)) return std::string(text(file_, name));
    if (type(parent) == "variable_declarator") return std::string(text(file_, field(parent, "name")));
    if (type(parent) == "assignment_expression") {
      TSNode left = field(parent, "left");
      if (type(left) == "member_expression") return std::string(text(file_, field(left, "property")));
      return std::string(text(file_, left));
    }
    return "<anonymous>";
  }

  // What a `new X(...)` or call creates, if a client: kind and service.
  std::optional<ClientVar> clientOf(TSNode expr) {
    if (type(expr) == "await_expression" && namedCount(expr) > 0)
      expr = ts_node_named_child(expr, 0);
    if (type(expr) == "new_expression") {
      std::string ctor(text(file_, field(expr, "constructor")));
      if (ctor == "MongoClient" || ctor == "Pool" || ctor == "Client" || ctor == "Redis" ||
          endsWith(ctor, ".Pool") || endsWith(ctor, ".Client") || ctor == "Sequelize")
        return ClientVar{ClientCreation::Kind::Database, ""};
      if (startsWith(ctor, "AWS.")) {
        std::string s = ctor.substr(4);
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return ClientVar{ClientCreation::Kind::AwsSdk, s};
      }
      // v3 aggregated clients (`new SSM()`, `new ApiGatewayManagementApi()`): the class is
      // imported from an @aws-sdk/client-* package.
      if (auto from = importedFrom_.find(ctor); from != importedFrom_.end() &&
                                               startsWith(from->second, "@aws-sdk/client-") &&
                                               !endsWith(ctor, "Command") && !endsWith(ctor, "Exception"))
        return ClientVar{ClientCreation::Kind::AwsSdk, serviceOfModule(from->second)};
      if (endsWith(ctor, "Client") && ctor.size() > 6 && std::isupper(static_cast<unsigned char>(ctor[0]))) {
        std::string s = ctor.substr(0, ctor.size() - 6);
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return ClientVar{ClientCreation::Kind::AwsSdk, s};
      }
      return std::nullopt;
    }
    if (type(expr) == "call_expression") {
      std::string callee(text(file_, field(expr, "function")));
      static const std::set<std::string_view> kDb{
          "mysql.createConnection", "mysql.createPool", "mysql2.createConnection",
          "mysql2.createPool", "createConnection", "createPool", "redis.createClient",
          "createClient", "MongoClient.connect", "mongoose.connect", "knex"};
      if (kDb.count(callee)) return ClientVar{ClientCreation::Kind::Database, ""};
      if (callee == "DynamoDBDocumentClient.from" || callee == "DynamoDBDocument.from")
        return ClientVar{ClientCreation::Kind::AwsSdk, "dynamodb"};
      if (callee == "axios.create" || callee == "got.extend")
        return ClientVar{ClientCreation::Kind::Http, ""};
    }
    return std::nullopt;
  }

  void bindClient(const std::string& name, TSNode value) {
    if (auto c = clientOf(value)) clientVars_[name] = *c;
  }

  void addClient(TSNode expr, const ClientVar& c) {
    ClientCreation cc;
    cc.kind = c.kind;
    cc.service = c.service;
    cc.call = shortText(text(file_, expr));
    TSNode parent = ts_node_parent(expr);
    if (type(parent) == "await_expression") parent = ts_node_parent(parent);
    if (type(parent) == "variable_declarator") cc.variable = std::string(text(file_, field(parent, "name")));
    cc.function = enclosingFunction(expr);
    cc.where = location(file_, expr);
    out_->clients.push_back(std::move(cc));
  }

  void onNew(TSNode n) {
    if (auto c = clientOf(n)) {
      addClient(n, *c);
      return;
    }
    std::string ctor(text(file_, field(n, "constructor")));
    if (endsWith(ctor, "Command") && ctor.size() > 7) {
      // The service is the module the command is imported from (namespace imports too:
      // `new s3.GetObjectCommand`); a command of unknown origin keeps an empty service.
      std::string cls = ctor.substr(ctor.rfind('.') == std::string::npos ? 0 : ctor.rfind('.') + 1);
      std::string ns = ctor.find('.') == std::string::npos ? cls : ctor.substr(0, ctor.find('.'));
      auto from = importedFrom_.find(ns);
      std::string service = from == importedFrom_.end() ? std::string() : serviceOfModule(from->second);
      out_->sdkCalls.push_back({service, cls.substr(0, cls.size() - 7), enclosingFunction(n),
                                location(file_, n), resourceEnvOf(field(n, "arguments"))});
    }
  }

  // "@aws-sdk/client-s3" -> "s3", "@aws-sdk/lib-dynamodb" -> "dynamodbdocument"; else "".
  static std::string serviceOfModule(const std::string& module) {
    if (startsWith(module, "@aws-sdk/client-")) return module.substr(16);
    if (module == "@aws-sdk/lib-dynamodb") return "dynamodbdocument";
    return {};
  }

  void onImport(TSNode imp, const std::string& module) {
    if (module.empty()) return;
    out_->imports.push_back(module);
    for (uint32_t i = 0; i < namedCount(imp); ++i) {
      TSNode c = ts_node_named_child(imp, i);
      if (type(c) == "import_clause") collectNames(c, module);
    }
  }

  // Every name an import clause or a destructuring pattern binds, as coming from `module`.
  void collectNames(TSNode n, const std::string& module) {
    if (module.empty()) return;
    std::string_view t = type(n);
    if (t == "import_specifier") {
      TSNode alias = field(n, "alias");
      importedFrom_[std::string(text(file_, ts_node_is_null(alias) ? field(n, "name") : alias))] = module;
      return;
    }
    if (t == "identifier" || t == "shorthand_property_identifier_pattern") {
      importedFrom_[std::string(text(file_, n))] = module;
      return;
    }
    if (t == "pair_pattern") {
      collectNames(field(n, "value"), module);
      return;
    }
    if (t == "string") return;
    for (uint32_t i = 0; i < namedCount(n); ++i) collectNames(ts_node_named_child(n, i), module);
  }

  // The environment variable an expression reads: process.env.X, process.env["X"],
  // `process.env.X ?? "d"`, or a name bound to one of those.
  std::string envOf(TSNode e) {
    std::string_view t = type(e);
    if (t == "identifier") {
      auto it = envOfVar_.find(std::string(text(file_, e)));
      return it == envOfVar_.end() ? std::string() : it->second;
    }
    if (t == "parenthesized_expression" && namedCount(e) > 0) return envOf(ts_node_named_child(e, 0));
    if (t == "binary_expression") {
      std::string_view op = text(file_, field(e, "operator"));
      return op == "??" || op == "||" ? envOf(field(e, "left")) : std::string();
    }
    if (t == "member_expression" || t == "subscript_expression") {
      if (text(file_, field(e, "object")) != "process.env") return {};
      if (t == "member_expression") return std::string(text(file_, field(e, "property")));
      return stringValue(file_, field(e, "index"));
    }
    return {};
  }

  // The environment variable naming the resource of an SDK call, from its parameters object:
  // `{ Bucket: process.env.BUCKET }`, `{ TableName: TABLE }`.
  std::string resourceEnvOf(TSNode args) {
    return resourceEnvOfObject(namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{});
  }

  std::string resourceEnvOfObject(TSNode first) {
    static const std::set<std::string_view> kResourceArgs{
        "Bucket", "TableName", "QueueUrl", "TopicArn", "TargetArn", "FunctionName",
        "stateMachineArn", "SecretId", "StreamName", "StreamARN", "DeliveryStreamName",
        "EventBusName", "KeyId", "Name"};
    if (ts_node_is_null(first) || type(first) != "object") return {};
    for (uint32_t i = 0; i < namedCount(first); ++i) {
      TSNode p = ts_node_named_child(first, i);
      if (type(p) == "pair") {
        TSNode key = field(p, "key");
        std::string k = type(key) == "string" ? stringValue(file_, key) : std::string(text(file_, key));
        if (kResourceArgs.count(k))
          if (std::string env = envOf(field(p, "value")); !env.empty()) return env;
      } else if (type(p) == "shorthand_property_identifier" && kResourceArgs.count(text(file_, p))) {
        auto it = envOfVar_.find(std::string(text(file_, p)));
        if (it != envOfVar_.end()) return it->second;
      }
    }
    return {};
  }

  void onCall(TSNode call) {
    if (auto c = clientOf(call)) {
      addClient(call, *c);
      return;
    }
    TSNode callee = field(call, "function");
    std::string c(text(file_, callee));
    std::string fn = enclosingFunction(call);
    std::string args(text(file_, field(call, "arguments")));
    // Outbound HTTP. fetch: reported without an AbortSignal (`signal:`), since Node's fetch
    // has no overall timeout; axios (default: none) and http(s) without `timeout`.
    if (c == "require") {
      TSNode a = field(call, "arguments");
      bool plain = false;
      std::string module = namedCount(a) > 0 ? stringValue(file_, ts_node_named_child(a, 0), &plain) : "";
      if (plain && !module.empty()) out_->imports.push_back(module);
      return;
    }
    if (c == "fetch") {
      out_->outboundCalls.push_back({c, args.find("signal") != std::string::npos, fn, location(file_, call)});
      return;
    }
    static const std::set<std::string_view> kHttp{
        "axios",       "axios.get",   "axios.post",  "axios.put",   "axios.delete",
        "axios.patch", "axios.request", "http.get",  "http.request", "https.get",
        "https.request", "got",       "got.get",     "got.post"};
    if (kHttp.count(c)) {
      out_->outboundCalls.push_back({c, args.find("timeout") != std::string::npos, fn, location(file_, call)});
      return;
    }
    if (type(callee) != "member_expression") return;
    TSNode object = field(callee, "object");
    std::string objectText(text(file_, object));
    std::string method(text(file_, field(callee, "property")));
    if (auto it = clientVars_.find(objectText); it != clientVars_.end()) {
      if (it->second.kind == ClientCreation::Kind::AwsSdk && method != "send" &&
          method != "destroy" && method != "promise") {
        TSNode a = field(call, "arguments");
        std::string op = method;
        std::string env = resourceEnvOf(a);
        // v2 s3.getSignedUrl("getObject", params): the operation is the first argument (not a
        // plain string: unresolved), the parameters the second.
        if (method == "getSignedUrl" || method == "getSignedUrlPromise") {
          op = namedCount(a) > 0 ? stringValue(file_, ts_node_named_child(a, 0)) : "";
          env = resourceEnvOfObject(namedCount(a) > 1 ? ts_node_named_child(a, 1) : TSNode{});
        }
        out_->sdkCalls.push_back({it->second.service, op, fn, location(file_, call), env});
      }
      if (it->second.kind == ClientCreation::Kind::Http &&
          (method == "get" || method == "post" || method == "put" || method == "delete" ||
           method == "patch" || method == "request"))
        out_->outboundCalls.push_back({objectText + "." + method,
                                       args.find("timeout") != std::string::npos, fn,
                                       location(file_, call)});
    }
    if ((objectText == "fs" || objectText == "fsp" || objectText == "fs.promises") &&
        (startsWith(method, "writeFile") || startsWith(method, "appendFile") ||
         method == "createWriteStream" || startsWith(method, "mkdir")) &&
        args.find("/tmp") != std::string::npos)
      out_->tmpWrites.push_back({fn, location(file_, call)});
    static const std::set<std::string_view> kGrow{"push", "set", "add", "unshift", "splice"};
    if (type(object) == "identifier" && kGrow.count(method) && !fn.empty())
      noteWrite(object, fn, "`." + method + "()`", true, call);
  }

  void onAssign(TSNode assign, const char* how) {
    std::string fn = enclosingFunction(assign);
    TSNode left = field(assign, "left");
    if (std::string_view(how) == "assignment" && type(left) == "member_expression")
      addLiteral(std::string(text(file_, field(left, "property"))), field(assign, "right"));
    if (fn.empty()) return;
    if (type(left) == "identifier") {
      noteWrite(left, fn, how, std::string_view(how) != "assignment", assign);
    } else if (type(left) == "subscript_expression") {
      TSNode object = field(left, "object");
      if (type(object) == "identifier") noteWrite(object, fn, "item assignment", true, assign);
    } else if (type(left) == "member_expression") {
      TSNode object = field(left, "object");
      if (type(object) == "identifier") noteWrite(object, fn, "attribute assignment", false, assign);
    }
  }

  void noteWrite(TSNode target, const std::string& fn, std::string how, bool grows, TSNode at) {
    std::string var(text(file_, target));
    if (!out_->moduleVariable(var)) return;
    if (locals_[fn].count(var)) return;  // a local or parameter hides it
    out_->stateWrites.push_back({var, std::move(how), grows, fn, location(file_, at)});
  }

  void onEnv(const Match& m) {
    if (text(file_, capture(m, "env.process")) != "process" || text(file_, capture(m, "env.env")) != "env")
      return;
    TSNode read = capture(m, "env.read");
    std::string name;
    if (TSNode n = capture(m, "env.name"); !ts_node_is_null(n)) name = std::string(text(file_, n));
    else {
      bool plain = false;
      name = stringValue(file_, capture(m, "env.key"), &plain);
      if (!plain) return;
    }
    TSNode parent = ts_node_parent(read);
    if (type(parent) == "assignment_expression" && ts_node_eq(field(parent, "left"), read)) return;
    bool hasDefault = false;
    if (type(parent) == "binary_expression") {
      std::string_view op = text(file_, field(parent, "operator"));
      hasDefault = op == "??" || op == "||";
    }
    // `const { X = "d" } = process.env` is not followed; `X ?? "d"` and `X || "d"` are defaults.
    out_->envReads.push_back({name, hasDefault, false, enclosingFunction(read), location(file_, read)});
  }

  void addLiteral(const std::string& name, TSNode value) {
    addNamedLiteral(*out_, file_, *spans_, name, value);
  }

  const SourceFile& file_;
  const TSLanguage* language_;
  std::shared_ptr<model::CodeSummary> out_;
  std::map<std::string, std::set<std::string>> locals_;
  std::map<std::string, ClientVar> clientVars_;
  std::map<std::string, std::string> envOfVar_;     // const TABLE = process.env.TABLE
  std::map<std::string, std::string> importedFrom_; // name -> the module it is imported from
  std::unique_ptr<FunctionSpans> spans_;
};

}  // namespace

std::shared_ptr<model::CodeSummary> analyzeJavaScript(std::shared_ptr<const SourceFile> file,
                                                      Language language) {
  return JsAnalyzer(std::move(file), language).run();
}

}  // namespace lambdalint::analyzers
