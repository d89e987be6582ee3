// REL009 vpc-subnets-single-az: a function's subnets are several, but all in one
// Availability Zone (told from the subnets the template defines).
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class VpcSubnetsSingleAz final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::map<std::string, const model::Subnet*, std::less<>> subnets;
    for (const model::Subnet& s : ctx.project().subnets) subnets[s.id] = &s;
    // One finding per written subnet list (a Globals VpcConfig is shared by several functions).
    SharedGroups<model::VpcConfig> groups;
    std::map<const model::VpcConfig*, std::vector<const model::Subnet*>> used;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.vpc || fn.vpc->subnetList.present() || fn.vpc->subnets.size() < 2) continue;
      std::vector<const model::Subnet*> listed;
      bool known = true;
      for (const model::Value& v : fn.vpc->subnets) {
        auto it = v.kind == model::Value::Kind::ResourceRef ? subnets.find(v.name) : subnets.end();
        if (it == subnets.end() || it->second->zoneKey.empty()) {
          known = false;  // a subnet defined elsewhere, or a zone we cannot tell
          break;
        }
        bool seen = false;
        for (const model::Subnet* s : listed) seen = seen || s == it->second;
        if (!seen) listed.push_back(it->second);
      }
      // One distinct subnet is REL004's finding.
      if (!known || listed.size() < 2) continue;
      bool oneZone = true;
      for (const model::Subnet* s : listed) oneZone = oneZone && s->zoneKey == listed.front()->zoneKey;
      if (!oneZone) continue;
      used[&*fn.vpc] = listed;
      groups.add(fn, *fn.vpc, fn.vpc->subnetsWhere);
    }
    for (const Shared<model::VpcConfig>& g : groups) {
      const std::vector<const model::Subnet*>& listed = used[g.item];
      std::vector<std::string> ids;
      for (const model::Subnet* s : listed) ids.push_back(s->id);
      const Location& at = g.item->subnetsWhere.known() ? g.item->subnetsWhere : g.item->where;
      FindingBuilder b = ctx.report(
          at, functionList(g.ids()) + " can run only in subnets " + joinIds(ids) +
                  ", which are all in one Availability Zone: if that zone fails the function "
                  "cannot run; add a subnet in another zone");
      for (const model::Subnet* s : listed)
        b.related(s->availabilityZone.where.known() ? s->availabilityZone.where : s->where,
                  "the zone of subnet `" + s->id + "`");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL009() { return std::make_unique<VpcSubnetsSingleAz>(); }

}  // namespace lambdalint::rules
