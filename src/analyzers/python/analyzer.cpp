// The Python source analyzer: tree-sitter-python -> model::CodeSummary. One walk of the tree
// picks out the constructs it looks at (collect), then passes over them record the facts.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analyzers/common/languages.hpp"
#include "analyzers/common/ts.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace lambdalint::analyzers {
namespace {

using model::ClientCreation;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class PythonAnalyzer {
 public:
  explicit PythonAnalyzer(std::shared_ptr<const SourceFile> file) : file_(*file) {
    out_ = std::make_shared<model::CodeSummary>();
    out_->language = "python";
    out_->file = std::move(file);
  }

  std::shared_ptr<model::CodeSummary> run() {
    TreePtr tree = parse(tree_sitter_python(), file_.content());
    TSNode root = ts_tree_root_node(tree.get());
    out_->syntaxErrors = ts_node_has_error(root);
    spans_ = std::make_unique<FunctionSpans>(
        root,
        [&](TSNode n, TSNode) -> std::optional<std::string> {
          if (type(n) != "function_definition") return std::nullopt;
          return std::string(text(file_, field(n, "name")));
        },
        [&](TSNode n) -> std::optional<std::string> {
          if (type(n) != "class_definition") return std::nullopt;
          return std::string(text(file_, field(n, "name"))) + ".";
        });

    std::vector<Match> matches;
    forEachNode(root, [&](const Visit& v) { collect(v, matches); });

    // Pass 1: functions, module variables, globals and locals of each function.
    for (const auto& m : matches) {
      if (TSNode fn = capture(m, "function"); !ts_node_is_null(fn)) addFunction(fn);
      if (TSNode name = capture(m, "module.name"); !ts_node_is_null(name)) {
        TSNode assign = capture(m, "module.assign");
        TSNode right = field(assign, "right");
        std::string_view rt = type(right);
        bool container = rt == "dictionary" || rt == "list" || rt == "set" ||
                         rt == "dictionary_comprehension" || rt == "list_comprehension" ||
                         rt == "set_comprehension";
        if (rt == "call") {
          std::string_view callee = text(file_, field(right, "function"));
          container = callee == "dict" || callee == "list" || callee == "set" ||
                      endsWith(callee, "defaultdict") || endsWith(callee, "OrderedDict") ||
                      endsWith(callee, "deque") || endsWith(callee, "Counter");
        }
        if (!out_->moduleVariable(text(file_, name)))
          out_->moduleVariables.push_back(
              {std::string(text(file_, name)), location(file_, name), container});
      }
      if (TSNode mod = capture(m, "import.module"); !ts_node_is_null(mod))
        out_->imports.push_back(std::string(text(file_, mod)));
      if (TSNode g = capture(m, "global.name"); !ts_node_is_null(g))
        globals_[enclosingFunction(g)].insert(std::string(text(file_, g)));
      if (TSNode left = capture(m, "assign.left"); !ts_node_is_null(left)) {
        std::string fn = enclosingFunction(left);
        if (!fn.empty()) forEachTarget(left, [&](TSNode id) {
          locals_[fn].insert(std::string(text(file_, id)));
        });
      }
    }
    // Pass 2: what is bound to clients, then everything else in document order.
    for (const auto& m : matches)
      if (TSNode assign = capture(m, "assign"); !ts_node_is_null(assign)) bindEnv(assign);
    for (const auto& m : matches)
      if (TSNode assign = capture(m, "assign"); !ts_node_is_null(assign)) bindClient(assign);
    for (const auto& m : matches) {
      if (TSNode call = capture(m, "call"); !ts_node_is_null(call)) onCall(call);
      if (TSNode assign = capture(m, "assign"); !ts_node_is_null(assign)) onAssign(assign, false);
      if (TSNode aug = capture(m, "augassign"); !ts_node_is_null(aug)) onAssign(aug, true);
      if (TSNode read = capture(m, "env.read"); !ts_node_is_null(read)) onSubscriptRead(m);
      if (TSNode loop = capture(m, "for"); !ts_node_is_null(loop)) onFor(m);
      if (TSNode name = capture(m, "literal.name"); !ts_node_is_null(name)) {
        TSNode value = capture(m, "literal.value");
        std::string key = type(name) == "string" ? stringValue(file_, name)
                                                 : std::string(text(file_, name));
        addLiteral(key, value);
      }
    }
    return out_;
  }

 private:
  // The constructs the analyzer looks at, each as a Match of named nodes, in the order the
  // facts are recorded in. One whose first part can hold others is recognised after that
  // part (a call at its argument list, after the callee), so `boto3.client("s3").get_object()`
  // gives the inner call first. Names (boto3.client, os.environ...) are checked in run().
  static void collect(const Visit& v, std::vector<Match>& out) {
    TSNode n = v.node, p = v.parent;
    std::string_view t = type(n), pt = type(p);
    if (pt == "module") {
      // Top-level functions, decorated or not: the handler candidates.
      TSNode fn = t == "decorated_definition" ? field(n, "definition") : n;
      if (type(fn) == "function_definition" && type(field(fn, "name")) == "identifier")
        out.push_back({{"function", fn}});
      // Module-level variables (run once per execution environment).
      if (t == "expression_statement")
        for (uint32_t i = 0; i < namedCount(n); ++i) {
          TSNode a = ts_node_named_child(n, i);
          if (type(a) == "assignment" && type(field(a, "left")) == "identifier")
            out.push_back({{"module.name", field(a, "left")}, {"module.assign", a}});
        }
    }
    // Every call with an argument list: clients and connections created, environment reads,
    // SDK operations, outbound requests, /tmp writes, calls between the file's functions.
    if (t == "argument_list" && v.field == "arguments" && pt == "call" &&
        isNamed(field(p, "function")))
      out.push_back({{"call", p}});
    // Assignments anywhere: client variables, writes to module state, literals bound to names.
    if (t == "assignment" && isNamed(field(n, "left")))
      out.push_back({{"assign.left", field(n, "left")}, {"assign", n}});
    if (t == "augmented_assignment" && isNamed(field(n, "left"))) out.push_back({{"augassign", n}});
    // os.environ["X"] / environ["X"]: a string subscript (each one: `x["A", "B"]` has two).
    if (t == "string" && v.field == "subscript" && pt == "subscript" && isNamed(field(p, "value")))
      out.push_back({{"env.object", field(p, "value")}, {"env.key", n}, {"env.read", p}});
    // global X: assignments to X in that function write module state.
    if (t == "identifier" && pt == "global_statement") out.push_back({{"global.name", n}});
    // String literals bound to a name: keyword arguments and dict entries.
    if (t == "string" && v.field == "value") {
      TSNode name = pt == "keyword_argument" ? field(p, "name")
                    : pt == "pair"           ? field(p, "key")
                                             : TSNode{};
      if (type(name) == (pt == "pair" ? "string" : "identifier"))
        out.push_back({{"literal.name", name}, {"literal.value", n}});
    }
    // Imports: modules whose calls are not followed (IAM rules treat such handlers as partly
    // known). `import a, b as c` names each module in a `name` field.
    if (pt == "import_statement" && v.field == "name") {
      TSNode module = t == "aliased_import" ? field(n, "name") : n;
      if (type(module) == "dotted_name") out.push_back({{"import.module", module}});
    }
    if (t == "import_from_statement" && isNamed(field(n, "module_name")))
      out.push_back({{"import.module", field(n, "module_name")}});
    // for x in bucket.objects.all(): the loop variable holds SDK resource objects (each
    // `right`: a comprehension's `for x in a, b` has two).
    if (v.field == "right" && (pt == "for_statement" || pt == "for_in_clause") &&
        isNamed(field(p, "left")))
      out.push_back({{"for", p}, {"for.right", n}});
  }

  void addFunction(TSNode fn) {
    model::CodeFunction f;
    TSNode name = field(fn, "name");
    f.name = std::string(text(file_, name));
    f.where = location(file_, name);
    f.span = range(fn);
    TSNode body = field(fn, "body");
    if (!ts_node_is_null(body)) {
      f.lines = static_cast<int>(ts_node_end_point(body).row - ts_node_start_point(body).row + 1);
      count(body, f);
    }
    TSNode params = field(fn, "parameters");
    for (uint32_t i = 0; i < namedCount(params); ++i) {
      TSNode p = ts_node_named_child(params, i);
      if (type(p) != "identifier") p = ts_node_is_null(field(p, "name")) ? ts_node_named_child(p, 0)
                                                                        : field(p, "name");
      if (type(p) == "identifier") params_[f.name].insert(std::string(text(file_, p)));
    }
    if (!out_->function(f.name)) out_->functions.push_back(std::move(f));
  }

  void count(TSNode n, model::CodeFunction& f) {
    std::string_view t = type(n);
    if (endsWith(t, "_statement") || t == "function_definition" || t == "class_definition")
      ++f.statements;
    if (t == "if_statement" || t == "elif_clause" || t == "for_statement" ||
        t == "while_statement" || t == "except_clause" || t == "conditional_expression" ||
        t == "boolean_operator" || t == "case_clause" || t == "if_clause")
      ++f.branches;
    if (t == "call") {
      TSNode callee = field(n, "function");
      if (type(callee) == "identifier") f.calls.push_back(std::string(text(file_, callee)));
    }
    uint32_t count_ = namedCount(n);
    for (uint32_t i = 0; i < count_; ++i) count(ts_node_named_child(n, i), f);
  }

  // The top-level function a node is in ("" at module scope); methods of top-level classes
  // are "Class.method".
  std::string enclosingFunction(TSNode n) { return spans_->at(n); }

  template <class F>
  void forEachTarget(TSNode left, F&& f) {
    std::string_view t = type(left);
    if (t == "identifier") f(left);
    else if (t == "pattern_list" || t == "tuple_pattern" || t == "list_pattern")
      for (uint32_t i = 0; i < namedCount(left); ++i)
        forEachTarget(ts_node_named_child(left, i), f);
  }

  // `x = boto3.client("s3")`, `table = dynamodb.Table(...)`, `session = requests.Session()`.
  void bindClient(TSNode assign) {
    TSNode left = field(assign, "left"), right = field(assign, "right");
    if (type(left) != "identifier" || type(right) != "call") return;
    std::string var(text(file_, left));
    TSNode callee = field(right, "function");
    std::string c(text(file_, callee));
    if (auto k = clientKind(c)) {
      clientVars_[var] = {*k, firstStringArg(right)};
      if (c == "boto3.resource" || c == "session.resource") resourceVars_.insert(var);
      return;
    }
    if (type(callee) == "attribute") {
      std::string object(text(file_, field(callee, "object")));
      std::string method(text(file_, field(callee, "attribute")));
      // Only what makes another client object: a resource's sub-object (`Table(...)`,
      // `Bucket(...)`), a paginator or waiter. The result of an API call is data.
      bool factory = (!method.empty() && std::isupper(static_cast<unsigned char>(method[0]))) ||
                     method == "get_paginator" || method == "get_waiter";
      std::optional<ClientVar> client =
          factory ? clientOfObject(field(callee, "object")) : std::nullopt;
      if (client) {
        clientVars_[var] = *client;
        std::string_view base = text(file_, field(callee, "object"));
        if (resourceVars_.count(std::string(base)) || base.find(".resource(") != std::string_view::npos)
          resourceVars_.insert(var);
        // dynamodb.Table(os.environ["T"]), s3.Bucket(BUCKET): the resource the object acts on.
        std::vector<TSNode> args = positionalArgs(right);
        std::string env = args.empty() ? std::string() : envOf(args[0]);
        if (env.empty()) {
          auto r = resourceEnvOfVar_.find(object);
          if (r != resourceEnvOfVar_.end()) env = r->second;
        }
        if (!env.empty()) resourceEnvOfVar_[var] = env;
        // paginator = s3.get_paginator("list_objects_v2"): its paginate() calls that operation.
        if (method == "get_paginator" && !args.empty()) paginatorOp_[var] = stringValue(file_, args[0]);
      }
    }
  }

  // for obj in bucket.objects.all(): calls on `obj` act on resource objects the loop yields,
  // which are not followed; recorded as an SDK call whose operation is not known.
  void onFor(const Match& m) {
    TSNode right = capture(m, "for.right");
    if (type(right) != "call") return;
    TSNode callee = field(right, "function");
    if (type(callee) != "attribute") return;
    TSNode inner = field(callee, "object");
    TSNode base = type(inner) == "attribute" ? field(inner, "object") : inner;
    if (type(base) != "identifier" || !resourceVars_.count(std::string(text(file_, base)))) return;
    std::optional<ClientVar> sdk = awsClientOf(base);
    if (!sdk) return;
    out_->sdkCalls.push_back({sdk->service, "", enclosingFunction(right), location(file_, right)});
  }

  // The client an expression is: a variable bound to one, `boto3.client("s3")` itself, or a
  // resource's sub-object made on the spot (`dynamodb.Table(name)`).
  std::optional<ClientVar> clientOfObject(TSNode object) {
    if (type(object) == "call") {
      TSNode fn = field(object, "function");
      std::string callee(text(file_, fn));
      if (auto k = clientKind(callee)) return ClientVar{*k, firstStringArg(object)};
      if (type(fn) == "attribute") {
        std::string method(text(file_, field(fn, "attribute")));
        if (!method.empty() && std::isupper(static_cast<unsigned char>(method[0])))
          return clientOfObject(field(fn, "object"));
      }
      return std::nullopt;
    }
    auto it = clientVars_.find(std::string(text(file_, object)));
    if (it == clientVars_.end()) return std::nullopt;
    return it->second;
  }
  std::optional<ClientVar> awsClientOf(TSNode object) {
    std::optional<ClientVar> c = clientOfObject(object);
    if (!c || c->kind != ClientCreation::Kind::AwsSdk) return std::nullopt;
    return c;
  }

  // The environment variable an expression reads: os.environ["X"], os.environ.get("X"),
  // os.getenv("X"), or a name bound to one of those.
  std::string envOf(TSNode e) {
    std::string_view t = type(e);
    if (t == "identifier") {
      auto it = envOfVar_.find(std::string(text(file_, e)));
      return it == envOfVar_.end() ? std::string() : it->second;
    }
    if (t == "subscript") {
      std::string_view o = text(file_, field(e, "value"));
      if (o != "os.environ" && o != "environ") return {};
      return stringValue(file_, field(e, "subscript"));
    }
    if (t == "call") {
      std::string_view c = text(file_, field(e, "function"));
      if (c != "os.environ.get" && c != "environ.get" && c != "os.getenv" && c != "getenv") return {};
      std::vector<TSNode> args = positionalArgs(e);
      return args.empty() ? std::string() : stringValue(file_, args[0]);
    }
    return {};
  }

  // NAME = os.environ["X"] (any scope): reads of NAME name that variable.
  void bindEnv(TSNode assign) {
    TSNode left = field(assign, "left"), right = field(assign, "right");
    if (type(left) != "identifier" || ts_node_is_null(right)) return;
    std::string env = envOf(right);
    if (!env.empty()) envOfVar_[std::string(text(file_, left))] = env;
  }

  // The environment variable naming the resource of an SDK call: a keyword argument such as
  // Bucket= or TableName=, else what the object it is called on was made for.
  std::string resourceEnvOf(TSNode call, const std::string& object) {
    static const std::set<std::string_view> kResourceArgs{
        "Bucket", "TableName", "QueueUrl", "TopicArn", "TargetArn", "FunctionName",
        "stateMachineArn", "SecretId", "StreamName", "StreamARN", "DeliveryStreamName",
        "EventBusName", "KeyId", "Name"};
    TSNode args = field(call, "arguments");
    for (uint32_t i = 0; i < namedCount(args); ++i) {
      TSNode a = ts_node_named_child(args, i);
      if (type(a) == "keyword_argument" && kResourceArgs.count(text(file_, field(a, "name"))))
        if (std::string env = envOf(field(a, "value")); !env.empty()) return env;
    }
    auto it = resourceEnvOfVar_.find(object);
    return it == resourceEnvOfVar_.end() ? std::string() : it->second;
  }

  static std::optional<ClientCreation::Kind> clientKind(std::string_view callee) {
    static const std::set<std::string_view> kAws{"boto3.client", "boto3.resource",
                                                 "boto3.Session", "boto3.session.Session",
                                                 "session.client", "session.resource"};
    static const std::set<std::string_view> kDb{
        "pymysql.connect", "psycopg2.connect", "psycopg.connect", "mysql.connector.connect",
        "redis.Redis", "redis.StrictRedis", "redis.from_url", "pymongo.MongoClient",
        "MongoClient", "pg8000.connect", "cx_Oracle.connect", "oracledb.connect"};
    static const std::set<std::string_view> kHttp{"requests.Session", "requests.session",
                                                  "httpx.Client", "httpx.AsyncClient",
                                                  "urllib3.PoolManager", "aiohttp.ClientSession"};
    if (kAws.count(callee)) return ClientCreation::Kind::AwsSdk;
    if (kDb.count(callee)) return ClientCreation::Kind::Database;
    if (kHttp.count(callee)) return ClientCreation::Kind::Http;
    return std::nullopt;
  }

  std::string firstStringArg(TSNode call) {
    TSNode args = field(call, "arguments");
    for (uint32_t i = 0; i < namedCount(args); ++i) {
      TSNode a = ts_node_named_child(args, i);
      if (type(a) == "keyword_argument") {
        if (text(file_, field(a, "name")) == "service_name")
          return stringValue(file_, field(a, "value"));
        continue;
      }
      return stringValue(file_, a);
    }
    return {};
  }

  TSNode keywordArg(TSNode call, std::string_view name) {
    TSNode args = field(call, "arguments");
    for (uint32_t i = 0; i < namedCount(args); ++i) {
      TSNode a = ts_node_named_child(args, i);
      if (type(a) == "keyword_argument" && text(file_, field(a, "name")) == name) return a;
    }
    return TSNode{};
  }

  std::vector<TSNode> positionalArgs(TSNode call) {
    std::vector<TSNode> out;
    TSNode args = field(call, "arguments");
    for (uint32_t i = 0; i < namedCount(args); ++i) {
      TSNode a = ts_node_named_child(args, i);
      std::string_view t = type(a);
      if (t != "keyword_argument" && t != "comment" && t != "list_splat" &&
          t != "dictionary_splat")
        out.push_back(a);
    }
    return out;
  }

  void onCall(TSNode call) {
    TSNode callee = field(call, "function");
    std::string c(text(file_, callee));
    std::string fn = enclosingFunction(call);
    // Clients and connections.
    if (auto k = clientKind(c)) {
      ClientCreation cc;
      cc.kind = *k;
      cc.service = firstStringArg(call);
      cc.call = shortText(text(file_, call));
      TSNode parent = ts_node_parent(call);
      if (type(parent) == "assignment" && type(field(parent, "left")) == "identifier")
        cc.variable = std::string(text(file_, field(parent, "left")));
      cc.function = fn;
      cc.where = location(file_, call);
      out_->clients.push_back(std::move(cc));
      return;
    }
    // Environment reads: os.environ.get("X"[, d]), os.getenv("X"[, d]).
    if (c == "os.environ.get" || c == "environ.get" || c == "os.getenv" || c == "getenv") {
      std::vector<TSNode> args = positionalArgs(call);
      bool plain = false;
      std::string name = args.empty() ? std::string() : stringValue(file_, args[0], &plain);
      if (plain && !name.empty())
        out_->envReads.push_back({name, args.size() >= 2 || !ts_node_is_null(keywordArg(call, "default")),
                                  false, fn, location(file_, call)});
      return;
    }
    // Outbound HTTP without a timeout.
    static const std::set<std::string_view> kVerbs{"get", "post", "put", "delete", "patch",
                                                   "head", "options", "request"};
    if (type(callee) == "attribute") {
      std::string object(text(file_, field(callee, "object")));
      std::string method(text(file_, field(callee, "attribute")));
      auto bound = clientVars_.find(object);
      bool requestsCall = object == "requests" && kVerbs.count(method);
      bool sessionCall = bound != clientVars_.end() &&
                         bound->second.kind == ClientCreation::Kind::Http && kVerbs.count(method);
      if (requestsCall || sessionCall) {
        out_->outboundCalls.push_back({object + "." + method,
                                       !ts_node_is_null(keywordArg(call, "timeout")), fn,
                                       location(file_, call)});
        return;
      }
      std::optional<ClientVar> sdk = awsClientOf(field(callee, "object"));
      std::string op = method;
      TSNode inner = field(callee, "object");
      if (!sdk && type(inner) == "attribute") {
        // s3.meta.client.upload_file(...): the client behind a resource; bucket.objects.all():
        // a collection, recorded as "objects.all" (the table names such operations).
        std::string attr(text(file_, field(inner, "attribute")));
        TSNode base = field(inner, "object");
        if (attr == "client" && type(base) == "attribute" && text(file_, field(base, "attribute")) == "meta") {
          sdk = awsClientOf(field(base, "object"));
        } else if (type(base) == "identifier") {
          sdk = awsClientOf(base);
          op = attr + "." + method;
          object = std::string(text(file_, base));  // its resource names the call's
        }
      }
      if (sdk && !method.empty() && std::islower(static_cast<unsigned char>(method[0]))) {
        bool record = true;
        // The operation these name in their first argument ("get_object"); not a plain
        // string: unresolved (empty). A paginator bound to a name is recorded where its
        // paginate() is called, with that call's arguments.
        if (method == "generate_presigned_url" || method == "get_paginator") {
          std::vector<TSNode> args = positionalArgs(call);
          op = args.empty() ? std::string() : stringValue(file_, args[0]);
          record = !(method == "get_paginator" && type(ts_node_parent(call)) == "assignment");
        } else if (method == "paginate") {
          auto p = paginatorOp_.find(object);
          op = p == paginatorOp_.end() ? method : p->second;
        }
        if (record)
          out_->sdkCalls.push_back({sdk->service, op, fn, location(file_, call),
                                    resourceEnvOf(call, object)});
      }
      if (method == "download_file" || method == "write_text" || method == "write_bytes") {
        // path.write_text() on a Path("/tmp/...") is not followed; download_file(b, k, "/tmp/x")
        for (TSNode a : positionalArgs(call))
          if (stringValue(file_, a).rfind("/tmp", 0) == 0 || text(file_, a).find("/tmp") != std::string_view::npos)
            out_->tmpWrites.push_back({fn, location(file_, call)});
      }
    }
    // getattr(client, "op")(...): the operation only when written as a plain string.
    if (type(callee) == "call" && text(file_, field(callee, "function")) == "getattr") {
      std::vector<TSNode> args = positionalArgs(callee);
      auto bound = args.empty() ? clientVars_.end() : clientVars_.find(std::string(text(file_, args[0])));
      if (bound != clientVars_.end() && bound->second.kind == ClientCreation::Kind::AwsSdk)
        out_->sdkCalls.push_back({bound->second.service,
                                  args.size() >= 2 ? stringValue(file_, args[1]) : std::string(), fn,
                                  location(file_, call), resourceEnvOf(call, std::string(text(file_, args[0])))});
    }
    if (c == "urllib.request.urlopen" || c == "request.urlopen" || c == "urlopen") {
      bool timeout = !ts_node_is_null(keywordArg(call, "timeout")) || positionalArgs(call).size() >= 3;
      out_->outboundCalls.push_back({c, timeout, fn, location(file_, call)});
      return;
    }
    if (c == "open") {
      std::vector<TSNode> args = positionalArgs(call);
      if (!args.empty() && text(file_, args[0]).find("/tmp") != std::string_view::npos) {
        std::string mode = args.size() >= 2 ? stringValue(file_, args[1]) : "";
        if (TSNode kw = keywordArg(call, "mode"); !ts_node_is_null(kw))
          mode = stringValue(file_, field(kw, "value"));
        if (mode.find_first_of("wax+") != std::string::npos)
          out_->tmpWrites.push_back({fn, location(file_, call)});
      }
    }
    // Mutating methods on module state.
    if (type(callee) == "attribute" && !fn.empty()) {
      TSNode object = field(callee, "object");
      std::string method(text(file_, field(callee, "attribute")));
      static const std::set<std::string_view> kGrow{"append", "add", "update", "extend",
                                                    "insert", "setdefault", "appendleft",
                                                    "extendleft", "__setitem__"};
      if (type(object) == "identifier" && kGrow.count(method))
        noteWrite(object, fn, "`." + method + "()`", true, call);
    }
  }

  void noteWrite(TSNode target, const std::string& fn, std::string how, bool grows, TSNode at) {
    std::string var(text(file_, target));
    if (!out_->moduleVariable(var)) return;
    bool declaredGlobal = globals_[fn].count(var) > 0;
    bool local = locals_[fn].count(var) > 0 || isParameter(fn, var);
    if (how == "assignment" || how == "augmented assignment") {
      if (!declaredGlobal) return;
    } else if (local && !declaredGlobal) {
      return;
    }
    out_->stateWrites.push_back({var, std::move(how), grows, fn, location(file_, at)});
  }

  bool isParameter(const std::string& fn, const std::string& var) {
    auto it = params_.find(fn);
    return it != params_.end() && it->second.count(var) > 0;
  }

  void onAssign(TSNode assign, bool augmented) {
    TSNode left = field(assign, "left");
    std::string fn = enclosingFunction(assign);
    TSNode right = field(assign, "right");
    if (!augmented && type(left) == "identifier" && type(right) == "string")
      addLiteral(std::string(text(file_, left)), right);
    if (fn.empty()) return;
    if (type(left) == "identifier") {
      noteWrite(left, fn, augmented ? "augmented assignment" : "assignment", augmented, assign);
    } else if (type(left) == "subscript") {
      TSNode object = field(left, "value");
      if (type(object) == "identifier") noteWrite(object, fn, "item assignment", true, assign);
    } else if (type(left) == "attribute") {
      TSNode object = field(left, "object");
      if (type(object) == "identifier") noteWrite(object, fn, "attribute assignment", false, assign);
    } else if (!augmented) {
      forEachTarget(left, [&](TSNode id) { noteWrite(id, fn, "assignment", false, assign); });
    }
  }

  // os.environ["X"] (a KeyError when unset), not as an assignment target.
  void onSubscriptRead(const Match& m) {
    TSNode object = capture(m, "env.object"), key = capture(m, "env.key");
    TSNode read = capture(m, "env.read");
    std::string_view o = text(file_, object);
    if (o != "os.environ" && o != "environ") return;
    TSNode parent = ts_node_parent(read);
    if ((type(parent) == "assignment" || type(parent) == "augmented_assignment") &&
        ts_node_eq(field(parent, "left"), read))
      return;
    if (type(parent) == "delete_statement") return;
    bool plain = false;
    std::string name = stringValue(file_, key, &plain);
    if (!plain || name.empty()) return;
    out_->envReads.push_back({name, false, true, enclosingFunction(read), location(file_, read)});
  }

  void addLiteral(const std::string& name, TSNode value) {
    addNamedLiteral(*out_, file_, *spans_, name, value);
  }

  const SourceFile& file_;
  std::shared_ptr<model::CodeSummary> out_;
  std::map<std::string, std::set<std::string>> globals_, locals_, params_;
  std::map<std::string, ClientVar> clientVars_;
  std::map<std::string, std::string> envOfVar_;          // NAME = os.environ["X"]
  std::map<std::string, std::string> resourceEnvOfVar_;  // table = ddb.Table(os.environ["X"])
  std::map<std::string, std::string> paginatorOp_;       // p = s3.get_paginator("op")
  std::set<std::string> resourceVars_;                   // boto3.resource(...) and its objects
  std::unique_ptr<FunctionSpans> spans_;
};

}  // namespace

std::shared_ptr<model::CodeSummary> analyzePython(std::shared_ptr<const SourceFile> file) {
  return PythonAnalyzer(std::move(file)).run();
}

}  // namespace lambdalint::analyzers
