// The Go source analyzer: tree-sitter-go -> model::CodeSummary. One walk of the tree picks
// out the constructs it looks at (collect), then passes over them record the facts.
// Package names are resolved through the file's imports, so `s3.NewFromConfig` is an S3
// client only when `s3` is .../service/s3. Code in `main` and `init` runs once per execution
// environment, before lambda.Start: it counts as module scope ("").
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analyzers/common/languages.hpp"
#include "analyzers/common/ts.hpp"

extern "C" const TSLanguage* tree_sitter_go();

namespace lambdalint::analyzers {
namespace {

using model::ClientCreation;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool contains(std::string_view s, std::string_view part) { return s.find(part) != s.npos; }

// The element after "/service/" in an AWS SDK import path (".../service/s3/s3iface" -> "s3").
std::string awsService(std::string_view path) {
  size_t at = path.find("/service/");
  if (at == path.npos || !contains(path, "aws-sdk-go")) return {};
  std::string_view rest = path.substr(at + 9);
  return std::string(rest.substr(0, rest.find('/')));
}

class GoAnalyzer {
 public:
  explicit GoAnalyzer(std::shared_ptr<const SourceFile> file) : file_(*file) {
    out_ = std::make_shared<model::CodeSummary>();
    out_->language = "go";
    out_->file = std::move(file);
  }

  std::shared_ptr<model::CodeSummary> run() {
    TreePtr tree = parse(tree_sitter_go(), file_.content());
    TSNode root = ts_tree_root_node(tree.get());
    out_->syntaxErrors = ts_node_has_error(root);
    std::vector<Match> matches;
    forEachNode(root, [&](const Visit& v) { collect(v, matches); });

    for (const auto& m : matches)
      if (TSNode path = capture(m, "import.path"); !ts_node_is_null(path)) onImport(m);
    collectTopLevel(root);
    for (const auto& m : matches) {
      if (TSNode call = capture(m, "call"); !ts_node_is_null(call) && isLambdaStart(call))
        onLambdaStart(call);
    }
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    for (const auto& m : matches) {
      if (TSNode spec = capture(m, "module.spec"); !ts_node_is_null(spec)) addModuleVariables(spec);
      if (TSNode p = capture(m, "param"); !ts_node_is_null(p)) onTypedNames(p, true);
      if (TSNode f = capture(m, "field"); !ts_node_is_null(f)) onTypedNames(f, false);
      if (TSNode r = capture(m, "range"); !ts_node_is_null(r)) onRange(r);
      if (TSNode b = capture(m, "binary"); !ts_node_is_null(b)) onBinary(b);
    }
    // Bindings first (client, request and context variables), then uses in document order.
    for (const auto& m : matches) {
      if (TSNode d = capture(m, "shortvar"); !ts_node_is_null(d)) onBinding(d, true);
      if (TSNode d = capture(m, "varspec"); !ts_node_is_null(d)) onBinding(d, true);
      if (TSNode d = capture(m, "assign"); !ts_node_is_null(d)) onBinding(d, false);
    }
    for (const auto& m : matches) {
      if (TSNode call = capture(m, "call"); !ts_node_is_null(call)) onCall(call);
      if (TSNode c = capture(m, "composite"); !ts_node_is_null(c)) onComposite(c);
      if (TSNode k = capture(m, "keyed"); !ts_node_is_null(k)) onKeyed(k);
      if (TSNode d = capture(m, "constspec"); !ts_node_is_null(d)) onLiteralSpec(d);
      if (TSNode d = capture(m, "varspec"); !ts_node_is_null(d)) onLiteralSpec(d);
      if (TSNode d = capture(m, "shortvar"); !ts_node_is_null(d)) onLiteralSpec(d);
      if (TSNode a = capture(m, "assign"); !ts_node_is_null(a)) onAssign(a);
      if (TSNode i = capture(m, "inc"); !ts_node_is_null(i)) onInc(i);
    }
    finishEnvReads();
    return out_;
  }

 private:
  struct Span {
    uint32_t begin, end;
    std::string name;
  };

