// The Java source analyzer: tree-sitter-java -> model::CodeSummary. One walk of the tree
// picks out the constructs it looks at (collect), then passes over them record the facts.
// Lambda creates one instance of the handler class per execution environment: its fields
// (static or not) are the module state, and field initialisers, static blocks and
// constructors run once, at cold start. Types are resolved through the file's imports, so
// only software.amazon.awssdk.services.* / com.amazonaws.services.* clients count as SDK
// clients.
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analyzers/common/languages.hpp"
#include "analyzers/common/ts.hpp"

extern "C" const TSLanguage* tree_sitter_java();

namespace lambdalint::analyzers {
namespace {

using model::ClientCreation;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view part) { return s.find(part) != s.npos; }

// "Map<String, List<X>>" -> "Map", "java.util.Map" -> "Map".
std::string simpleType(std::string_view t) {
  t = t.substr(0, t.find('<'));
  while (!t.empty() && (t.back() == ' ' || t.back() == ']' || t.back() == '[')) t.remove_suffix(1);
  size_t dot = t.rfind('.');
  return std::string(dot == t.npos ? t : t.substr(dot + 1));
}

// The AWS service of a class's package: software.amazon.awssdk.services.s3 -> s3,
// com.amazonaws.services.dynamodbv2 -> dynamodb, the enhanced DynamoDB client -> dynamodb.
std::string serviceOfPackage(std::string_view pkg) {
  if (startsWith(pkg, "software.amazon.awssdk.enhanced.dynamodb")) return "dynamodb";
  for (std::string_view root : {"software.amazon.awssdk.services.", "com.amazonaws.services."}) {
    if (!startsWith(pkg, root)) continue;
    std::string s(pkg.substr(root.size()));
    s = s.substr(0, s.find('.'));
    if (s == "dynamodbv2") s = "dynamodb";
    return s;
  }
  return {};
}

bool isFunctionNode(std::string_view t) { return t == "method_declaration" || t == "constructor_declaration"; }
bool isClassNode(std::string_view t) {
  return t == "class_declaration" || t == "enum_declaration" || t == "record_declaration" ||
         t == "interface_declaration";
}

class JavaAnalyzer {
 public:
  explicit JavaAnalyzer(std::shared_ptr<const SourceFile> file) : file_(*file) {
    out_ = std::make_shared<model::CodeSummary>();
    out_->language = "java";
    out_->file = std::move(file);
  }

