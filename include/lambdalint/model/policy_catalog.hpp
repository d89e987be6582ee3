#pragma once
// What SAM policy templates and common AWS managed policies grant, from lambdalint's own table
// (data/iam-policy-catalog.json, embedded at build time). Frontends expand policies named in a
// template into statements with these actions, so IAM rules see what a function can do.
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::model {

struct CatalogGrant {
  enum class On : uint8_t {
    EveryResource,  // Resource "*"
    Parameters,     // the resources that `parameters` name (e.g. BucketName)
    Fixed,          // a resource the policy names itself (e.g. from the function's name)
  };
  On on = On::EveryResource;
  std::vector<std::string> parameters;
  std::vector<std::string> actions;  // "service:Action", wildcards allowed ("s3:Get*", "*")
};

struct CatalogPolicy {
  std::string name;
  std::vector<std::string> parameters;  // SAM policy templates: as SAM names them
  std::vector<CatalogGrant> grants;
};

// Every entry of each table, sorted by name.
const std::vector<CatalogPolicy>& samPolicyTemplates();
const std::vector<CatalogPolicy>& awsManagedPolicies();
// By exact name, or nullptr.
const CatalogPolicy* samPolicyTemplate(std::string_view name);
const CatalogPolicy* awsManagedPolicy(std::string_view name);
// The managed policy's name in "AWSLambdaBasicExecutionRole",
// "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" or a Sub pattern with
// ${AWS::Partition}; "" for a customer managed policy ARN.
std::string awsManagedPolicyName(std::string_view nameOrArn);

}  // namespace lambdalint::model
