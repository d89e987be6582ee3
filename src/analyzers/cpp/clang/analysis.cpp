// The C++ analyzer proper: Clang LibTooling with AST matchers over one translation unit. The
// only file of lambdalint that includes Clang headers (compiling it takes ~15 s and ~1 GB).
//
// What it reports is the language-neutral summary of include/lambdalint/model/
// handler_summary.hpp, as JSON: functions (with the lambda passed to run_handler as a
// function of its own), namespace-scope and function-local static variables and the writes
// to them, AWS SDK clients and Aws::InitAPI, getenv reads, string literals bound to names,
// SDK operations called on clients, libcurl transfers without a timeout and SDK client
// configurations that turn timeouts off. Code directly in `main` runs once per execution
// environment, like a Python module's top level, so it is reported as module scope ("").
#include "analyzers/cpp/clang/analysis.hpp"

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>
#include <clang/ASTMatchers/ASTMatchers.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/Lexer.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/Path.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "analyzers/cpp/clang/stubs.hpp"

namespace lambdalint::cpp {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using json = nlohmann::json;

// --- what a name or a type is ---------------------------------------------------------------

std::string qualified(const NamedDecl* d) {
  std::string s = d->getQualifiedNameAsString();
  for (std::string_view anon : {"(anonymous namespace)::", "(anonymous)::"})
    for (size_t p; (p = s.find(anon)) != std::string::npos;) s.erase(p, anon.size());
  return s;
}

// "s3" for Aws::S3::S3Client, "dynamodb" for Aws::DynamoDB::DynamoDBClient; nullopt when the
// class is not an AWS SDK service client.
std::optional<std::string> awsClientService(const CXXRecordDecl* rd) {
  if (!rd || !rd->getIdentifier()) return std::nullopt;
  std::string name = qualified(rd);
  if (name.rfind("Aws::", 0) != 0 || !llvm::StringRef(name).endswith("Client")) return std::nullopt;
  std::string rest = name.substr(5);
  size_t colons = rest.find("::");
  if (colons == std::string::npos) return std::nullopt;
  std::string ns = rest.substr(0, colons);
  static const std::set<std::string> kNotServices{"Client", "Http", "Internal", "Utils", "Crt",
                                                  "Auth", "Monitoring", "Net", "Config"};
  if (kNotServices.count(ns)) return std::nullopt;
  if (ns == "S3Crt" || ns == "S3Encryption") ns = "S3";
  std::string service;
  for (char c : ns) service += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return service;
}

bool isMapLike(QualType t) {
  const CXXRecordDecl* rd = t.getNonReferenceType()->getAsCXXRecordDecl();
  if (!rd || !rd->getIdentifier()) return false;
  std::string n = qualified(rd);
  return n == "std::map" || n == "std::unordered_map" || n == "std::multimap" ||
         n == "std::unordered_multimap";
}

bool isContainer(QualType t) {
  const CXXRecordDecl* rd = t.getNonReferenceType()->getAsCXXRecordDecl();
  if (!rd || !rd->getIdentifier()) return false;
  static const std::set<std::string> kContainers{
      "std::map", "std::unordered_map", "std::multimap", "std::unordered_multimap",
      "std::vector", "std::deque", "std::list", "std::forward_list", "std::set",
      "std::unordered_set", "std::multiset", "std::unordered_multiset", "std::basic_string",
      "std::queue", "std::stack", "std::priority_queue", "std::__cxx11::basic_string"};
  return kContainers.count(qualified(rd)) > 0;
}

bool isString(QualType t) {
  const CXXRecordDecl* rd = t.getNonReferenceType()->getAsCXXRecordDecl();
  if (!rd || !rd->getIdentifier()) return false;
  std::string n = qualified(rd);
  return n == "std::basic_string" || n == "std::__cxx11::basic_string";
}

// What an initialiser or argument is made from, through conversions, temporaries and
// converting or copying constructors (`Aws::String(std::getenv("B"))` -> the getenv call).
const Expr* throughConversions(const Expr* e) {
  for (int i = 0; e && i < 16; ++i) {
    e = e->IgnoreParenImpCasts();
    if (const auto* c = dyn_cast<ExprWithCleanups>(e)) e = c->getSubExpr();
    else if (const auto* b = dyn_cast<CXXBindTemporaryExpr>(e)) e = b->getSubExpr();
    else if (const auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) e = m->getSubExpr();
    else if (const auto* f = dyn_cast<CXXFunctionalCastExpr>(e)) e = f->getSubExpr();
    else if (const auto* k = dyn_cast<CXXConstructExpr>(e); k && k->getNumArgs() > 0) e = k->getArg(0);
    else if (const auto* l = dyn_cast<InitListExpr>(e)) e = l->getNumInits() == 1 ? l->getInit(0) : nullptr;
    else return e;
  }
  return nullptr;
}

// The string literal an initialiser or argument is, through conversions and constructors.
const StringLiteral* literalOf(const Expr* e) { return dyn_cast_or_null<StringLiteral>(throughConversions(e)); }

std::string literalText(const StringLiteral* s) {
  if (s->getCharByteWidth() != 1) return {};
  return s->getBytes().str();
}

// --- diagnostics: counted, the first few kept for notes ------------------------------------

class Diagnostics : public DiagnosticConsumer {
 public:
  void HandleDiagnostic(DiagnosticsEngine::Level level, const Diagnostic& info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < DiagnosticsEngine::Error) return;
    llvm::SmallString<160> message;
    info.FormatDiagnostic(message);
    bool inMain = false, inStub = false;
    unsigned line = 0;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const SourceManager& sm = info.getSourceManager();
      SourceLocation at = sm.getExpansionLoc(info.getLocation());
      inMain = sm.isWrittenInMainFile(at);
      inStub = sm.getFilename(at).startswith(llvm::StringRef(kStubRoot.data(), kStubRoot.size()));
      line = sm.getExpansionLineNumber(at);
    }
    std::string text = message.str().str();
    if (llvm::StringRef(text).endswith("file not found") && missing.size() < 8) missing.push_back(text);
    if (inStub) ++stubErrors;
    if (inMain) {
      ++mainErrors;
      if (first.empty()) first = "line " + std::to_string(line) + ": " + text;
    } else if (!inStub) {
      ++otherErrors;
    }
  }
  unsigned mainErrors = 0, stubErrors = 0, otherErrors = 0;
  std::string first;
  std::vector<std::string> missing;
};

// --- the analysis of one translation unit ---------------------------------------------------

class Analysis : public MatchFinder::MatchCallback {
 public:
  explicit Analysis(json& out) : out_(out) {}

