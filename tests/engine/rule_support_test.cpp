// The helpers rule checks share: id lists, places, and grouping what functions share.
#include "lambdalint/engine/rule_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace lambdalint;

namespace {

Location at(const SourceFile& file, uint32_t line, uint32_t column = 1) {
  Location l;
  l.file = &file;
  l.range.begin = {line, column};
  l.range.end = {line, column + 1};
  return l;
}

model::Function function(std::string id, const Location& timeoutAt) {
  model::Function fn;
  fn.id = std::move(id);
  fn.timeout.kind = model::Value::Kind::Literal;
  fn.timeout.where = timeoutAt;
  return fn;
}

}  // namespace

TEST(RuleSupport, JoinIds) {
  EXPECT_EQ(joinIds({}), "");
  EXPECT_EQ(joinIds({"A"}), "`A`");
  EXPECT_EQ(joinIds({"A", "B"}), "`A` and `B`");
  EXPECT_EQ(joinIds({"A", "B", "C"}), "`A`, `B` and `C`");
  EXPECT_EQ(functionList({"A"}), "function `A`");
  EXPECT_EQ(functionList({"A", "B"}), "functions `A` and `B`");
}

TEST(RuleSupport, SameLocationNeedsOneKnownPlace) {
  const SourceFile a("a.yaml", "x: 1\ny: 2\n");
  const SourceFile b("b.yaml", "x: 1\ny: 2\n");
  EXPECT_TRUE(sameLocation(at(a, 1), at(a, 1)));
  EXPECT_FALSE(sameLocation(at(a, 1), at(a, 2)));
  EXPECT_FALSE(sameLocation(at(a, 1), at(a, 1, 4)));
  EXPECT_FALSE(sameLocation(at(a, 1), at(b, 1)));
  EXPECT_FALSE(sameLocation(Location{}, Location{}));  // unknown places are never one
}

TEST(RuleSupport, GroupsKeepFirstSeenOrder) {
  const SourceFile file("t.yaml", "a\nb\nc\n");
  const Location globals = at(file, 1);
  const std::vector<model::Function> fns = {
      function("Own", at(file, 2)), function("First", globals), function("Unplaced", {}),
      function("Second", globals), function("AlsoUnplaced", {})};
  std::vector<const model::Function*> ptrs;
  for (const model::Function& fn : fns) ptrs.push_back(&fn);

  const std::vector<Shared<model::Value>> groups =
      groupBySharedValue(ptrs, &model::Function::timeout);
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].ids(), std::vector<std::string>{"Own"});
  EXPECT_EQ(groups[1].ids(), (std::vector<std::string>{"First", "Second"}));
  EXPECT_EQ(groups[1].item, &fns[1].timeout);  // as the first function has it
  EXPECT_EQ(groups[2].ids(), std::vector<std::string>{"Unplaced"});
  EXPECT_EQ(groups[3].ids(), std::vector<std::string>{"AlsoUnplaced"});
}

TEST(RuleSupport, GroupsAlsoMatchTheirKey) {
  const SourceFile file("t.yaml", "a\n");
  const model::Function f1 = function("F1", at(file, 1));
  const model::Function f2 = function("F2", at(file, 1));
  SharedGroups<model::Value> groups;
  groups.add(f1, f1.timeout, f1.timeout.where, "A");
  groups.add(f2, f2.timeout, f2.timeout.where, "B");
  groups.add(f2, f2.timeout, f2.timeout.where, "A");
  std::vector<std::vector<std::string>> ids;
  for (const Shared<model::Value>& g : groups) ids.push_back(g.ids());
  EXPECT_EQ(ids, (std::vector<std::vector<std::string>>{{"F1", "F2"}, {"F2"}}));
}

TEST(RuleSupport, FunctionsByRoleInOrderOfFirstUse) {
  model::Project project;
  model::Role& shared = project.roles.emplace_back();
  shared.id = "Shared";
  model::Role& own = project.roles.emplace_back();
  own.id = "Own";
  for (const auto& [id, role] : std::vector<std::pair<std::string, const model::Role*>>{
           {"A", &own}, {"B", &shared}, {"NoRole", nullptr}, {"C", &shared}}) {
    model::Function& fn = project.functions.emplace_back();
    fn.id = id;
    fn.role = role;
  }
  const std::vector<RoleUse> uses = functionsByRole(project);
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].role, &own);
  EXPECT_EQ(functionIds(uses[0].functions), std::vector<std::string>{"A"});
  EXPECT_EQ(uses[1].role, &shared);
  EXPECT_EQ(functionIds(uses[1].functions), (std::vector<std::string>{"B", "C"}));
}