  // The constructs the analyzer looks at, each as a Match of named nodes, in the order the
  // facts are recorded in: a call is recognised at its argument list, after the callee, and
  // a composite literal at its body, so in `f(x).g(y)` f(x) comes first. Names (os.Getenv,
  // s3.NewFromConfig...) are checked by the passes in run() against the file's imports.
  static void collect(const Visit& v, std::vector<Match>& out) {
    TSNode n = v.node, p = v.parent;
    std::string_view t = type(n), pt = type(p);
    // Imports: the package each name stands for (`s3` -> .../aws-sdk-go-v2/service/s3).
    if (t == "import_spec" && isNamed(field(n, "path")))
      out.push_back({{"import", n}, {"import.path", field(n, "path")}});
    // Package-level variables: module state, set once per execution environment.
    if (t == "var_declaration" && pt == "source_file")
      for (uint32_t i = 0; i < namedCount(n); ++i) {
        TSNode c = ts_node_named_child(n, i);
        if (type(c) == "var_spec") out.push_back({{"module.spec", c}});
        if (type(c) == "var_spec_list")
          for (uint32_t k = 0; k < namedCount(c); ++k)
            if (type(ts_node_named_child(c, k)) == "var_spec")
              out.push_back({{"module.spec", ts_node_named_child(c, k)}});
      }
    // Calls: clients created, environment reads, SDK operations, outbound requests, lambda.Start.
    if (t == "argument_list" && v.field == "arguments" && pt == "call_expression" &&
        isNamed(field(p, "function")))
      out.push_back({{"call", p}});
    // Composite literals: &http.Client{...}; keyed elements bind string literals to names.
    if (t == "literal_value" && v.field == "body" && pt == "composite_literal" &&
        isNamed(field(p, "type")))
      out.push_back({{"composite", p}});
    if (t == "keyed_element") out.push_back({{"keyed", n}});
    // Declarations and writes: locals, client variables, literals, writes to package state.
    if (t == "short_var_declaration") out.push_back({{"shortvar", n}});
    if (t == "var_spec") out.push_back({{"varspec", n}});
    if (t == "const_spec") out.push_back({{"constspec", n}});
    if (t == "assignment_statement") out.push_back({{"assign", n}});
    if (t == "inc_statement" || t == "dec_statement") out.push_back({{"inc", n}});
    if (t == "range_clause") out.push_back({{"range", n}});
    if (t == "parameter_declaration") out.push_back({{"param", n}});
    if (t == "field_declaration") out.push_back({{"field", n}});
    // `v == ""` after `v := os.Getenv("X")`: the read has a fallback.
    if (t == "binary_expression") out.push_back({{"binary", n}});
  }

  // --- structure: imports, functions, what lambda.Start is given --------------------------

  void onImport(const Match& m) {
    std::string path = stringValue(file_, capture(m, "import.path"));
    if (!path.empty()) out_->imports.push_back(path);  // the project's own packages are not followed
    TSNode alias = field(capture(m, "import"), "name");
    std::string name;
    if (!ts_node_is_null(alias)) {
      name = std::string(text(file_, alias));
    } else {
      std::string_view p = path;
      size_t slash = p.rfind('/');
      std::string_view last = slash == p.npos ? p : p.substr(slash + 1);
      // Major-version suffixes (".../redis/v9") are not the package name.
      if (last.size() >= 2 && last[0] == 'v' && std::isdigit(static_cast<unsigned char>(last[1])) &&
          slash != p.npos) {
        std::string_view before = p.substr(0, slash);
        last = before.substr(before.rfind('/') + 1);
      }
      name = std::string(last);
      if (size_t dash = name.rfind('-'); dash != std::string::npos) name = name.substr(dash + 1);
    }
    if (name != "_" && name != ".") imports_[name] = path;
  }

  std::string importOf(TSNode operand) {
    // `s3.Client` in a type is a package_identifier; `s3.New(...)` in an expression, an identifier.
    if (type(operand) != "identifier" && type(operand) != "package_identifier") return {};
    auto it = imports_.find(std::string(text(file_, operand)));
    return it == imports_.end() ? std::string() : it->second;
  }

  std::string receiverType(TSNode receiver) {
    for (uint32_t i = 0; i < namedCount(receiver); ++i) {
      TSNode t = field(ts_node_named_child(receiver, i), "type");
      while (type(t) == "pointer_type" || type(t) == "generic_type") {
        t = type(t) == "generic_type" ? field(t, "type") : ts_node_named_child(t, 0);
      }
      return std::string(text(file_, t));
    }
    return {};
  }

  void collectTopLevel(TSNode root) {
    for (uint32_t i = 0; i < namedCount(root); ++i) {
      TSNode n = ts_node_named_child(root, i);
      std::string_view t = type(n);
      if (t == "function_declaration") {
        std::string name(text(file_, field(n, "name")));
        addFunction(name, field(n, "name"), n, n, "");
        bool init = name == "main" || name == "init";
        spans_.push_back({ts_node_start_byte(n), ts_node_end_byte(n), init ? "" : name});
      } else if (t == "method_declaration") {
        TSNode receiver = field(n, "receiver");
        std::string name = receiverType(receiver) + "." + std::string(text(file_, field(n, "name")));
        std::string recvVar;
        if (namedCount(receiver) > 0)
          recvVar = std::string(text(file_, field(ts_node_named_child(receiver, 0), "name")));
        addFunction(name, field(n, "name"), n, n, recvVar);
        spans_.push_back({ts_node_start_byte(n), ts_node_end_byte(n), name});
      } else if (t == "var_declaration") {
        // `var handler = func(ctx context.Context, e Event) error {...}`
        forEachSpec(n, [&](TSNode spec) {
          TSNode names = spec, values = field(spec, "value");
          for (uint32_t k = 0; k < namedCount(values); ++k) {
            TSNode v = ts_node_named_child(values, k);
            TSNode name = nthName(names, k);
            if (type(v) != "func_literal" || ts_node_is_null(name)) continue;
            std::string fname(text(file_, name));
            addFunction(fname, name, spec, v, "");
            spans_.push_back({ts_node_start_byte(v), ts_node_end_byte(v), fname});
          }
        });
      }
    }
  }