  void run(ASTContext& ctx) {
    ctx_ = &ctx;
    sm_ = &ctx.getSourceManager();
    ran_ = true;
    structure();
    MatchFinder facts;
    facts.addMatcher(declRefExpr(isExpansionInMainFile()).bind("ref"), this);
    facts.addMatcher(cxxConstructExpr(isExpansionInMainFile()).bind("construct"), this);
    facts.addMatcher(callExpr(isExpansionInMainFile()).bind("call"), this);
    facts.addMatcher(varDecl(isExpansionInMainFile()).bind("var"), this);
    facts.addMatcher(fieldDecl(isExpansionInMainFile(), hasInClassInitializer(expr())).bind("field"), this);
    facts.addMatcher(binaryOperator(isExpansionInMainFile(), isAssignmentOperator()).bind("assign"), this);
    // Variables first: writes refer to them.
    for (const VarDecl* v : vars_) addVariable(v);
    facts.matchAST(ctx);
    finish();
  }

  bool ran() const { return ran_; }
  std::set<std::string> stubsUsed;

 private:
  // Pass 1: functions, lambdas, run_handler and the variables that hold module state.
  void structure() {
    struct Collect : MatchFinder::MatchCallback {
      std::vector<const FunctionDecl*> functions;
      std::vector<const LambdaExpr*> lambdas;
      std::vector<const CallExpr*> runs;
      std::vector<const VarDecl*> vars;
      void run(const MatchFinder::MatchResult& r) override {
        if (const auto* f = r.Nodes.getNodeAs<FunctionDecl>("fn")) functions.push_back(f);
        if (const auto* l = r.Nodes.getNodeAs<LambdaExpr>("lambda")) lambdas.push_back(l);
        if (const auto* c = r.Nodes.getNodeAs<CallExpr>("run")) runs.push_back(c);
        if (const auto* v = r.Nodes.getNodeAs<VarDecl>("state")) vars.push_back(v);
      }
    } collect;
    MatchFinder finder;
    finder.addMatcher(functionDecl(isDefinition(), isExpansionInMainFile()).bind("fn"), &collect);
    finder.addMatcher(lambdaExpr(isExpansionInMainFile()).bind("lambda"), &collect);
    finder.addMatcher(
        callExpr(isExpansionInMainFile(),
                 callee(functionDecl(hasName("::aws::lambda_runtime::run_handler"))))
            .bind("run"),
        &collect);
    finder.addMatcher(varDecl(isExpansionInMainFile(), hasGlobalStorage(), unless(parmVarDecl()))
                          .bind("state"),
                      &collect);
    finder.matchAST(*ctx_);

    // The handler: what the first run_handler call is given.
    for (const CallExpr* run : collect.runs) {
      if (skipped(DynTypedNode::create(*run))) continue;
      for (const Expr* arg : run->arguments()) {
        if (const LambdaExpr* l = handlerLambda(arg)) {
          own_.insert(l);
          startedLambda_ = l;
        } else if (const FunctionDecl* f = handlerFunction(arg)) {
          out_["startedHandler"] = qualified(f);
        }
      }
      if (out_.contains("startedHandler") || startedLambda_) break;
    }
    // Lambdas written directly in `main` are functions of their own (main's own code is
    // module scope).
    for (const LambdaExpr* l : collect.lambdas) {
      Context c = context(DynTypedNode::create(*l));
      if (!c.skip && !c.lambda && c.outer && c.outer->isMain()) own_.insert(l);
    }
    for (const LambdaExpr* l : collect.lambdas)
      if (own_.count(l)) {
        Context c = context(DynTypedNode::create(*l));
        std::string prefix = c.outer ? qualified(c.outer) + "::" : "";
        lambdaNames_[l] = prefix + "<lambda at line " +
                          std::to_string(sm_->getExpansionLineNumber(l->getBeginLoc())) + ">";
      }
    if (startedLambda_) out_["startedHandler"] = lambdaNames_[startedLambda_];

    for (const FunctionDecl* f : collect.functions) {
      if (f->isTemplateInstantiation() || f->getParentFunctionOrMethod()) continue;
      if (const auto* m = dyn_cast<CXXMethodDecl>(f); m && m->getParent()->isLambda()) continue;
      if (skipped(DynTypedNode::create(*f))) continue;
      addFunction(qualified(f), f->getLocation(), f->getSourceRange(), f->getBody());
    }
    for (const LambdaExpr* l : collect.lambdas)
      if (own_.count(l)) addFunction(lambdaNames_[l], l->getBeginLoc(), l->getSourceRange(), l->getBody());

    for (const VarDecl* v : collect.vars) {
      QualType t = v->getType();
      if (t.isConstQualified() || v->isConstexpr() || t->isReferenceType()) continue;
      if (v->hasExternalStorage() && !v->hasInit()) continue;
      if (skipped(DynTypedNode::create(*v))) continue;
      vars_.push_back(v);
    }
  }

  const LambdaExpr* handlerLambda(const Expr* e, int depth = 0) {
    if (!e || depth > 32) return nullptr;
    e = e->IgnoreParenImpCasts();
    if (const auto* l = dyn_cast<LambdaExpr>(e)) return l;
    if (const auto* r = dyn_cast<DeclRefExpr>(e))
      if (const auto* v = dyn_cast<VarDecl>(r->getDecl()); v && v->getInit())
        return handlerLambda(v->getInit(), depth + 1);
    if (isa<CallExpr>(e) && !isa<CXXOperatorCallExpr>(e)) {
      for (const Expr* a : cast<CallExpr>(e)->arguments())
        if (const LambdaExpr* l = handlerLambda(a, depth + 1)) return l;
      return nullptr;
    }
    for (const Stmt* child : e->children())
      if (const auto* ce = dyn_cast_or_null<Expr>(child))
        if (const LambdaExpr* l = handlerLambda(ce, depth + 1)) return l;
    return nullptr;
  }