  std::shared_ptr<model::CodeSummary> run() {
    TreePtr tree = parse(tree_sitter_java(), file_.content());
    TSNode root = ts_tree_root_node(tree.get());
    out_->syntaxErrors = ts_node_has_error(root);
    // Methods of named classes; a nested class's are "Inner.method".
    spans_ = std::make_unique<FunctionSpans>(
        root,
        [&](TSNode n, TSNode parent) -> std::optional<std::string> {
          if (!isFunctionNode(type(n)) || !isMember(parent)) return std::nullopt;
          return std::string(text(file_, field(n, "name")));
        },
        [&](TSNode n) -> std::optional<std::string> {
          if (!isClassNode(type(n))) return std::nullopt;
          std::string_view pt = type(ts_node_parent(n));
          if (pt == "program" || pt == "ERROR") return std::nullopt;
          return std::string(text(file_, field(n, "name"))) + ".";
        });
    std::vector<Match> matches;
    forEachNode(root, [&](const Visit& v) { collect(v, matches); });

    for (const auto& m : matches) {
      if (TSNode i = capture(m, "import"); !ts_node_is_null(i)) onImport(i);
      if (TSNode s = capture(m, "superclass"); !ts_node_is_null(s))
        out_->superclasses.push_back(simpleType(text(file_, s)));
    }
    for (const auto& m : matches) {
      if (TSNode fn = capture(m, "function"); !ts_node_is_null(fn)) addFunction(fn);
      if (TSNode f = capture(m, "module.field"); !ts_node_is_null(f)) addField(f, capture(m, "module.decl"));
      if (TSNode d = capture(m, "decl"); !ts_node_is_null(d)) {
        std::string fn = spans_->at(d);
        if (!fn.empty()) locals_[fn].insert(std::string(text(file_, capture(m, "decl.name"))));
        bindTyped(capture(m, "decl.name"), field(capture(m, "decl.local"), "type"), field(d, "value"));
        addLiteral(std::string(text(file_, capture(m, "decl.name"))), field(d, "value"));
      }
      if (TSNode r = capture(m, "resource"); !ts_node_is_null(r)) {
        locals_[spans_->at(r)].insert(std::string(text(file_, capture(m, "decl.name"))));
        bindTyped(capture(m, "decl.name"), field(r, "type"), field(r, "value"));
      }
      if (TSNode p = capture(m, "param"); !ts_node_is_null(p)) {
        locals_[spans_->at(p)].insert(std::string(text(file_, capture(m, "param.name"))));
        bindTyped(capture(m, "param.name"), field(p, "type"), TSNode{});
      }
      if (TSNode b = capture(m, "binary"); !ts_node_is_null(b)) onBinary(b);
      if (TSNode a = capture(m, "assign"); !ts_node_is_null(a))
        bindTyped(lastName(field(a, "left")), TSNode{}, field(a, "right"));
    }
    for (const auto& m : matches) {
      if (TSNode c = capture(m, "call"); !ts_node_is_null(c)) onCall(c);
      if (TSNode n = capture(m, "new"); !ts_node_is_null(n)) onNew(n);
      if (TSNode a = capture(m, "assign"); !ts_node_is_null(a)) onAssign(a);
      if (TSNode u = capture(m, "update"); !ts_node_is_null(u)) {
        TSNode target = namedCount(u) > 0 ? ts_node_named_child(u, 0) : TSNode{};
        noteWrite(target, "augmented assignment", false, u);
      }
    }
    finish();
    return out_;
  }

 private:
  // The constructs the analyzer looks at, each as a Match of named nodes, in the order the
  // facts are recorded in. Most are recognised at their name, so a method call comes after
  // its object: in `HttpRequest.newBuilder().header(a, b).header(c, d)`, newBuilder(), then
  // each header() in source order. Names (System.getenv, S3Client...) are checked by the
  // passes in run(), not here.
  static void collect(const Visit& v, std::vector<Match>& out) {
    TSNode n = v.node, p = v.parent;
    std::string_view t = type(n), pt = type(p);
    if (t == "identifier" && v.field == "name") {
      // Methods and constructors of every class: the handler candidates.
      if (pt == "method_declaration" || pt == "constructor_declaration")
        out.push_back({{"function", p}});
      // Parameters, caught exceptions and loop variables: locals, typed client variables.
      if (pt == "formal_parameter" || pt == "catch_formal_parameter" ||
          pt == "enhanced_for_statement")
        out.push_back({{"param", p}, {"param.name", n}});
      // try-with-resources: a local like a declaration.
      if (pt == "resource") out.push_back({{"resource", p}, {"decl.name", n}});
      // Calls: clients, SDK operations, environment reads, outbound requests.
      if (pt == "method_invocation") out.push_back({{"call", p}});
    }
    // Fields: Lambda keeps one instance of the handler class per execution environment, so
    // static and instance fields alike survive between invocations. And local declarations
    // (locals, client variables, literals). One per declarator: `int a = 1, b = 2;` has two.
    if (t == "variable_declarator" && v.field == "declarator" &&
        type(field(n, "name")) == "identifier") {
      if (pt == "field_declaration") out.push_back({{"module.field", p}, {"module.decl", n}});
      if (pt == "local_variable_declaration")
        out.push_back({{"decl.local", p}, {"decl", n}, {"decl.name", field(n, "name")}});
    }
    // The classes a class extends.
    if (pt == "superclass" && isNamed(n)) out.push_back({{"superclass", n}});
    // Constructions: clients, /tmp writes.
    if (v.field == "type" && pt == "object_creation_expression" && isNamed(n))
      out.push_back({{"new", p}});
    // Writes.
    if (t == "assignment_expression" && isNamed(field(n, "left"))) out.push_back({{"assign", n}});
    if (t == "update_expression") out.push_back({{"update", n}});
    // Imports: the package each simple type name comes from (S3Client -> ...services.s3).
    if (t == "import_declaration") out.push_back({{"import", n}});
    // `v == null` after `String v = System.getenv("X")`: the read has a fallback.
    if (t == "binary_expression") out.push_back({{"binary", n}});
  }

