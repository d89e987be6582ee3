#pragma once
// In-source suppressions: comments in the file and ignores from the template's own syntax
// (model::IgnoreDirective). They know rule ids, not rule internals.
#include <vector>

#include "lambdalint/document/source.hpp"
#include "lambdalint/engine/finding.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::findings {

// Marks the findings of `file` that a directive names as suppressed (kind "inSource", the
// reason as justification) and appends an INP004 finding for every named rule that matched
// nothing or is not a rule. `findings` are the file's findings; INP004 is never suppressed.
// `checked`: the rules ran over the file; when it could not be read (INP001) nothing is
// reported as unused, since no rule had the chance to report.
void applyInSourceSuppressions(const SourceFile& file,
                               const std::vector<model::IgnoreDirective>& metadataIgnores,
                               std::vector<Finding>& findings, bool checked = true);

}  // namespace lambdalint::findings
