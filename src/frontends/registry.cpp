#include "lambdalint/frontends/cloudformation.hpp"
#include "lambdalint/frontends/frontend.hpp"

namespace lambdalint::frontends {

std::span<const Frontend* const> allFrontends() {
  static const Frontend* const kFrontends[] = {&cloudformation::frontend()};
  return kFrontends;
}

}  // namespace lambdalint::frontends
