#include "lambdalint/frontends/cdk.hpp"
#include "lambdalint/frontends/cloudformation.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/frontends/serverless.hpp"

namespace lambdalint::frontends {

std::span<const Frontend* const> allFrontends() {
  // Most specific first: serverless.yml and CDK manifests are claimed by name.
  static const Frontend* const kFrontends[] = {&serverless::frontend(), &cdk::frontend(),
                                               &cloudformation::frontend()};
  return kFrontends;
}

}  // namespace lambdalint::frontends