  // A method of a named class (not of an anonymous or local class inside a method).
  bool isMember(TSNode body) {
    std::string_view bt = type(body);
    if (bt == "class_body" || bt == "interface_body") return isClassNode(type(ts_node_parent(body)));
    return bt == "enum_body_declarations";
  }

  void onImport(TSNode i) {
    std::string full;
    for (uint32_t k = 0; k < namedCount(i); ++k) {
      TSNode c = ts_node_named_child(i, k);
      if (type(c) == "scoped_identifier" || type(c) == "identifier") full = std::string(text(file_, c));
    }
    if (full.empty()) return;
    const bool wildcard = contains(text(file_, i), "*");
    out_->imports.push_back(wildcard ? full + ".*" : full);  // the project's own classes are not followed
    if (wildcard) {
      wildcards_.push_back(full);
      return;
    }
    size_t dot = full.rfind('.');
    if (dot != std::string::npos) imports_[full.substr(dot + 1)] = full.substr(0, dot);
  }

  // The package of a simple type name, from the imports ("" when unknown).
  std::string packageOf(const std::string& simple) {
    if (auto it = imports_.find(simple); it != imports_.end()) return it->second;
    for (const std::string& w : wildcards_)
      if (!serviceOfPackage(w).empty() && endsWith(simple, "Client")) return w;
    return {};
  }

  void addFunction(TSNode fn) {
    if (!isMember(ts_node_parent(fn))) return;
    TSNode name = field(fn, "name");
    model::CodeFunction f;
    f.name = spans_->at(name);
    if (f.name.empty() || out_->function(f.name)) return;  // overloads: the first one
    f.where = location(file_, name);
    f.span = range(fn);
    TSNode body = field(fn, "body");
    if (!ts_node_is_null(body)) {
      f.lines = static_cast<int>(ts_node_end_point(body).row - ts_node_start_point(body).row + 1);
      std::string prefix = f.name.substr(0, f.name.rfind('.') + 1);
      count(body, f, f.name.find('.') == std::string::npos ? "" : prefix);
    }
    out_->functions.push_back(std::move(f));
  }

  void count(TSNode n, model::CodeFunction& f, const std::string& prefix) {
    std::string_view t = type(n);
    if (endsWith(t, "_statement") || t == "local_variable_declaration") ++f.statements;
    if (t == "if_statement" || t == "for_statement" || t == "enhanced_for_statement" ||
        t == "while_statement" || t == "do_statement" || t == "catch_clause" ||
        t == "ternary_expression" || (t == "switch_label" && namedCount(n) > 0))
      ++f.branches;
    if (t == "binary_expression") {
      std::string_view op = text(file_, field(n, "operator"));
      if (op == "&&" || op == "||") ++f.branches;
    }
    if (t == "method_invocation") {
      TSNode object = field(n, "object");
      if (ts_node_is_null(object) || type(object) == "this") {
        std::string name(text(file_, field(n, "name")));
        f.calls.push_back(prefix + name);
        if (!prefix.empty()) f.calls.push_back(name);
      }
    }
    for (uint32_t i = 0; i < namedCount(n); ++i) count(ts_node_named_child(n, i), f, prefix);
  }

