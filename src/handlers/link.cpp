#include "lambdalint/handlers/link.hpp"

#include <fstream>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/discover/discover.hpp"

namespace lambdalint::model {
const char* handlerStatusName(HandlerLink::Status s) {
  switch (s) {
    case HandlerLink::Status::NotResolved: return "not-resolved";
    case HandlerLink::Status::NotLocal: return "not-local";
    case HandlerLink::Status::UnsupportedRuntime: return "unsupported-runtime";
    case HandlerLink::Status::OutsideRoot: return "outside-root";
    case HandlerLink::Status::FileNotFound: return "file-not-found";
    case HandlerLink::Status::FunctionNotFound: return "function-not-found";
    case HandlerLink::Status::Found: return "found";
  }
  return "not-resolved";
}
}  // namespace lambdalint::model

namespace lambdalint::handlers {
namespace {

namespace fs = std::filesystem;
using Status = model::HandlerLink::Status;

bool within(const fs::path& p, const fs::path& root) {
  auto r = root.begin(), i = p.begin();
  for (; r != root.end(); ++r, ++i) {
    if (r->empty()) continue;  // trailing separator
    if (i == p.end() || *i != *r) return false;
  }
  return true;
}

fs::path canonicalOrLexical(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : c;
}

struct Language {
  analyzers::Language language;
  std::vector<std::string> extensions;
};

std::optional<Language> languageOfRuntime(std::string_view runtime) {
  if (runtime.rfind("python", 0) == 0) return Language{analyzers::Language::Python, {".py"}};
  if (runtime.rfind("nodejs", 0) == 0)
    return Language{analyzers::Language::JavaScript, {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"}};
  return std::nullopt;
}

class Linker {
 public:
  explicit Linker(const LinkContext& ctx)
      : ctx_(ctx), boundary_(canonicalOrLexical(ctx.boundary)) {}

  void link(model::Function& fn) {
    model::HandlerLink& link = fn.handlerLink;
    link = {};
    if (fn.packageType.isLiteral() && fn.packageType.text == "Image") {
      link.status = Status::NotLocal;
      link.reason = "the function is a container image";
      return;
    }
    if (!fn.handler.isLiteral() || !fn.runtime.isLiteral()) {
      link.reason = fn.handler.present() || fn.runtime.present()
                        ? "the handler or runtime is not written out in the template"
                        : "no handler or runtime";
      return;
    }
    const std::optional<Language> lang = languageOfRuntime(fn.runtime.text);
    if (!lang) {
      link.status = Status::UnsupportedRuntime;
      link.reason = "no source analyzer for runtime " + fn.runtime.text + " yet";
      return;
    }
    const std::string& code = fn.code.text;
    if (!fn.code.isLiteral()) {
      link.status = Status::NotLocal;
      link.reason = fn.code.present() ? "the code location is not a local path"
                                      : "no CodeUri: the code location is not in the template";
      return;
    }
    if (code.find('\n') != std::string::npos) {
      link.status = Status::NotLocal;
      link.reason = "inline code (InlineCode/ZipFile) is not analysed yet";
      return;
    }
    if (code.rfind("s3://", 0) == 0 || code.find("://") != std::string::npos) {
      link.status = Status::NotLocal;
      link.reason = "the code is in S3 (" + code + ")";
      return;
    }
    // Handler: module path, then the function after the last dot.
    const std::string& handler = fn.handler.text;
    size_t dot = handler.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == handler.size()) {
      link.status = Status::FileNotFound;
      link.reason = "the handler `" + handler + "` is not of the form module.function";
      return;
    }
    std::string module = handler.substr(0, dot);
    link.function = handler.substr(dot + 1);
    if (lang->language == analyzers::Language::Python)
      for (char& c : module)
        if (c == '.') c = '/';
    fs::path codeDir = fs::path(code);
    if (codeDir.is_absolute() || fs::path(module).is_absolute()) {
      link.status = Status::OutsideRoot;
      link.reason = "the code path is absolute; only files under the scanned root are read";
      return;
    }
    // A .zip or a single file CodeUri: the code is packaged, not a source folder.
    if (codeDir.extension() == ".zip" || codeDir.extension() == ".jar") {
      link.status = Status::NotLocal;
      link.reason = "the code is a package (" + code + ")";
      return;
    }
    fs::path codePath = (ctx_.templateDir / codeDir).lexically_normal();
    if (!within(codePath, boundary_) || !within(canonicalOrLexical(codePath), boundary_)) {
      link.status = Status::OutsideRoot;
      link.reason = "`" + code + "` leads outside the scanned root; not read";
      return;
    }
    std::error_code dirEc;
    if (!fs::is_directory(codePath, dirEc)) {
      // The template was given without its code (built elsewhere, or only the template is
      // scanned): nothing to report.
      link.status = Status::NotLocal;
      link.reason = "the code folder `" + discover::displayPath(codePath, ctx_.displayRoot) +
                    "` is not in the scanned tree";
      return;
    }
    fs::path base = (ctx_.templateDir / codeDir / module).lexically_normal();
    for (const std::string& ext : lang->extensions) {
      fs::path candidate = fs::path(base.string() + ext);
      std::string shown = discover::displayPath(candidate, ctx_.displayRoot);
      link.tried.push_back(shown);
      if (!within(candidate.lexically_normal(), boundary_) &&
          !within(canonicalOrLexical(candidate), boundary_)) {
        link.status = Status::OutsideRoot;
        link.reason = "`" + code + "` leads outside the scanned root; not read";
        return;
      }
      std::error_code ec;
      if (!fs::exists(candidate, ec)) continue;
      if (!within(canonicalOrLexical(candidate), boundary_)) {
        link.status = Status::OutsideRoot;
        link.reason = "`" + shown + "` is a link to a file outside the scanned root; not read";
        return;
      }
      if (!fs::is_regular_file(candidate, ec)) continue;
      link.file = shown;
      link.summary = summarise(candidate, shown, ext);
      if (!link.summary) {
        link.status = Status::FileNotFound;
        link.reason = "`" + shown + "` cannot be read or is too large";
        return;
      }
      link.handler = link.summary->function(link.function);
      link.status = link.handler ? Status::Found : Status::FunctionNotFound;
      if (!link.handler)
        link.reason = "`" + shown + "` defines no top-level function `" + link.function + "`";
      return;
    }
    link.status = Status::FileNotFound;
    link.reason = "no handler file: tried " + [&] {
      std::string s;
      for (size_t i = 0; i < link.tried.size(); ++i)
        s += (i ? (i + 1 == link.tried.size() ? " and " : ", ") : "") + ("`" + link.tried[i] + "`");
      return s;
    }();
  }

 private:
  std::shared_ptr<const model::CodeSummary> summarise(const fs::path& p, const std::string& shown,
                                                      const std::string& ext) {
    std::string key = canonicalOrLexical(p).string();
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::shared_ptr<const model::CodeSummary> summary;
    std::error_code ec;
    uintmax_t size = fs::file_size(p, ec);
    std::ifstream in(p, std::ios::binary);
    if (!ec && size <= ctx_.maxFileBytes && in) {
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto language = analyzers::languageOfFile(ext);
      if (language)
        summary = analyzers::analyzeFile(std::make_shared<SourceFile>(shown, std::move(content)),
                                         *language);
    }
    cache_[key] = summary;
    return summary;
  }

  const LinkContext& ctx_;
  fs::path boundary_;
  std::map<std::string, std::shared_ptr<const model::CodeSummary>> cache_;
};

}  // namespace

fs::path scanBoundary(const std::vector<std::string>& paths, const fs::path& templatePath) {
  fs::path file = canonicalOrLexical(fs::absolute(templatePath));
  fs::path best;
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::path dir = canonicalOrLexical(fs::absolute(p));
    if (!fs::is_directory(dir, ec)) continue;
    if (within(file, dir) && dir.string().size() > best.string().size()) best = dir;
  }
  return best.empty() ? file.parent_path() : best;
}

void linkHandlers(model::Project& project, const LinkContext& context) {
  Linker linker(context);
  for (model::Function& fn : project.functions) linker.link(fn);
}

}  // namespace lambdalint::handlers
