// Policy evaluation: wildcards, NotAction/NotResource, explicit deny, resources named by the
// template, and "maybe" for whatever is not known statically.
#include <gtest/gtest.h>

#include "lambdalint/iam/iam.hpp"

using namespace lambdalint;
using iam::Tri;
using model::Value;

namespace {

Value literal(std::string text) {
  Value v;
  v.kind = Value::Kind::Literal;
  v.text = std::move(text);
  return v;
}
Value ref(std::string id, std::string attribute = "") {
  Value v;
  v.kind = Value::Kind::ResourceRef;
  v.name = std::move(id);
  v.attribute = std::move(attribute);
  return v;
}
Value sub(std::string pattern) {
  Value v;
  v.kind = Value::Kind::Unknown;
  v.text = std::move(pattern);
  return v;
}
Value parameter(std::string name) {
  Value v;
  v.kind = Value::Kind::ParameterRef;
  v.name = std::move(name);
  return v;
}

model::PolicyStatement statement(bool allow, std::vector<Value> actions, std::vector<Value> resources) {
  model::PolicyStatement st;
  st.allow = allow;
  st.actions = std::move(actions);
  st.resources = std::move(resources);
  return st;
}

model::Role roleWith(std::vector<model::PolicyStatement> statements) {
  model::Role role;
  role.id = "Role";
  model::Policy p;
  p.statements = std::move(statements);
  role.policies.push_back(std::move(p));
  return role;
}

iam::Target target(std::string id = "", bool objectLevel = false) {
  iam::Target t;
  t.logicalId = std::move(id);
  t.objectLevel = objectLevel;
  return t;
}

TEST(IamMatch, ActionsIgnoreCaseAndResourcesDoNot) {
  EXPECT_TRUE(iam::actionMatches("s3:Get*", "s3:GetObject"));
  EXPECT_TRUE(iam::actionMatches("S3:getobject", "s3:GetObject"));
  EXPECT_TRUE(iam::actionMatches("s3:*Object", "s3:PutObject"));
  EXPECT_TRUE(iam::actionMatches("s3:Get?bject", "s3:GetObject"));
  EXPECT_TRUE(iam::actionMatches("*", "dynamodb:PutItem"));
  EXPECT_FALSE(iam::actionMatches("s3:Put*", "s3:GetObject"));
  EXPECT_FALSE(iam::actionMatches("s3:GetObject", "s3:GetObjectAcl"));
  EXPECT_FALSE(iam::actionMatches("s3:*", "s3-object-lambda:GetObject"));
  EXPECT_TRUE(iam::resourceMatches("arn:aws:s3:::uploads/*", "arn:aws:s3:::uploads/a/b.txt"));
  EXPECT_FALSE(iam::resourceMatches("arn:aws:s3:::uploads/*", "arn:aws:s3:::uploads"));
  EXPECT_FALSE(iam::resourceMatches("arn:aws:s3:::Uploads", "arn:aws:s3:::uploads"));
  // A long pattern of stars stays fast (no exponential backtracking).
  EXPECT_FALSE(iam::actionMatches(std::string(200, '*') + "x", std::string(5000, 'a')));
}

TEST(IamEvaluate, ExplicitDenyWinsOverAnyAllow) {
  model::Role role = roleWith({statement(true, {literal("s3:*")}, {literal("*")}),
                               statement(false, {literal("s3:DeleteObject")}, {literal("*")})});
  iam::Decision del = iam::evaluate(role, "s3:DeleteObject", target());
  EXPECT_EQ(del.allowed, Tri::Yes);
  EXPECT_EQ(del.denied, Tri::Yes);
  EXPECT_NE(del.deniedBy, nullptr);
  iam::Decision get = iam::evaluate(role, "s3:GetObject", target());
  EXPECT_EQ(get.allowed, Tri::Yes);
  EXPECT_EQ(get.denied, Tri::No);
  EXPECT_EQ(iam::evaluate(role, "sqs:SendMessage", target()).allowed, Tri::No);
}

TEST(IamEvaluate, ConditionsMakeAStatementUncertain) {
  model::PolicyStatement deny = statement(false, {literal("s3:*")}, {literal("*")});
  deny.conditional = true;
  model::Role role = roleWith({statement(true, {literal("s3:*")}, {literal("*")}), deny});
  EXPECT_EQ(iam::evaluate(role, "s3:GetObject", target()).denied, Tri::Maybe);
}

TEST(IamEvaluate, NotActionAndNotResource) {
  model::PolicyStatement notAction = statement(true, {literal("iam:*"), literal("sts:*")}, {literal("*")});
  notAction.notAction = true;
  EXPECT_EQ(iam::statementApplies(notAction, "s3:GetObject", target()), Tri::Yes);
  EXPECT_EQ(iam::statementApplies(notAction, "iam:PassRole", target()), Tri::No);
  model::PolicyStatement notResource = statement(true, {literal("dynamodb:*")}, {ref("Audit", "Arn")});
  notResource.notResource = true;
  EXPECT_EQ(iam::statementApplies(notResource, "dynamodb:PutItem", target("Orders")), Tri::Yes);
  EXPECT_EQ(iam::statementApplies(notResource, "dynamodb:PutItem", target("Audit")), Tri::No);
}

TEST(IamEvaluate, ResourcesTheTemplateNames) {
  auto applies = [](Value resource, const char* action, iam::Target t) {
    return iam::statementApplies(statement(true, {literal(action)}, {std::move(resource)}), action, t);
  };
  // !GetAtt Bucket.Arn is the bucket, not its objects; ${Bucket.Arn}/* the objects only.
  EXPECT_EQ(applies(ref("Uploads", "Arn"), "s3:ListBucket", target("Uploads")), Tri::Yes);
  EXPECT_EQ(applies(ref("Uploads", "Arn"), "s3:GetObject", target("Uploads", true)), Tri::No);
  EXPECT_EQ(applies(sub("${Uploads.Arn}/*"), "s3:GetObject", target("Uploads", true)), Tri::Yes);
  EXPECT_EQ(applies(sub("${Uploads.Arn}/*"), "s3:ListBucket", target("Uploads")), Tri::No);
  EXPECT_EQ(applies(sub("arn:${AWS::Partition}:s3:::${Uploads}/*"), "s3:GetObject", target("Uploads", true)),
            Tri::Yes);
  EXPECT_EQ(applies(sub("${Uploads.Arn}*"), "s3:ListBucket", target("Uploads")), Tri::Yes);
  // !Ref of the resource (as SAM policy templates take it) covers it and what it holds.
  EXPECT_EQ(applies(ref("Uploads"), "s3:GetObject", target("Uploads", true)), Tri::Yes);
  // Another resource of the template is surely not the target.
  EXPECT_EQ(applies(ref("Archive", "Arn"), "dynamodb:GetItem", target("Orders")), Tri::No);
  EXPECT_EQ(applies(sub("${Archive.Arn}/index/*"), "dynamodb:Query", target("Orders")), Tri::No);
  // A literal ARN of another service cannot cover the action.
  EXPECT_EQ(applies(literal("arn:aws:dynamodb:*:*:table/orders"), "s3:GetObject", target("Uploads", true)),
            Tri::No);
  // Unknown physical names, parameters, unknown targets: maybe.
  EXPECT_EQ(applies(literal("arn:aws:s3:::uploads/*"), "s3:GetObject", target("Uploads", true)), Tri::Maybe);
  EXPECT_EQ(applies(parameter("BucketArn"), "s3:GetObject", target("Uploads", true)), Tri::Maybe);
  EXPECT_EQ(applies(ref("Uploads", "Arn"), "s3:ListBucket", target()), Tri::Maybe);
  EXPECT_EQ(applies(literal("*"), "s3:ListBucket", target()), Tri::Yes);
}

TEST(IamEvaluate, RolesNotFullyKnown) {
  model::Role external;
  external.external = true;
  std::string why;
  EXPECT_FALSE(iam::roleKnown(external, &why));
  EXPECT_NE(why.find("outside"), std::string::npos);
  model::Role withTemplate;
  model::Policy p;
  p.origin = model::Policy::Origin::PolicyTemplate;
  p.name = "NotInTheCatalogPolicy";
  withTemplate.policies.push_back(p);
  EXPECT_FALSE(iam::roleKnown(withTemplate, &why));
  EXPECT_NE(why.find("NotInTheCatalogPolicy"), std::string::npos);
  withTemplate.policies[0].expanded = true;
  EXPECT_TRUE(iam::roleKnown(withTemplate));
}

TEST(IamPolicy, MinimalPolicyGroupsActionsByResource) {
  model::SdkCall getObject{"s3", "get_object", "handler", {}, "BUCKET"};
  model::SdkCall list{"s3", "list_objects_v2", "handler", {}, "BUCKET"};
  model::SdkCall query{"dynamodb", "query", "handler", {}, "TABLE"};
  model::SdkCall put{"dynamodb", "put_item", "handler", {}, "TABLE"};
  model::SdkCall publish{"sns", "publish", "handler", {}, ""};
  iam::Usage u;
  auto use = [&](const char* action, const model::SdkCall& call, const char* id, bool object) {
    iam::UsedAction a;
    a.action = action;
    a.call = &call;
    a.target = target(id, object);
    u.actions.push_back(a);
  };
  use("s3:GetObject", getObject, "Uploads", true);
  use("s3:ListBucket", list, "Uploads", false);
  use("dynamodb:Query", query, "Orders", false);
  use("dynamodb:PutItem", put, "Orders", false);
  use("sns:Publish", publish, "", false);
  // Hand-written: what a reviewer would write for these calls.
  EXPECT_EQ(iam::policyYaml(iam::minimalPolicy(u)),
            "Version: \"2012-10-17\"\n"
            "Statement:\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - s3:GetObject\n"
            "    Resource:\n"
            "      - !Sub \"${Uploads.Arn}/*\"\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - s3:ListBucket\n"
            "    Resource:\n"
            "      - !GetAtt Uploads.Arn\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - dynamodb:Query\n"
            "    Resource:\n"
            "      - !GetAtt Orders.Arn\n"
            "      - !Sub \"${Orders.Arn}/index/*\"\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - dynamodb:PutItem\n"
            "    Resource:\n"
            "      - !GetAtt Orders.Arn\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - sns:Publish\n"
            "    Resource:\n"
            "      - \"*\"\n");
  EXPECT_EQ(iam::policyYaml({}), "Version: \"2012-10-17\"\nStatement: []\n");
}

TEST(IamPolicy, AnActionOnEveryResourceNeedsNoNarrowerStatement) {
  model::SdkCall a{"sqs", "send_message", "h", {}, "QUEUE"};
  model::SdkCall b{"sqs", "send_message", "h", {}, ""};
  iam::Usage u;
  iam::UsedAction x;
  x.action = "sqs:SendMessage";
  x.call = &a;
  x.target = target("Jobs");
  u.actions.push_back(x);
  x.call = &b;
  x.target = target();
  u.actions.push_back(x);
  auto policy = iam::minimalPolicy(u);
  ASSERT_EQ(policy.size(), 1u);
  EXPECT_EQ(policy[0].resources.size(), 1u);
  EXPECT_EQ(policy[0].resources[0].kind, iam::ResourceExpr::Kind::Any);
  EXPECT_EQ(iam::policyJson(policy),
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": "
            "\"Allow\",\n      \"Action\": [\n        \"sqs:SendMessage\"\n      ],\n      "
            "\"Resource\": [\n        \"*\"\n      ]\n    }\n  ]\n}\n");
}

}  // namespace