  void addField(TSNode decl, TSNode declarator) {
    TSNode body = ts_node_parent(decl);
    if (!isMember(body)) return;
    TSNode name = field(declarator, "name");
    std::string n(text(file_, name));
    TSNode value = field(declarator, "value");
    std::string typeText = simpleType(text(file_, field(decl, "type")));
    static const std::set<std::string_view> kContainers{
        "Map", "HashMap", "LinkedHashMap", "TreeMap", "ConcurrentHashMap", "ConcurrentMap", "List",
        "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet", "TreeSet", "Queue", "Deque",
        "ArrayDeque", "Collection", "CopyOnWriteArrayList", "StringBuilder", "StringBuffer"};
    bool container = kContainers.count(typeText) > 0;
    if (type(value) == "object_creation_expression")
      container = container || kContainers.count(simpleType(text(file_, field(value, "type")))) > 0;
    // `List.of(...)`, `Map.of(...)` and `Collections.unmodifiable*` cannot grow.
    std::string_view vt = text(file_, value);
    if (contains(vt, ".of(") || contains(vt, "unmodifiable") || contains(vt, "emptyList") ||
        contains(vt, "emptyMap"))
      container = false;
    if (!out_->moduleVariable(n)) out_->moduleVariables.push_back({n, location(file_, name), container});
    bindTyped(name, field(decl, "type"), value);
    addLiteral(n, value);  // `static final String API_KEY = "..."`: a secret candidate
  }

  // --- what a name holds: from its declared type or its initialiser -----------------------

  void bindTyped(TSNode name, TSNode typeNode, TSNode value) {
    if (ts_node_is_null(name)) return;
    std::string n(text(file_, name));
    if (!ts_node_is_null(typeNode)) {
      std::string t = simpleType(text(file_, typeNode));
      std::string service = serviceOfPackage(packageOf(t));
      if (!service.empty() && (endsWith(t, "Client") || startsWith(t, "DynamoDbTable") ||
                               startsWith(t, "Amazon") || startsWith(t, "AWS")))
        clientVars_[n] = {ClientCreation::Kind::AwsSdk, service};
    }
    if (ts_node_is_null(value)) return;
    while (type(value) == "cast_expression" || type(value) == "parenthesized_expression")
      value = type(value) == "cast_expression" ? field(value, "value") : ts_node_named_child(value, 0);
    if (std::string env = envOf(value); !env.empty()) envOfVar_[n] = env;
    else if (std::string r = resourceEnvInBuilder(value, 0); !r.empty()) resourceEnvOfVar_[n] = r;
    // enhanced.table(System.getenv("TABLE"), schema): calls on the table act on that table.
    if (type(value) == "method_invocation" && text(file_, field(value, "name")) == "table") {
      TSNode a = field(value, "arguments");
      if (std::string env = namedCount(a) > 0 ? envOf(ts_node_named_child(a, 0)) : ""; !env.empty())
        resourceEnvOfVar_[n] = env;
    }
    if (auto c = clientOf(value)) {
      clientVars_[n] = c->first;
      if (c->first.kind == ClientCreation::Kind::Http) httpClients_[n] = c->second;
    }
    std::string vt(text(file_, value));
    if (startsWith(vt, "HttpRequest.newBuilder")) requestTimeouts_[n] = contains(vt, ".timeout(");
  }

