// libfyaml's event parser: the fast path of YAML reading.
#include <libfyaml.h>

#include <algorithm>
#include <memory>

#include "document/scalar_range.hpp"
#include "document/yaml_readers.hpp"

namespace lambdalint::doc {
namespace {

std::string_view textOf(fy_token* token) {
  size_t len = 0;
  const char* text = token ? fy_token_get_text(token, &len) : nullptr;
  return text ? std::string_view(text, len) : std::string_view();
}

// Byte offsets where a token starts and ends; kNone for tokens the parser made up (the empty
// value of `key:`).
constexpr size_t kNone = static_cast<size_t>(-1);
size_t startOf(fy_token* token) {
  const fy_mark* m = token ? fy_token_start_mark(token) : nullptr;
  return m ? m->input_pos : kNone;
}
size_t endOf(fy_token* token) {
  const fy_mark* m = token ? fy_token_end_mark(token) : nullptr;
  return m ? m->input_pos : kNone;
}

// Translates libfyaml events into TreeBuilder calls with our positions.
class EventTranslator {
 public:
  EventTranslator(const SourceFile& file, TreeBuilder& builder) : file_(file), builder_(builder) {}

  void onEvent(fy_event& ev) {
    switch (ev.type) {
      case FYET_SCALAR: onScalar(ev.scalar); break;
      case FYET_ALIAS: builder_.alias(textOf(ev.alias.anchor), at(startOf(ev.alias.anchor))); break;
      case FYET_MAPPING_START:
        open(NodeKind::Mapping, ev.mapping_start.mapping_start, ev.mapping_start.tag,
             ev.mapping_start.anchor);
        break;
      case FYET_SEQUENCE_START:
        open(NodeKind::Sequence, ev.sequence_start.sequence_start, ev.sequence_start.tag,
             ev.sequence_start.anchor);
        break;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END: builder_.close(); break;
      default: break;  // stream and document boundaries
    }
    if (const fy_mark* end = fy_event_end_mark(&ev)) lastEnd_ = end->input_pos;
  }

 private:
  Position at(size_t offset) const { return file_.positionAt(offset == kNone ? lastEnd_ : offset); }
  SourceRange range(size_t begin, size_t end) const {
    return SourceRange{at(begin), at(end == kNone ? begin : end)};
  }

  void onScalar(const fy_event_scalar_data& s) {
    fy_scalar_style style = fy_token_scalar_style(s.value);
    std::string_view value = textOf(s.value);
    std::string_view tag = textOf(s.tag);
    if (style == FYSS_PLAIN && tag.empty() && isPlainNull(value)) {
      builder_.null(range(startOf(s.value), endOf(s.value)), textOf(s.anchor));
      return;
    }
    bool quoted = style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED;
    bool block = style == FYSS_LITERAL || style == FYSS_FOLDED;
    ScalarSpan span = scalarSpan(file_.content(), startOf(s.value), endOf(s.value), quoted,
                                 block, lastEnd_);
    builder_.scalar(ScalarEvent{range(span.begin, span.end), value, style != FYSS_PLAIN, tag,
                                range(startOf(s.tag), endOf(s.tag)), textOf(s.anchor)});
  }

  void open(NodeKind kind, fy_token* startToken, fy_token* tagToken, fy_token* anchorToken) {
    // A node starts at its first property (`!Tag`, `&anchor`) when it has one.
    size_t start = std::min({startOf(startToken), startOf(tagToken), startOf(anchorToken)});
    builder_.open(kind, at(start), textOf(tagToken), range(startOf(tagToken), endOf(tagToken)),
                  textOf(anchorToken));
  }

  const SourceFile& file_;
  TreeBuilder& builder_;
  size_t lastEnd_ = 0;  // where the previous event ended: the place of an implicit value
};

// libfyaml's parser, with its diagnostics collected instead of printed.
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
    // The builder limits depth itself (ParseLimits::maxDepth); YAML 1.1 as CloudFormation
    // reads it; flow collections indented as loosely as PyYAML (and so cfn-lint) accepts.
    cfg.flags = static_cast<fy_parse_cfg_flags>(
        FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DISABLE_DEPTH_LIMIT | FYPCF_DEFAULT_VERSION_1_1 |
        FYPCF_JSON_NONE | FYPCF_SLOPPY_FLOW_INDENTATION);
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

  // Calls `onEvent` for each event; false when the stream has an error.
  template <typename F>
  bool run(F&& onEvent) {
    while (fy_event* ev = fy_parser_parse(parser_)) {
      std::unique_ptr<fy_event, EventFree> owned(ev, EventFree{parser_});
      onEvent(*ev);
    }
    return !fy_parser_get_stream_error(parser_);
  }

  // The first error the parser reported, with its 1-based position: from the byte offset of
  // its token when there is one (libfyaml also counts a lone CR as a line break, `file` not).
  ReadError firstError(const SourceFile& file) const {
    void* iter = nullptr;
    if (diag_)
      while (fy_diag_error* e = fy_diag_errors_iterate(diag_, &iter)) {
        if (!e->msg) continue;
        if (const fy_mark* m = e->fyt ? fy_token_start_mark(e->fyt) : nullptr)
          return {file.positionAt(std::min(m->input_pos, file.content().size())), e->msg};
        if (e->line > 0)
          return {Position{static_cast<uint32_t>(e->line), static_cast<uint32_t>(e->column)},
                  e->msg};
      }
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

std::optional<ReadError> readWithLibfyaml(const SourceFile& file, TreeBuilder& builder) {
  EventParser parser(file.content());
  if (!parser.ready()) return ReadError{Position{1, 1}, "could not start the YAML parser"};
  EventTranslator translator(file, builder);
  if (parser.run([&](fy_event& ev) { translator.onEvent(ev); })) return std::nullopt;
  return parser.firstError(file);
}

}  // namespace lambdalint::doc
