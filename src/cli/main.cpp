// The command line: parses options, wires the pipeline to a reporter, sets the exit code.
// No analysis logic lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "lambdalint/docs/rule_docs.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/report/reporter.hpp"

namespace {

using namespace lambdalint;

// Exit codes, documented in the README and in --help.
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

enum class Format { Text, Json, Sarif };
enum class FailOn { Error, Warning, Note, None };
enum class ColorMode { Auto, Always, Never };

struct Options {
  std::vector<std::string> paths;
  Format format = Format::Text;
  std::string output;
  FailOn failOn = FailOn::Warning;
  ColorMode color = ColorMode::Auto;
  std::string root = ".";
  size_t maxFileBytes = 50u * 1024 * 1024;
  bool listRules = false;
  std::string explain;
  std::string generateDocs;
  bool checkDocs = false;
};

bool failsGate(Severity s, FailOn failOn) {
  switch (failOn) {
    case FailOn::None: return false;
    case FailOn::Note: return true;
    case FailOn::Warning: return s >= Severity::Warning;
    case FailOn::Error: return s >= Severity::Error;
  }
  return true;
}

bool useColor(const Options& o) {
  if (o.color != ColorMode::Auto) return o.color == ColorMode::Always;
  if (!o.output.empty() || std::getenv("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !(term && std::string_view(term) == "dumb");
}

void listRules() {
  std::cout << "ID      NAME                             SEVERITY  CATEGORY      SUMMARY\n";
  for (const RuleMeta* m : allMeta()) {
    std::string name(m->name), category(m->category);
    std::printf("%-7.*s %-32s %-9s %-13s %.*s\n", static_cast<int>(m->id.size()), m->id.data(),
                name.c_str(), severityName(m->defaultSeverity), category.c_str(),
                static_cast<int>(m->summary.size()), m->summary.data());
  }
}

int explain(const std::string& id) {
  const RuleMeta* m = findMeta(id);
  if (!m) {
    std::cerr << "lambdalint: unknown rule '" << id << "' (see --list-rules)\n";
    return kExitUsage;
  }
  std::cout << docs::rulePage(*m);
  return kExitClean;
}

int run(const Options& o) {
  AnalysisOptions ao;
  ao.paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  ao.root = o.root;
  ao.maxFileBytes = o.maxFileBytes;
  AnalysisResult result = analyze(ao);
  for (const std::string& e : result.fatalErrors) std::cerr << "lambdalint: " << e << "\n";

  int exitCode = kExitClean;
  for (const Finding& f : result.findings)
    if (failsGate(f.severity, o.failOn)) exitCode = kExitFindings;
  if (!result.fatalErrors.empty()) exitCode = kExitUsage;

  report::RunSummary summary;
  summary.toolVersion = LAMBDALINT_VERSION;
  summary.filesAnalysed = result.filesAnalysed;
  summary.notifications = result.notifications;
  summary.functionsFound = result.functionCount;
  summary.exitCode = exitCode;

  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output, std::ios::binary);
    if (!file) {
      std::cerr << "lambdalint: cannot write " << o.output << "\n";
      return kExitUsage;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  switch (o.format) {
    case Format::Text:
      report::writeText(out, result.findings, summary,
                        report::TextOptions{.color = useColor(o), .snippets = true});
      break;
    case Format::Json: report::writeJson(out, result.findings, summary); break;
    case Format::Sarif: report::writeSarif(out, result.findings, summary); break;
  }
  out.flush();
  if (!out) {
    std::cerr << "lambdalint: error while writing the report\n";
    return kExitInternal;
  }
  return exitCode;
}

int generateDocs(const std::string& dir) {
  for (const std::string& f : docs::writeDocs(dir)) std::cout << "wrote " << f << "\n";
  return kExitClean;
}

int checkDocs(const std::string& dir) {
  auto stale = docs::staleDocs(dir);
  for (const std::string& f : stale)
    std::cerr << "out of date: " << f << " (run lambdalint --generate-docs " << dir << ")\n";
  return stale.empty() ? kExitClean : kExitFindings;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{
      "lambdalint: a fast linter for AWS serverless projects (SAM and CloudFormation templates).\n"
      "Checks functions against the AWS Lambda best practices and reports findings with file,\n"
      "line and column as text, JSON or SARIF.\n\n"
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on;\n"
      "2 usage error or a path that cannot be read; 3 internal error.",
      "lambdalint"};
  app.set_version_flag("--version", std::string("lambdalint ") + LAMBDALINT_VERSION);
  app.add_option("paths", o.paths,
                 "Files and directories to check (default: the current directory). Directories "
                 "are searched for .yaml, .yml, .json and .template files that are templates.");
  const std::map<std::string, Format> formats{
      {"text", Format::Text}, {"json", Format::Json}, {"sarif", Format::Sarif}};
  app.add_option("-f,--format", o.format, "Output format: text, json or sarif (default: text)")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  app.add_option("-o,--output", o.output, "Write the report to FILE instead of standard output");
  const std::map<std::string, FailOn> failOns{{"error", FailOn::Error},
                                             {"warning", FailOn::Warning},
                                             {"note", FailOn::Note},
                                             {"none", FailOn::None}};
  app.add_option("--fail-on", o.failOn,
                 "Lowest severity that makes the exit code 1: error, warning, note or none "
                 "(default: warning)")
      ->transform(CLI::CheckedTransformer(failOns, CLI::ignore_case));
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
  app.add_option("--color", o.color,
                 "Colour in text output: auto (a terminal without NO_COLOR), always or never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case));
  app.add_option("--root", o.root,
                 "Directory that reported file paths are relative to (default: the current "
                 "directory; use the repository root for GitHub code scanning)");
  app.add_option("--max-file-size", o.maxFileBytes,
                 "Files larger than this many bytes are reported and not analysed "
                 "(default: 52428800)");
  app.add_flag("--list-rules", o.listRules, "List every rule with its id, name and severity");
  app.add_option("--explain", o.explain, "Show the documentation of a rule (id or name)");
  app.add_option("--generate-docs", o.generateDocs,
                 "For maintainers: regenerate docs/rules/ and the README rule table in the "
                 "given repository directory");
  app.add_flag("--check-docs", o.checkDocs,
               "For maintainers: with --generate-docs DIR, only check that they are up to date");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitUsage;
  }
  try {
    if (o.listRules) {
      listRules();
      return kExitClean;
    }
    if (!o.explain.empty()) return explain(o.explain);
    if (!o.generateDocs.empty())
      return o.checkDocs ? checkDocs(o.generateDocs) : generateDocs(o.generateDocs);
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "lambdalint: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}
