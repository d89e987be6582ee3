#pragma once
// Helpers for rule checks, so that every rule words and groups its findings the same way.
// Rules read the model (include/lambdalint/model/), never the document.
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "lambdalint/document/source.hpp"
#include "lambdalint/engine/rule.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint {

// "`A`", "`A` and `B`", "`A`, `B` and `C`": how messages list logical ids.
std::string joinIds(const std::vector<std::string>& ids);

// "function `A`" or "functions `A` and `B`": the subject of a finding about functions.
std::string functionList(const std::vector<std::string>& ids);

// The logical ids of `functions`, in their order.
std::vector<std::string> functionIds(const std::vector<const model::Function*>& functions);

// Whether two locations are one written place (a value inherited from SAM Globals carries the
// location of the Globals entry in every function). Unknown locations are never the same
// place: nothing tells that two values without a position are one.
bool sameLocation(const Location& a, const Location& b);

// What several functions share. A value written once in SAM Globals is inherited by every
// function, and so is a defect in it: one place to fix. Rules report it once, at that place,
// naming every function that has it.
template <class T>
struct Shared {
  const T* item = nullptr;  // as the first function of the group has it
  Location where;           // where it is written
  std::string key;          // what must match besides the place (e.g. a variable's name)
  std::vector<const model::Function*> functions;  // in the order added

  std::vector<std::string> ids() const { return functionIds(functions); }
};

// Groups what functions have by where it is written, in the order first seen, so findings
// keep template order. Add only what has the problem: grouping everything and filtering
// afterwards could change that order.
template <class T>
class SharedGroups {
 public:
  // Adds `fn`, which has `item` written at `where`, to the group of that place and `key`, or
  // starts a new group.
  Shared<T>& add(const model::Function& fn, const T& item, const Location& where,
                 std::string_view key = {}) {
    // Indexed by place (what sameLocation compares) so that 50,000 functions stay linear.
    if (where.known()) {
      auto [it, inserted] = index_.emplace(
          std::make_tuple(std::string(key), where.file, where.range.begin.line,
                          where.range.begin.column),
          groups_.size());
      if (!inserted) {
        groups_[it->second].functions.push_back(&fn);
        return groups_[it->second];
      }
    }
    return groups_.emplace_back(Shared<T>{&item, where, std::string(key), {&fn}});
  }

  typename std::vector<Shared<T>>::const_iterator begin() const { return groups_.begin(); }
  typename std::vector<Shared<T>>::const_iterator end() const { return groups_.end(); }

 private:
  std::vector<Shared<T>> groups_;
  std::map<std::tuple<std::string, const SourceFile*, uint32_t, uint32_t>, size_t> index_;
};

// The common case: one Value field of `functions` (those that have the problem), grouped by
// where it is written, e.g. groupBySharedValue(tooLong, &model::Function::timeout).
std::vector<Shared<model::Value>> groupBySharedValue(
    const std::vector<const model::Function*>& functions, model::Value model::Function::*field);

// A number the template writes (a literal, or the default of the parameter it refers to),
// as rules judge ranges: Timeout, MemorySize, BatchSize...
struct WrittenInteger {
  enum class Kind : uint8_t {
    Integer,     // `value` holds it
    NotInteger,  // "30s", 1.5, "" ...
    Huge,        // a whole number far beyond any limit (sign in `value`: +1 or -1)
  };
  Kind kind = Kind::Integer;
  long long value = 0;
  std::string text;         // as written, trimmed
  bool fromParameter = false;
};
// nullopt when nothing can be judged: absent, a reference, an expression, or a parameter
// without a default (or with an empty one, meaning "always pass a value").
std::optional<WrittenInteger> writtenInteger(const model::Value& v);

// The text a deployment gets for `v` when the template says it: a literal, or the default of
// the parameter it refers to. nullopt for expressions, parameters without a default, absence.
std::optional<std::string> writtenText(const model::Value& v);

// `text` as the replacement of the scalar at `where`, in the same quotes when the scalar is
// quoted (JSON strings must stay strings).
std::string replacementKeepingQuotes(const Location& where, std::string_view text);

// The functions of each execution role (generated, in-template or external), roles in the
// order of their first function, so findings keep template order.
struct RoleUse {
  const model::Role* role = nullptr;
  std::vector<const model::Function*> functions;  // in template order
};
std::vector<RoleUse> functionsByRole(const model::Project& project);

// The labels of the functions that attach each security group of the template (by logical
// id), in template order.
std::map<std::string, std::vector<std::string>> functionsBySecurityGroup(const model::Project& p);

// Code rules: each handler whose code was found (model::HandlerLink::Status::Found) with the
// functions that use it, in template order; several functions may share one handler.
struct HandlerUse {
  const model::CodeSummary* summary = nullptr;
  const model::CodeFunction* handler = nullptr;
  std::vector<const model::Function*> functions;
  std::vector<std::string> reachable;  // the handler and the file's functions it calls

  bool reaches(std::string_view function) const;  // a function name ("" is module scope)
  std::string subject() const;  // "the handler of function `A`" / "... of functions `A` and `B`"
};
std::vector<HandlerUse> handlerUses(const model::Project& project);

// How messages name an API stage: "REST API stage `Prod`", or "the stage of HTTP API `Api`"
// when the API itself declares it (SAM, the Serverless Framework's service API).
std::string apiStageLabel(const model::ApiStage& s);

// Resources beside the functions (model::RawResource): the parsed properties, read only for
// the settings a rule judges. The node at a path of keys, or nullptr when absent or null.
const doc::Node* rawSetting(const doc::Node* n, std::initializer_list<std::string_view> keys);
// A literal true/false (YAML, JSON or HCL); nullopt when absent or not a literal (a reference,
// an intrinsic function, an expression): unknown, never taken for false.
std::optional<bool> literalFlag(const doc::Node* n);
// A resource's X-Ray switch, `flag` (nullptr when not written): absent is reported at `where`,
// followed by `whyItMatters`; a literal false is reported at the switch with a fix to `true`;
// on, or unknown, is fine.
void reportTracingSwitch(const RuleContext& ctx, const Location& where, const doc::Node* flag,
                         const std::string& subject, std::string_view whyItMatters);
// Whether any scalar under `n` names `id` as a whole token ("Dlq", "Dlq.Arn",
// "aws_sqs_queue.dlq.arn", "${Dlq.Arn}"): `n` refers to that resource.
bool mentionsResource(const doc::Node* n, std::string_view id);

}  // namespace lambdalint
