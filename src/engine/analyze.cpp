#include "lambdalint/engine/analyze.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "lambdalint/discover/discover.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/findings/suppress.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/handlers/link.hpp"
#include "lambdalint/support/deadline.hpp"
#include "engine/summary_cache.hpp"
#include "engine/work_queue.hpp"

namespace lambdalint {
namespace {

namespace fs = std::filesystem;
using engine::SummaryCache;
using engine::WorkQueue;

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
      frontends::FrontendOutput parsed = link ? frontend->analyzeInFolder(file, named, link->templateDir)
                                              : frontend->analyze(file, named);
      if (!parsed.ours) continue;
      out.alsoAnalyse = std::move(parsed.alsoAnalyse);
      if (parsed.skipped) break;
      out.analysed = true;
      if (parsed.document) addParseIssues(*parsed.document, out);
      for (const auto& more : parsed.moreDocuments) addParseIssues(*more, out);
      if (parsed.project && link) handlers::linkHandlers(*parsed.project, *link);
      if (parsed.project) runRules(*parsed.project, out);
      // Comments and template ignores in this file suppress its findings (INP004 otherwise).
      static const std::vector<model::IgnoreDirective> kNone;
      findings::applyInSourceSuppressions(*file, parsed.project ? parsed.project->ignores : kNone,
                                          out.findings, parsed.project != nullptr);
      for (const auto& more : parsed.moreDocuments)  // the unit's other files (Terraform)
        findings::applyInSourceSuppressions(more->file(), kNone, out.findings,
                                            parsed.project != nullptr);
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
      if (deadline::expired()) return;  // the engine drops this file's results
      auto configured = options_.find(meta->id);
      RuleContext ctx(*meta, project, [&out](Finding f) { out.findings.push_back(std::move(f)); },
                      configured == options_.end() ? nullptr : &configured->second);
      rule->check(ctx);
    }
  }

  std::vector<std::pair<const RuleMeta*, std::unique_ptr<Rule>>> rules_;
  const RuleOptionValues& options_;
};

// Everything but the findings and the function list, which went to their stores as soon as
// the file was done; `functions` is where its function list is.
void merge(AnalysisResult& result, FileOutcome&& out, const std::string& path,
           const FunctionStore::Block& functions) {
  if (out.analysed) result.filesAnalysed.push_back(path);
  result.functionCount += out.functions;
  result.functions.append(functions);
  for (auto& n : out.notifications) result.notifications.push_back(std::move(n));
}

// A template's bytes: one open, one fstat unless discovery gave the size of the regular file
// (`known`), reads to the end (a file still growing is read on to its end). `size` is the
// size on disk; a file above `maxBytes` is not read whole: only its first 64 kB are
// returned, to tell whether it looks like a template.
std::optional<std::string> readFile(const fs::path& p, std::optional<uint64_t> known,
                                    uintmax_t maxBytes, size_t& size, std::string& error) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open the file";
    return std::nullopt;
  }
  bool regular = known.has_value();
  if (known) {
    size = static_cast<size_t>(*known);
  } else {
    struct stat st {};
    const bool statted = ::fstat(fd, &st) == 0;
    regular = statted && S_ISREG(st.st_mode);
    size = statted && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  }
  const bool tooLarge = size > maxBytes;
  std::string content;
  content.resize(tooLarge ? 64 * 1024 : std::max<size_t>(size + 1, 4096));
  size_t used = 0;
  for (;;) {
    if (used == content.size()) {
      if (tooLarge) break;
      content.resize(content.size() * 2);
    }
    ssize_t n = ::read(fd, content.data() + used, content.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      error = "error while reading the file";
      return std::nullopt;
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
    // A regular file read short is at its end: no further read to be told so.
    if (regular && used < content.size() && used >= size) break;
  }
  ::close(fd);
  content.resize(used);
  return content;
}

