#include "lambdalint/engine/rule_support.hpp"

#include <cctype>
#include <unordered_map>

namespace lambdalint {

std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += (i + 1 == ids.size()) ? " and " : ", ";
    out += "`" + ids[i] + "`";
  }
  return out;
}

std::string functionList(const std::vector<std::string>& ids) {
  return (ids.size() > 1 ? "functions " : "function ") + joinIds(ids);
}

std::vector<std::string> functionIds(const std::vector<const model::Function*>& functions) {
  std::vector<std::string> ids;
  ids.reserve(functions.size());
  for (const model::Function* fn : functions) ids.push_back(fn->label());
  return ids;
}

namespace {
std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}
}  // namespace

std::optional<std::string> writtenText(const model::Value& v) {
  if (v.kind != model::Value::Kind::Literal &&
      !(v.kind == model::Value::Kind::ParameterRef && v.hasDefault))
    return std::nullopt;
  return v.effectiveText();
}

std::optional<WrittenInteger> writtenInteger(const model::Value& v) {
  const bool param = v.kind == model::Value::Kind::ParameterRef;
  std::optional<std::string> text = writtenText(v);
  if (!text) return std::nullopt;
  std::string_view t = trimmed(*text);
  if (t.empty() && param) return std::nullopt;
  WrittenInteger w{WrittenInteger::Kind::Integer, 0, std::string(t), param};
  std::string_view digits = t;
  bool negative = false;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
    negative = digits.front() == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty()) {
    w.kind = WrittenInteger::Kind::NotInteger;
    return w;
  }
  long long n = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      w.kind = WrittenInteger::Kind::NotInteger;
      return w;
    }
    if (n > 1'000'000'000'000LL) w.kind = WrittenInteger::Kind::Huge;  // stop before overflow
    if (w.kind == WrittenInteger::Kind::Integer) n = n * 10 + (c - '0');
  }
  w.value = w.kind == WrittenInteger::Kind::Huge ? (negative ? -1 : 1) : (negative ? -n : n);
  return w;
}

std::string replacementKeepingQuotes(const Location& where, std::string_view text) {
  std::string out(text);
  if (!where.known()) return out;
  std::string_view line = where.file->line(where.range.begin.line);
  size_t col = where.range.begin.column - 1;
  if (col < line.size() && (line[col] == '"' || line[col] == '\''))
    return std::string(1, line[col]) + out + line[col];
  return out;
}

bool sameLocation(const Location& a, const Location& b) {
  return a.known() && b.known() && a.file == b.file && a.range.begin == b.range.begin;
}

std::vector<Shared<model::Value>> groupBySharedValue(
    const std::vector<const model::Function*>& functions, model::Value model::Function::*field) {
  SharedGroups<model::Value> groups;
  for (const model::Function* fn : functions) {
    const model::Value& v = fn->*field;
    groups.add(*fn, v, v.where);
  }
  return {groups.begin(), groups.end()};
}

std::vector<RoleUse> functionsByRole(const model::Project& project) {
  std::vector<RoleUse> uses;
  std::unordered_map<const model::Role*, size_t> indexOf;  // linear in the functions
  for (const model::Function& fn : project.functions) {
    if (!fn.role) continue;
    auto [it, inserted] = indexOf.emplace(fn.role, uses.size());
    if (inserted) uses.push_back(RoleUse{fn.role, {}});
    uses[it->second].functions.push_back(&fn);
  }
  return uses;
}

}  // namespace lambdalint

namespace lambdalint {

bool HandlerUse::reaches(std::string_view function) const {
  for (const std::string& r : reachable)
    if (r == function) return true;
  return false;
}

std::string HandlerUse::subject() const {
  return "the handler of " + functionList(functionIds(functions));
}

std::vector<HandlerUse> handlerUses(const model::Project& project) {
  std::vector<HandlerUse> uses;
  for (const model::Function& fn : project.functions) {
    const model::HandlerLink& link = fn.handlerLink;
    if (link.status != model::HandlerLink::Status::Found || !link.summary || !link.handler)
      continue;
    bool added = false;
    for (HandlerUse& u : uses)
      if (u.summary == link.summary.get() && u.handler == link.handler) {
        u.functions.push_back(&fn);
        added = true;
      }
    if (!added)
      uses.push_back(HandlerUse{link.summary.get(), link.handler, {&fn},
                                link.summary->reachableFrom(link.handler->name)});
  }
  return uses;
}

std::string apiStageLabel(const model::ApiStage& s) {
  const char* kind = s.kind == model::Api::Kind::Http        ? "HTTP API"
                     : s.kind == model::Api::Kind::WebSocket ? "WebSocket API"
                                                             : "REST API";
  if (s.id == s.apiId) return std::string("the stage of ") + kind + " `" + s.id + "`";
  return std::string(kind) + " stage `" + s.id + "`";
}

const doc::Node* rawSetting(const doc::Node* n, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (!n || !n->isMap()) return nullptr;
    n = n->get(k);
  }
  return n && !n->isNull() ? n : nullptr;
}

std::optional<bool> literalFlag(const doc::Node* n) {
  if (!n || !n->isScalar() || !n->tag.empty()) return std::nullopt;
  std::string t;
  for (char c : n->text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t == "true") return true;
  if (t == "false") return false;
  return std::nullopt;
}

void reportTracingSwitch(const RuleContext& ctx, const Location& where, const doc::Node* flag,
                         const std::string& subject, std::string_view whyItMatters) {
  if (!flag) {
    ctx.report(where, subject + " does not turn on X-Ray tracing: " + std::string(whyItMatters));
    return;
  }
  if (literalFlag(flag) != false) return;
  ctx.report(flag->location(), subject + " turns X-Ray tracing off")
      .fix("Set it to `true`", flag->location(), replacementKeepingQuotes(flag->location(), "true"));
}

bool mentionsResource(const doc::Node* n, std::string_view id) {
  if (!n || id.empty()) return false;
  auto isName = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  if (n->isScalar()) {
    const std::string& t = n->text;
    for (size_t at = t.find(id); at != std::string::npos; at = t.find(id, at + 1)) {
      const size_t end = at + id.size();
      if ((at == 0 || !isName(t[at - 1])) && (end == t.size() || !isName(t[end]))) return true;
    }
    return false;
  }
  for (const doc::Entry& e : n->entries)
    if (mentionsResource(e.value, id)) return true;
  for (const doc::Node* item : n->items)
    if (mentionsResource(item, id)) return true;
  return false;
}

std::map<std::string, std::vector<std::string>> functionsBySecurityGroup(const model::Project& p) {
  std::map<std::string, std::vector<std::string>> out;
  for (const model::Function& fn : p.functions) {
    if (!fn.vpc) continue;
    for (const model::Value& v : fn.vpc->securityGroups) {
      if (v.kind != model::Value::Kind::ResourceRef) continue;
      std::vector<std::string>& fns = out[v.name];
      if (fns.empty() || fns.back() != fn.label()) fns.push_back(fn.label());
    }
  }
  return out;
}

}  // namespace lambdalint
