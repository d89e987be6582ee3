#pragma once
// A finding: the only contract between rules and reporters.
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/document/source.hpp"

namespace lambdalint {

enum class Severity : uint8_t { Note = 0, Warning = 1, Error = 2 };

const char* severityName(Severity s);  // "note", "warning", "error"

// A location as reporters see it: plain data, independent of the parsed files' lifetime.
struct ReportedLocation {
  std::string file;        // relative to the scanned root, '/'-separated
  SourceRange range;
  std::string snippet;     // the source line at range.begin (no terminator)
  std::string message;     // for related locations
};

// A suggested text edit (the reporter turns it into SARIF `fixes`).
struct Replacement {
  ReportedLocation where;
  std::string text;
};

// Why a finding is suppressed (SARIF `suppressions[].kind` and `justification`). Suppressed
// findings stay in JSON and SARIF, are left out of the text output, and never fail the gate.
struct Suppression {
  std::string kind = "inSource";  // "inSource": a comment or resource Metadata in the file
  std::string justification;      // the reason written after `--`, may be empty
};

// Compared with a baseline (--baseline): SARIF `baselineState`.
enum class BaselineState : uint8_t { None, New, Unchanged };

struct Finding {
  std::string ruleId;
  Severity severity = Severity::Warning;
  std::string message;
  ReportedLocation location;
  std::vector<ReportedLocation> related;
  std::string fixDescription;
  std::vector<Replacement> fix;
  std::string fingerprint;  // stable across unrelated edits: rule, file, line text, occurrence
  std::optional<Suppression> suppression;        // set by the findings pipeline
  BaselineState baselineState = BaselineState::None;  // set by the findings pipeline

  // Whether the finding is one to show and to gate on: not suppressed, not in the baseline.
  bool active() const { return !suppression && baselineState != BaselineState::Unchanged; }
};

// Order used by every reporter: file, line, column, rule id, message.
bool findingLess(const Finding& a, const Finding& b);

}  // namespace lambdalint
