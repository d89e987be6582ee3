#include "lambdalint/handlers/link.hpp"

#include <algorithm>
#include <fstream>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/analyzers/cpp.hpp"
#include "lambdalint/discover/discover.hpp"
#include "handlers/layouts.hpp"

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

}  // namespace

fs::path PathResolver::canonical(const fs::path& p) const {
  const fs::path name = p.filename();
  if (!p.has_parent_path() || p.parent_path() == p) return canonicalOrLexical(p);
  if (name.empty() || name == ".") return folder(p.parent_path());  // "src/", "src/."
  if (name == "..") return folder(p.parent_path()).parent_path();   // after the links are resolved
  if (kindOf(p).link) return canonicalOrLexical(p);
  return folder(p.parent_path()) / name;
}

PathResolver::Kind PathResolver::kindOf(const fs::path& p) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = kinds_.find(p.native()); it != kinds_.end()) return it->second;
  }
  std::error_code ec;
  fs::file_status st = fs::symlink_status(p, ec);
  Kind kind{fs::exists(st), fs::is_symlink(st), fs::is_directory(st)};
  std::lock_guard<std::mutex> lock(mutex_);
  kinds_.emplace(p.native(), kind);
  return kind;
}

// A folder's canonical form: its parent's (looked up the same way) and its own name, unless it
// is a link; one lstat per folder not seen yet.
fs::path PathResolver::folder(const fs::path& dir) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = folders_.find(dir.native()); it != folders_.end()) return fs::path(it->second);
  }
  fs::path resolved = canonical(dir);
  std::lock_guard<std::mutex> lock(mutex_);
  folders_.emplace(dir.native(), resolved.native());
  return resolved;
}

bool PathResolver::isDirectory(const fs::path& p) const {
  // "src/" and "src/.": what lstat said of "src" answers (the code folder was looked up that
  // way already when its canonical form was taken), unless it is a link to follow.
  fs::path named = p;
  while (named.has_parent_path() && named.parent_path() != named &&
         (named.filename().empty() || named.filename() == "."))
    named = named.parent_path();
  const Kind kind = kindOf(named);
  std::error_code ec;
  return kind.link ? fs::is_directory(p, ec) : kind.directory;
}

namespace {

// The files with extension `ext` directly in `dir` that `keep` accepts, at most `max`, sorted.
template <typename Keep>
std::vector<fs::path> sourcesIn(const fs::path& dir, std::string_view ext, size_t max, Keep keep) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end && out.size() < max; it.increment(ec))
    if (it->path().extension() == ext && keep(it->path())) out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

struct Language {
  analyzers::Language language;
  std::vector<std::string> extensions;
};