  template <class F>
  void forEachSpec(TSNode decl, F&& f) {
    for (uint32_t i = 0; i < namedCount(decl); ++i) {
      TSNode c = ts_node_named_child(decl, i);
      if (type(c) == "var_spec" || type(c) == "const_spec") f(c);
      if (type(c) == "var_spec_list" || type(c) == "const_spec_list")
        for (uint32_t k = 0; k < namedCount(c); ++k) f(ts_node_named_child(c, k));
    }
  }

  // The k-th `name:` child of a var/const spec.
  TSNode nthName(TSNode spec, uint32_t k) {
    uint32_t seen = 0;
    for (uint32_t i = 0; i < ts_node_child_count(spec); ++i) {
      const char* f = ts_node_field_name_for_child(spec, i);
      if (f && std::string_view(f) == "name" && seen++ == k) return ts_node_child(spec, i);
    }
    return TSNode{};
  }

  void addFunction(const std::string& name, TSNode nameNode, TSNode whole, TSNode fn,
                   const std::string& receiverVar) {
    if (name.empty() || out_->function(name)) return;
    model::CodeFunction f;
    f.name = name;
    f.where = location(file_, nameNode);
    f.span = range(whole);
    TSNode body = field(fn, "body");
    if (!ts_node_is_null(body)) {
      f.lines = static_cast<int>(ts_node_end_point(body).row - ts_node_start_point(body).row + 1);
      std::string receiverType = name.find('.') == std::string::npos ? "" : name.substr(0, name.find('.'));
      count(body, f, receiverVar, receiverType);
    }
    out_->functions.push_back(std::move(f));
  }

  void count(TSNode n, model::CodeFunction& f, const std::string& recvVar, const std::string& recvType) {
    std::string_view t = type(n);
    if (endsWith(t, "_statement") || t == "short_var_declaration" || t == "var_declaration" ||
        t == "const_declaration")
      ++f.statements;
    if (t == "if_statement" || t == "for_statement" || t == "expression_case" ||
        t == "type_case" || t == "communication_case")
      ++f.branches;
    if (t == "binary_expression") {
      std::string_view op = text(file_, field(n, "operator"));
      if (op == "&&" || op == "||") ++f.branches;
    }
    if (t == "call_expression") {
      TSNode callee = field(n, "function");
      if (type(callee) == "identifier") {
        f.calls.push_back(std::string(text(file_, callee)));
      } else if (type(callee) == "selector_expression" && !recvVar.empty() &&
                 text(file_, field(callee, "operand")) == recvVar) {
        f.calls.push_back(recvType + "." + std::string(text(file_, field(callee, "field"))));
      }
    }
    for (uint32_t i = 0; i < namedCount(n); ++i) count(ts_node_named_child(n, i), f, recvVar, recvType);
  }

  bool isLambdaStart(TSNode call) {
    TSNode callee = field(call, "function");
    if (type(callee) != "selector_expression") return false;
    if (!endsWith(importOf(field(callee, "operand")), "aws-lambda-go/lambda")) return false;
    std::string_view f = text(file_, field(callee, "field"));
    return f == "Start" || f == "StartWithOptions" || f == "StartHandler" ||
           f == "StartWithContext" || f == "StartHandlerFunc" || f == "StartHandlerWithContext";
  }

  // What lambda.Start is given: a function name, a method value, a func literal (named after
  // the function it is in, as Go names it: main.func1), or a wrapper call around one of those.
  void onLambdaStart(TSNode call) {
    TSNode callee = field(call, "function");
    std::string_view how = text(file_, field(callee, "field"));
    TSNode args = field(call, "arguments");
    uint32_t index = (how == "StartWithContext" || how == "StartHandlerWithContext") ? 1 : 0;
    TSNode arg = index < namedCount(args) ? ts_node_named_child(args, index) : TSNode{};
    for (int depth = 0; depth < 4 && type(arg) == "call_expression"; ++depth) {
      TSNode inner = field(arg, "arguments");
      TSNode first = namedCount(inner) > 0 ? ts_node_named_child(inner, 0) : TSNode{};
      std::string_view ft = type(first);
      if (ft == "identifier" || ft == "selector_expression" || ft == "func_literal") {
        arg = first;  // otellambda.InstrumentHandler(handler, ...)
      } else {
        arg = field(arg, "function");  // newHandler(deps): the factory holds the closure
        break;
      }
    }
    std::string started;
    std::string_view t = type(arg);
    std::string enclosing = enclosingTopLevel(call);
    if (t == "identifier") {
      started = std::string(text(file_, arg));
      // `h := func(...) {...}; lambda.Start(h)` inside main.
      if (auto it = localLiterals(call).find(started); it != localLiterals(call).end()) {
        addFunction(started, it->second.first, it->second.second, it->second.second, "");
        spans_.push_back({ts_node_start_byte(it->second.second), ts_node_end_byte(it->second.second), started});
      }
    } else if (t == "func_literal") {
      started = (enclosing.empty() ? std::string("main") : enclosing) + ".func" + std::to_string(++literals_);
      addFunction(started, arg, arg, arg, "");
      spans_.push_back({ts_node_start_byte(arg), ts_node_end_byte(arg), started});
    } else if (t == "selector_expression") {
      TSNode operand = field(arg, "operand");
      std::string method(text(file_, field(arg, "field")));
      if (!importOf(operand).empty()) {
        started = std::string(text(file_, arg));  // a function of another package
      } else {
        std::string only;
        int found = 0;
        for (const model::CodeFunction& f : out_->functions)
          if (endsWith(f.name, "." + method) && ++found) only = f.name;
        started = found == 1 ? only : "." + method;  // the linker looks in the other files
      }
    }
    if (out_->startedHandler.empty()) out_->startedHandler = started;
  }