  const FunctionDecl* handlerFunction(const Expr* e, int depth = 0) {
    if (!e || depth > 32) return nullptr;
    e = e->IgnoreParenImpCasts();
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) {
      if (const auto* f = dyn_cast<FunctionDecl>(r->getDecl())) return f;
      if (const auto* v = dyn_cast<VarDecl>(r->getDecl()); v && v->getInit())
        return handlerFunction(v->getInit(), depth + 1);
      return nullptr;
    }
    if (const auto* call = dyn_cast<CallExpr>(e); call && !isa<CXXOperatorCallExpr>(e)) {
      for (const Expr* a : call->arguments())  // std::bind(&Handler::handle, ...)
        if (const FunctionDecl* f = handlerFunction(a, depth + 1)) return f;
      return nullptr;
    }
    for (const Stmt* child : e->children())
      if (const auto* ce = dyn_cast_or_null<Expr>(child))
        if (const FunctionDecl* f = handlerFunction(ce, depth + 1)) return f;
    return nullptr;
  }

  // --- where a node is ---------------------------------------------------------------------
  struct Context {
    const FunctionDecl* outer = nullptr;  // outermost function (not a lambda's operator())
    const LambdaExpr* lambda = nullptr;   // innermost enclosing lambda
    const LambdaExpr* own = nullptr;      // innermost enclosing lambda that is a function
    bool skip = false;                    // in a template instantiation: seen in its pattern
  };

  Context context(DynTypedNode n) {
    Context c;
    for (int depth = 0; depth < 4096; ++depth) {
      DynTypedNodeList parents = ctx_->getParents(n);
      if (parents.empty()) break;
      n = parents[0];
      if (const auto* l = n.get<LambdaExpr>()) {
        if (!c.lambda) c.lambda = l;
        if (!c.own && own_.count(l)) c.own = l;
      } else if (const auto* f = n.get<FunctionDecl>()) {
        if (f->isTemplateInstantiation()) c.skip = true;
        if (const auto* m = dyn_cast<CXXMethodDecl>(f); m && m->getParent()->isLambda()) continue;
        c.outer = f;
      } else if (const auto* s = n.get<ClassTemplateSpecializationDecl>()) {
        if (s->getSpecializationKind() == TSK_ImplicitInstantiation) c.skip = true;
      }
    }
    return c;
  }

  bool skipped(const DynTypedNode& n) { return context(n).skip; }

  std::string functionOf(const Context& c) {
    if (c.own) return lambdaNames_[c.own];
    if (!c.outer || c.outer->isMain()) return "";
    return qualified(c.outer);
  }

  // --- positions ---------------------------------------------------------------------------
  json loc(SourceRange r) {
    SourceLocation b = sm_->getExpansionLoc(r.getBegin());
    SourceLocation e = sm_->getExpansionLoc(r.getEnd());
    SourceLocation after = Lexer::getLocForEndOfToken(e, 0, *sm_, ctx_->getLangOpts());
    if (after.isInvalid() || !sm_->isWrittenInMainFile(after)) after = e;
    unsigned bl = sm_->getExpansionLineNumber(b), bc = sm_->getExpansionColumnNumber(b);
    unsigned el = sm_->getExpansionLineNumber(after), ec = sm_->getExpansionColumnNumber(after);
    if (el < bl || (el == bl && ec < bc)) el = bl, ec = bc;
    return json::array({bl, bc, el, ec});
  }

  // --- functions -----------------------------------------------------------------------------
  void addFunction(const std::string& name, SourceLocation at, SourceRange span, const Stmt* body) {
    if (functionIndex_.count(name) || !body) return;
    json f;
    f["name"] = name;
    f["where"] = loc(SourceRange(at, at));
    f["span"] = loc(span);
    unsigned first = sm_->getExpansionLineNumber(body->getBeginLoc());
    unsigned last = sm_->getExpansionLineNumber(body->getEndLoc());
    f["lines"] = last >= first ? last - first + 1 : 1;
    int statements = 0, branches = 0;
    count(body, statements, branches);
    f["statements"] = statements;
    f["branches"] = branches;
    f["calls"] = json::array();
    functionIndex_[name] = functions_.size();
    functions_.push_back(std::move(f));
  }

  static void count(const Stmt* s, int& statements, int& branches, int depth = 0) {
    if (!s || depth > 512) return;
    if (isa<IfStmt, ForStmt, CXXForRangeStmt, WhileStmt, DoStmt, CaseStmt, CXXCatchStmt,
            ConditionalOperator, BinaryConditionalOperator>(s))
      ++branches;
    if (const auto* b = dyn_cast<BinaryOperator>(s); b && b->isLogicalOp()) ++branches;
    auto body = [&](const Stmt* b) {  // an unbraced body is one statement
      if (b && !isa<CompoundStmt>(b) && !isa<NullStmt>(b)) ++statements;
    };
    if (const auto* i = dyn_cast<IfStmt>(s)) body(i->getThen()), body(i->getElse());
    if (const auto* f = dyn_cast<ForStmt>(s)) body(f->getBody());
    if (const auto* r = dyn_cast<CXXForRangeStmt>(s)) body(r->getBody());
    if (const auto* w = dyn_cast<WhileStmt>(s)) body(w->getBody());
    if (const auto* d = dyn_cast<DoStmt>(s)) body(d->getBody());
    bool compound = isa<CompoundStmt>(s);
    for (const Stmt* child : s->children()) {
      if (!child) continue;
      if (compound && !isa<NullStmt>(child)) ++statements;
      count(child, statements, branches, depth + 1);
    }
  }

  // --- module state --------------------------------------------------------------------------
  void addVariable(const VarDecl* v) {
    std::string name = v->getNameAsString();
    if (name.empty()) return;
    if (usedNames_.count(name)) {  // two statics of one name: tell them apart
      Context c = context(DynTypedNode::create(*v));
      if (c.outer) name = qualified(c.outer) + "::" + name;
    }
    if (!usedNames_.insert(name).second) return;
    varNames_[v] = name;
    json j;
    j["name"] = name;
    j["where"] = loc(SourceRange(v->getLocation(), v->getLocation()));
    j["mutableContainer"] = isContainer(v->getType());
    variables_.push_back(std::move(j));
  }

  const Stmt* parentOf(const Stmt* s) {
    DynTypedNodeList p = ctx_->getParents(*s);
    return p.empty() ? nullptr : p[0].get<Stmt>();
  }

  void onStateRef(const DeclRefExpr* ref, const VarDecl* v, const std::string& name) {
    Context c = context(DynTypedNode::create(*ref));
    if (c.skip) return;
    std::string function = functionOf(c);
    if (function.empty()) return;  // module scope and main: run once, at cold start
    const Expr* cur = ref;
    bool member = false, subscript = false, mapSubscript = false;
    std::string how;
    bool grows = false;
    for (int i = 0; i < 64 && !cur->getType().isNull(); ++i) {
      const Stmt* p = parentOf(cur);
      if (!p) break;
      if (const auto* ic = dyn_cast<ImplicitCastExpr>(p)) {
        if (ic->getCastKind() == CK_LValueToRValue) break;  // a read
        cur = ic;
        continue;
      }
      if (isa<ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(p)) {
        cur = cast<Expr>(p);
        continue;
      }
      if (const auto* m = dyn_cast<MemberExpr>(p)) {
        if (const auto* method = dyn_cast<CXXMethodDecl>(m->getMemberDecl())) {
          methodWrite(method->getNameAsString(), v->getType(), how, grows);
          break;
        }
        member = true;
        cur = m;
        continue;
      }
      if (const auto* a = dyn_cast<ArraySubscriptExpr>(p); a && a->getBase()->IgnoreParenImpCasts() == cur->IgnoreParenImpCasts()) {
        subscript = true;
        cur = a;
        continue;
      }
      if (const auto* op = dyn_cast<CXXOperatorCallExpr>(p)) {
        if (op->getNumArgs() == 0 || op->getArg(0)->IgnoreParenImpCasts() != cur->IgnoreParenImpCasts()) break;
        OverloadedOperatorKind k = op->getOperator();
        if (k == OO_Subscript) {
          subscript = true;
          mapSubscript = mapSubscript || isMapLike(cur->getType());
          cur = op;
          continue;
        }
        if (k == OO_Arrow) {
          member = true;
          cur = op;
          continue;
        }
        if (k == OO_Equal) how = subscript ? "item assignment" : member ? "member assignment" : "assignment";
        else if (k == OO_PlusPlus || k == OO_MinusMinus) how = k == OO_PlusPlus ? "increment" : "decrement";
        else if (k >= OO_PlusEqual && k <= OO_PipeEqual) how = "augmented assignment", grows = k == OO_PlusEqual && isString(cur->getType());
        else if (k == OO_LessLessEqual || k == OO_GreaterGreaterEqual) how = "augmented assignment";
        grows = grows || (how == "item assignment" && mapSubscript);
        break;
      }
      if (const auto* b = dyn_cast<BinaryOperator>(p)) {
        if (b->isAssignmentOp() && b->getLHS()->IgnoreParenImpCasts() == cur->IgnoreParenImpCasts()) {
          if (b->getOpcode() == BO_Assign)
            how = subscript ? "item assignment" : member ? "member assignment" : "assignment";
          else
            how = "augmented assignment";
          grows = how == "item assignment" && mapSubscript;
        }
        break;
      }
      if (const auto* u = dyn_cast<UnaryOperator>(p)) {
        if (u->isIncrementDecrementOp()) how = u->isIncrementOp() ? "increment" : "decrement";
        break;
      }
      break;
    }
    if (how.empty()) return;
    json w;
    w["variable"] = name;
    w["how"] = how;
    w["grows"] = grows;
    w["function"] = function;
    w["where"] = loc(ref->getSourceRange());
    writes_.push_back(std::move(w));
  }

  static void methodWrite(const std::string& method, QualType, std::string& how, bool& grows) {
    static const std::set<std::string> kGrow{"push_back", "emplace_back", "push_front",
                                             "emplace_front", "insert", "emplace", "emplace_hint",
                                             "try_emplace", "insert_or_assign", "append", "push"};
    static const std::set<std::string> kUpdate{"erase", "clear", "pop_back", "pop_front", "pop",
                                               "swap", "merge", "extract", "resize", "assign"};
    if (kGrow.count(method)) how = "`." + method + "()`", grows = true;
    else if (kUpdate.count(method)) how = "`." + method + "()`";
    else if (method == "reset") how = "assignment";  // lazy initialisation of a smart pointer
  }

  // --- facts ---------------------------------------------------------------------------------
  void run(const MatchFinder::MatchResult& r) override {
    if (const auto* ref = r.Nodes.getNodeAs<DeclRefExpr>("ref")) return onRef(ref);
    if (const auto* ce = r.Nodes.getNodeAs<CXXConstructExpr>("construct")) return onConstruct(ce);
    if (const auto* call = r.Nodes.getNodeAs<CallExpr>("call")) return onCall(call);
    if (const auto* v = r.Nodes.getNodeAs<VarDecl>("var")) {
      if (isa<ParmVarDecl>(v) || !v->getInit()) return;
      if (const StringLiteral* s = literalOf(v->getInit())) addLiteral(v->getNameAsString(), s, DynTypedNode::create(*v));
      return;
    }
    if (const auto* f = r.Nodes.getNodeAs<FieldDecl>("field")) {
      if (const StringLiteral* s = literalOf(f->getInClassInitializer()))
        addLiteral(f->getNameAsString(), s, DynTypedNode::create(*f));
      return;
    }
    if (const auto* b = r.Nodes.getNodeAs<BinaryOperator>("assign")) {
      onConfigAssign(b->getLHS(), b->getRHS(), b);
      if (const StringLiteral* s = literalOf(b->getRHS())) addLiteral(nameOf(b->getLHS()), s, DynTypedNode::create(*b));
      return;
    }
  }

  static std::string nameOf(const Expr* e) {
    e = e->IgnoreParenImpCasts();
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) return r->getDecl()->getNameAsString();
    if (const auto* m = dyn_cast<MemberExpr>(e)) return m->getMemberDecl()->getNameAsString();
    return {};
  }

  void onRef(const DeclRefExpr* ref) {
    if (const auto* v = dyn_cast<VarDecl>(ref->getDecl())) {
      if (auto it = varNames_.find(v); it != varNames_.end()) onStateRef(ref, v, it->second);
      if (auto it = envVars_.find(v); it != envVars_.end() && checked(ref)) envReads_[it->second]["hasDefault"] = true;
      return;
    }
    if (const auto* f = dyn_cast<FunctionDecl>(ref->getDecl())) addCall(ref, f);
  }

  // A call of (or reference to) a function defined in this file.
  void addCall(const Expr* at, const FunctionDecl* f) {
    const FunctionDecl* def = f->getDefinition();
    if (!def || !sm_->isWrittenInMainFile(sm_->getExpansionLoc(def->getLocation()))) return noteProjectCode(f);
    std::string callee = qualified(def);
    Context c = context(DynTypedNode::create(*at));
    if (c.skip) return;
    std::string from = c.own ? lambdaNames_[c.own] : c.outer ? qualified(c.outer) : "";
    auto it = functionIndex_.find(from);
    if (it == functionIndex_.end() || callee == from) return;
    json& calls = functions_[it->second]["calls"];
    if (std::find(calls.begin(), calls.end(), callee) == calls.end()) calls.push_back(callee);
  }

  // --- the resource an SDK call acts on --------------------------------------------------

  static const VarDecl* varOf(const Expr* e) {
    const auto* ref = e ? dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts()) : nullptr;
    return ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
  }

  // The environment variable a value comes from: `std::getenv("BUCKET")`, or a variable
  // initialised with it, through conversions; "" when not known.
  std::string envOf(const Expr* e, int depth = 0) const {
    e = throughConversions(e);
    if (!e || depth > 4) return {};
    if (const VarDecl* v = varOf(e)) return v->getInit() ? envOf(v->getInit(), depth + 1) : std::string();
    const auto* call = dyn_cast<CallExpr>(e);
    const FunctionDecl* fd = call ? call->getDirectCallee() : nullptr;
    if (!fd || !fd->getIdentifier() || call->getNumArgs() < 1) return {};
    std::string name = qualified(fd);
    if (name != "getenv" && name != "std::getenv" && name != "secure_getenv" && name != "Aws::Environment::GetEnv")
      return {};
    const StringLiteral* s = literalOf(call->getArg(0));
    return s ? literalText(s) : std::string();
  }

  // `request.SetBucket(std::getenv("BUCKET"))`, `.WithTableName(table)`: the environment
  // variable naming the resource, when the setter names one (Bucket, TableName, QueueUrl...).
  std::optional<std::string> resourceSetterEnv(const CXXMemberCallExpr* mc) const {
    static const std::set<std::string, std::less<>> kResourceFields{
        "Bucket", "TableName", "QueueUrl", "TopicArn", "TargetArn", "FunctionName",
        "StateMachineArn", "SecretId", "StreamName", "StreamARN", "DeliveryStreamName",
        "EventBusName", "KeyId", "Name"};
    const CXXMethodDecl* m = mc->getMethodDecl();
    if (!m || !m->getIdentifier() || mc->getNumArgs() != 1) return std::nullopt;
    llvm::StringRef op = m->getName();
    if (!(op.consume_front("Set") || op.consume_front("With")) || !kResourceFields.count(op.str())) return std::nullopt;
    std::string env = envOf(mc->getArg(0));
    if (env.empty()) return std::nullopt;
    return env;
  }

  // `GetObjectRequest().WithBucket(std::getenv("B")).WithKey(k)` written as the argument.
  std::string resourceEnvOfChain(const Expr* e) const {
    for (int i = 0; e && i < 32; ++i) {
      const auto* mc = dyn_cast<CXXMemberCallExpr>(e->IgnoreParenImpCasts());
      if (!mc) return {};
      if (std::optional<std::string> env = resourceSetterEnv(mc)) return *env;
      e = throughConversions(mc->getImplicitObjectArgument());
    }
    return {};
  }

  // A function of the project's own code that this file uses but does not define (in another
  // source file, or in one of the project's headers): its calls are not seen. Recorded like an
  // import (the header, or the function's name), so IAM results say they are incomplete.
  void noteProjectCode(const FunctionDecl* f) {
    SourceLocation l = sm_->getExpansionLoc(f->getLocation());
    if (l.isInvalid() || f->isImplicit() || sm_->isInSystemHeader(l)) return;
    llvm::StringRef file = sm_->getFilename(l);
    if (file.empty() || file.startswith(llvm::StringRef(kStubRoot.data(), kStubRoot.size()))) return;
    std::string name = qualified(f);
    for (std::string_view library : {"Aws::", "aws::", "std::", "__gnu_cxx::", "nlohmann::", "fmt::"})
      if (llvm::StringRef(name).startswith(library)) return;
    projectCode_.insert(sm_->isWrittenInMainFile(l) ? name : llvm::sys::path::filename(file).str());
  }

  void addClient(const std::string& kind, const std::string& call, const std::string& service,
                 const Stmt* at, SourceRange range) {
    Context c = context(DynTypedNode::create(*at));
    if (c.skip) return;
    std::string variable;
    DynTypedNodeList p = ctx_->getParents(*at);
    for (int i = 0; i < 8 && !p.empty(); ++i) {
      if (const auto* v = p[0].get<VarDecl>()) {
        variable = v->getNameAsString();
        range = v->getSourceRange();
        break;
      }
      if (!p[0].get<ImplicitCastExpr>() && !p[0].get<ExprWithCleanups>() &&
          !p[0].get<CXXBindTemporaryExpr>() && !p[0].get<MaterializeTemporaryExpr>() &&
          !p[0].get<CXXNewExpr>() && !p[0].get<CXXConstructExpr>())
        break;
      if (const auto* n = p[0].get<CXXNewExpr>()) range = n->getSourceRange();
      p = ctx_->getParents(p[0]);
    }
    json j;
    j["kind"] = kind;
    j["call"] = call;
    j["service"] = service;
    j["variable"] = variable;
    j["function"] = functionOf(c);
    j["where"] = loc(range);
    clients_.push_back(std::move(j));
  }

  void onConstruct(const CXXConstructExpr* ce) {
    const CXXConstructorDecl* ctor = ce->getConstructor();
    if (!ctor || ctor->isCopyOrMoveConstructor()) return;
    const CXXRecordDecl* cls = ctor->getParent();
    if (auto service = awsClientService(cls)) {
      addClient("aws", qualified(cls), *service, ce, ce->getSourceRange());
      return;
    }
    // Aws::Auth::AWSCredentials("AKIA...", "secret"): the arguments' roles are known.
    if (cls && cls->getIdentifier() &&
        (qualified(cls) == "Aws::Auth::AWSCredentials" ||
         qualified(cls) == "Aws::Auth::SimpleAWSCredentialsProvider")) {
      static const char* kNames[] = {"aws_access_key_id", "aws_secret_access_key", "aws_session_token"};
      for (unsigned i = 0; i < ce->getNumArgs() && i < 3; ++i)
        if (const StringLiteral* s = literalOf(ce->getArg(i))) addLiteral(kNames[i], s, DynTypedNode::create(*ce));
    }
  }

  void onCall(const CallExpr* call) {
    if (const auto* mc = dyn_cast<CXXMemberCallExpr>(call)) return onMemberCall(mc);
    // `config.requestTimeoutMs = 0` when the SDK type is a stub (an operator= call).
    if (const auto* op = dyn_cast<CXXOperatorCallExpr>(call); op && op->getOperator() == OO_Equal && op->getNumArgs() == 2)
      return onConfigAssign(op->getArg(0), op->getArg(1), op);
    const FunctionDecl* fd = call->getDirectCallee();
    if (!fd || !fd->getIdentifier()) return;
    std::string name = qualified(fd);
    if (name == "curl_easy_setopt") return onCurlOption(call);
    if (name == "curl_easy_perform") return onCurlPerform(call);
    if (name == "curl_easy_init") curlHandles_.insert(assignedTo(call));
    if (name == "getenv" || name == "std::getenv" || name == "secure_getenv" ||
        name == "Aws::Environment::GetEnv")
      return onGetenv(call, name);
    if (name == "Aws::InitAPI") return addClient("aws", "Aws::InitAPI", "", call, call->getSourceRange());
    if (name == "curl_easy_init") return addClient("http", "curl_easy_init()", "", call, call->getSourceRange());
    if (name == "std::make_shared" || name == "std::make_unique" || name == "std::allocate_shared" ||
        name == "Aws::MakeShared" || name == "Aws::MakeUnique" || name == "Aws::New") {
      const TemplateArgumentList* args = fd->getTemplateSpecializationArgs();
      if (!args || args->size() == 0 || args->get(0).getKind() != TemplateArgument::Type) return;
      const CXXRecordDecl* cls = args->get(0).getAsType()->getAsCXXRecordDecl();
      if (auto service = awsClientService(cls))
        addClient("aws", name + "<" + qualified(cls) + ">", *service, call, call->getSourceRange());
    }
  }

  void onMemberCall(const CXXMemberCallExpr* mc) {
    const CXXMethodDecl* method = mc->getMethodDecl();
    if (!method || !method->getIdentifier()) return;
    std::string op = method->getNameAsString();
    addCall(mc, method);
    // The object as written (s3, or s3-> through a smart pointer), before the conversion to
    // the class that declares the method (a base class of the client).
    const Expr* objectExpr = mc->getImplicitObjectArgument();
    QualType object = objectExpr ? objectExpr->IgnoreParenImpCasts()->getType() : QualType();
    if (!object.isNull() && object->isPointerType()) object = object->getPointeeType();
    const CXXRecordDecl* cls = object.isNull() ? nullptr : object->getAsCXXRecordDecl();
    if (auto service = awsClientService(cls)) {
      for (std::string_view suffix : {"Async", "Callable"})
        if (op.size() > suffix.size() && llvm::StringRef(op).endswith(suffix)) op.resize(op.size() - suffix.size());
      static const std::set<std::string> kNotOperations{"OverrideEndpoint", "GetServiceClientName",
                                                        "GetAllocationTag", "accessEndpointProvider"};
      if (op.empty() || !std::isupper(static_cast<unsigned char>(op[0])) || kNotOperations.count(op)) return;
      Context c = context(DynTypedNode::create(*mc));
      if (c.skip) return;
      json j;
      j["service"] = *service;
      j["operation"] = op;
      j["function"] = functionOf(c);
      j["where"] = loc(mc->getSourceRange());
      if (mc->getNumArgs() >= 1) {
        const Expr* request = throughConversions(mc->getArg(0));
        if (const VarDecl* v = varOf(request)) pendingRequests_.emplace_back(sdkCalls_.size(), v);
        else if (std::string env = resourceEnvOfChain(request); !env.empty()) j["resourceEnv"] = env;
      }
      sdkCalls_.push_back(std::move(j));
      return;
    }
    if (const VarDecl* request = varOf(objectExpr))
      if (std::optional<std::string> env = resourceSetterEnv(mc)) requestEnv_[request] = *env;
    // config.SetSecretKey("..."), request.WithPassword("..."): the setter names the value.
    for (std::string_view prefix : {"Set", "With", "set_"})
      if (mc->getNumArgs() == 1 && op.size() > prefix.size() && llvm::StringRef(op).startswith(prefix))
        if (const StringLiteral* s = literalOf(mc->getArg(0))) {
          addLiteral(op.substr(prefix.size()), s, DynTypedNode::create(*mc));
          return;
        }
  }

  // --- outbound calls: libcurl and SDK client timeouts ----------------------------------------

  // The variable or member a curl handle is held in: `curl`, `handle.get()`, `this->curl_`.
  static const ValueDecl* handleOf(const Expr* e) {
    for (int i = 0; e && i < 8; ++i) {
      e = e->IgnoreParenImpCasts();
      if (const auto* r = dyn_cast<DeclRefExpr>(e)) return r->getDecl();
      if (const auto* m = dyn_cast<MemberExpr>(e)) return m->getMemberDecl();
      if (const auto* mc = dyn_cast<CXXMemberCallExpr>(e)) {  // a smart pointer's get()
        e = mc->getImplicitObjectArgument();
        continue;
      }
      return nullptr;
    }
    return nullptr;
  }

  // What a curl_easy_init() result is stored in: `CURL* c = curl_easy_init()`, an assignment,
  // a smart pointer constructed from it or reset() to it; nullptr when nothing.
  const ValueDecl* assignedTo(const Expr* init) {
    DynTypedNodeList p = ctx_->getParents(*init);
    for (int i = 0; i < 8 && !p.empty(); ++i) {
      if (const auto* v = p[0].get<VarDecl>()) return v;
      if (const auto* f = p[0].get<FieldDecl>()) return f;
      if (const auto* b = p[0].get<BinaryOperator>()) return b->isAssignmentOp() ? handleOf(b->getLHS()) : nullptr;
      if (const auto* op = p[0].get<CXXOperatorCallExpr>())
        return op->getOperator() == OO_Equal && op->getNumArgs() == 2 ? handleOf(op->getArg(0)) : nullptr;
      if (const auto* mc = p[0].get<CXXMemberCallExpr>())
        return mc->getMethodDecl() && mc->getMethodDecl()->getNameAsString() == "reset"
                   ? handleOf(mc->getImplicitObjectArgument())
                   : nullptr;
      if (!p[0].get<ImplicitCastExpr>() && !p[0].get<ExplicitCastExpr>() && !p[0].get<ParenExpr>() &&
          !p[0].get<CXXConstructExpr>() && !p[0].get<ExprWithCleanups>() &&
          !p[0].get<CXXBindTemporaryExpr>() && !p[0].get<MaterializeTemporaryExpr>() &&
          !p[0].get<InitListExpr>())
        return nullptr;
      p = ctx_->getParents(p[0]);
    }
    return nullptr;
  }

  static const Expr* stripTemporaries(const Expr* e) {
    for (int i = 0; e && i < 8; ++i) {
      e = e->IgnoreParenImpCasts();
      if (const auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) e = m->getSubExpr();
      else if (const auto* c = dyn_cast<CXXConstructExpr>(e); c && c->getNumArgs() == 1) e = c->getArg(0);
      else return e;
    }
    return e;
  }

  static bool isZero(const Expr* e) {
    const auto* lit = dyn_cast_or_null<IntegerLiteral>(stripTemporaries(e));
    return lit && lit->getValue() == 0;
  }

  // curl_easy_setopt(h, CURLOPT_TIMEOUT[_MS], n) with n != 0 bounds every transfer of `h`. A
  // connect timeout alone does not: a server that accepts and then stalls holds the call.
  void onCurlOption(const CallExpr* call) {
    if (call->getNumArgs() < 3) return;
    const auto* opt = dyn_cast<DeclRefExpr>(call->getArg(1)->IgnoreParenImpCasts());
    const std::string option = opt ? opt->getDecl()->getNameAsString() : "";
    if (option != "CURLOPT_TIMEOUT" && option != "CURLOPT_TIMEOUT_MS") return;
    if (isZero(call->getArg(2))) return;  // 0: no timeout
    Context c = context(DynTypedNode::create(*call));
    if (c.skip) return;
    if (const ValueDecl* h = handleOf(call->getArg(0))) curlTimeouts_.insert(h);
  }

  void onCurlPerform(const CallExpr* call) {
    if (call->getNumArgs() < 1) return;
    Context c = context(DynTypedNode::create(*call));
    if (c.skip) return;
    curlPerforms_.push_back({handleOf(call->getArg(0)), functionOf(c), loc(call->getSourceRange())});
  }

  // `config.requestTimeoutMs = 0` / `connectTimeoutMs = 0` on an SDK ClientConfiguration: the
  // SDK's timeouts (3 s request, 1 s connect by default) are turned off for its clients.
  void onConfigAssign(const Expr* lhs, const Expr* rhs, const Stmt* at) {
    const auto* m = dyn_cast<MemberExpr>(lhs->IgnoreParenImpCasts());
    if (!m) return;
    const std::string member = m->getMemberDecl()->getNameAsString();
    if (member != "requestTimeoutMs" && member != "connectTimeoutMs") return;
    QualType base = m->getBase()->IgnoreParenImpCasts()->getType();
    if (!base.isNull() && base->isPointerType()) base = base->getPointeeType();
    const CXXRecordDecl* rd = base.isNull() ? nullptr : base->getAsCXXRecordDecl();
    if (!rd || !rd->getIdentifier() || !llvm::StringRef(rd->getNameAsString()).endswith("ClientConfiguration")) return;
    if (!isZero(rhs)) return;
    Context c = context(DynTypedNode::create(*at));
    if (c.skip) return;
    json j;
    j["call"] = rd->getNameAsString() + "." + member + " = 0";
    j["hasTimeout"] = false;
    j["function"] = functionOf(c);
    j["where"] = loc(at->getSourceRange());
    outbound_.push_back(std::move(j));
  }

  // Transfers whose handle comes from curl_easy_init in this file: with a timeout when one is
  // set on the same handle. A handle from elsewhere (a parameter, a helper) is not judged.
  void finishCurl() {
    for (const CurlPerform& p : curlPerforms_) {
      if (!p.handle || !curlHandles_.count(p.handle)) continue;
      json j;
      j["call"] = "curl_easy_perform";
      j["hasTimeout"] = curlTimeouts_.count(p.handle) > 0;
      j["function"] = p.function;
      j["where"] = p.where;
      outbound_.push_back(std::move(j));
    }
  }

  // Whether a getenv result (or the variable holding it) is tested before use.
  bool checked(const Expr* e) {
    const Stmt* cur = e;
    for (int i = 0; i < 16; ++i) {
      DynTypedNodeList parents = ctx_->getParents(*cur);
      if (parents.empty()) return false;
      const DynTypedNode& p = parents[0];
      if (const auto* s = p.get<Stmt>()) {
        if (isa<ImplicitCastExpr, ParenExpr>(s)) { cur = s; continue; }
        if (const auto* c = dyn_cast<ConditionalOperator>(s)) return c->getCond() == cur;
        if (isa<BinaryConditionalOperator>(s)) return true;
        if (const auto* b = dyn_cast<BinaryOperator>(s))
          return b->isEqualityOp() || b->isLogicalOp();
        if (const auto* u = dyn_cast<UnaryOperator>(s)) return u->getOpcode() == UO_LNot;
        if (const auto* i = dyn_cast<IfStmt>(s)) return i->getCond() == cur;
        if (const auto* w = dyn_cast<WhileStmt>(s)) return w->getCond() == cur;
        if (const auto* o = dyn_cast<CXXOperatorCallExpr>(s))
          return o->getOperator() == OO_EqualEqual || o->getOperator() == OO_ExclaimEqual;
        return false;
      }
      return false;
    }
    return false;
  }

  void onGetenv(const CallExpr* call, const std::string& callee) {
    if (call->getNumArgs() < 1) return;
    const StringLiteral* s = literalOf(call->getArg(0));
    if (!s || literalText(s).empty()) return;
    Context c = context(DynTypedNode::create(*call));
    if (c.skip) return;
    json j;
    j["name"] = literalText(s);
    j["hasDefault"] = callee != "Aws::Environment::GetEnv" && checked(call);
    j["raises"] = false;
    j["function"] = functionOf(c);
    j["where"] = loc(call->getSourceRange());
    // `const char* table = std::getenv("TABLE");` and a later `if (!table)`: checked.
    DynTypedNodeList p = ctx_->getParents(*call);
    for (int i = 0; i < 4 && !p.empty(); ++i) {
      if (const auto* v = p[0].get<VarDecl>()) {
        if (v->getType()->isPointerType()) envVars_[v] = envReads_.size();
        break;
      }
      if (!p[0].get<ImplicitCastExpr>() && !p[0].get<ParenExpr>()) break;
      p = ctx_->getParents(p[0]);
    }
    envReads_.push_back(std::move(j));
  }

  void addLiteral(const std::string& name, const StringLiteral* s, const DynTypedNode& at) {
    std::string value = literalText(s);
    if (name.empty() || value.empty()) return;
    Context c = context(at);
    if (c.skip) return;
    json j;
    j["name"] = name;
    j["value"] = value;
    j["function"] = functionOf(c);
    j["where"] = loc(s->getSourceRange());
    literals_.push_back(std::move(j));
  }

  static void sortByPosition(json& list) {
    std::stable_sort(list.begin(), list.end(), [](const json& a, const json& b) {
      return std::make_pair(a["where"][0].get<unsigned>(), a["where"][1].get<unsigned>()) <
             std::make_pair(b["where"][0].get<unsigned>(), b["where"][1].get<unsigned>());
    });
  }

  void finish() {
    finishCurl();
    // SDK calls given a request variable: the resource its setters named, wherever they are.
    for (const auto& [index, request] : pendingRequests_)
      if (auto it = requestEnv_.find(request); it != requestEnv_.end()) sdkCalls_[index]["resourceEnv"] = it->second;
    for (json* list : {&functions_, &variables_, &writes_, &clients_, &envReads_, &sdkCalls_, &literals_, &outbound_})
      sortByPosition(*list);
    out_["functions"] = std::move(functions_);
    out_["moduleVariables"] = std::move(variables_);
    out_["stateWrites"] = std::move(writes_);
    out_["clients"] = std::move(clients_);
    out_["envReads"] = std::move(envReads_);
    out_["sdkCalls"] = std::move(sdkCalls_);
    out_["literals"] = std::move(literals_);
    out_["outboundCalls"] = std::move(outbound_);
    out_["imports"] = projectCode_;
    // Which stubs stood in for missing headers.
    for (auto it = sm_->fileinfo_begin(); it != sm_->fileinfo_end(); ++it) {
      llvm::StringRef name = it->getFirst()->getName();
      llvm::StringRef root(kStubRoot.data(), kStubRoot.size());
      if (name.startswith(root)) stubsUsed.insert(name.drop_front(root.size() + 1).str());
    }
  }

  json& out_;
  ASTContext* ctx_ = nullptr;
  SourceManager* sm_ = nullptr;
  bool ran_ = false;
  std::set<const LambdaExpr*> own_;
  const LambdaExpr* startedLambda_ = nullptr;
  std::map<const LambdaExpr*, std::string> lambdaNames_;
  std::vector<const VarDecl*> vars_;
  std::map<const VarDecl*, std::string> varNames_;
  std::set<std::string> usedNames_;
  std::map<const VarDecl*, size_t> envVars_;
  std::map<std::string, size_t> functionIndex_;
  struct CurlPerform {
    const ValueDecl* handle;
    std::string function;
    json where;
  };
  std::set<const ValueDecl*> curlHandles_, curlTimeouts_;
  std::vector<CurlPerform> curlPerforms_;
  std::set<std::string> projectCode_;  // see noteProjectCode
  std::map<const VarDecl*, std::string> requestEnv_;  // request variable -> env var of its resource
  std::vector<std::pair<size_t, const VarDecl*>> pendingRequests_;  // sdkCalls_ index, request
  json functions_ = json::array(), variables_ = json::array(), writes_ = json::array(),
       clients_ = json::array(), envReads_ = json::array(), sdkCalls_ = json::array(),
       literals_ = json::array(), outbound_ = json::array();
};

