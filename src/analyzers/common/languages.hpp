#pragma once
// The per-language entry points behind analyzers::analyzeFile (no tree-sitter types here).
#include <memory>

#include "lambdalint/analyzers/analyzer.hpp"

namespace lambdalint::analyzers {
std::shared_ptr<model::CodeSummary> analyzePython(std::shared_ptr<const SourceFile> file);
std::shared_ptr<model::CodeSummary> analyzeJavaScript(std::shared_ptr<const SourceFile> file,
                                                      Language language);
std::shared_ptr<model::CodeSummary> analyzeGo(std::shared_ptr<const SourceFile> file);
std::shared_ptr<model::CodeSummary> analyzeJava(std::shared_ptr<const SourceFile> file);
}  // namespace lambdalint::analyzers