  // The creation call at the end of a builder chain: `S3Client.builder().region(r).build()`.
  // Returns what it creates and, for HTTP clients, whether a timeout is configured.
  std::optional<std::pair<ClientVar, bool>> clientOf(TSNode expr) {
    std::string_view t = type(expr);
    if (t == "object_creation_expression") {
      std::string ty = simpleType(text(file_, field(expr, "type")));
      std::string service = serviceOfPackage(packageOf(ty));
      if (!service.empty() && endsWith(ty, "Client")) return std::pair{ClientVar{ClientCreation::Kind::AwsSdk, service}, false};
      if (ty == "MongoClient" || ty == "Jedis" || ty == "JedisPool" || ty == "HikariDataSource")
        return std::pair{ClientVar{ClientCreation::Kind::Database, ""}, false};
      if (ty == "OkHttpClient")  // OkHttp has 10-second default timeouts
        return std::pair{ClientVar{ClientCreation::Kind::Http, ""}, true};
      return std::nullopt;
    }
    if (t != "method_invocation") return std::nullopt;
    // Only the outermost call of a chain is the creation.
    TSNode parent = ts_node_parent(expr);
    if (type(parent) == "method_invocation" && ts_node_eq(field(parent, "object"), expr)) return std::nullopt;
    std::string last(text(file_, field(expr, "name")));
    TSNode rootNode = expr;
    while (type(rootNode) == "method_invocation" && !ts_node_is_null(field(rootNode, "object")))
      rootNode = field(rootNode, "object");
    if (type(rootNode) == "object_creation_expression")  // new OkHttpClient.Builder()...build()
      return last == "build" ? clientOf(rootNode) : std::nullopt;
    if (type(rootNode) != "identifier" && type(rootNode) != "scoped_identifier") return std::nullopt;
    std::string root = simpleType(text(file_, rootNode));
    std::string chain(text(file_, expr));
    if (root == "DriverManager" && last == "getConnection")
      return std::pair{ClientVar{ClientCreation::Kind::Database, ""}, false};
    if (root == "MongoClients" && last == "create")
      return std::pair{ClientVar{ClientCreation::Kind::Database, ""}, false};
    if (root == "HttpClient" && (last == "newHttpClient" || last == "build"))
      return std::pair{ClientVar{ClientCreation::Kind::Http, ""}, contains(chain, ".connectTimeout(")};
    if ((root == "HttpClients" || root == "HttpClientBuilder") && (last == "createDefault" || last == "build" || last == "createSystem"))
      return std::pair{ClientVar{ClientCreation::Kind::Http, ""},
                       contains(chain, "RequestConfig") || contains(chain, "Timeout")};
    if (last != "create" && last != "build" && last != "defaultClient") return std::nullopt;
    std::string service = serviceOfPackage(packageOf(root));
    if (service.empty()) return std::nullopt;
    if (endsWith(root, "Client") || endsWith(root, "ClientBuilder"))
      return std::pair{ClientVar{ClientCreation::Kind::AwsSdk, service}, false};
    return std::nullopt;
  }

  TSNode lastName(TSNode n) {
    if (type(n) == "field_access") return field(n, "field");
    if (type(n) == "identifier") return n;
    return TSNode{};
  }

  // The name an expression is assigned to, through casts: `HttpURLConnection c = (...) x`.
  std::string boundName(TSNode n) {
    TSNode p = ts_node_parent(n);
    while (type(p) == "cast_expression" || type(p) == "parenthesized_expression") p = ts_node_parent(p);
    if (type(p) == "variable_declarator") return std::string(text(file_, field(p, "name")));
    if (type(p) == "assignment_expression") return std::string(text(file_, lastName(field(p, "left"))));
    return {};
  }

  // --- facts --------------------------------------------------------------------------------

  void addClient(TSNode expr, const ClientVar& c) {
    ClientCreation cc;
    cc.kind = c.kind;
    cc.service = c.service;
    cc.call = shortText(text(file_, expr));
    cc.variable = boundName(expr);
    cc.function = spans_->at(expr);
    cc.where = location(file_, expr);
    out_->clients.push_back(std::move(cc));
  }