class Consumer : public ASTConsumer {
 public:
  Consumer(Analysis& a, const SourceManager& sm) : a_(a), sm_(sm) {}
  void HandleTranslationUnit(ASTContext& ctx) override {
    if (!a_.ran()) a_.run(ctx);
  }
  // Only the main file's function bodies matter: the bodies of inline functions and templates
  // in headers (the C++ standard library's...) are skipped, which is most of the parse time.
  bool shouldSkipFunctionBody(Decl* d) override {
    return !sm_.isWrittenInMainFile(sm_.getExpansionLoc(d->getLocation()));
  }

 private:
  Analysis& a_;
  const SourceManager& sm_;
};

class Action : public ASTFrontendAction {
 public:
  explicit Action(Analysis& a) : a_(a) {}
  bool BeginSourceFileAction(CompilerInstance& ci) override {
    // After a missing #include, Clang stops instantiating templates unless fatal errors are
    // plain errors; the analysis wants the AST it could recover.
    ci.getDiagnostics().setFatalsAsError(true);
    ci.getFrontendOpts().SkipFunctionBodies = true;  // asks Consumer::shouldSkipFunctionBody
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance& ci, llvm::StringRef) override {
    return std::make_unique<Consumer>(a_, ci.getSourceManager());
  }

 private:
  Analysis& a_;
};

