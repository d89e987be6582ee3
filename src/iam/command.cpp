// `lambdalint policy FUNCTION [PATH...]`: the minimal policy a function's code needs.
// Reads the templates under PATH like the analysis does (discover, frontends, handler links),
// on one thread, and prints the policy as JSON or YAML.
#include "lambdalint/iam/command.hpp"

#include <deque>
#include <fstream>
#include <set>
#include <sstream>

#include "lambdalint/discover/discover.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/handlers/link.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::iam {
namespace {

namespace fs = std::filesystem;

const char* kUsage =
    "usage: lambdalint policy FUNCTION [PATH...] [--format json|yaml] [--root DIR]\n"
    "Prints the minimal IAM policy that FUNCTION's handler code needs (its logical id, CDK\n"
    "construct path or FunctionName), from the templates under PATH (default: the current\n"
    "directory). --format yaml prints it for a CloudFormation/SAM template (!GetAtt, !Sub).\n";

bool readFile(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

}  // namespace

Loaded loadProjects(const std::vector<std::string>& paths, const fs::path& root) {
  Loaded loaded;
  discover::Result found = discover::findCandidates(paths, root);
  for (const discover::Problem& p : found.problems)
    if (p.fatal) {
      loaded.error = p.path + ": " + p.message;
      return loaded;
    }
  handlers::ScanRoots scanRoots(found.directories);  // discovery knows which are folders
  std::deque<discover::Candidate> queue(found.candidates.begin(), found.candidates.end());
  std::set<std::string> seen;
  while (!queue.empty()) {
    discover::Candidate c = queue.front();
    queue.pop_front();
    if (!seen.insert(c.displayPath).second) continue;
    std::error_code ec;
    if (fs::file_size(c.path, ec) > 50u * 1024 * 1024 || ec) continue;  // as the analysis's default
    std::string content;
    if (!readFile(c.path, content)) continue;
    auto file = std::make_shared<SourceFile>(c.displayPath, std::move(content));
    for (const frontends::Frontend* frontend : frontends::allFrontends()) {
      if (!c.explicitlyNamed && !frontend->mayHandle(*file)) continue;
      fs::path folder = fs::absolute(c.path).parent_path();
      frontends::FrontendOutput parsed = frontend->analyzeInFolder(file, c.explicitlyNamed, folder);
      if (!parsed.ours) continue;
      for (const std::string& rel : parsed.alsoAnalyse) {
        fs::path next = c.path.parent_path() / rel;
        std::error_code ec;
        if (fs::is_regular_file(next, ec))
          queue.push_back({next, discover::displayPath(next, root), true});
      }
      if (parsed.project) {
        handlers::LinkContext link;
        link.templateDir = folder;
        link.boundary = scanRoots.boundaryFor(c.path);
        link.displayRoot = root;
        handlers::linkHandlers(*parsed.project, link);
        for (const model::Function& fn : parsed.project->functions)
          loaded.functions.emplace_back(&fn, c.displayPath);
      }
      loaded.units.push_back(std::move(parsed));
      break;
    }
  }
  return loaded;
}

int policyCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string function, format = "json";
  std::vector<std::string> paths;
  fs::path root = ".";
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      out << kUsage;
      return 0;
    }
    if (a == "-f" || a == "--format" || a == "--root") {
      if (i + 1 >= args.size()) {
        err << "lambdalint policy: " << a << " needs a value\n" << kUsage;
        return 2;
      }
      if (a == "--root") root = args[i + 1];
      else format = args[i + 1];
      ++i;
      continue;
    }
    if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
      continue;
    }
    if (!a.empty() && a[0] == '-') {
      err << "lambdalint policy: unknown option " << a << "\n" << kUsage;
      return 2;
    }
    if (function.empty()) function = a;
    else paths.push_back(a);
  }
  if (function.empty()) {
    err << "lambdalint policy: name a function\n" << kUsage;
    return 2;
  }
  if (format != "json" && format != "yaml") {
    err << "lambdalint policy: --format must be json or yaml, not `" << format << "`\n";
    return 2;
  }
  if (paths.empty()) paths.push_back(".");

  Loaded loaded = loadProjects(paths, root);
  if (!loaded.error.empty()) {
    err << "lambdalint policy: " << loaded.error << "\n";
    return 2;
  }
  std::vector<std::pair<const model::Function*, std::string>> matches;  // function, template
  for (const auto& [fn, tpl] : loaded.functions) {
    auto name = fn->functionName.effectiveText();
    if (fn->id == function || fn->label() == function || (name && *name == function))
      matches.emplace_back(fn, tpl);
  }
  if (matches.empty()) {
    err << "lambdalint policy: no function `" << function << "` in the templates under the "
        << "given paths\n";
    return 2;
  }
  if (matches.size() > 1) {
    err << "lambdalint policy: several functions are named `" << function
        << "`; name the template to use:\n";
    for (const auto& [fn, tpl] : matches) err << "  " << tpl << "\n";
    return 2;
  }
  const model::Function& fn = *matches.front().first;
  Usage usage = usageOf(fn);
  std::vector<MinimalStatement> policy = minimalPolicy(usage);
  if (!usage.handlerAnalysed || !usage.incomplete.empty()) {
    err << "lambdalint policy: the policy of `" << fn.label() << "` may be incomplete:\n";
    for (const std::string& why : usage.incomplete) err << "  - " << why << "\n";
  }
  out << (format == "yaml" ? policyYaml(policy) : policyJson(policy));
  return 0;
}

}  // namespace lambdalint::iam