  std::string enclosingTopLevel(TSNode n) {
    uint32_t b = ts_node_start_byte(n);
    TSNode root = n;
    while (!ts_node_is_null(ts_node_parent(root))) root = ts_node_parent(root);
    for (uint32_t i = 0; i < namedCount(root); ++i) {
      TSNode c = ts_node_named_child(root, i);
      if (type(c) == "function_declaration" && ts_node_start_byte(c) <= b && b < ts_node_end_byte(c))
        return std::string(text(file_, field(c, "name")));
    }
    return {};
  }

  // `name := func(...) {...}` in the top-level function around `n`: name -> (name node, literal).
  std::map<std::string, std::pair<TSNode, TSNode>>& localLiterals(TSNode n) {
    TSNode fn = n;
    while (!ts_node_is_null(fn) && type(fn) != "function_declaration") fn = ts_node_parent(fn);
    std::string key = std::to_string(ts_node_start_byte(fn));
    auto [it, fresh] = localLiterals_.try_emplace(key);
    if (fresh && !ts_node_is_null(fn)) collectLiterals(field(fn, "body"), it->second);
    return it->second;
  }

  void collectLiterals(TSNode n, std::map<std::string, std::pair<TSNode, TSNode>>& out) {
    std::string_view t = type(n);
    if (t == "short_var_declaration" || t == "var_spec" || t == "assignment_statement") {
      TSNode left = t == "var_spec" ? n : field(n, "left");
      TSNode right = field(n, t == "var_spec" ? "value" : "right");
      for (uint32_t k = 0; k < namedCount(right); ++k) {
        TSNode v = ts_node_named_child(right, k);
        TSNode name = t == "var_spec" ? nthName(n, k)
                                      : (k < namedCount(left) ? ts_node_named_child(left, k) : TSNode{});
        if (type(v) == "func_literal" && type(name) == "identifier")
          out.try_emplace(std::string(text(file_, name)), name, v);
      }
    }
    for (uint32_t i = 0; i < namedCount(n); ++i) collectLiterals(ts_node_named_child(n, i), out);
  }

  // The function a node is in: the innermost span ("" for main, init and package scope).
  std::string at(TSNode n) const {
    uint32_t b = ts_node_start_byte(n);
    const Span* best = nullptr;
    for (const Span& s : spans_) {
      if (s.begin > b) break;
      if (b < s.end && (!best || s.begin >= best->begin)) best = &s;
    }
    return best ? best->name : std::string();
  }

  // --- package state, locals ------------------------------------------------------------

  void addModuleVariables(TSNode spec) {
    TSNode values = field(spec, "value");
    TSNode typeNode = field(spec, "type");
    for (uint32_t k = 0;; ++k) {
      TSNode name = nthName(spec, k);
      if (ts_node_is_null(name)) break;
      std::string n(text(file_, name));
      if (n == "_" || out_->function(n) || out_->moduleVariable(n)) continue;
      TSNode value = k < namedCount(values) ? ts_node_named_child(values, k) : TSNode{};
      out_->moduleVariables.push_back({n, location(file_, name), isContainer(value, typeNode)});
    }
  }

  bool isContainer(TSNode value, TSNode typeNode) {
    std::string_view tt = type(typeNode);
    if (tt == "map_type" || tt == "slice_type" || text(file_, typeNode) == "sync.Map") return true;
    if (type(value) == "composite_literal") {
      std::string_view ct = type(field(value, "type"));
      return ct == "map_type" || ct == "slice_type";
    }
    if (type(value) == "call_expression") {
      std::string_view callee = text(file_, field(value, "function"));
      std::string_view args = text(file_, field(value, "arguments"));
      return callee == "make" && (args.substr(0, 5) == "(map[" || args.substr(0, 3) == "([]");
    }
    return false;
  }

  // Parameters shadow package variables; parameters and struct fields typed as an SDK client
  // (`db *dynamodb.Client`, `svc s3iface.S3API`) make calls on them SDK operations.
  // The AWS service of a client type: `*dynamodb.Client`, `s3iface.S3API` ("" otherwise).
  std::string serviceOfType(TSNode t) {
    while (type(t) == "pointer_type") t = ts_node_named_child(t, 0);
    if (type(t) != "qualified_type") return {};
    return awsService(importOf(field(t, "package")));
  }