std::optional<Language> languageOfRuntime(std::string_view runtime) {
  if (runtime.rfind("python", 0) == 0) return Language{analyzers::Language::Python, {".py"}};
  if (runtime.rfind("nodejs", 0) == 0)
    return Language{analyzers::Language::JavaScript, {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"}};
  if (runtime.rfind("java", 0) == 0) return Language{analyzers::Language::Java, {".java"}};
  // provided.*: Go when the code folder holds Go sources (checked there), else unsupported.
  if (runtime == "go1.x" || runtime.rfind("provided", 0) == 0)
    return Language{analyzers::Language::Go, {".go"}};
  return std::nullopt;
}

class Linker {
 public:
  explicit Linker(const LinkContext& ctx)
      : ctx_(ctx), boundary_(folder(ctx.boundary)) {}

  void link(model::Function& fn) {
    model::HandlerLink& link = fn.handlerLink;
    link = {};
    if (fn.packageType.isLiteral() && fn.packageType.text == "Image") {
      link.status = Status::NotLocal;
      link.reason = "the function is a container image";
      return;
    }
    const std::optional<Language> lang =
        fn.runtime.isLiteral() ? languageOfRuntime(fn.runtime.text) : std::nullopt;
    // Go finds its handler in the code (lambda.Start): the Handler is only a binary name.
    bool go = lang && lang->language == analyzers::Language::Go;
    if (!fn.runtime.isLiteral() || (!fn.handler.isLiteral() && !(go && !fn.handler.present()))) {
      link.reason = fn.handler.present() || fn.runtime.present()
                        ? "the handler or runtime is not written out in the template"
                        : "no handler or runtime";
      return;
    }
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
    const std::string& handler = fn.handler.text;
    bool java = lang->language == analyzers::Language::Java;
    // Python and JavaScript: module path, then the function after the last dot.
    std::string module;
    if (!go && !java) {
      size_t dot = handler.rfind('.');
      if (dot == std::string::npos || dot == 0 || dot + 1 == handler.size()) {
        link.status = Status::FileNotFound;
        link.reason = "the handler `" + handler + "` is not of the form module.function";
        return;
      }
      module = handler.substr(0, dot);
      link.function = handler.substr(dot + 1);
      if (lang->language == analyzers::Language::Python)
        for (char& c : module)
          if (c == '.') c = '/';
    }
    fs::path codeDir = fs::path(code);
    if (codeDir.is_absolute() || fs::path(module).is_absolute() ||
        (go && fs::path(handler).is_absolute())) {
      link.status = Status::OutsideRoot;
      link.reason = "the code path is absolute; only files under the scanned root are read";
      return;
    }
    // A .zip or .jar CodeUri: the code is packaged, not a source folder. A Java build output
    // (target/app.jar) still has its project, and the sources, two folders up.
    bool package = codeDir.extension() == ".zip" || codeDir.extension() == ".jar";
    std::optional<fs::path> project = package && java ? javaProjectOfPackage(codeDir) : std::nullopt;
    if (package && !project) {
      link.status = Status::NotLocal;
      link.reason = "the code is a package (" + code + ")";
      return;
    }
    if (project) codeDir = *project;
    fs::path codePath = (ctx_.templateDir / codeDir).lexically_normal();
    if (!within(codePath, boundary_) || !within(folder(codePath), boundary_)) {
      link.status = Status::OutsideRoot;
      link.reason = "`" + code + "` leads outside the scanned root; not read";
      return;
    }
    if (project && !isDirectory(codePath)) {
      link.status = Status::NotLocal;
      link.reason = "the code is a package (" + code + ")";
      return;
    }
    if (!isDirectory(codePath)) {
      // The template was given without its code (built elsewhere, or only the template is
      // scanned): nothing to report.
      link.status = Status::NotLocal;
      link.reason = "the code folder `" + show(codePath) +
                    "` is not in the scanned tree";
      return;
    }
    // provided.* with C++ sources and no Go: aws-lambda-cpp, the handler given to run_handler.
    if (go && fn.runtime.text.rfind("provided", 0) == 0 && isCppCode(codePath))
      return linkCpp(fn, codePath);
    if (go) return linkGo(fn, codePath);
    if (java) return linkJava(fn, codePath);
    fs::path base = (codePath / module).lexically_normal();
    for (const std::string& ext : lang->extensions) {
      Try t = tryFile(link, fs::path(base.string() + ext), code);
      if (t == Try::Stop) return;
      if (t == Try::Missing) continue;
      link.handler = link.summary->function(link.function);
      link.status = link.handler ? Status::Found : Status::FunctionNotFound;
      if (!link.handler)
        link.reason = "`" + link.file + "` defines no top-level function `" + link.function + "`";
      return;
    }
    link.status = Status::FileNotFound;
    link.reason = "no handler file: tried " + triedList(link);
  }

 private:
  enum class Try { Missing, Stop, Read };

  // Looks at one candidate file: Read (link.file and link.summary set), Missing, or Stop
  // (link.status and reason set: outside the root, unreadable).
  Try tryFile(model::HandlerLink& link, const fs::path& candidate, const std::string& code,
              const fs::path* cppProject = nullptr) {
    std::string shown = show(candidate);
    link.tried.push_back(shown);
    if (!within(candidate.lexically_normal(), boundary_) &&
        !within(canonical(candidate), boundary_)) {
      link.status = Status::OutsideRoot;
      link.reason = "`" + code + "` leads outside the scanned root; not read";
      return Try::Stop;
    }
    std::error_code ec;
    if (!fs::exists(candidate, ec)) return Try::Missing;
    fs::path real = canonical(candidate);
    if (!within(real, boundary_)) {
      link.status = Status::OutsideRoot;
      link.reason = "`" + shown + "` is a link to a file outside the scanned root; not read";
      return Try::Stop;
    }
    if (!fs::is_regular_file(candidate, ec)) return Try::Missing;
    link.file = shown;
    link.summary = summarise(candidate, real, shown, cppProject);
    if (!link.summary) {
      link.status = Status::FileNotFound;
      link.reason = "`" + shown + "` cannot be read or is too large";
      return Try::Stop;
    }
    return Try::Read;
  }

  static std::string triedList(const model::HandlerLink& link) {
    std::string s;
    for (size_t i = 0; i < link.tried.size(); ++i)
      s += (i ? (i + 1 == link.tried.size() ? " and " : ", ") : "") + ("`" + link.tried[i] + "`");
    return s;
  }

  // Java: the class's source file (Maven/Gradle or plain layout) and the method in it.
  void linkJava(model::Function& fn, const fs::path& codePath) {
    model::HandlerLink& link = fn.handlerLink;
    const std::string& handler = fn.handler.text;
    std::optional<JavaHandler> h = parseJavaHandler(handler);
    if (!h) {
      link.status = Status::FileNotFound;
      link.reason = "the handler `" + handler + "` is not of the form package.Class::method";
      return;
    }
    link.function = h->function;
    if (isLibraryHandlerClass(h->className)) {
      link.status = Status::NotLocal;
      link.reason = "`" + h->className + "` is a framework's class; the project's code is behind it";
      return;
    }
    for (const fs::path& candidate : javaCandidates(codePath, h->sourcePath)) {
      Try t = tryFile(link, candidate.lexically_normal(), fn.code.text);
      if (t == Try::Stop) return;
      if (t == Try::Missing) continue;
      link.handler = link.summary->function(link.function);
      if (link.handler) {
        link.status = Status::Found;
        link.otherPackageFiles = siblingSources(candidate, ".java");
      } else if (!link.summary->superclasses.empty()) {
        // RequestHandler base classes (a framework's, or the project's own): not followed.
        link.status = Status::NotLocal;
        link.reason = "`" + link.file + "` inherits `" + link.function + "` from `" +
                      link.summary->superclasses.front() + "`; inherited handlers are not analysed";
      } else {
        link.status = Status::FunctionNotFound;
        link.reason = "`" + link.file + "` defines no method `" + link.function + "`";
      }
      return;
    }
    link.status = Status::FileNotFound;
    link.reason = "no source file for class `" + h->className + "`: tried " + triedList(link);
  }

  // Go: the main package's .go files; the handler is what `main` passes to lambda.Start.
  void linkGo(model::Function& fn, const fs::path& codePath) {
    model::HandlerLink& link = fn.handlerLink;
    constexpr size_t kMaxFiles = 200;
    bool anySources = false;
    std::vector<fs::path> folders = goPackageFolders(codePath, fn.handler.text);
    // A Makefile that builds the function (SAM BuildMethod makefile, Serverless) names it.
    if (std::optional<std::string> makefile = readSmall(codePath / "Makefile"))
      if (std::optional<fs::path> pkg = goPackageOfMakefile(*makefile, fn.id, fn.handler.text))
        folders.insert(folders.begin(), (codePath / *pkg).lexically_normal());
    for (const fs::path& dir : folders) {
      if (!within(dir, boundary_) || !within(folder(dir), boundary_)) continue;
      if (!isDirectory(dir)) continue;
      std::vector<fs::path> files = sourcesIn(dir, ".go", kMaxFiles, [](const fs::path& f) {
        return !f.filename().string().ends_with("_test.go");
      });
      if (files.empty()) continue;
      anySources = true;
      // Every file of the package: the entry (lambda.Start) and the handler may be apart.
      std::vector<model::HandlerLink> package;
      const model::HandlerLink* entry = nullptr;
      for (const fs::path& f : files) {
        model::HandlerLink one;
        Try t = tryFile(one, f.lexically_normal(), fn.code.text);
        link.tried.insert(link.tried.end(), one.tried.begin(), one.tried.end());
        if (t == Try::Stop && one.status == Status::OutsideRoot) {
          link.status = one.status;
          link.reason = one.reason;
          return;
        }
        if (t == Try::Read) package.push_back(std::move(one));
      }
      for (const model::HandlerLink& p : package)
        if (!entry && !p.summary->startedHandler.empty()) entry = &p;
      if (!entry) continue;
      const std::string& started = entry->summary->startedHandler;
      link.function = started;
      // The entry file first, then the others; ".Method" matches a method of any type.
      std::vector<const model::HandlerLink*> order{entry};
      for (const model::HandlerLink& p : package)
        if (&p != entry) order.push_back(&p);
      for (const model::HandlerLink* p : order)
        for (const model::CodeFunction& f : p->summary->functions)
          if (f.name == started || (started.front() == '.' && f.name.ends_with(started))) {
            link.status = Status::Found;
            link.file = p->file;
            link.summary = p->summary;
            link.handler = &f;
            link.function = f.name;
            for (const model::HandlerLink& other : package)
              if (&other != p) link.otherPackageFiles.push_back(other.file);
            return;
          }
      link.file = entry->file;
      link.summary = entry->summary;
      if (started.find('.') != std::string::npos) {
        link.status = Status::NotLocal;
        link.reason = "`" + entry->file + "` passes `" + (started.front() == '.' ? started.substr(1) : started) +
                      "` to lambda.Start, a function of another package; not analysed";
      } else {
        link.status = Status::FunctionNotFound;
        link.reason = "`" + entry->file + "` passes `" + started +
                      "` to lambda.Start, but no file of the package defines it";
      }
      return;
    }
    std::string shown = show(codePath);
    if (!anySources) {
      link.status = fn.runtime.text == "go1.x" ? Status::FileNotFound : Status::UnsupportedRuntime;
      link.reason = fn.runtime.text == "go1.x"
                        ? "no .go files in `" + shown + "`"
                        : "no source analyzer for runtime " + fn.runtime.text +
                              " with this code: `" + shown + "` holds no Go sources";
      return;
    }
    link.status = Status::FunctionNotFound;
    link.reason = "no Go file in `" + shown + "` calls lambda.Start";
  }

  // The other files with extension `ext` in `file`'s folder (a Java package's other classes),
  // as display paths, sorted.
  std::vector<std::string> siblingSources(const fs::path& file, std::string_view ext) {
    std::vector<std::string> out;
    for (const fs::path& f : sourcesIn(file.parent_path(), ext, 200,
                                       [&](const fs::path& p) { return p.filename() != file.filename(); }))
      out.push_back(show(f));
    return out;
  }

  // A small text file under the root (a Makefile), or nullopt.
  std::optional<std::string> readSmall(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec) || !within(canonical(p), boundary_)) return std::nullopt;
    uintmax_t size = fs::file_size(p, ec);
    if (ec || size > 256 * 1024) return std::nullopt;
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  // C++ sources and no .go file in the code folder itself.
  static bool isCppCode(const fs::path& codePath) {
    std::error_code ec;
    for (fs::directory_iterator it(codePath, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".go") return false;
    return !analyzers::cpp::sourceFiles(codePath, 1).empty();
  }

  // Whether a file's first bytes mention `word` (a cheap look before Clang parses it).
  bool mentions(const fs::path& p, const std::string& word) const {
    std::error_code ec;
    uintmax_t size = fs::file_size(p, ec);
    std::ifstream in(p, std::ios::binary);
    if (ec || size > ctx_.maxFileBytes || !in || word.empty()) return false;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.find(word) != std::string::npos;
  }

  // C++ (aws-lambda-cpp): the file that calls run_handler, and the function or lambda it is
  // given, in that file or in another source of the project.
  void linkCpp(model::Function& fn, const fs::path& codePath) {
    model::HandlerLink& link = fn.handlerLink;
    std::string why;
    if (!analyzers::cpp::helperPath(&why)) {
      link.status = Status::UnsupportedRuntime;
      link.reason = why;
      return;
    }
    auto find = [](const model::CodeSummary& s, const std::string& name) -> const model::CodeFunction* {
      for (const model::CodeFunction& f : s.functions)
        if (f.name == name || f.name.ends_with("::" + name) || name.ends_with("::" + f.name)) return &f;
      return nullptr;
    };
    auto noted = [](const model::CodeSummary& s) {
      std::string r;
      for (const std::string& n : s.notes) r += (r.empty() ? "" : "; ") + n;
      return r;
    };
    std::vector<fs::path> files = analyzers::cpp::sourceFiles(codePath);
    std::string shownDir = show(codePath);
    for (const fs::path& entryPath : files) {
      if (!mentions(entryPath, "run_handler")) continue;
      model::HandlerLink entry;
      Try t = tryFile(entry, entryPath.lexically_normal(), fn.code.text, &codePath);
      link.tried.insert(link.tried.end(), entry.tried.begin(), entry.tried.end());
      if (t == Try::Stop) {
        link.status = entry.status;
        link.reason = entry.reason;
        return;
      }
      if (t != Try::Read) continue;
      if (auto failed = analyzers::cpp::failure(*entry.summary)) {
        link.file = entry.file;
        link.reason = "`" + entry.file + "` could not be analysed: " + *failed;
        return;
      }
      const std::string& started = entry.summary->startedHandler;
      if (started.empty()) continue;  // run_handler only in a comment or a string
      link.function = started;
      link.file = entry.file;
      link.summary = entry.summary;
      if ((link.handler = find(*entry.summary, started))) {
        link.status = Status::Found;
        link.reason = noted(*entry.summary);
        return;
      }
      // Defined in another source file of the project.
      std::string shortName = started.substr(started.rfind(':') == std::string::npos ? 0 : started.rfind(':') + 1);
      for (const fs::path& other : files) {
        if (other == entryPath || !mentions(other, shortName)) continue;
        model::HandlerLink o;
        if (tryFile(o, other.lexically_normal(), fn.code.text, &codePath) != Try::Read) continue;
        link.tried.insert(link.tried.end(), o.tried.begin(), o.tried.end());
        if (const model::CodeFunction* f = find(*o.summary, started)) {
          link.status = Status::Found;
          link.file = o.file;
          link.summary = o.summary;
          link.handler = f;
          link.reason = noted(*o.summary);
          return;
        }
      }
      link.status = Status::FunctionNotFound;
      link.reason = "`" + entry.file + "` passes `" + started +
                    "` to run_handler, but no C++ file in `" + shownDir + "` defines it";
      return;
    }
    link.status = Status::FunctionNotFound;
    link.reason = "no C++ file in `" + shownDir + "` calls aws::lambda_runtime::run_handler";
  }

  // `canonical`: `p` with links resolved (the caller has it already: resolving is costly).
  std::shared_ptr<const model::CodeSummary> summarise(const fs::path& p, const fs::path& canonical,
                                                      const std::string& shown,
                                                      const fs::path* cppProject = nullptr) {
    std::string ext = p.extension().string();
    // The shown path is part of the key: a file reached through a link under two names is
    // summarised once per name, so which template's thread came first never shows.
    std::string key = canonical.string() + '\n' + shown;
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    auto parse = [&]() -> std::shared_ptr<const model::CodeSummary> {
      std::error_code ec;
      uintmax_t size = fs::file_size(p, ec);
      std::ifstream in(p, std::ios::binary);
      if (ec || size > ctx_.maxFileBytes || !in) return nullptr;
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (cppProject)  // Clang needs the file's place on disk and its project
        return analyzers::cpp::analyzeFile(std::make_shared<SourceFile>(shown, std::move(content)),
                                           {p, *cppProject, boundary_});
      auto language = analyzers::languageOfFile(ext);
      if (!language) return nullptr;
      return analyzers::analyzeFile(std::make_shared<SourceFile>(shown, std::move(content)),
                                    *language);
    };
    auto summary = ctx_.shared ? ctx_.shared(key, parse) : parse();
    cache_[key] = summary;
    return summary;
  }

  fs::path canonical(const fs::path& p) const {
    return ctx_.paths ? ctx_.paths->canonical(p) : canonicalOrLexical(p);
  }
  fs::path folder(const fs::path& dir) const {
    return ctx_.paths ? ctx_.paths->folder(dir) : canonicalOrLexical(dir);
  }
  bool isDirectory(const fs::path& p) const {
    std::error_code ec;
    return ctx_.paths ? ctx_.paths->isDirectory(p) : fs::is_directory(p, ec);
  }
  std::string show(const fs::path& p) const {
    return ctx_.shower ? (*ctx_.shower)(p) : discover::displayPath(p, ctx_.displayRoot);
  }

  const LinkContext& ctx_;
  fs::path boundary_;
  std::map<std::string, std::shared_ptr<const model::CodeSummary>> cache_;
};

}  // namespace

ScanRoots::ScanRoots(const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) dirs_.push_back(paths_.canonical(fs::absolute(p)));
  }
}

fs::path ScanRoots::boundaryFor(const fs::path& templatePath, bool mayBeLink) const {
  fs::path absolute = fs::absolute(templatePath);
  fs::path file = mayBeLink || !absolute.has_parent_path()
                      ? paths_.canonical(absolute)
                      : paths_.folder(absolute.parent_path()) / absolute.filename();
  const fs::path* best = nullptr;
  for (const fs::path& dir : dirs_)
    if (within(file, dir) && (!best || dir.native().size() > best->native().size())) best = &dir;
  return best ? *best : file.parent_path();
}

void linkHandlers(model::Project& project, const LinkContext& context) {
  Linker linker(context);
  for (model::Function& fn : project.functions) linker.link(fn);
}

}  // namespace lambdalint::handlers
