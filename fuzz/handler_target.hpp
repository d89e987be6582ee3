#pragma once
// Shared body of the handler-language fuzz targets (fuzz_python, fuzz_javascript, ...): the
// bytes are a handler file, summarised by analyzers::analyzeFile (the entry point the handler
// linker in src/handlers uses); the summary is then linked to the function of a small fixed
// template, as the linker would, and every rule runs over it, so the code and IAM rules and
// the handler-file suppressions see what a hostile handler file makes of the summary.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/findings/suppress.hpp"
#include "lambdalint/frontends/frontend.hpp"

namespace lambdalint::fuzzing {

// One function with a role, environment and runtime of the language under test.
inline std::string templateFor(const std::string& runtime, const std::string& handler) {
  return "AWSTemplateFormatVersion: \"2010-09-09\"\n"
         "Transform: AWS::Serverless-2016-10-31\n"
         "Resources:\n"
         "  Fn:\n"
         "    Type: AWS::Serverless::Function\n"
         "    Properties:\n"
         "      Runtime: " + runtime + "\n"
         "      Handler: " + handler + "\n"
         "      CodeUri: src/\n"
         "      Timeout: 10\n"
         "      Environment:\n"
         "        Variables:\n"
         "          TABLE: orders\n"
         "      Policies:\n"
         "        - Statement:\n"
         "            - Effect: Allow\n"
         "              Action: [s3:GetObject, dynamodb:PutItem]\n"
         "              Resource: \"*\"\n";
}

// The template's model, built once (the frontend is fuzzed by fuzz_template).
struct FixedProject {
  frontends::FrontendOutput parsed;
  std::vector<std::unique_ptr<Rule>> rules;

  FixedProject(const std::string& runtime, const std::string& handler) {
    auto file = std::make_shared<SourceFile>("template.yaml", templateFor(runtime, handler));
    for (const frontends::Frontend* f : frontends::allFrontends()) {
      parsed = f->analyze(file, true);
      if (parsed.ours) break;
    }
    if (!parsed.project || parsed.project->functions.size() != 1) std::abort();
    for (const RegisteredRule& r : allRules()) rules.push_back(r.make());
  }
};

// The handler the linker would pick: the one the template names, else what Go's main starts,
// else the file's first function.
inline const model::CodeFunction* pickHandler(const model::CodeSummary& s, std::string_view named) {
  if (const model::CodeFunction* f = s.function(named)) return f;
  if (!s.startedHandler.empty())
    if (const model::CodeFunction* f = s.function(s.startedHandler)) return f;
  return s.functions.empty() ? nullptr : &s.functions.front();
}

inline void checkInFile(const SourceFile& file, const SourceRange& r) {
  // A position may sit just past the last line (the end of a file without a final newline).
  if (r.begin.line == 0 || r.begin.line > file.lineCount() + 1) std::abort();
  if (r.end.line < r.begin.line || r.end.line > file.lineCount() + 1) std::abort();
}

inline int fuzzHandler(const uint8_t* data, size_t size, analyzers::Language language,
                       const char* path, FixedProject& fixed, std::string_view handlerName) {
  auto file = std::make_shared<SourceFile>(path, std::string(reinterpret_cast<const char*>(data), size));
  std::shared_ptr<const model::CodeSummary> summary = analyzers::analyzeFile(file, language);
  if (!summary || summary->file != file) std::abort();
  for (const model::CodeFunction& f : summary->functions) {
    checkInFile(*file, f.where.range);
    checkInFile(*file, f.span);
  }
  for (const auto& w : summary->stateWrites) checkInFile(*file, w.where.range);
  for (const auto& c : summary->clients) checkInFile(*file, c.where.range);
  for (const auto& e : summary->envReads) checkInFile(*file, e.where.range);
  for (const auto& c : summary->sdkCalls) checkInFile(*file, c.where.range);
  for (const auto& l : summary->literals) checkInFile(*file, l.where.range);
  if (!summary->functions.empty()) (void)summary->reachableFrom(summary->functions.front().name);

  model::Function& fn = fixed.parsed.project->functions.front();
  model::HandlerLink& link = fn.handlerLink;
  link = {};
  link.file = path;
  link.summary = summary;
  link.handler = pickHandler(*summary, handlerName);
  link.function = link.handler ? link.handler->name : std::string(handlerName);
  link.status = link.handler ? model::HandlerLink::Status::Found
                             : model::HandlerLink::Status::FunctionNotFound;

  std::vector<Finding> found;
  auto all = allRules();
  for (size_t i = 0; i < all.size(); ++i) {
    RuleContext ctx(all[i].meta, *fixed.parsed.project,
                    [&found](Finding f) { found.push_back(std::move(f)); });
    fixed.rules[i]->check(ctx);
  }
  findings::applyInSourceSuppressions(*file, {}, found, true);
  link = {};  // the summary dies with this input
  return 0;
}

}  // namespace lambdalint::fuzzing