  void onTypedNames(TSNode decl, bool parameter) {
    std::string service = serviceOfType(field(decl, "type"));
    std::string fn = at(decl);
    for (uint32_t i = 0; i < ts_node_child_count(decl); ++i) {
      const char* f = ts_node_field_name_for_child(decl, i);
      if (!f || std::string_view(f) != "name") continue;
      std::string name(text(file_, ts_node_child(decl, i)));
      if (parameter) params_[fn].insert(name);
      if (!service.empty()) clientVars_[name] = {ClientCreation::Kind::AwsSdk, service};
    }
  }

  void onRange(TSNode r) {
    std::string_view whole = text(file_, r);
    if (!contains(whole.substr(0, whole.find("range")), ":=")) return;
    TSNode left = field(r, "left");
    std::string fn = at(r);
    for (uint32_t i = 0; i < namedCount(left); ++i)
      locals_[fn].insert(std::string(text(file_, ts_node_named_child(left, i))));
  }

  // `v == ""`, `v != ""`, `len(v) == 0`: the code handles an unset variable read into v.
  void onBinary(TSNode b) {
    std::string_view op = text(file_, field(b, "operator"));
    if (op != "==" && op != "!=" && op != "<" && op != ">") return;
    for (TSNode side : {field(b, "left"), field(b, "right")}) {
      TSNode other = ts_node_eq(side, field(b, "left")) ? field(b, "right") : field(b, "left");
      std::string_view ot = text(file_, other);
      if (ot != "\"\"" && ot != "``" && ot != "0") continue;
      if (type(side) == "call_expression" && text(file_, field(side, "function")) == "len") {
        TSNode args = field(side, "arguments");
        if (namedCount(args) > 0) side = ts_node_named_child(args, 0);
      }
      if (type(side) == "identifier") emptyChecks_[at(b)].insert(std::string(text(file_, side)));
      if (type(side) == "call_expression") checkedCalls_.insert(ts_node_start_byte(side));
    }
  }

  // --- bindings: what a name holds --------------------------------------------------------

  struct Pair {
    TSNode name, value;
  };
  std::vector<Pair> pairs(TSNode decl, bool declaration) {
    std::vector<Pair> out;
    bool spec = type(decl) == "var_spec" || type(decl) == "const_spec";
    TSNode left = field(decl, "left"), right = field(decl, spec ? "value" : "right");
    uint32_t n = spec ? 0 : namedCount(left);
    if (spec) while (!ts_node_is_null(nthName(decl, n))) ++n;
    for (uint32_t k = 0; k < n; ++k) {
      TSNode name = spec ? nthName(decl, k) : ts_node_named_child(left, k);
      // `a, err := f()`: one value for several names binds the first.
      TSNode value = k < namedCount(right) ? ts_node_named_child(right, k) : TSNode{};
      out.push_back({name, value});
    }
    (void)declaration;
    return out;
  }

  // The name a node is bound to: `x := <n>`, `x = <n>`, `var x = <n>`, `Field: <n>`.
  std::string boundName(TSNode n) {
    TSNode p = ts_node_parent(n);
    if (type(p) == "unary_expression") {
      n = p;
      p = ts_node_parent(p);
    }
    if (type(p) == "literal_element") {
      TSNode keyed = ts_node_parent(p);
      if (type(keyed) == "keyed_element" && !ts_node_eq(field(keyed, "key"), p))
        return std::string(text(file_, lastIdentifier(field(keyed, "key"))));
      return {};
    }
    if (type(p) != "expression_list") return {};
    TSNode decl = ts_node_parent(p);
    for (const Pair& pr : pairs(decl, true))
      if (ts_node_eq(pr.value, n)) return std::string(text(file_, lastIdentifier(pr.name)));
    return {};
  }

  // `h.db` -> db, `s3Client` -> s3Client.
  TSNode lastIdentifier(TSNode n) {
    while (type(n) == "literal_element" && namedCount(n) > 0) n = ts_node_named_child(n, 0);
    if (type(n) == "selector_expression") return field(n, "field");
    return n;
  }

