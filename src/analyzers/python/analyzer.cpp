// The Python source analyzer: tree-sitter-python + queries/facts.scm -> model::CodeSummary.
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
    static const Query query(tree_sitter_python(), "python/facts");
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

    std::vector<std::vector<Query::Capture>> matches;
    query.forEachMatch(root, [&](const std::vector<Query::Capture>& c) { matches.push_back(c); });

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
      if (TSNode assign = capture(m, "assign"); !ts_node_is_null(assign)) bindClient(assign);
    for (const auto& m : matches) {
      if (TSNode call = capture(m, "call"); !ts_node_is_null(call)) onCall(call);
      if (TSNode assign = capture(m, "assign"); !ts_node_is_null(assign)) onAssign(assign, false);
      if (TSNode aug = capture(m, "augassign"); !ts_node_is_null(aug)) onAssign(aug, true);
      if (TSNode read = capture(m, "env.read"); !ts_node_is_null(read)) onSubscriptRead(m);
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
      return;
    }
    if (type(callee) == "attribute") {
      std::string object(text(file_, field(callee, "object")));
      if (auto it = clientVars_.find(object); it != clientVars_.end()) clientVars_[var] = it->second;
    }
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
      if (bound != clientVars_.end() && bound->second.kind == ClientCreation::Kind::AwsSdk &&
          !method.empty() && std::islower(static_cast<unsigned char>(method[0]))) {
        out_->sdkCalls.push_back({bound->second.service, method, fn, location(file_, call)});
      }
      if (method == "download_file" || method == "write_text" || method == "write_bytes") {
        // path.write_text() on a Path("/tmp/...") is not followed; download_file(b, k, "/tmp/x")
        for (TSNode a : positionalArgs(call))
          if (stringValue(file_, a).rfind("/tmp", 0) == 0 || text(file_, a).find("/tmp") != std::string_view::npos)
            out_->tmpWrites.push_back({fn, location(file_, call)});
      }
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
  void onSubscriptRead(const std::vector<Query::Capture>& m) {
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
  std::unique_ptr<FunctionSpans> spans_;
};

}  // namespace

std::shared_ptr<model::CodeSummary> analyzePython(std::shared_ptr<const SourceFile> file) {
  return PythonAnalyzer(std::move(file)).run();
}

}  // namespace lambdalint::analyzers
