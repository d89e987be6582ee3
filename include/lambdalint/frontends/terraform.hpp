#pragma once
// The Terraform frontend: the only part that knows Terraform's resources. A module is a
// folder: its .tf files are read together (references cross files), claimed through the
// first .tf file in name order; findings keep the file they are in.
#include <memory>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends::terraform {

// Builds the project model of one module from its parsed files (failed ones are skipped).
// `documents` must outlive the project.
std::unique_ptr<model::Project> buildProject(const std::vector<const doc::Document*>& documents);

// Whether the module's files declare anything of AWS (an aws_* resource or data source, or a
// module call): the others (another cloud, only variables) are skipped.
bool mentionsAws(const std::vector<const doc::Document*>& documents);

// Claims .tf files.
const Frontend& frontend();

}  // namespace lambdalint::frontends::terraform