  void onBinding(TSNode decl, bool declaration) {
    std::string fn = at(decl);
    // `var db *dynamodb.Client`: a client assigned later (in init or main).
    if (type(decl) == "var_spec") {
      std::string service = serviceOfType(field(decl, "type"));
      for (uint32_t k = 0; !service.empty() && !ts_node_is_null(nthName(decl, k)); ++k)
        clientVars_[std::string(text(file_, nthName(decl, k)))] = {ClientCreation::Kind::AwsSdk, service};
    }
    for (const Pair& p : pairs(decl, declaration)) {
      std::string name(text(file_, lastIdentifier(p.name)));
      if (declaration && type(p.name) == "identifier" && !fn.empty()) locals_[fn].insert(name);
      TSNode v = p.value;
      if (std::string env = envOf(v); !env.empty()) envOfVar_[name] = env;
      if (type(v) == "unary_expression") v = field(v, "operand");
      // input := &s3.GetObjectInput{Bucket: ...}: calls given `input` act on that bucket.
      if (type(v) == "composite_literal")
        if (std::string env = resourceEnvOfComposite(v); !env.empty()) resourceEnvOfVar_[name] = env;
      if (auto c = clientOf(v)) clientVars_[name] = *c;
      if (type(v) == "composite_literal" && isHttpClientType(field(v, "type")))
        httpClients_[name] = hasKey(field(v, "body"), "Timeout");
      if (type(v) == "call_expression") {
        TSNode callee = field(v, "function");
        std::string f(text(file_, field(callee, "field")));
        std::string pkg = importOf(field(callee, "operand"));
        if (pkg == "context" && (f == "WithTimeout" || f == "WithDeadline" || f == "WithTimeoutCause"))
          timeoutContexts_.insert(name);
        if (pkg == "net/http" && (f == "NewRequestWithContext" || f == "NewRequest")) {
          TSNode args = field(v, "arguments");
          TSNode ctx = namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{};
          bool timeout = f == "NewRequestWithContext" && timeoutContexts_.count(std::string(text(file_, ctx)));
          requestTimeouts_[name] = timeout;
        }
      }
    }
  }

  bool isHttpClientType(TSNode t) {
    return type(t) == "qualified_type" && importOf(field(t, "package")) == "net/http" &&
           text(file_, field(t, "name")) == "Client";
  }

  bool hasKey(TSNode body, std::string_view key) {
    for (uint32_t i = 0; i < namedCount(body); ++i) {
      TSNode e = ts_node_named_child(body, i);
      if (type(e) == "keyed_element" && text(file_, lastIdentifier(field(e, "key"))) == key) return true;
    }
    return false;
  }

  // What a call creates, if a client, connection or SDK configuration.
  std::optional<ClientVar> clientOf(TSNode call) {
    if (type(call) != "call_expression") return std::nullopt;
    TSNode callee = field(call, "function");
    if (type(callee) != "selector_expression") return std::nullopt;
    std::string pkg = importOf(field(callee, "operand"));
    std::string f(text(file_, field(callee, "field")));
    if (pkg.empty()) return std::nullopt;
    if (endsWith(pkg, "aws-sdk-go-v2/config") && f.rfind("LoadDefaultConfig", 0) == 0)
      return ClientVar{ClientCreation::Kind::AwsSdk, ""};
    if (endsWith(pkg, "aws-sdk-go/aws/session") &&
        (f == "NewSession" || f == "NewSessionWithOptions" || f == "New"))
      return ClientVar{ClientCreation::Kind::AwsSdk, ""};
    std::string service = awsService(pkg);
    if (!service.empty() && (f == "NewFromConfig" || f == "New")) return ClientVar{ClientCreation::Kind::AwsSdk, service};
    bool db = (pkg == "database/sql" && f == "Open") ||
              (contains(pkg, "jackc/pgx") && (f == "Connect" || f == "ConnectConfig" || f == "New" || f == "NewWithConfig")) ||
              (contains(pkg, "redis") && (f == "NewClient" || f == "NewClusterClient" || f == "NewUniversalClient")) ||
              (contains(pkg, "mongo-driver") && (f == "Connect" || f == "NewClient")) ||
              (pkg == "gorm.io/gorm" && f == "Open") || (contains(pkg, "jmoiron/sqlx") && (f == "Open" || f == "Connect"));
    if (db) return ClientVar{ClientCreation::Kind::Database, ""};
    return std::nullopt;
  }

  // --- facts --------------------------------------------------------------------------------

  void addClient(TSNode at_, const ClientVar& c) {
    ClientCreation cc;
    cc.kind = c.kind;
    cc.service = c.service;
    cc.call = shortText(text(file_, at_));
    cc.variable = boundName(type(at_) == "unary_expression" ? field(at_, "operand") : at_);
    cc.function = at(at_);
    cc.where = location(file_, at_);
    out_->clients.push_back(std::move(cc));
  }

  void onComposite(TSNode c) {
    if (!isHttpClientType(field(c, "type"))) return;
    TSNode p = ts_node_parent(c);
    addClient(type(p) == "unary_expression" ? p : c, {ClientCreation::Kind::Http, ""});
  }

