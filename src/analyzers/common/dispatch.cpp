#include <algorithm>
#include <set>

#include "analyzers/common/languages.hpp"

namespace lambdalint::analyzers {

std::optional<Language> languageOfFile(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".py")) return Language::Python;
  if (ends(".tsx")) return Language::Tsx;
  if (ends(".ts") || ends(".mts") || ends(".cts")) return Language::TypeScript;
  if (ends(".js") || ends(".mjs") || ends(".cjs") || ends(".jsx")) return Language::JavaScript;
  if (ends(".go")) return Language::Go;
  if (ends(".java")) return Language::Java;
  return std::nullopt;
}

std::shared_ptr<const model::CodeSummary> analyzeFile(std::shared_ptr<const SourceFile> file,
                                                       Language language) {
  switch (language) {
    case Language::Python: return analyzePython(std::move(file));
    case Language::Go: return analyzeGo(std::move(file));
    case Language::Java: return analyzeJava(std::move(file));
    case Language::JavaScript:
    case Language::TypeScript:
    case Language::Tsx: break;
  }
  return analyzeJavaScript(std::move(file), language);
}

}  // namespace lambdalint::analyzers

namespace lambdalint::model {

const char* clientKindName(ClientCreation::Kind k) {
  switch (k) {
    case ClientCreation::Kind::AwsSdk: return "AWS SDK client";
    case ClientCreation::Kind::Database: return "database connection";
    case ClientCreation::Kind::Http: return "HTTP session";
  }
  return "client";
}

const CodeFunction* CodeSummary::function(std::string_view name) const {
  for (const CodeFunction& f : functions)
    if (f.name == name) return &f;
  return nullptr;
}

const ModuleVariable* CodeSummary::moduleVariable(std::string_view name) const {
  for (const ModuleVariable& v : moduleVariables)
    if (v.name == name) return &v;
  return nullptr;
}

std::vector<std::string> CodeSummary::reachableFrom(std::string_view start) const {
  std::vector<std::string> order{std::string(start)};
  std::set<std::string, std::less<>> seen{std::string(start)};
  for (size_t i = 0; i < order.size(); ++i)
    if (const CodeFunction* f = function(order[i]))
      for (const std::string& callee : f->calls)
        if (function(callee) && seen.insert(callee).second) order.push_back(callee);
  return order;
}

}  // namespace lambdalint::model
