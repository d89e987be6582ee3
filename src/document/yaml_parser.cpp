// Builds the positioned document model from libfyaml's event stream. Building our own tree
// from events (instead of a library's document) keeps positions for every key and value,
// shares aliased nodes instead of copying them, and notices duplicate keys. libfyaml was
// picked by measurement (docs/performance.md): its event parser is several times faster than
// yaml-cpp's, and it reports where each token starts and ends.
#include <libfyaml.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "document/input_checks.hpp"
#include "document/scalar_range.hpp"
#include "document/short_form_tags.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/support/deadline.hpp"

namespace lambdalint::doc {
namespace {

// Raised by the builder to stop reading; carries our own message and position.
struct StopReading {
  Position where;
  std::string message;
};

std::string_view textOf(fy_token* token) {
  size_t len = 0;
  const char* text = token ? fy_token_get_text(token, &len) : nullptr;
  return text ? std::string_view(text, len) : std::string_view();
}

// The byte offset where a token starts or ends; npos for tokens the parser made up (the
// empty value of `key:`).
constexpr size_t kNoOffset = static_cast<size_t>(-1);
size_t startOf(fy_token* token) {
  const fy_mark* m = token ? fy_token_start_mark(token) : nullptr;
  return m ? m->input_pos : kNoOffset;
}
size_t endOf(fy_token* token) {
  const fy_mark* m = token ? fy_token_end_mark(token) : nullptr;
  return m ? m->input_pos : kNoOffset;
}

// Plain scalars YAML reads as null (and yaml-cpp did: the model has kept these as Null).
bool isNullText(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

class TreeBuilder {
 public:
  TreeBuilder(Document& doc, const ParseLimits& limits)
      : doc_(doc), file_(doc.file()), limits_(limits) {}

  void onEvent(fy_event& ev) {
    switch (ev.type) {
      case FYET_SCALAR: onScalar(ev.scalar); break;
      case FYET_ALIAS: onAlias(ev.alias.anchor); break;
      case FYET_MAPPING_START:
        open(NodeKind::Mapping, ev.mapping_start.mapping_start, ev.mapping_start.tag,
             ev.mapping_start.anchor);
        break;
      case FYET_SEQUENCE_START:
        open(NodeKind::Sequence, ev.sequence_start.sequence_start, ev.sequence_start.tag,
             ev.sequence_start.anchor);
        break;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END: close(); break;
      default: break;  // stream and document boundaries
    }
    if (const fy_mark* end = fy_event_end_mark(&ev)) lastEnd_ = end->input_pos;
  }

 private:
  struct Frame {
    Node* node;
    const Node* attach;  // what the parent receives: the node or its intrinsic wrapper
    std::string anchor;
    size_t weight = 1;
    const Node* pendingKey = nullptr;
  };
  struct Anchored {
    const Node* node;
    size_t weight;
  };

  Position at(size_t offset) const {
    return file_.positionAt(offset == kNoOffset ? lastEnd_ : offset);
  }
  SourceRange pointAt(size_t offset) const {
    Position p = at(offset);
    return SourceRange{p, p};
  }

  void onScalar(const fy_event_scalar_data& s) {
    fy_scalar_style style = fy_token_scalar_style(s.value);
    std::string_view value = textOf(s.value);
    std::string_view tag = textOf(s.tag);
    std::string anchor(textOf(s.anchor));
    if (style == FYSS_PLAIN && tag.empty() && isNullText(value)) {
      size_t start = startOf(s.value);
      Node* n = doc_.newNode(NodeKind::Null, start == kNoOffset ? pointAt(kNoOffset)
                                                                : range(start, endOf(s.value)));
      add(n, anchor, 1);
      return;
    }
    ScalarSpan span = scalarSpan(file_.content(), startOf(s.value), endOf(s.value),
                                 style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED,
                                 style == FYSS_LITERAL || style == FYSS_FOLDED, lastEnd_);
    Node* n = doc_.newNode(NodeKind::Scalar, range(span.begin, span.end));
    n->text = value;
    n->quoted = style != FYSS_PLAIN;
    add(applyTag(n, tag, s.tag), anchor, 1);
  }

  void onAlias(fy_token* anchorToken) {
    auto it = anchors_.find(std::string(textOf(anchorToken)));
    Position where = at(startOf(anchorToken));
    if (it == anchors_.end()) throw StopReading{where, "alias refers to an unknown anchor"};
    // The aliased node is shared, not copied; its expanded size still counts against the
    // limit so that a billion-laughs file is stopped, not walked.
    count(it->second.weight, where);
    attach(it->second.node, {}, it->second.weight);
  }

  SourceRange range(size_t begin, size_t end) const {
    return SourceRange{at(begin), at(end == kNoOffset ? begin : end)};
  }

  const Node* applyTag(Node* n, std::string_view tag, fy_token* tagToken) {
    if (tag.empty() || tag == "?" || tag == "!") return n;
    constexpr std::string_view kCore = "tag:yaml.org,2002:";
    if (tag.substr(0, kCore.size()) == kCore) {
      n->tag = "!!" + std::string(tag.substr(kCore.size()));
      return n;
    }
    SourceRange tagRange = range(startOf(tagToken), endOf(tagToken));
    std::string tagText(tag);
    const char* longName = intrinsicForTag(tagText);
    if (!longName) {
      n->tag = tagText;
      ParseIssue issue{"INP003", tagRange,
                       "unknown tag '" + tagText + "': not a CloudFormation intrinsic function",
                       std::nullopt, {}, std::nullopt, {}};
      if (std::string guess = closestIntrinsicTag(tagText); !guess.empty()) {
        issue.message += "; did you mean '" + guess + "'?";
        issue.replacement = guess;
        issue.fixDescription = "Replace '" + tagText + "' with '" + guess + "'";
      }
      doc_.addIssue(std::move(issue));
      return n;
    }
    Node* value = n;
    if (tag == "!GetAtt" && n->isScalar()) value = splitGetAtt(n);
    Node* key = doc_.newNode(NodeKind::Scalar, tagRange);
    key->text = longName;
    Node* wrapper = doc_.newNode(NodeKind::Mapping, SourceRange{tagRange.begin, tagRange.begin});
    if (n->isScalar()) wrapper->range.end = n->range.end;  // `!Ref X` spans tag and value
    wrapper->entries.push_back(Entry{key, value});
    return wrapper;
  }

  // `!GetAtt Resource.Attribute.Part` means ["Resource", "Attribute.Part"].
  Node* splitGetAtt(Node* scalar) {
    Node* seq = doc_.newNode(NodeKind::Sequence, scalar->range);
    size_t dot = scalar->text.find('.');
    Node* res = doc_.newNode(NodeKind::Scalar, scalar->range);
    res->text = scalar->text.substr(0, dot);
    seq->items.push_back(res);
    if (dot != std::string::npos) {
      Node* attr = doc_.newNode(NodeKind::Scalar, scalar->range);
      attr->text = scalar->text.substr(dot + 1);
      attr->range.begin.column += static_cast<uint32_t>(dot + 1);
      seq->items.push_back(attr);
    }
    return seq;
  }

  void open(NodeKind kind, fy_token* startToken, fy_token* tagToken, fy_token* anchorToken) {
    // A node starts at its first property (`!Tag`, `&anchor`) when it has one.
    size_t start = std::min({startOf(startToken), startOf(tagToken), startOf(anchorToken)});
    Position where = at(start);
    if (stack_.size() >= limits_.maxDepth)
      throw StopReading{where, "nesting deeper than " + std::to_string(limits_.maxDepth) +
                                   " levels"};
    Node* n = doc_.newNode(kind, SourceRange{where, where});
    const Node* attach = applyTag(n, textOf(tagToken), tagToken);
    stack_.push_back(Frame{n, attach, std::string(textOf(anchorToken))});
    count(1, where);
  }

  void close() {
    if (stack_.empty()) return;
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.node->isMap()) finishMapping(*f.node);
    attach(f.attach, f.anchor, f.weight);
  }

  void add(const Node* n, const std::string& anchor, size_t weight) {
    count(1, n->range.begin);
    attach(n, anchor, weight);
  }

  void count(size_t weight, Position where) {
    // Every event comes from at least one character of the file, except implicit nulls; far
    // more events than characters means the parser is not making progress.
    if (++events_ > 8 * file_.content().size() + 1024)
      throw StopReading{where, "the YAML parser is not making progress on this input; not "
                               "analysed"};
    // The file's time limit (--file-timeout), looked at every 4096 events to stay cheap.
    if ((events_ & 4095) == 0 && deadline::expired())
      throw StopReading{where, "stopped: the file's time limit was reached"};
    expanded_ += weight;
    if (expanded_ > limits_.maxNodes)
      throw StopReading{where, "the document expands to more than " +
                                   std::to_string(limits_.maxNodes) +
                                   " nodes (YAML aliases used as an expansion bomb?)"};
  }

  void attach(const Node* n, const std::string& anchor, size_t weight) {
    if (!anchor.empty()) anchors_[anchor] = Anchored{n, weight};
    if (stack_.empty()) {
      doc_.addRoot(n);
      return;
    }
    Frame& parent = stack_.back();
    parent.weight += weight;
    if (parent.node->isSeq()) {
      parent.node->items.push_back(n);
    } else if (!parent.pendingKey) {
      parent.pendingKey = keyNode(n);
    } else {
      parent.node->entries.push_back(Entry{parent.pendingKey, n});
      parent.pendingKey = nullptr;
    }
  }

  // Keys are scalars in CloudFormation; a null key (`: x`) becomes an empty one.
  const Node* keyNode(const Node* n) {
    if (n->isScalar()) return n;
    if (!n->isNull())
      throw StopReading{n->range.begin, "a mapping or sequence used as a mapping key"};
    return doc_.newNode(NodeKind::Scalar, n->range);
  }

  void finishMapping(Node& map) {
    reportDuplicateKeys(map);
    applyMergeKeys(map);
  }

  static bool isMergeKey(const Entry& e) { return e.key->text == "<<" && !e.key->quoted; }

  void reportDuplicateKeys(const Node& map) {
    if (map.entries.size() < 2) return;
    std::unordered_map<std::string_view, const Node*> seen;
    seen.reserve(map.entries.size());
    for (const Entry& e : map.entries) {
      if (isMergeKey(e)) continue;
      auto [it, inserted] = seen.emplace(e.key->text, e.key);
      if (inserted) continue;
      doc_.addIssue(ParseIssue{
          "INP002", e.key->range,
          "duplicate key '" + e.key->text + "' (first defined on line " +
              std::to_string(it->second->range.begin.line) +
              "); CloudFormation rejects the template and most tools keep only one of them",
          it->second->range, "first definition of '" + e.key->text + "'", std::nullopt, {}});
    }
  }

  // YAML merge keys (`<<: *base`): explicit keys win, then earlier merge sources.
  void applyMergeKeys(Node& map) {
    bool hasMerge = false;
    for (const Entry& e : map.entries) hasMerge |= isMergeKey(e);
    if (!hasMerge) return;
    std::vector<Entry> own, merged;
    std::vector<const Node*> sources;
    for (const Entry& e : map.entries) {
      if (!isMergeKey(e)) {
        own.push_back(e);
        continue;
      }
      if (e.value->isMap()) sources.push_back(e.value);
      else if (e.value->isSeq())
        for (const Node* item : e.value->items)
          if (item->isMap()) sources.push_back(item);
    }
    std::unordered_set<std::string_view> present;
    for (const Entry& e : own) present.insert(e.key->text);
    for (const Node* src : sources)
      for (const Entry& e : src->entries)
        if (present.insert(e.key->text).second) merged.push_back(e);
    own.insert(own.end(), merged.begin(), merged.end());
    map.entries = std::move(own);
  }

  Document& doc_;
  const SourceFile& file_;
  const ParseLimits& limits_;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, Anchored> anchors_;
  size_t lastEnd_ = 0;  // where the previous event ended: the place of an implicit value
  size_t expanded_ = 0;
  size_t events_ = 0;
};

// The parser names a tab in indentation; older messages did not: say what it is either way.
std::string explainParserError(const SourceFile& file, const std::string& msg, Position at) {
  if (msg.find("tab") != std::string::npos) return msg;
  for (uint32_t line = at.line; line >= 1 && line + 3 > at.line; --line) {
    std::string_view text = file.line(line);
    size_t indentEnd = text.find_first_not_of(" \t");
    if (text.substr(0, indentEnd).find('\t') != std::string_view::npos)
      return msg + " (line " + std::to_string(line) +
             " is indented with a tab character; YAML allows only spaces)";
  }
  return msg;
}

void fail(Document& doc, Position where, std::string message) {
  doc.markFailed();
  doc.addIssue(ParseIssue{"INP001", SourceRange{where, where}, std::move(message), std::nullopt,
                          {}, std::nullopt, {}});
}

// libfyaml's parser and its diagnostics, collected instead of printed.
class EventParser {
 public:
  explicit EventParser(const std::string& text) {
    fy_diag_cfg diagCfg;
    fy_diag_cfg_default(&diagCfg);
    diagCfg.fp = nullptr;
    diagCfg.output_fn = [](fy_diag*, void*, const char*, size_t) {};
    diag_ = fy_diag_create(&diagCfg);
    if (diag_) fy_diag_set_collect_errors(diag_, true);
    fy_parse_cfg cfg{};
    // Our builder limits depth itself (ParseLimits::maxDepth) and reads YAML 1.1, as
    // CloudFormation does; JSON is read as the YAML it is.
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_COLLECT_DIAG |
                                                FYPCF_DISABLE_DEPTH_LIMIT |
                                                FYPCF_DEFAULT_VERSION_1_1 | FYPCF_JSON_NONE);
    cfg.diag = diag_;
    parser_ = fy_parser_create(&cfg);
    if (parser_ && fy_parser_set_string(parser_, text.data(), text.size()) != 0) {
      fy_parser_destroy(parser_);
      parser_ = nullptr;
    }
  }
  ~EventParser() {
    if (parser_) fy_parser_destroy(parser_);
    if (diag_) fy_diag_unref(diag_);
  }
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  bool ready() const { return parser_ != nullptr; }

