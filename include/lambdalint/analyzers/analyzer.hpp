#pragma once
// Source analyzers: one per handler language, each turning a code file into the same
// model::CodeSummary. Callers never see tree-sitter: only src/analyzers/<language>/ does.
#include <memory>
#include <optional>
#include <string_view>

#include "lambdalint/document/source.hpp"
#include "lambdalint/model/handler_summary.hpp"

namespace lambdalint::analyzers {

enum class Language : uint8_t { Python, JavaScript, TypeScript, Tsx, Go, Java };

// The language of a file by its extension (.py, .js/.mjs/.cjs/.jsx, .ts/.mts/.cts, .tsx, .go,
// .java).
std::optional<Language> languageOfFile(std::string_view path);

// Parses `file` once and summarises it. Never throws on bad input: a file with syntax errors
// is summarised as far as the parser recovered (`syntaxErrors`).
std::shared_ptr<const model::CodeSummary> analyzeFile(std::shared_ptr<const SourceFile> file,
                                                       Language language);

}  // namespace lambdalint::analyzers
