// REL015 sqs-queue-no-redrive: a queue (not itself a dead-letter queue) without RedrivePolicy.
#include <memory>
#include <string>
#include <string_view>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/support/ascii_case.hpp"

namespace lambdalint::rules {
namespace {

// Keys under which resources name where failed messages or events go.
bool isFailureTargetKey(std::string_view key) {
  for (std::string_view part : {"deadletter", "dead_letter", "redrive", "onfailure", "on_failure", "destination"})
    if (ascii::containsIgnoringCase(key, part)) return true;
  return false;
}

// Whether some setting under a failure-target key of `n` names `id`.
bool namedAsFailureTarget(const doc::Node* n, const std::string& id, int depth = 0) {
  if (!n || depth > 12) return false;
  for (const doc::Entry& e : n->entries) {
    if (isFailureTargetKey(e.key->text) && mentionsResource(e.value, id)) return true;
    if (namedAsFailureTarget(e.value, id, depth + 1)) return true;
  }
  for (const doc::Node* item : n->items)
    if (namedAsFailureTarget(item, id, depth + 1)) return true;
  return false;
}

bool names(const model::Value& v, const std::string& id) {
  for (const model::Value* alt : v.alternatives())
    if (alt->kind == model::Value::Kind::ResourceRef && alt->name == id) return true;
  return false;
}

// Queues meant to hold what failed elsewhere: nothing consumes them to retry, and a
// redrive policy on them would only move the messages once more.
bool isDeadLetterQueue(const model::Project& project, const model::Queue& q) {
  const std::string id = ascii::lowered(q.id);
  if (id.find("dlq") != std::string::npos || id.find("deadletter") != std::string::npos ||
      id.find("dead_letter") != std::string::npos || id.find("dead-letter") != std::string::npos)
    return true;
  for (const model::Queue& other : project.queues)
    if (&other != &q && names(other.deadLetterTarget, q.id)) return true;
  for (const model::Function& fn : project.functions) {
    if (names(fn.deadLetterTarget, q.id) || names(fn.onFailureDestination, q.id)) return true;
    for (const model::Trigger& t : fn.triggers)
      if (names(t.onFailureDestination, q.id)) return true;
  }
  for (const model::RawResource& r : project.resources) {
    if (r.id == q.id) {
      if (rawSetting(r.properties, {"RedriveAllowPolicy"}) || rawSetting(r.properties, {"redrive_allow_policy"}))
        return true;
      const doc::Node* name = rawSetting(r.properties, {"QueueName"});
      if (!name) name = rawSetting(r.properties, {"name"});
      const std::string n = name && name->isScalar() ? ascii::lowered(name->text) : "";
      if (n.find("dlq") != std::string::npos || n.find("dead") != std::string::npos) return true;
      continue;
    }
    if (r.type == "aws_sqs_queue_redrive_allow_policy" && mentionsResource(r.properties, q.id)) return true;
    if (namedAsFailureTarget(r.properties, q.id)) return true;
  }
  return false;
}

class SqsQueueNoRedrive final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    for (const model::Queue& q : project.queues) {
      if (q.redriveSet || isDeadLetterQueue(project, q)) continue;
      ctx.report(q.where, "SQS queue `" + q.id + "` has no RedrivePolicy: a message that keeps "
                          "failing is received again and again until its retention ends, then lost");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL015() { return std::make_unique<SqsQueueNoRedrive>(); }

}  // namespace lambdalint::rules