  // Calls `onEvent` for each event; returns false when the stream has an error.
  template <typename F>
  bool run(F&& onEvent) {
    while (fy_event* ev = fy_parser_parse(parser_)) {
      std::unique_ptr<fy_event, EventFree> owned(ev, EventFree{parser_});
      onEvent(*ev);
    }
    return !fy_parser_get_stream_error(parser_);
  }

  // The first error the parser reported, with its 1-based position.
  std::pair<Position, std::string> firstError() const {
    void* iter = nullptr;
    if (diag_)
      while (fy_diag_error* e = fy_diag_errors_iterate(diag_, &iter))
        if (e->msg && e->line > 0)
          return {Position{static_cast<uint32_t>(e->line), static_cast<uint32_t>(e->column)},
                  e->msg};
    return {Position{1, 1}, "invalid YAML"};
  }

 private:
  struct EventFree {
    fy_parser* parser;
    void operator()(fy_event* ev) const { fy_parser_event_free(parser, ev); }
  };
  fy_diag* diag_ = nullptr;
  fy_parser* parser_ = nullptr;
};

}  // namespace

std::unique_ptr<Document> parseDocument(std::shared_ptr<const SourceFile> file,
                                        const ParseLimits& limits) {
  auto doc = std::make_unique<Document>(std::move(file));
  const SourceFile& src = doc->file();
  if (auto problem = checkReadableText(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  if (auto problem = checkStrictJson(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  try {
    EventParser parser(src.content());
    if (!parser.ready()) {
      fail(*doc, Position{1, 1}, "could not start the YAML parser");
      return doc;
    }
    TreeBuilder builder(*doc, limits);
    if (!parser.run([&](fy_event& ev) { builder.onEvent(ev); })) {
      auto [where, msg] = parser.firstError();
      fail(*doc, where, "invalid YAML/JSON: " + explainParserError(src, msg, where));
    }
  } catch (const StopReading& stop) {
    fail(*doc, stop.where, stop.message);
  } catch (const std::exception& e) {
    fail(*doc, Position{1, 1}, std::string("could not read the file: ") + e.what());
  }
  return doc;
}

}  // namespace lambdalint::doc