  void onNew(TSNode n) {
    // `new OkHttpClient.Builder()` is part of a chain that ends in build(): reported there.
    if (auto c = clientOf(n); c && !contains(text(file_, field(n, "type")), "Builder")) addClient(n, c->first);
    std::string ty = simpleType(text(file_, field(n, "type")));
    if ((ty == "FileOutputStream" || ty == "FileWriter") &&
        contains(text(file_, field(n, "arguments")), "/tmp"))
      out_->tmpWrites.push_back({spans_->at(n), location(file_, n)});
  }

  void onCall(TSNode call) {
    if (auto c = clientOf(call)) {
      addClient(call, c->first);
      return;
    }
    TSNode object = field(call, "object");
    std::string name(text(file_, field(call, "name")));
    std::string objectText(text(file_, object));
    std::string fn = spans_->at(call);
    TSNode args = field(call, "arguments");
    TSNode first = namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{};
    // Environment: System.getenv("X"), System.getenv().get("X") / getOrDefault("X", d).
    bool getenv = objectText == "System" && name == "getenv";
    bool fromMap = objectText == "System.getenv()" && (name == "get" || name == "getOrDefault");
    if ((getenv || fromMap) && !ts_node_is_null(first)) {
      bool plain = false;
      std::string var = stringValue(file_, first, &plain);
      if (plain && !var.empty()) pendingEnv_.push_back({call, var, name == "getOrDefault" || hasFallback(call), fn});
      return;
    }
    // Outbound HTTP: java.net.http send, Apache execute, URLConnection without timeouts.
    TSNode target = lastName(object);
    std::string targetName(text(file_, target));
    if (name == "send" || name == "sendAsync" || name == "execute") {
      if (auto it = httpClients_.find(targetName); it != httpClients_.end() && !ts_node_is_null(target)) {
        auto req = requestTimeouts_.find(std::string(text(file_, first)));
        bool timeout = it->second || (req != requestTimeouts_.end() && req->second) ||
                       contains(text(file_, args), ".timeout(");
        out_->outboundCalls.push_back({objectText + "." + name, timeout, fn, location(file_, call)});
        return;
      }
    }
    if (name == "openConnection") {
      pendingConnections_.push_back({call, boundName(call), fn});
      return;
    }
    if (name == "openStream") {
      out_->outboundCalls.push_back({"URL.openStream", false, fn, location(file_, call)});
      return;
    }
    if (name == "setConnectTimeout" || name == "setReadTimeout") timeoutsSet_.insert({fn, targetName});
    // SDK operations on a client field, variable or parameter: s3.getObject(...).
    if (auto it = clientVars_.find(targetName); it != clientVars_.end() && !ts_node_is_null(target) &&
        it->second.kind == ClientCreation::Kind::AwsSdk && !it->second.service.empty()) {
      static const std::set<std::string_view> kNotOperations{
          "close", "serviceName", "utilities", "waiter", "table", "index", "toString", "equals",
          "hashCode", "serviceClientConfiguration", "getClass"};
      if (!kNotOperations.count(name))
        out_->sdkCalls.push_back({it->second.service, operation(name), fn, location(file_, call),
                                  resourceEnvOf(args, targetName)});
    }
    // Literals bound to a key: props.put("password", "..."), setProperty, header.
    if ((name == "put" || name == "setProperty" || name == "header" || name == "addHeader") &&
        namedCount(args) == 2)
      addLiteral(stringValue(file_, first), ts_node_named_child(args, 1));
    static const std::set<std::string_view> kGrow{
        "put", "putAll", "add", "addAll", "push", "offer", "addFirst", "addLast", "putIfAbsent",
        "computeIfAbsent", "compute", "merge", "append", "insert"};
    if (kGrow.count(name)) noteWrite(object, "`." + name + "()`", true, call);
  }

