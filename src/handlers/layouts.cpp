#include "handlers/layouts.hpp"

#include <cctype>
#include <set>
#include <sstream>

namespace lambdalint::handlers {

namespace fs = std::filesystem;

std::optional<JavaHandler> parseJavaHandler(const std::string& handler) {
  JavaHandler out;
  size_t sep = handler.find("::");
  out.className = handler.substr(0, sep);
  std::string method = sep == std::string::npos ? "handleRequest" : handler.substr(sep + 2);
  if (out.className.empty() || method.empty()) return std::nullopt;
  for (char c : out.className + method)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '$' && c != '.')
      return std::nullopt;
  std::string outer = out.className.substr(0, out.className.find('$'));
  std::string inner = out.className.find('$') == std::string::npos
                          ? ""
                          : out.className.substr(out.className.rfind('$') + 1);
  if (outer.empty() || outer.front() == '.' || outer.back() == '.') return std::nullopt;
  std::string path = outer;
  for (char& c : path)
    if (c == '.') c = '/';
  out.sourcePath = fs::path(path + ".java");
  out.function = inner.empty() ? method : inner + "." + method;
  return out;
}

std::vector<fs::path> javaCandidates(const fs::path& codeDir, const fs::path& sourcePath) {
  return {codeDir / "src" / "main" / "java" / sourcePath, codeDir / sourcePath,
          codeDir / "src" / sourcePath};
}

bool isLibraryHandlerClass(const std::string& className) {
  for (const char* prefix : {"org.springframework.", "io.micronaut.", "io.quarkus.",
                             "com.amazonaws.serverless.", "com.amazonaws.services.lambda.",
                             "software.amazon.awssdk.", "software.amazon.lambda.powertools."})
    if (className.rfind(prefix, 0) == 0) return true;
  return false;
}

std::optional<fs::path> javaProjectOfPackage(const fs::path& codePath) {
  std::string ext = codePath.extension().string();
  if (ext != ".jar" && ext != ".zip") return std::nullopt;
  fs::path dir = codePath.parent_path();
  if (dir.filename() == "target") return dir.parent_path();
  if ((dir.filename() == "libs" || dir.filename() == "distributions") &&
      dir.parent_path().filename() == "build")
    return dir.parent_path().parent_path();
  return std::nullopt;
}

std::vector<fs::path> goPackageFolders(const fs::path& codeDir, const std::string& handler) {
  std::vector<fs::path> out;
  std::string name = fs::path(handler).filename().string();
  bool named = !name.empty() && name != "bootstrap" && name != "main" && name != "." &&
               name != ".." && handler.find("..") == std::string::npos;
  if (named) {
    out.push_back(codeDir / name);
    out.push_back(codeDir / "cmd" / name);
  }
  out.push_back(codeDir);
  return out;
}

namespace {

// Shell words, quotes removed (`-ldflags="-s -w"` is one word).
std::vector<std::string> shellWords(std::string_view line) {
  std::vector<std::string> out;
  std::string cur;
  bool any = false;
  char quote = 0;
  for (char c : line) {
    if (quote) {
      if (c == quote) quote = 0;
      else cur += c;
    } else if (c == '"' || c == '\'') {
      quote = c;
      any = true;
    } else if (c == ' ' || c == '\t') {
      if (any || !cur.empty()) out.push_back(cur);
      cur.clear();
      any = false;
    } else {
      cur += c;
    }
  }
  if (any || !cur.empty()) out.push_back(cur);
  return out;
}

struct GoBuild {
  std::string output;   // -o
  std::string package;  // the first package or file argument
};

// `... go build [flags] [packages]` on one recipe line (after `&&`, `;` or `env X=Y`).
std::optional<GoBuild> goBuildOf(std::string_view line) {
  std::vector<std::string> w = shellWords(line);
  static const std::set<std::string> kValued{"-o", "-tags", "-ldflags", "-gcflags", "-asmflags",
                                             "-mod", "-C", "-p", "-buildmode", "-pkgdir",
                                             "-modfile", "-overlay", "-pgo", "-buildvcs",
                                             "-compiler", "-installsuffix", "-toolexec"};
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] != "go" || w[i + 1] != "build") continue;
    GoBuild b;
    for (size_t k = i + 2; k < w.size(); ++k) {
      const std::string& a = w[k];
      if (a == "&&" || a == ";" || a == "||" || a == "|") break;
      if (a.rfind("-", 0) == 0) {
        std::string flag = a.substr(0, a.find('='));
        if (flag.rfind("--", 0) == 0) flag = flag.substr(1);
        if (kValued.count(flag) && a.find('=') == std::string::npos && k + 1 < w.size()) {
          if (flag == "-o") b.output = w[k + 1];
          ++k;
        } else if (flag == "-o") {
          b.output = a.substr(a.find('=') + 1);
        }
        continue;
      }
      if (b.package.empty()) b.package = a;
    }
    return b;
  }
  return std::nullopt;
}

std::optional<fs::path> packageFolder(const std::string& package) {
  if (package.empty()) return fs::path(".");
  if (package.find('$') != std::string::npos) return std::nullopt;
  fs::path p(package);
  if (p.extension() == ".go") p = p.parent_path();
  p = p.lexically_normal();
  if (p.empty()) return fs::path(".");
  if (p.is_absolute() || *p.begin() == "..") return std::nullopt;
  // A module path (`github.com/x/y/cmd/z`) cannot be resolved without go.mod: not ours.
  if (p.begin()->string().find('.') != std::string::npos && *p.begin() != ".")
    return std::nullopt;
  return p;
}

}  // namespace

std::optional<fs::path> goPackageOfMakefile(std::string_view makefile, const std::string& logicalId,
                                            const std::string& handler) {
  std::istringstream in{std::string(makefile)};
  std::string line, target;
  std::optional<fs::path> byOutput;
  const std::string handlerName = fs::path(handler).filename().string();
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line[0] != '\t' && line[0] != ' ') {
      size_t colon = line.find(':');
      target = colon == std::string::npos || line.find('=') < colon ? "" : line.substr(0, colon);
      continue;
    }
    std::optional<GoBuild> b = goBuildOf(line);
    if (!b) continue;
    if (!logicalId.empty() && target == "build-" + logicalId) return packageFolder(b->package);
    if (!byOutput && !handlerName.empty() && handlerName != "bootstrap" &&
        fs::path(b->output).filename() == handlerName)
      byOutput = packageFolder(b->package);
  }
  return byOutput;
}

}  // namespace lambdalint::handlers