class Factory : public tooling::FrontendActionFactory {
 public:
  explicit Factory(Analysis& a) : a_(a) {}
  std::unique_ptr<FrontendAction> create() override { return std::make_unique<Action>(a_); }

 private:
  Analysis& a_;
};

// A compile database whose relative folders and files are taken relative to the database's
// own folder (CMake writes absolute paths; a database committed to a repository, or a test
// fixture, cannot).
class RelocatedDatabase : public tooling::CompilationDatabase {
 public:
  RelocatedDatabase(const tooling::CompilationDatabase& db, llvm::StringRef base) {
    for (tooling::CompileCommand c : db.getAllCompileCommands()) {
      llvm::SmallString<256> dir(c.Directory);
      if (!llvm::sys::path::is_absolute(dir)) {
        llvm::SmallString<256> abs(base);
        llvm::sys::path::append(abs, dir);
        dir = abs;
      }
      llvm::sys::path::remove_dots(dir, true);
      llvm::SmallString<256> file(c.Filename);
      if (!llvm::sys::path::is_absolute(file)) {
        llvm::SmallString<256> abs(dir);
        llvm::sys::path::append(abs, file);
        file = abs;
      }
      llvm::sys::path::remove_dots(file, true);
      c.Directory = dir.str().str();
      c.Filename = file.str().str();
      commands_.push_back(std::move(c));
    }
  }
  std::vector<tooling::CompileCommand> getCompileCommands(llvm::StringRef file) const override {
    llvm::SmallString<256> want(file);
    llvm::sys::path::remove_dots(want, true);
    std::vector<tooling::CompileCommand> out;
    for (const tooling::CompileCommand& c : commands_)
      if (c.Filename == want.str()) out.push_back(c);
    return out;
  }
  std::vector<std::string> getAllFiles() const override {
    std::vector<std::string> out;
    for (const tooling::CompileCommand& c : commands_) out.push_back(c.Filename);
    return out;
  }
  std::vector<tooling::CompileCommand> getAllCompileCommands() const override { return commands_; }