  // The environment variable an expression reads: System.getenv("X"),
  // System.getenv().get("X") / getOrDefault("X", d), or a field or local bound to one.
  std::string envOf(TSNode e) {
    while (type(e) == "parenthesized_expression" && namedCount(e) > 0) e = ts_node_named_child(e, 0);
    if (type(e) == "identifier" || type(e) == "field_access") {
      auto it = envOfVar_.find(std::string(text(file_, lastName(e))));
      return it == envOfVar_.end() ? std::string() : it->second;
    }
    if (type(e) != "method_invocation") return {};
    std::string_view object = text(file_, field(e, "object")), name = text(file_, field(e, "name"));
    TSNode args = field(e, "arguments");
    bool getenv = object == "System" && name == "getenv";
    bool fromMap = object == "System.getenv()" && (name == "get" || name == "getOrDefault");
    if (!(getenv || fromMap) || namedCount(args) == 0) return {};
    bool plain = false;
    std::string var = stringValue(file_, ts_node_named_child(args, 0), &plain);
    return plain ? var : std::string();
  }

  // The environment variable naming the resource of an SDK call: a request builder's
  // `.bucket(...)`, `.tableName(...)`... (SDK v2, with a builder or a consumer lambda), the
  // first argument of a v1 call (`s3.getObject(bucket, key)`), or the table the call is on.
  std::string resourceEnvOf(TSNode args, const std::string& target) {
    if (auto it = resourceEnvOfVar_.find(target); it != resourceEnvOfVar_.end()) return it->second;
    TSNode first = namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{};
    if (ts_node_is_null(first)) return {};
    if (std::string env = envOf(first); !env.empty()) return env;
    if (type(first) == "identifier") {  // a request built earlier: GetObjectRequest req = ...
      auto it = resourceEnvOfVar_.find(std::string(text(file_, first)));
      if (it != resourceEnvOfVar_.end()) return it->second;
    }
    return resourceEnvInBuilder(first, 0);
  }

  std::string resourceEnvInBuilder(TSNode n, int depth) {
    static const std::set<std::string_view> kResourceSetters{
        "bucket", "tableName", "queueUrl", "topicArn", "targetArn", "functionName",
        "stateMachineArn", "secretId", "streamName", "streamARN", "deliveryStreamName",
        "eventBusName", "keyId", "name"};
    if (ts_node_is_null(n) || depth > 64) return {};
    if (type(n) == "method_invocation" && kResourceSetters.count(text(file_, field(n, "name")))) {
      TSNode a = field(n, "arguments");
      if (std::string env = namedCount(a) > 0 ? envOf(ts_node_named_child(a, 0)) : ""; !env.empty())
        return env;
    }
    for (uint32_t i = 0; i < namedCount(n); ++i)
      if (std::string env = resourceEnvInBuilder(ts_node_named_child(n, i), depth + 1); !env.empty())
        return env;
    return {};
  }

  // getObject -> GetObject, listObjectsV2Paginator -> ListObjectsV2: the API operation.
  static std::string operation(std::string op) {
    if (endsWith(op, "Paginator") && op.size() > 9) op = op.substr(0, op.size() - 9);
    if (!op.empty()) op[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(op[0])));
    return op;
  }

  // Optional.ofNullable(System.getenv("X")).orElse(d), requireNonNullElse, `x != null ? :`.
  bool hasFallback(TSNode call) {
    TSNode p = ts_node_parent(call);
    if (type(p) == "argument_list") {
      std::string_view outer = text(file_, field(ts_node_parent(p), "name"));
      return outer == "ofNullable" || outer == "requireNonNullElse" || outer == "requireNonNullElseGet" ||
             outer == "defaultIfBlank" || outer == "defaultIfEmpty" || outer == "defaultString";
    }
    return checkedCalls_.count(ts_node_start_byte(call)) > 0;
  }

