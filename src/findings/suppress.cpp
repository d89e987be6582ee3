#include "lambdalint/findings/suppress.hpp"

#include <fmt/format.h>

#include "lambdalint/engine/registry.hpp"
#include "lambdalint/engine/rule.hpp"
#include "lambdalint/findings/comments.hpp"

namespace lambdalint::findings {
namespace {

constexpr std::string_view kUnused = "INP004";

// One rule named by one directive, and what it covers.
struct Ignore {
  std::string written;     // as written
  const RuleMeta* meta = nullptr;  // null when no rule has that id or name
  std::string reason;
  Location where;
  bool wholeFile = false;
  uint32_t line = 0;       // comment directives: the line covered
  SourceRange scope;       // metadata directives: the resource
  bool metadata = false;
  bool used = false;

  bool covers(const Finding& f) const {
    if (!meta || f.ruleId != meta->id) return false;
    const Position& p = f.location.range.begin;
    if (wholeFile) return true;
    if (metadata) return p.line != 0 && scope.begin <= p && p < scope.end;
    return p.line == line;
  }
};

bool commentOrBlank(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string_view::npos || line[i] == '#' || line.substr(i, 2) == "//";
}

// The line an own-line comment covers: the next line that is not blank or a comment.
uint32_t coveredLine(const SourceFile& file, const CommentDirective& d) {
  if (!d.ownLine) return d.line;
  for (uint32_t n = d.line + 1; n <= file.lineCount(); ++n)
    if (!commentOrBlank(file.line(n))) return n;
  return d.line + 1;
}

Finding unused(const SourceFile& file, const Location& where, std::string message) {
  const RuleMeta* meta = findMeta(kUnused);
  Finding f;
  f.ruleId = std::string(kUnused);
  f.severity = meta ? meta->defaultSeverity : Severity::Warning;
  f.message = std::move(message);
  f.location = toReported(where);
  return f;
}

}  // namespace

void applyInSourceSuppressions(const SourceFile& file,
                               const std::vector<model::IgnoreDirective>& metadataIgnores,
                               std::vector<Finding>& findings, bool checked) {
  std::vector<Ignore> ignores;
  std::vector<Finding> added;
  for (const CommentDirective& d : scanComments(file)) {
    if (d.ids.empty()) {
      added.push_back(unused(file, Location{&file, d.range},
                             "This `lambdalint:` comment names no rule; write `lambdalint: "
                             "ignore RULE -- reason` or `lambdalint: ignore-file RULE -- reason`."));
      continue;
    }
    for (const CommentDirective::Id& id : d.ids) {
      Ignore ig;
      ig.written = id.text;
      ig.meta = findMeta(id.text);
      ig.reason = d.reason;
      ig.where = Location{&file, id.range};
      ig.wholeFile = d.wholeFile;
      ig.line = coveredLine(file, d);
      ignores.push_back(std::move(ig));
    }
  }
  for (const model::IgnoreDirective& d : metadataIgnores) {
    Ignore ig;
    ig.written = d.rule;
    ig.meta = findMeta(d.rule);
    ig.reason = d.reason;
    ig.where = d.where;
    ig.metadata = true;
    ig.scope = d.scope;
    ignores.push_back(std::move(ig));
  }
  if (ignores.empty() && added.empty()) return;

  for (Finding& f : findings) {
    if (f.ruleId == kUnused || f.location.file != file.path()) continue;
    for (Ignore& ig : ignores)
      if (ig.covers(f)) {
        ig.used = true;
        if (!f.suppression) f.suppression = Suppression{"inSource", ig.reason};
      }
  }
  for (const Ignore& ig : ignores) {
    if (!ig.meta)
      added.push_back(unused(file, ig.where,
                             fmt::format("`{}` is not a lambdalint rule id or name, so this "
                                         "suppression ignores nothing (see --list-rules).",
                                         ig.written)));
    else if (ig.meta->id == kUnused)
      added.push_back(unused(file, ig.where, "INP004 cannot be suppressed; remove the unused "
                                             "suppression instead."));
    else if (!ig.used)
      added.push_back(unused(
          file, ig.where,
          fmt::format("This suppression of {} matches no {} finding {}; remove it.", ig.meta->id,
                      ig.meta->id,
                      ig.wholeFile  ? std::string("in the file")
                      : ig.metadata ? std::string("in the resource")
                                    : fmt::format("on line {}", ig.line))));
  }
  if (!checked) return;
  for (Finding& f : added) findings.push_back(std::move(f));
}

}  // namespace lambdalint::findings