 private:
  std::vector<tooling::CompileCommand> commands_;
};

std::string joined(const std::set<std::string>& items, size_t max = 4) {
  std::string s;
  size_t n = 0;
  for (const std::string& i : items) {
    if (n == max) return s + ", ...";
    s += (n++ ? ", " : "") + i;
  }
  return s;
}

}  // namespace

json analyze(const Request& request) {
  json out;
  out["language"] = "cpp";
  json notes = json::array();
  std::string dir = llvm::sys::path::parent_path(request.file).str();

  // The compile database's command for the file, else default flags.
  std::unique_ptr<tooling::CompilationDatabase> db;
  if (!request.compileCommandsDir.empty()) {
    std::string error;
    std::string path = request.compileCommandsDir + "/compile_commands.json";
    std::unique_ptr<tooling::CompilationDatabase> json = tooling::JSONCompilationDatabase::loadFromFile(
        path, error, tooling::JSONCommandLineSyntax::AutoDetect);
    if (json) db = std::make_unique<RelocatedDatabase>(*json, request.compileCommandsDir);
    if (db && db->getCompileCommands(request.file).empty()) {
      notes.push_back("the compile database " + path + " has no command for this file: parsed with default flags");
      db.reset();
    } else if (!db) {
      notes.push_back("the compile database " + path + " cannot be read (" + error + "): parsed with default flags");
    }
  }
  bool defaults = !db;
  auto fallback = [&] {
    std::vector<std::string> args{"-std=c++17", "-xc++"};
    for (const std::string& i : request.includeDirs) args.push_back("-I" + i);
    return std::make_unique<tooling::FixedCompilationDatabase>(dir, args);
  };
  if (defaults) {
    db = fallback();
    if (request.compileCommandsDir.empty())
      notes.push_back("no compile_commands.json: parsed with default flags (-std=c++17, the file's "
                      "folder and the project's include/ folder)");
  }

  std::vector<StubFile> stubs = stubsFor(request.content);
  const std::vector<std::string> extra{
      "-resource-dir=" LAMBDALINT_CLANG_RESOURCE_DIR, "-idirafter", std::string(kStubRoot),
      "-ferror-limit=0", "-w", "-fno-color-diagnostics", "-Wno-unknown-warning-option"};

  for (int attempt = 0; attempt < 2; ++attempt) {
    tooling::ClangTool tool(*db, {request.file});
    tool.mapVirtualFile(request.file, request.content);
    for (const StubFile& s : stubs) tool.mapVirtualFile(s.path, s.content);
    tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        tooling::CommandLineArguments(extra.begin(), extra.end()), tooling::ArgumentInsertPosition::END));
    Diagnostics diagnostics;
    tool.setDiagnosticConsumer(&diagnostics);
    tool.setPrintErrorMessage(false);
    Analysis analysis(out);
    Factory factory(analysis);
    tool.run(&factory);  // 1 for a file with errors even though the matchers ran
    if (!analysis.ran()) {
      if (!defaults) {  // a command line Clang does not accept (a GCC-only flag...)
        notes.push_back("Clang could not use the compile database's command for this file: "
                        "parsed with default flags");
        db = fallback();
        defaults = true;
        continue;
      }
      out["failed"] = "Clang could not parse the file";
      break;
    }
    out["syntaxErrors"] = diagnostics.mainErrors > 0;
    std::set<std::string> runtime, sdk, curl;
    for (const std::string& s : analysis.stubsUsed) {
      if (s == "lambdalint_any.h" || s == "lambdalint_names.h") continue;
      if (s.rfind("curl/", 0) == 0) {
        curl.insert(s);
        continue;
      }
      (s.rfind("aws/lambda-runtime/", 0) == 0 || s.rfind("aws/logging/", 0) == 0 ? runtime : sdk).insert(s);
    }
    if (!curl.empty())
      notes.push_back("the libcurl headers were not found (" + joined(curl) +
                      "): lambdalint's declarations of its API were used");
    if (!runtime.empty())
      notes.push_back("the aws-lambda-cpp headers were not found (" + joined(runtime) +
                      "): lambdalint's declarations of its API were used");
    if (!sdk.empty())
      notes.push_back("the AWS SDK for C++ headers were not found (" + joined(sdk) +
                      "): SDK types were guessed from their names");
    std::set<std::string> missing(diagnostics.missing.begin(), diagnostics.missing.end());
    if (!missing.empty()) notes.push_back("headers not found: " + joined(missing));
    if (diagnostics.mainErrors)
      notes.push_back("Clang reported " + std::to_string(diagnostics.mainErrors) +
                      " error(s) in the file (first: " + diagnostics.first +
                      "); what follows is from the AST it recovered");
    break;
  }
  out["notes"] = std::move(notes);
  return out;
}

}  // namespace lambdalint::cpp
