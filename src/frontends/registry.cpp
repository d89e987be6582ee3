#include "lambdalint/frontends/cdk.hpp"
#include "lambdalint/frontends/cloudformation.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/frontends/serverless.hpp"
#include "lambdalint/frontends/terraform.hpp"

namespace lambdalint::frontends {

std::span<const Frontend* const> allFrontends() {
  // Most specific first: serverless.yml and CDK manifests are claimed by name.
  // Terraform claims .tf files by name first: their text often says `provider` and `service`.
  static const Frontend* const kFrontends[] = {&terraform::frontend(),
                                               &serverless::frontend(), &cdk::frontend(),
                                               &cloudformation::frontend()};
  return kFrontends;
}

}  // namespace lambdalint::frontends