fs::path currentDirectory() {
  std::error_code ec;
  return fs::current_path(ec);
}

// One file's task: what to read, and what came of it.
struct FileTask {
  discover::Candidate candidate;
  FileOutcome outcome;
  FunctionStore::Block functions;            // outcome.functionInfos, once stored
  bool accepted = true;                      // not excluded by the configuration
  std::vector<discover::Candidate> pointsTo; // the files `alsoAnalyse` named, that exist
};

// Analyses every file on a fixed pool of threads, then merges the outcomes in the order a
// single thread would have produced them, so the output never depends on --jobs.
class FileRun {
 public:
  // `directories`: the paths given that are folders (discovery has looked already).
  FileRun(const AnalysisOptions& options, std::vector<discover::Candidate> candidates,
          const std::vector<std::string>& directories, FindingStore& findings,
          FunctionStore& functions)
      : options_(options), findings_(findings), functions_(functions), scanRoots_(directories),
        shower_(options.root), queue_(candidates.size()) {
    for (discover::Candidate& c : candidates) {
      queued_.insert(c.displayPath);
      tasks_.emplace_back().candidate = std::move(c);
    }
    initial_ = tasks_.size();
  }

  void runAll(unsigned jobs) {
    // More threads than files would only wait (a CDK manifest adds templates: few).
    unsigned threads =
        static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(1, initial_)));
    std::vector<std::unique_ptr<Analyzer>> analyzers;  // rules are per thread: no sharing
    for (unsigned i = 0; i < threads; ++i)
      analyzers.push_back(std::make_unique<Analyzer>(options_.ruleOptions));
    queue_.run(threads, [&](unsigned worker, size_t index) {
      FileTask* task;
      {
        std::lock_guard lock(mutex_);
        task = &tasks_[index];  // deque: the address stays valid as tasks are added
      }
      process(*analyzers[worker], *task);
      // The file's findings and functions leave its task at once, buffers and all (`= {}`
      // would keep a vector's capacity): memory follows the largest file, not the number
      // of files.
      FileOutcome& out = task->outcome;
      std::vector<Finding> findings = std::exchange(out.findings, {});
      std::vector<report::FunctionInfo> functions = std::exchange(out.functionInfos, {});
      if (task->accepted) {
        findings_.add(task->candidate.displayPath, std::move(findings));
        task->functions = functions_.put(functions);
      }
    });
  }

  // Replays the single-threaded order: discovered files, then the files each one pointed
  // to, appended as they were first named.
  void mergeInto(AnalysisResult& result) {
    std::map<std::string, size_t> byPath;
    for (size_t i = 0; i < tasks_.size(); ++i) byPath[tasks_[i].candidate.displayPath] = i;
    std::vector<size_t> order(initial_);
    for (size_t i = 0; i < initial_; ++i) order[i] = i;
    std::set<std::string> seen;
    for (size_t i = 0; i < initial_; ++i) seen.insert(tasks_[i].candidate.displayPath);
    for (size_t k = 0; k < order.size(); ++k) {
      FileTask& task = tasks_[order[k]];
      for (const discover::Candidate& next : task.pointsTo)
        if (seen.insert(next.displayPath).second) order.push_back(byPath.at(next.displayPath));
      if (task.accepted)
        merge(result, std::move(task.outcome), task.candidate.displayPath, task.functions);
    }
    result.handlerFilesParsed = summaries_.parses();
  }

 private:
  void process(const Analyzer& analyzer, FileTask& task) {
    const discover::Candidate& c = task.candidate;
    if (options_.acceptFile && !options_.acceptFile(c.path)) {
      task.accepted = false;
      return;
    }
    std::string error;
    {
      deadline::Scope limit(options_.fileTimeout);
      task.outcome = analyzeOnDisk(analyzer, c, error);
      if (deadline::expired()) {
        task.outcome = FileOutcome{};
        error = fmt::format("analysis stopped after the time limit of {} s (--file-timeout); "
                            "not analysed", options_.fileTimeout.count() / 1000.0);
      }
    }
    if (!error.empty()) {
      FileOutcome& out = task.outcome;
      out.analysed = true;
      ReportedLocation where;
      where.file = c.displayPath;
      where.range = SourceRange{{1, 1}, {1, 1}};
      out.findings.push_back(inputFinding("INP001", where, error));
      out.notifications.push_back(report::Notification{c.displayPath, error});
    }
    for (const std::string& rel : task.outcome.alsoAnalyse) {
      fs::path next = c.path.parent_path() / rel;
      std::error_code ec;
      if (!fs::is_regular_file(next, ec)) continue;
      discover::Candidate candidate{next, shower_(next), true};
      task.pointsTo.push_back(candidate);
      std::lock_guard lock(mutex_);
      if (queued_.insert(candidate.displayPath).second) {
        tasks_.emplace_back().candidate = candidate;
        queue_.add();
      }
    }
  }

  FileOutcome analyzeOnDisk(const Analyzer& analyzer, const discover::Candidate& c,
                            std::string& error) {
    size_t size = 0;
    auto content = readFile(c.path, c.size, options_.maxFileBytes, size, error);
    if (!content) return {};
    if (size > options_.maxFileBytes) {
      if (c.explicitlyNamed || mentionsAws(*content))
        error = fmt::format("the file is {} bytes, above the limit of {} bytes; not analysed",
                            size, options_.maxFileBytes);
      return {};
    }
    handlers::LinkContext link;
    link.templateDir = (c.path.is_absolute() ? c.path : cwd_ / c.path).parent_path();
    link.boundary = scanRoots_.boundaryFor(c.path, c.mayBeLink);
    link.paths = &scanRoots_.paths();
    link.shower = &shower_;
    link.displayRoot = options_.root;
    link.shared = [this](const std::string& key,
                         const std::function<SummaryCache::Summary()>& parse) {
      return summaries_.get(key, parse);
    };
    return analyzer.analyzeSource(std::make_shared<SourceFile>(c.displayPath, std::move(*content)),
                                  c.explicitlyNamed, &link);
  }

  const AnalysisOptions& options_;
  const fs::path cwd_ = currentDirectory();  // asked once, not per file
  FindingStore& findings_;
  FunctionStore& functions_;
  handlers::ScanRoots scanRoots_;
  const discover::PathShower shower_;  // the working directory asked once, not per path
  std::mutex mutex_;            // guards tasks_ growing and queued_
  std::deque<FileTask> tasks_;  // by task number
  std::set<std::string> queued_;
  size_t initial_ = 0;
  WorkQueue queue_;
  SummaryCache summaries_;
};

}  // namespace

unsigned effectiveJobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

AnalysisResult analyze(const AnalysisOptions& options) {
  AnalysisResult result;
  discover::Result found = discover::findCandidates(options.paths, options.root);
  for (const discover::Problem& p : found.problems) {
    if (p.fatal) result.fatalErrors.push_back(p.path + ": " + p.message);
    else result.notifications.push_back(report::Notification{p.path, p.message});
  }
  FileRun run(options, std::move(found.candidates), found.directories, result.findings,
              result.functions);
  run.runAll(effectiveJobs(options.jobs));
  run.mergeInto(result);
  return result;
}

AnalysisResult analyzeText(const std::string& displayPath, std::string content,
                           const RuleOptionValues& ruleOptions) {
  AnalysisResult result;
  Analyzer analyzer(ruleOptions);
  FileOutcome out = analyzer.analyzeSource(
      std::make_shared<SourceFile>(displayPath, std::move(content)), /*named=*/true);
  result.findings.add(displayPath, std::move(out.findings));
  FunctionStore::Block functions = result.functions.put(out.functionInfos);
  merge(result, std::move(out), displayPath, functions);
  return result;
}

}  // namespace lambdalint
