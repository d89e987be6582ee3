#pragma once
// Rule documentation rendered from the rule metadata: the docs pages, the index, the README
// table and `--explain` all come from here, so they cannot drift apart.
#include <filesystem>
#include <string>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::docs {

std::string ruleFileName(const RuleMeta& meta);     // "SEC001-iam-role-shared.md"
std::string rulePage(const RuleMeta& meta);         // docs/rules/<file>
std::string ruleIndexTable(const std::string& linkPrefix);  // markdown table of every rule
std::string ruleIndexPage();                        // docs/rules/index.md

// Rewrites docs/rules/*.md and the README block between the rule-table markers under
// `repoDir`. Returns the files written.
std::vector<std::string> writeDocs(const std::filesystem::path& repoDir);
// Returns what differs between `repoDir` and freshly generated docs (empty when in sync).
std::vector<std::string> staleDocs(const std::filesystem::path& repoDir);

}  // namespace lambdalint::docs
