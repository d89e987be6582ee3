#pragma once
// The project's public addresses, in one place: reporters (SARIF informationUri and helpUri)
// and anything else that points users at documentation use these.
#include <string>
#include <string_view>

namespace lambdalint::report {

// Where users learn about the tool (SARIF tool.driver.informationUri).
inline constexpr std::string_view kInformationUri = "https://github.com/lambdalint/lambdalint";

// Base of the rule documentation pages: docs/rules/<ID>-<name>.md in the repository.
inline constexpr std::string_view kRuleDocsBaseUri =
    "https://github.com/lambdalint/lambdalint/blob/main/docs/rules/";

// The repository-relative path of a rule's page, e.g. "docs/rules/INP001-unreadable-input.md".
inline std::string ruleDocPath(std::string_view id, std::string_view name) {
  std::string path = "docs/rules/";
  path.append(id).append("-").append(name).append(".md");
  return path;
}

// The absolute address of a rule's page (SARIF reportingDescriptor.helpUri).
inline std::string ruleHelpUri(std::string_view id, std::string_view name) {
  std::string uri(kRuleDocsBaseUri);
  uri.append(id).append("-").append(name).append(".md");
  return uri;
}

}  // namespace lambdalint::report
