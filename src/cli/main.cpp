// The command line: parses options, wires the pipeline to a reporter, sets the exit code.
// No analysis logic lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "lambdalint/config/config.hpp"
#include "lambdalint/docs/rule_docs.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/findings/pipeline.hpp"
#include "lambdalint/iam/command.hpp"
#include "lambdalint/report/reporter.hpp"

namespace {

using namespace lambdalint;

// Exit codes, documented in the README and in --help.
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

enum class Format { Text, Json, Sarif, Junit, Github };
enum class FailOn { Error, Warning, Note, None };
enum class ColorMode { Auto, Always, Never };

struct Options {
  std::vector<std::string> paths;
  std::vector<Format> formats;       // --format, repeatable
  std::vector<std::string> outputs;  // --output, each for the --format written before it
  std::vector<int> outputOf;         // for each format, the index in `outputs` or -1
  FailOn failOn = FailOn::Warning;
  bool quiet = false;
  bool summaryOnly = false;
  std::string configFile;
  bool noConfig = false;
  std::vector<std::string> enableRules, disableRules;
  bool printConfig = false;
  std::string baseline;
  std::string writeBaseline;
  std::string changedSince;
  config::Config config;
  ColorMode color = ColorMode::Auto;
  std::string root = ".";
  size_t maxFileBytes = 50u * 1024 * 1024;
  unsigned jobs = 0;           // 0: one per core
  double fileTimeoutSeconds = 10;  // 0: no limit
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

bool useColor(const Options& o, bool toStdout) {
  if (o.color != ColorMode::Auto) return o.color == ColorMode::Always;
  if (!toStdout || std::getenv("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !(term && std::string_view(term) == "dumb");
}

// The severity and enabled column reflect the configuration.
void listRules(const config::Config& c) {
  std::cout << "ID      NAME                             SEVERITY  ENABLED  CATEGORY      SUMMARY\n";
  for (const RuleMeta* m : allMeta()) {
    std::string name(m->name), category(m->category);
    auto it = c.severity.find(std::string(m->id));
    Severity severity = it != c.severity.end() ? it->second : m->defaultSeverity;
    std::printf("%-7.*s %-32s %-9s %-8s %-13s %.*s\n", static_cast<int>(m->id.size()),
                m->id.data(), name.c_str(), severityName(severity), c.enabled(*m) ? "yes" : "no",
                category.c_str(), static_cast<int>(m->summary.size()), m->summary.data());
  }
  std::cout.flush();
}

// Which configuration applies: --no-config, --config FILE, or .lambdalint.yaml found from
// the first path upwards. Throws config::ConfigError.
config::Config loadConfiguration(const Options& o) {
  if (o.noConfig) return {};
  if (!o.configFile.empty()) return config::loadConfig(o.configFile);
  std::string start = o.paths.empty() ? "." : o.paths.front();
  if (auto found = config::findConfigFile(start)) return config::loadConfig(*found);
  return {};
}

const char* failOnName(FailOn f) {
  switch (f) {
    case FailOn::Error: return "error";
    case FailOn::Warning: return "warning";
    case FailOn::Note: return "note";
    case FailOn::None: return "none";
  }
  return "warning";
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

// Where each report goes: an --output belongs to the --format written just before it (an
// --output before every --format belongs to the first); a format without an output goes to
// standard output, and only one may.
struct Destination {
  Format format;
  std::string file;  // empty: standard output
};

// Pairs --format and --output in command-line order. False on a usage error.
bool pairOutputs(const std::vector<const CLI::Option*>& order, const CLI::Option* formatOpt,
                 const CLI::Option* outputOpt, Options& o) {
  int formats = 0, outputs = 0;
  int pending = -1;  // an --output seen before any --format
  o.outputOf.assign(o.formats.size(), -1);
  for (const CLI::Option* opt : order) {
    if (opt == formatOpt) {
      ++formats;
      if (pending >= 0 && formats == 1) o.outputOf[0] = pending, pending = -1;
    } else if (opt == outputOpt) {
      int index = outputs++;
      int target = formats == 0 ? -1 : formats - 1;
      if (target < 0) {
        if (pending >= 0) {
          std::cerr << "lambdalint: two --output options before any --format\n";
          return false;
        }
        pending = index;
      } else if (o.outputOf[target] >= 0) {
        std::cerr << "lambdalint: two --output options for one --format (write an --output "
                     "after the --format it is for)\n";
        return false;
      } else {
        o.outputOf[target] = index;
      }
    }
  }
  if (o.formats.empty()) {  // only --output: the default text report goes there
    o.formats.push_back(Format::Text);
    o.outputOf.push_back(pending);
  }
  return true;
}

std::optional<std::vector<Destination>> destinations(const Options& o) {
  std::vector<Format> formats = o.formats.empty() ? std::vector<Format>{Format::Text} : o.formats;
  std::vector<Destination> out;
  int toStdout = 0;
  for (size_t i = 0; i < formats.size(); ++i) {
    int index = i < o.outputOf.size() ? o.outputOf[i] : -1;
    if (index < 0) ++toStdout;
    out.push_back({formats[i], index < 0 ? std::string() : o.outputs[index]});
  }
  if (toStdout > 1) {
    std::cerr << "lambdalint: only one --format can go to standard output; write an --output "
                 "after each of the others\n";
    return std::nullopt;
  }
  return out;
}

void write(std::ostream& out, Format format, const Options& o, bool toStdout,
           const FindingSource& findings, const report::RunSummary& summary) {
  switch (format) {
    case Format::Text:
      report::writeText(out, findings, summary,
                        report::TextOptions{.color = useColor(o, toStdout),
                                            .snippets = true,
                                            .findings = !o.summaryOnly,
                                            .summary = !o.quiet});
      break;
    case Format::Json: report::writeJson(out, findings, summary); break;
    case Format::Sarif: report::writeSarif(out, findings, summary); break;
    case Format::Junit: report::writeJunit(out, findings, summary); break;
    case Format::Github: report::writeGithub(out, findings, summary); break;
  }
}

// --file-timeout in milliseconds; a positive limit below one still is a limit, not "none".
std::chrono::milliseconds timeoutOf(double seconds) {
  if (seconds <= 0) return std::chrono::milliseconds(0);
  return std::chrono::milliseconds(std::max(1ll, static_cast<long long>(seconds * 1000 + 0.5)));
}

int run(const Options& o) {
  auto dests = destinations(o);
  if (!dests) return kExitUsage;
  if (!o.baseline.empty() && !o.writeBaseline.empty()) {
    std::cerr << "lambdalint: --baseline and --write-baseline cannot be combined\n";
    return kExitUsage;
  }
  std::optional<findings::Baseline> baseline;
  if (!o.baseline.empty()) {
    try {
      baseline = findings::readBaseline(o.baseline);
    } catch (const std::runtime_error& e) {
      std::cerr << "lambdalint: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  std::optional<std::set<std::string>> changed;
  if (!o.changedSince.empty()) {
    try {
      changed = findings::changedFiles(o.root, o.changedSince);
    } catch (const std::runtime_error& e) {
      std::cerr << "lambdalint: --changed-since: " << e.what() << "\n";
      return kExitUsage;
    }
  }

  AnalysisOptions ao;
  ao.paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  ao.root = o.root;
  ao.maxFileBytes = o.maxFileBytes;
  ao.jobs = o.jobs;
  ao.fileTimeout = timeoutOf(o.fileTimeoutSeconds);
  ao.ruleOptions = o.config.options;
  if (!o.config.include.empty() || !o.config.exclude.empty())
    ao.acceptFile = [&c = o.config](const std::filesystem::path& p) { return c.acceptsFile(p); };
  AnalysisResult result = analyze(ao);
  // A path the user named that does not exist is a usage error: no report, exit code 2.
  for (const std::string& e : result.fatalErrors) std::cerr << "lambdalint: " << e << "\n";
  if (!result.fatalErrors.empty()) return kExitUsage;

  // The findings pipeline: configuration, changed files, then the baseline, applied to each
  // finding as the store replays them (every report walks them again).
  FilteredFindings selected(result.findings, [&](Finding& f) {
    return findings::applyConfig(o.config, f) && (!changed || findings::isInFiles(*changed, f));
  });
  if (!o.writeBaseline.empty()) {
    std::ofstream file(o.writeBaseline, std::ios::binary);
    findings::writeBaseline(file, selected);
    file.flush();
    if (!file) {
      std::cerr << "lambdalint: cannot write " << o.writeBaseline << "\n";
      return kExitUsage;
    }
    baseline = findings::readBaseline(o.writeBaseline);  // what was written is now accepted
  }
  FilteredFindings reported(selected, [&](Finding& f) {
    if (baseline) findings::applyBaseline(*baseline, f);
    return true;
  });

  int exitCode = kExitClean;
  report::FindingTally tally;
  reported.forEach([&](const Finding& f) {
    tally.add(f);
    if (f.active() && failsGate(f.severity, o.failOn)) exitCode = kExitFindings;
  });
  if (!result.fatalErrors.empty()) exitCode = kExitUsage;

  report::RunSummary summary;
  summary.toolVersion = LAMBDALINT_VERSION;
  summary.filesAnalysed = std::move(result.filesAnalysed);
  summary.notifications = std::move(result.notifications);
  summary.functionsFound = result.functionCount;
  summary.functions = &result.functions;
  summary.exitCode = exitCode;
  summary.tally = &tally;

  for (const Destination& d : *dests) {
    std::ofstream file;
    if (!d.file.empty()) {
      file.open(d.file, std::ios::binary);
      if (!file) {
        std::cerr << "lambdalint: cannot write " << d.file << "\n";
        return kExitUsage;
      }
    }
    std::ostream& out = d.file.empty() ? std::cout : file;
    write(out, d.format, o, d.file.empty(), reported, summary);
    out.flush();
    if (!out) {
      std::cerr << "lambdalint: error while writing the report\n";
      return kExitInternal;
    }
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
  // `lambdalint policy FUNCTION [PATH...]`: the minimal IAM policy of a function's code.
  if (argc >= 2 && std::string_view(argv[1]) == "policy") {
    try {
      return lambdalint::iam::policyCommand(std::vector<std::string>(argv + 2, argv + argc),
                                            std::cout, std::cerr);
    } catch (const std::exception& e) {
      std::cerr << "lambdalint policy: internal error: " << e.what() << "\n";
      return 3;
    }
  }
  Options o;
  CLI::App app{
      "lambdalint: a fast linter for AWS serverless projects (SAM and CloudFormation templates).\n"
      "Checks functions against the AWS Lambda best practices and reports findings with file,\n"
      "line and column as text, JSON, SARIF, JUnit XML or GitHub Actions annotations.\n\n"
      "Several reports in one run: repeat --format; an --output belongs to the --format\n"
      "written just before it, and at most one format without an output goes to standard\n"
      "output, e.g. (text on stdout, SARIF and JUnit to files):\n"
      "  lambdalint -f text -f sarif -o lambdalint.sarif -f junit -o junit.xml .\n\n"
      "Configuration: .lambdalint.yaml, found from the first path upwards (to the repository\n"
      "root); command-line options win over it. Suppressions: '# lambdalint: ignore RULE --\n"
      "reason' on the line or the line above (docs/suppressions.md).\n\n"
      "The minimal IAM policy of a function's handler code: lambdalint policy FUNCTION\n"
      "[PATH...] [--format json|yaml] (docs/iam.md).\n\n"
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on\n"
      "(suppressed findings and those in the --baseline do not count); 2 usage or\n"
      "configuration error, or a path that cannot be read; 3 internal error.",
      "lambdalint"};
  app.set_version_flag("--version", std::string("lambdalint ") + LAMBDALINT_VERSION);
  app.add_option("paths", o.paths,
                 "Files and directories to check (default: the current directory). Directories "
                 "are searched for .yaml, .yml, .json and .template files that are templates.");
  const std::map<std::string, Format> formats{{"text", Format::Text},
                                              {"json", Format::Json},
                                              {"sarif", Format::Sarif},
                                              {"junit", Format::Junit},
                                              {"github", Format::Github}};
  CLI::Option* formatOpt = app.add_option("-f,--format", o.formats,
                 "Output format: text, json, sarif, junit or github (default: text); repeat for "
                 "several reports")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  CLI::Option* outputOpt = app.add_option("-o,--output", o.outputs,
                 "Write the report of the --format just before it to FILE instead of standard "
                 "output")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("-q,--quiet", o.quiet, "Text output: only the findings, no summary line");
  app.add_flag("--summary-only", o.summaryOnly, "Text output: only the summary line");
  app.add_option("--config", o.configFile,
                 "Read this configuration file instead of the .lambdalint.yaml found from the "
                 "first path upwards")
      ->type_name("FILE");
  app.add_flag("--no-config", o.noConfig, "Ignore any configuration file");
  app.add_option("--enable", o.enableRules,
                 "Turn on these rules (comma-separated ids, names, categories or \"*\"; "
                 "repeatable), over the configuration file; opt-in rules need their id or name")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->type_name("RULES");
  app.add_option("--disable", o.disableRules,
                 "Turn off these rules (the same forms as --enable), over the configuration "
                 "file; --disable '*' --enable REL001 runs REL001 only")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->type_name("RULES");
  app.add_flag("--print-config", o.printConfig,
               "Print the effective configuration as YAML and exit");
  app.add_option("--baseline", o.baseline,
                 "Report as new only findings whose fingerprint is not in FILE (a baseline or "
                 "the SARIF of an earlier run); the others do not fail the run")
      ->type_name("FILE");
  app.add_option("--write-baseline", o.writeBaseline,
                 "Write the fingerprints of the current findings to FILE (they are then "
                 "accepted: exit code 0 unless the run fails otherwise)")
      ->type_name("FILE");
  app.add_option("--changed-since", o.changedSince,
                 "Report only findings in files that `git diff --name-only REF` lists (run in "
                 "--root); every template is still analysed")
      ->type_name("REF");
  const std::map<std::string, FailOn> failOns{{"error", FailOn::Error},
                                             {"warning", FailOn::Warning},
                                             {"note", FailOn::Note},
                                             {"none", FailOn::None}};
  app.add_option("--fail-on", o.failOn,
                 "Lowest severity that makes the exit code 1: error, warning, note or none "
                 "(default: warning, or fail-on in the configuration)")
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
  app.add_option("--jobs,-j", o.jobs,
                 "Files analysed in parallel by this many threads (default, and 0: the number "
                 "of cores); the output is the same for every value")
      ->type_name("N")
      ->check(CLI::Range(0u, 1024u));
  app.add_option("--file-timeout", o.fileTimeoutSeconds,
                 "A file whose analysis (its handler code included) takes more than this many "
                 "seconds of CPU time is reported (INP001) and skipped; 0: no limit (default: 10)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0.0, 86400.0));
  app.add_flag("--list-rules", o.listRules, "List every rule with its id, name, severity and whether the configuration enables it");
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
  {
    std::vector<const CLI::Option*> order(app.parse_order().begin(), app.parse_order().end());
    if (!pairOutputs(order, formatOpt, outputOpt, o)) return kExitUsage;
  }
  if (!(o.fileTimeoutSeconds >= 0)) {  // NaN passes CLI11's range check
    std::cerr << "lambdalint: --file-timeout: not a number of seconds\n";
    return kExitUsage;
  }
  if (o.noConfig && !o.configFile.empty()) {
    std::cerr << "lambdalint: --config and --no-config cannot be combined\n";
    return kExitUsage;
  }
  bool needsConfig = o.listRules || o.printConfig || (o.explain.empty() && o.generateDocs.empty());
  if (needsConfig) {
    try {
      o.config = loadConfiguration(o);
      config::applyCommandLine(o.config, o.enableRules, o.disableRules);
    } catch (const config::ConfigError& e) {
      std::cerr << "lambdalint: " << e.what() << "\n";
      return kExitUsage;
    }
    // Command-line options win over the file.
    if (app.count("--fail-on") > 0) o.config.failOn = failOnName(o.failOn);
    else if (o.config.failOn) o.failOn = failOns.at(*o.config.failOn);
  }
  try {
    if (o.printConfig) {
      std::cout << config::toYaml(o.config);
      return kExitClean;
    }
    if (o.listRules) {
      listRules(o.config);
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
