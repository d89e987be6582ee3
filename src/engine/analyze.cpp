#include "lambdalint/engine/analyze.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lambdalint/discover/discover.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/findings/suppress.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/handlers/link.hpp"

namespace lambdalint {
namespace {

namespace fs = std::filesystem;

// Whether a file too large to read is worth a finding: it looks like an AWS template.
bool mentionsAws(std::string_view text) {
  return text.find("AWSTemplateFormatVersion") != std::string_view::npos ||
         text.find("AWS::") != std::string_view::npos;
}

struct FileOutcome {
  std::vector<Finding> findings;
  bool analysed = false;
  std::vector<report::Notification> notifications;
  size_t functions = 0;
  std::vector<report::FunctionInfo> functionInfos;
  std::vector<std::string> alsoAnalyse;  // relative to the file's folder (a CDK manifest's)
};

Finding inputFinding(const std::string& ruleId, const ReportedLocation& where,
                     std::string message) {
  const RuleMeta* meta = findMeta(ruleId);
  Finding f;
  f.ruleId = ruleId;
  f.severity = meta ? meta->defaultSeverity : Severity::Error;
  f.message = std::move(message);
  f.location = where;
  return f;
}

void addParseIssues(const doc::Document& doc, FileOutcome& out) {
  const SourceFile& file = doc.file();
  for (const doc::ParseIssue& issue : doc.issues()) {
    Finding f = inputFinding(issue.ruleId, toReported(Location{&file, issue.range}), issue.message);
    if (issue.related)
      f.related.push_back(toReported(Location{&file, *issue.related}, issue.relatedMessage));
    if (issue.replacement) {
      f.fixDescription = issue.fixDescription;
      f.fix.push_back(Replacement{toReported(Location{&file, issue.range}), *issue.replacement});
    }
    if (issue.ruleId == "INP001")
      out.notifications.push_back(report::Notification{file.path(), issue.message});
    out.findings.push_back(std::move(f));
  }
}

class Analyzer {
 public:
  explicit Analyzer(const RuleOptionValues& options) : options_(options) {
    for (const RegisteredRule& r : allRules()) rules_.push_back({&r.meta, r.make()});
  }

  // The first frontend that takes the file parses it and builds its model; every rule then
  // runs over that one model.
  // `link`: where the template is on disk, to find its functions' handler code (null: in
  // memory only, handlers are not looked for).
  FileOutcome analyzeSource(std::shared_ptr<const SourceFile> file, bool named,
                            const handlers::LinkContext* link = nullptr) const {
    FileOutcome out;
    for (const frontends::Frontend* frontend : frontends::allFrontends()) {
      if (!named && !frontend->mayHandle(*file)) continue;
      frontends::FrontendOutput parsed = frontend->analyze(file, named);
      if (!parsed.ours) continue;
      out.alsoAnalyse = std::move(parsed.alsoAnalyse);
      if (parsed.skipped) break;
      out.analysed = true;
      if (parsed.document) addParseIssues(*parsed.document, out);
      if (parsed.project && link) handlers::linkHandlers(*parsed.project, *link);
      if (parsed.project) runRules(*parsed.project, out);
      // Comments and template ignores in this file suppress its findings (INP004 otherwise).
      static const std::vector<model::IgnoreDirective> kNone;
      findings::applyInSourceSuppressions(*file, parsed.project ? parsed.project->ignores : kNone,
                                          out.findings, parsed.project != nullptr);
      if (parsed.project) suppressInHandlerFiles(*parsed.project, out.findings);
      break;
    }
    return out;
  }

 private:
  // Suppression comments in the handler files that this template's functions point to.
  static void suppressInHandlerFiles(const model::Project& project, std::vector<Finding>& found) {
    std::set<const SourceFile*> seen;
    for (const model::Function& fn : project.functions) {
      const auto& summary = fn.handlerLink.summary;
      if (!summary || !summary->file || !seen.insert(summary->file.get()).second) continue;
      findings::applyInSourceSuppressions(*summary->file, {}, found, true);
    }
  }

  void runRules(const model::Project& project, FileOutcome& out) const {
    out.functions += project.functions.size();
    for (const model::Function& fn : project.functions) {
      const model::HandlerLink& l = fn.handlerLink;
      report::FunctionInfo info;
      info.id = fn.label();
      info.file = fn.where.file ? fn.where.file->path() : std::string();
      info.line = fn.where.range.begin.line;
      info.runtime = fn.runtime.effectiveText().value_or("");
      info.handler = fn.handler.effectiveText().value_or("");
      info.localCode = l.status == model::HandlerLink::Status::Found ||
                       l.status == model::HandlerLink::Status::FileNotFound ||
                       l.status == model::HandlerLink::Status::FunctionNotFound;
      info.handlerStatus = model::handlerStatusName(l.status);
      info.handlerFile = l.file;
      info.handlerFunction = l.function;
      info.reason = l.reason;
      out.functionInfos.push_back(std::move(info));
    }
    for (const auto& [meta, rule] : rules_) {
      auto configured = options_.find(meta->id);
      RuleContext ctx(*meta, project, [&out](Finding f) { out.findings.push_back(std::move(f)); },
                      configured == options_.end() ? nullptr : &configured->second);
      rule->check(ctx);
    }
  }