  void onCall(TSNode call) {
    if (auto c = clientOf(call)) {
      addClient(call, *c);
      return;
    }
    TSNode callee = field(call, "function");
    if (type(callee) != "selector_expression") return;
    TSNode operand = field(callee, "operand");
    std::string f(text(file_, field(callee, "field")));
    std::string pkg = importOf(operand);
    std::string fn = at(call);
    TSNode args = field(call, "arguments");
    TSNode first = namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{};
    if (pkg == "os" && (f == "Getenv" || f == "LookupEnv")) {
      bool plain = false;
      std::string name = stringValue(file_, first, &plain);
      if (plain && !name.empty()) pendingEnv_.push_back({call, name, f == "LookupEnv", fn});
      return;
    }
    if (pkg == "net/http" && (f == "Get" || f == "Post" || f == "PostForm" || f == "Head")) {
      out_->outboundCalls.push_back({"http." + f, false, fn, location(file_, call)});
      return;
    }
    static const std::set<std::string_view> kVerbs{"Do", "Get", "Post", "PostForm", "Head"};
    if (kVerbs.count(f)) {
      std::string object(text(file_, operand));
      if (type(operand) == "selector_expression" && importOf(field(operand, "operand")) == "net/http" &&
          text(file_, field(operand, "field")) == "DefaultClient") {
        // No client timeout; a request made with a deadline context is still bounded.
        auto req = requestTimeouts_.find(std::string(text(file_, first)));
        bool timeout = f == "Do" && req != requestTimeouts_.end() && req->second;
        out_->outboundCalls.push_back({"http.DefaultClient." + f, timeout, fn, location(file_, call)});
        return;
      }
      auto it = httpClients_.find(std::string(text(file_, lastIdentifier(operand))));
      if (it != httpClients_.end()) {
        auto req = requestTimeouts_.find(std::string(text(file_, first)));
        bool timeout = it->second || (req != requestTimeouts_.end() && req->second);
        out_->outboundCalls.push_back({object + "." + f, timeout, fn, location(file_, call)});
        return;
      }
    }
    if (pkg == "os" && (f == "WriteFile" || f == "Create" || f == "OpenFile" || f == "MkdirAll") &&
        contains(text(file_, first), "/tmp"))
      out_->tmpWrites.push_back({fn, location(file_, call)});
    // SDK operations on a client variable, field or parameter: client.GetObject(ctx, ...).
    if (pkg.empty() && !f.empty() && std::isupper(static_cast<unsigned char>(f[0]))) {
      auto it = clientVars_.find(std::string(text(file_, lastIdentifier(operand))));
      if (it != clientVars_.end() && it->second.kind == ClientCreation::Kind::AwsSdk &&
          !it->second.service.empty())
        out_->sdkCalls.push_back({it->second.service, operation(f), fn, location(file_, call),
                                  resourceEnvOf(args)});
    }
    // sync.Map and container/list growth on package state.
    static const std::set<std::string_view> kGrow{"Store", "LoadOrStore", "PushBack", "PushFront"};
    if (kGrow.count(f) && type(operand) == "identifier" && !fn.empty())
      noteWrite(operand, fn, "`." + f + "()`", true, call);
  }

  // The environment variable an expression reads: os.Getenv("X"), aws.String(<that>), or a
  // variable bound to one.
  std::string envOf(TSNode e) {
    for (int i = 0; i < 8 && !ts_node_is_null(e); ++i) {
      std::string_view t = type(e);
      if (t == "parenthesized_expression" || t == "literal_element") {
        e = namedCount(e) > 0 ? ts_node_named_child(e, 0) : TSNode{};
        continue;
      }
      if (t == "identifier") {
        auto it = envOfVar_.find(std::string(text(file_, e)));
        return it == envOfVar_.end() ? std::string() : it->second;
      }
      if (t != "call_expression") return {};
      TSNode callee = field(e, "function");
      if (type(callee) != "selector_expression") return {};
      std::string pkg = importOf(field(callee, "operand"));
      std::string_view f = text(file_, field(callee, "field"));
      TSNode args = field(e, "arguments");
      TSNode first = namedCount(args) > 0 ? ts_node_named_child(args, 0) : TSNode{};
      if (pkg == "os" && f == "Getenv") {
        bool plain = false;
        std::string name = stringValue(file_, first, &plain);
        return plain ? name : std::string();
      }
      if (!(endsWith(pkg, "aws-sdk-go-v2/aws") || endsWith(pkg, "aws-sdk-go/aws")) || f != "String") return {};
      e = first;
    }
    return {};
  }

  // `&dynamodb.GetItemInput{TableName: aws.String(os.Getenv("TABLE"))}`: the variable
  // naming the resource an input acts on.
  std::string resourceEnvOfComposite(TSNode composite) {
    static const std::set<std::string_view> kResourceFields{
        "Bucket", "TableName", "QueueUrl", "TopicArn", "TargetArn", "FunctionName",
        "StateMachineArn", "SecretId", "StreamName", "StreamARN", "DeliveryStreamName",
        "EventBusName", "KeyId", "Name"};
    TSNode body = field(composite, "body");
    for (uint32_t i = 0; i < namedCount(body); ++i) {
      TSNode e = ts_node_named_child(body, i);
      if (type(e) != "keyed_element") continue;
      if (!kResourceFields.count(text(file_, lastIdentifier(field(e, "key"))))) continue;
      if (std::string env = envOf(field(e, "value")); !env.empty()) return env;
    }
    return {};
  }

  // The resource of an SDK call, from its input argument (after the context).
  std::string resourceEnvOf(TSNode args) {
    for (uint32_t i = 0; i < namedCount(args); ++i) {
      TSNode a = ts_node_named_child(args, i);
      if (type(a) == "unary_expression") a = field(a, "operand");
      if (type(a) == "composite_literal") {
        if (std::string env = resourceEnvOfComposite(a); !env.empty()) return env;
      } else if (type(a) == "identifier") {
        auto it = resourceEnvOfVar_.find(std::string(text(file_, a)));
        if (it != resourceEnvOfVar_.end()) return it->second;
      }
    }
    return {};
  }

