#include "lambdalint/engine/rule_support.hpp"

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

}  // namespace lambdalint