  std::vector<std::pair<const RuleMeta*, std::unique_ptr<Rule>>> rules_;
  const RuleOptionValues& options_;
};

// Stable across unrelated edits: no line numbers, only what the finding is about and the
// text of its line, plus an occurrence counter for identical lines.
void assignFingerprints(std::vector<Finding>& findings) {
  std::map<std::string, int> occurrences;
  for (Finding& f : findings) {
    std::string_view line = f.location.snippet;
    size_t b = line.find_first_not_of(" \t");
    size_t e = line.find_last_not_of(" \t\r");
    line = b == std::string_view::npos ? std::string_view() : line.substr(b, e - b + 1);
    std::string key = f.ruleId + '\0' + f.location.file + '\0' + std::string(line);
    uint64_t h = 1469598103934665603ull;  // FNV-1a: stable across platforms and versions
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    f.fingerprint = fmt::format("{:016x}:{}", h, ++occurrences[key]);
  }
}

void finish(AnalysisResult& result) {
  std::sort(result.findings.begin(), result.findings.end(), findingLess);
  assignFingerprints(result.findings);
}

void merge(AnalysisResult& result, FileOutcome&& out, const std::string& path) {
  if (out.analysed) result.filesAnalysed.push_back(path);
  result.functionCount += out.functions;
  for (auto& fi : out.functionInfos) result.functions.push_back(std::move(fi));
  for (Finding& f : out.findings) result.findings.push_back(std::move(f));
  for (auto& n : out.notifications) result.notifications.push_back(std::move(n));
}

std::optional<std::string> readFile(const fs::path& p, std::string& error) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    error = "cannot open the file";
    return std::nullopt;
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "error while reading the file";
    return std::nullopt;
  }
  return content;
}

std::string peek(const fs::path& p, size_t bytes) {
  std::ifstream in(p, std::ios::binary);
  std::string buf(bytes, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(bytes));
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

}  // namespace

AnalysisResult analyze(const AnalysisOptions& options) {
  AnalysisResult result;
  discover::Result found = discover::findCandidates(options.paths, options.root);
  for (const discover::Problem& p : found.problems) {
    if (p.fatal) result.fatalErrors.push_back(p.path + ": " + p.message);
    else result.notifications.push_back(report::Notification{p.path, p.message});
  }
  Analyzer analyzer(options.ruleOptions);
  // Files that others point to (a CDK manifest's templates) join the list, each read once
  // even when discovery found it too.
  std::vector<discover::Candidate> todo = std::move(found.candidates);
  std::set<std::string> queued;
  for (const discover::Candidate& c : todo) queued.insert(c.displayPath);
  for (size_t i = 0; i < todo.size(); ++i) {
    const discover::Candidate c = todo[i];
    if (options.acceptFile && !options.acceptFile(c.path)) continue;
    std::error_code ec;
    uintmax_t size = fs::file_size(c.path, ec);
    FileOutcome out;
    std::string error;
    if (!ec && size > options.maxFileBytes) {
      if (c.explicitlyNamed || mentionsAws(peek(c.path, 64 * 1024))) {
        error = fmt::format("the file is {} bytes, above the limit of {} bytes; not analysed",
                            size, options.maxFileBytes);
      }
    } else if (auto content = readFile(c.path, error)) {
      handlers::LinkContext link;
      link.templateDir = fs::absolute(c.path).parent_path();
      link.boundary = handlers::scanBoundary(options.paths, c.path);
      link.displayRoot = options.root;
      out = analyzer.analyzeSource(std::make_shared<SourceFile>(c.displayPath, std::move(*content)),
                                   c.explicitlyNamed, &link);
    }
    if (!error.empty()) {
      out.analysed = true;
      ReportedLocation where;
      where.file = c.displayPath;
      where.range = SourceRange{{1, 1}, {1, 1}};
      out.findings.push_back(inputFinding("INP001", where, error));
      out.notifications.push_back(report::Notification{c.displayPath, error});
    }
    for (const std::string& rel : out.alsoAnalyse) {
      fs::path next = c.path.parent_path() / rel;
      std::string shown = discover::displayPath(next, options.root);
      if (fs::is_regular_file(next, ec) && queued.insert(shown).second)
        todo.push_back(discover::Candidate{next, shown, true});
    }
    merge(result, std::move(out), c.displayPath);
  }
  finish(result);
  return result;
}

AnalysisResult analyzeText(const std::string& displayPath, std::string content,
                           const RuleOptionValues& ruleOptions) {
  AnalysisResult result;
  Analyzer analyzer(ruleOptions);
  merge(result,
        analyzer.analyzeSource(std::make_shared<SourceFile>(displayPath, std::move(content)),
                               /*named=*/true),
        displayPath);
  finish(result);
  return result;
}

}  // namespace lambdalint