  // v1 variants name the same operation: PutItemWithContext, ListObjectsPages, GetObjectRequest.
  static std::string operation(std::string op) {
    for (std::string_view suffix : {"PagesWithContext", "WithContext", "Pages", "Request"})
      if (endsWith(op, suffix) && op.size() > suffix.size()) return op.substr(0, op.size() - suffix.size());
    return op;
  }

  void onKeyed(TSNode k) {
    TSNode key = lastIdentifier(field(k, "key"));
    TSNode value = field(k, "value");
    while (type(value) == "literal_element" && namedCount(value) > 0) value = ts_node_named_child(value, 0);
    std::string name = type(key) == "interpreted_string_literal" || type(key) == "raw_string_literal"
                           ? stringValue(file_, key)
                           : std::string(text(file_, key));
    addLiteral(name, value);
  }

  void onLiteralSpec(TSNode decl) {
    for (const Pair& p : pairs(decl, true))
      if (!ts_node_is_null(p.value)) addLiteral(std::string(text(file_, lastIdentifier(p.name))), p.value);
  }

  void addLiteral(const std::string& name, TSNode value) {
    bool plain = false;
    std::string v = stringValue(file_, value, &plain);
    if (!plain || v.empty() || name.empty() || name == "_") return;
    out_->literals.push_back({name, v, at(value), location(file_, value)});
  }

  void onAssign(TSNode a) {
    std::string fn = at(a);
    std::string_view op = text(file_, field(a, "operator"));
    for (const Pair& p : pairs(a, false)) {
      if (type(p.name) == "selector_expression" && op == "=")
        addLiteral(std::string(text(file_, field(p.name, "field"))), p.value);
      if (fn.empty()) continue;
      if (type(p.name) == "identifier") {
        bool appends = type(p.value) == "call_expression" &&
                       text(file_, field(p.value, "function")) == "append";
        if (appends) noteWrite(p.name, fn, "`append()`", true, a);
        else if (op == "=") noteWrite(p.name, fn, "assignment", false, a);
        else noteWrite(p.name, fn, "augmented assignment", false, a);
      } else if (type(p.name) == "index_expression") {
        TSNode object = field(p.name, "operand");
        if (type(object) == "identifier") noteWrite(object, fn, "item assignment", true, a);
      } else if (type(p.name) == "selector_expression") {
        TSNode object = field(p.name, "operand");
        if (type(object) == "identifier") noteWrite(object, fn, "attribute assignment", false, a);
      }
    }
  }

  void onInc(TSNode i) {
    std::string fn = at(i);
    TSNode target = namedCount(i) > 0 ? ts_node_named_child(i, 0) : TSNode{};
    if (!fn.empty() && type(target) == "identifier") noteWrite(target, fn, "augmented assignment", false, i);
  }

  void noteWrite(TSNode target, const std::string& fn, std::string how, bool grows, TSNode where) {
    std::string var(text(file_, target));
    if (!out_->moduleVariable(var) || locals_[fn].count(var) || params_[fn].count(var)) return;
    out_->stateWrites.push_back({var, std::move(how), grows, fn, location(file_, where)});
  }

  // os.Getenv("X") is "" when unset: a read counts as having a default when the code checks
  // the result for "" (directly, or through the variable it is assigned to).
  void finishEnvReads() {
    for (const PendingEnv& e : pendingEnv_) {
      bool checked = e.lookup || checkedCalls_.count(ts_node_start_byte(e.call)) > 0;
      if (!checked) {
        std::string var = boundName(e.call);
        checked = !var.empty() && emptyChecks_[e.function].count(var) > 0;
      }
      out_->envReads.push_back({e.name, checked, false, e.function, location(file_, e.call)});
    }
  }

  struct PendingEnv {
    TSNode call;
    std::string name;
    bool lookup;
    std::string function;
  };

  const SourceFile& file_;
  std::shared_ptr<model::CodeSummary> out_;
  std::map<std::string, std::string> imports_;  // name in the file -> import path
  std::vector<Span> spans_;
  int literals_ = 0;
  std::map<std::string, std::map<std::string, std::pair<TSNode, TSNode>>> localLiterals_;
  std::map<std::string, std::set<std::string>> locals_, params_, emptyChecks_;
  std::set<uint32_t> checkedCalls_;
  std::map<std::string, ClientVar> clientVars_;
  std::map<std::string, std::string> envOfVar_;          // table := os.Getenv("TABLE")
  std::map<std::string, std::string> resourceEnvOfVar_;  // an SDK input -> its resource's env var
  std::map<std::string, bool> httpClients_;      // variable -> has a Timeout
  std::map<std::string, bool> requestTimeouts_;  // request variable -> its context has a deadline
  std::set<std::string> timeoutContexts_;
  std::vector<PendingEnv> pendingEnv_;
};

}  // namespace

std::shared_ptr<model::CodeSummary> analyzeGo(std::shared_ptr<const SourceFile> file) {
  return GoAnalyzer(std::move(file)).run();
}

}  // namespace lambdalint::analyzers