  // `v == null`, `v != null`, `v.isEmpty()`-free null checks: the code handles an unset variable.
  void onBinary(TSNode b) {
    std::string_view op = text(file_, field(b, "operator"));
    if (op != "==" && op != "!=") return;
    TSNode left = field(b, "left"), right = field(b, "right");
    TSNode other = type(left) == "null_literal" ? right : type(right) == "null_literal" ? left : TSNode{};
    if (ts_node_is_null(other)) return;
    if (type(other) == "identifier") nullChecks_[spans_->at(b)].insert(std::string(text(file_, other)));
    if (type(other) == "method_invocation") checkedCalls_.insert(ts_node_start_byte(other));
  }

  void onAssign(TSNode a) {
    TSNode left = field(a, "left");
    std::string_view op = text(file_, field(a, "operator"));
    if (op == "=") addLiteral(std::string(text(file_, lastName(left))), field(a, "right"));
    if (type(left) == "array_access") noteWrite(field(left, "array"), "item assignment", true, a);
    else noteWrite(left, op == "=" ? "assignment" : "augmented assignment", false, a);
  }

  void noteWrite(TSNode target, std::string how, bool grows, TSNode at) {
    std::string fn = spans_->at(at);
    if (fn.empty()) return;
    bool viaThis = type(target) == "field_access" && type(field(target, "object")) == "this";
    if (!viaThis && type(target) != "identifier") return;
    std::string var(text(file_, lastName(target)));
    if (!out_->moduleVariable(var)) return;
    if (!viaThis && locals_[fn].count(var)) return;  // a local or parameter hides the field
    out_->stateWrites.push_back({var, std::move(how), grows, fn, location(file_, at)});
  }

  void addLiteral(const std::string& name, TSNode value) {
    addNamedLiteral(*out_, file_, *spans_, name, value);
  }

  // Env reads, with `String v = System.getenv("X"); if (v == null) ...` as a fallback; and
  // URL connections, with a timeout when setConnectTimeout/setReadTimeout is called on them.
  void finish() {
    for (const PendingEnv& e : pendingEnv_) {
      bool fallback = e.fallback;
      if (!fallback) {
        std::string var = boundName(e.call);
        fallback = !var.empty() && nullChecks_[e.function].count(var) > 0;
      }
      out_->envReads.push_back({e.name, fallback, false, e.function, location(file_, e.call)});
    }
    for (const PendingConnection& c : pendingConnections_) {
      bool timeout = !c.variable.empty() && timeoutsSet_.count({c.function, c.variable}) > 0;
      out_->outboundCalls.push_back({"URL.openConnection", timeout, c.function, location(file_, c.call)});
    }
  }

  struct PendingEnv {
    TSNode call;
    std::string name;
    bool fallback;
    std::string function;
  };
  struct PendingConnection {
    TSNode call;
    std::string variable;
    std::string function;
  };

  const SourceFile& file_;
  std::shared_ptr<model::CodeSummary> out_;
  std::unique_ptr<FunctionSpans> spans_;
  std::map<std::string, std::string> imports_;  // simple name -> package
  std::vector<std::string> wildcards_;          // packages imported with .*
  std::map<std::string, std::set<std::string>> locals_, nullChecks_;
  std::set<uint32_t> checkedCalls_;
  std::map<std::string, ClientVar> clientVars_;
  std::map<std::string, std::string> envOfVar_;          // BUCKET = System.getenv("BUCKET")
  std::map<std::string, std::string> resourceEnvOfVar_;  // a table or request -> its resource's env var
  std::map<std::string, bool> httpClients_;      // variable -> a timeout is configured
  std::map<std::string, bool> requestTimeouts_;  // HttpRequest variable -> .timeout(...)
  std::set<std::pair<std::string, std::string>> timeoutsSet_;  // (function, variable)
  std::vector<PendingEnv> pendingEnv_;
  std::vector<PendingConnection> pendingConnections_;
};

}  // namespace

std::shared_ptr<model::CodeSummary> analyzeJava(std::shared_ptr<const SourceFile> file) {
  return JavaAnalyzer(std::move(file)).run();
}

}  // namespace lambdalint::analyzers
